import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './eTagConflictError';
import { assertStateFileUsable } from './unusableStateFile';

/** The one file the embedded store keeps, under `DATA_DIR`. */
export const SQLITE_FILE_NAME = 'bot-state.sqlite';

interface StoredRow {
  key: string;
  value: string;
  etag: string;
}

/** One key of a write, serialized when the write is called, as MemoryStorage does: later changes to the item do not leak in. */
interface RowWrite {
  key: string;
  eTag: string | undefined;
  json: string;
}

/** A write or delete waiting for the next group commit, and how to tell its caller the outcome. */
interface QueuedChange {
  apply(): void;
  resolve(): void;
  reject(error: unknown): void;
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
 * whatever its eTag; every write stores a fresh eTag. Unlike MemoryStorage, a multi-key write is all or nothing:
 * one conflict and nothing is written.
 *
 * Writes and deletes are committed in groups (group commit): those called during one turn of the event loop go
 * into one transaction, each in a savepoint of its own so that a refused write undoes only itself. A call's promise
 * settles once that transaction is on disk (`synchronous = FULL`), so a reply sent after an awaited write is never
 * ahead of the disk. The fsync is what a turn costs most (better-sqlite3 waits for it on the event loop), and
 * under load one fsync now covers every turn saved in the same loop turn. A read sees what is committed; it does
 * not wait for writes still queued.
 */
export class SqliteStorage implements Storage {
  /** A multi-key write is all or nothing, so a turn's user and conversation state can share one call (`saveTurnState`). */
  readonly writesAllOrNothing = true;
  private readonly db: BetterSqlite3.Database;
  private readonly selectRow: BetterSqlite3.Statement<[string], StoredRow>;
  private readonly selectETag: BetterSqlite3.Statement<[string], Pick<StoredRow, 'etag'>>;
  private readonly upsertRow: BetterSqlite3.Statement<[string, string, string]>;
  private readonly deleteRow: BetterSqlite3.Statement<[string]>;
  private readonly writeAll: BetterSqlite3.Transaction<(rows: RowWrite[]) => void>;
  private readonly readAll: BetterSqlite3.Transaction<(keys: string[]) => StoreItems>;
  private readonly deleteAll: BetterSqlite3.Transaction<(keys: string[]) => void>;
  private readonly commitGroup: BetterSqlite3.Transaction<(changes: QueuedChange[]) => Map<QueuedChange, unknown>>;
  private queued: QueuedChange[] = [];

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
    // Called inside commitGroup, these two run as savepoints (better-sqlite3 nests transactions that way).
    this.writeAll = this.db.transaction((rows: RowWrite[]) => {
      for (const { key, eTag, json } of rows) {
        if (eTag && eTag !== '*') {
          const stored = this.selectETag.get(key);
          if (stored && stored.etag !== eTag) {
            throw new ETagConflictError(key);
          }
        }
        this.upsertRow.run(key, json, randomUUID());
      }
    });
    this.deleteAll = this.db.transaction((keys: string[]) => {
      for (const key of keys) {
        this.deleteRow.run(key);
      }
    });
    this.commitGroup = this.db.transaction((changes: QueuedChange[]) => {
      const refused = new Map<QueuedChange, unknown>();
      for (const change of changes) {
        try {
          change.apply();
        } catch (error) {
          // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction, not just the
          // savepoint: then no change of the group may be reported as committed.
          if (!this.db.inTransaction) throw error;
          refused.set(change, error);
        }
      }
      return refused;
    });
  }

  /**
   * Opens `bot-state.sqlite` in `dataDir`, creating the directory and the file on first use. An existing file is
   * checked first and refused with `UnusableStateFileError` when damaged (see `assertStateFileUsable`).
   *
   * @example
   * const storage = SqliteStorage.open('./data');
   * await storage.write({ 'webchat/conversations/abc/': { answers: {}, eTag: '*' } });
   * storage.close();
   */
  static open(dataDir: string): SqliteStorage {
    mkdirSync(dataDir, { recursive: true });
    const filePath = join(dataDir, SQLITE_FILE_NAME);
    assertStateFileUsable(filePath);
    return new SqliteStorage(filePath);
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys);
    return this.readAll(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') {
      throw new ReferenceError('Changes are required when writing.');
    }
    const rows: RowWrite[] = [];
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      assertKey(key);
      const { eTag, ...value } = item;
      rows.push({ key, eTag: eTag as string | undefined, json: JSON.stringify(value) });
    }
    return this.enqueue(() => this.writeAll(rows));
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys);
    return this.enqueue(() => this.deleteAll(keys));
  }

  /** Commits what is queued, then closes the file; the store cannot be used afterwards. */
  close(): void {
    this.commitQueued();
    this.db.close();
  }

  private enqueue(apply: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      // The first change of a group schedules its commit after the I/O callbacks of this loop turn have run, so
      // every turn answered in the meantime joins the same transaction.
      if (this.queued.length === 0) setImmediate(() => this.commitQueued());
      this.queued.push({ apply, resolve, reject });
    });
  }

  private commitQueued(): void {
    const changes = this.queued;
    if (changes.length === 0) return;
    this.queued = [];
    let refused: Map<QueuedChange, unknown>;
    try {
      // IMMEDIATE takes the write lock before the eTag checks, so check-then-write cannot interleave with another process.
      refused = this.commitGroup.immediate(changes);
    } catch (error) {
      for (const change of changes) change.reject(error);
      return;
    }
    for (const change of changes) {
      if (refused.has(change)) change.reject(refused.get(change));
      else change.resolve();
    }
  }
}
