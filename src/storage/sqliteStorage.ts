import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './eTagConflictError';

/** The one file the embedded store keeps, under `DATA_DIR`. */
export const SQLITE_FILE_NAME = 'bot-state.sqlite';

interface StoredRow {
  key: string;
  value: string;
  etag: string;
}

// A lone surrogate becomes U+FFFD on its way to SQLite's UTF-8, so "\uD800" and "\uFFFD" would share a row.
const loneSurrogate = /\p{Cs}/u;

function assertKeys(keys: unknown): asserts keys is string[] {
  if (!Array.isArray(keys)) {
    throw new ReferenceError('Keys are required.');
  }
  for (const key of keys) {
    assertKey(key);
  }
}

function assertKey(key: unknown): asserts key is string {
  if (typeof key !== 'string') {
    throw new TypeError('Storage keys must be strings.');
  }
  if (loneSurrogate.test(key)) {
    throw new TypeError(`Storage key ${JSON.stringify(key)} is not well-formed Unicode and would collide with another.`);
  }
}

/**
 * botbuilder `Storage` in one SQLite file: the embedded default, durable across restarts with no service to run.
 *
 * eTags follow botbuilder's MemoryStorage: a write whose eTag is `*` or absent overwrites; a write whose eTag
 * differs from the stored one throws {@link ETagConflictError}; a write to a key that holds nothing succeeds
 * whatever its eTag; every write stores a fresh eTag. Unlike MemoryStorage, a multi-key write is one transaction:
 * one conflict and nothing is written.
 */
export class SqliteStorage implements Storage {
  private readonly db: BetterSqlite3.Database;
  private readonly selectRow: BetterSqlite3.Statement<[string], StoredRow>;
  private readonly selectETag: BetterSqlite3.Statement<[string], Pick<StoredRow, 'etag'>>;
  private readonly upsertRow: BetterSqlite3.Statement<[string, string, string]>;
  private readonly deleteRow: BetterSqlite3.Statement<[string]>;
  private readonly writeAll: BetterSqlite3.Transaction<(entries: [string, StoreItem][]) => void>;
  private readonly readAll: BetterSqlite3.Transaction<(keys: string[]) => StoreItems>;
  private readonly deleteAll: BetterSqlite3.Transaction<(keys: string[]) => void>;

  /**
   * Opens (creating if needed) `filePath`. Prefer {@link SqliteStorage.open} with a data directory.
   * better-sqlite3 is a native module; it is loaded here, not at import, so choosing another store never pays for it.
   */
  constructor(readonly filePath: string) {
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    this.db = new Database(filePath);
    // WAL lets reads run beside a write; FULL fsyncs every commit, so a turn's state is on disk before its reply.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, etag TEXT NOT NULL)',
    );
    this.selectRow = this.db.prepare('SELECT key, value, etag FROM bot_state WHERE key = ?');
    this.selectETag = this.db.prepare('SELECT etag FROM bot_state WHERE key = ?');
    this.upsertRow = this.db.prepare(
      'INSERT INTO bot_state (key, value, etag) VALUES (?, ?, ?) ' +
        'ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
    );
    this.deleteRow = this.db.prepare('DELETE FROM bot_state WHERE key = ?');

    this.readAll = this.db.transaction((keys: string[]) => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = this.selectRow.get(key);
        if (row) {
          items[key] = { ...(JSON.parse(row.value) as StoreItem), eTag: row.etag };
        }
      }
      return items;
    });
    this.writeAll = this.db.transaction((entries: [string, StoreItem][]) => {
      for (const [key, item] of entries) {
        const { eTag, ...value } = item;
        if (eTag && eTag !== '*') {
          const stored = this.selectETag.get(key);
          if (stored && stored.etag !== eTag) {
            throw new ETagConflictError(key);
          }
        }
        this.upsertRow.run(key, JSON.stringify(value), randomUUID());
      }
    });
    this.deleteAll = this.db.transaction((keys: string[]) => {
      for (const key of keys) {
        this.deleteRow.run(key);
      }
    });
  }

  /**
   * Opens `bot-state.sqlite` in `dataDir`, creating the directory and the file on first use.
   *
   * @example
   * const storage = SqliteStorage.open('./data');
   * await storage.write({ 'webchat/conversations/abc/': { answers: {}, eTag: '*' } });
   * storage.close();
   */
  static open(dataDir: string): SqliteStorage {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteStorage(join(dataDir, SQLITE_FILE_NAME));
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys);
    return this.readAll(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') {
      throw new ReferenceError('Changes are required when writing.');
    }
    const entries = Object.entries(changes) as [string, StoreItem][];
    for (const [key] of entries) {
      assertKey(key);
    }
    // IMMEDIATE takes the write lock before the eTag check, so check-then-write cannot interleave with another process.
    this.writeAll.immediate(entries);
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys);
    this.deleteAll(keys);
  }

  /** Closes the file; the store cannot be used afterwards. */
  close(): void {
    this.db.close();
  }
}
