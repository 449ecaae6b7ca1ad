import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MemoryStorage, type Storage } from 'botbuilder';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isETagConflict } from '../../src/storage/eTagConflictError';
import { SQLITE_FILE_NAME, SqliteStorage } from '../../src/storage/sqliteStorage';

describe('SqliteStorage', () => {
  let dataDir: string;
  const opened: SqliteStorage[] = [];
  const openIn = (dir: string) => {
    const storage = SqliteStorage.open(dir);
    opened.push(storage);
    return storage;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sqlite-storage-'));
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) {
      try {
        storage.close();
      } catch {
        // already closed by the test
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps what was written across closing and reopening the file, as on a restart', async () => {
    const before = openIn(dataDir);
    await before.write({ 'webchat/conversations/abc/': { answers: { billedSalesUsd: 4_000_000 }, step: 3 } });
    const { eTag } = (await before.read(['webchat/conversations/abc/']))['webchat/conversations/abc/'] ?? {};
    before.close();

    const after = openIn(dataDir);
    expect(await after.read(['webchat/conversations/abc/'])).toEqual({
      'webchat/conversations/abc/': { answers: { billedSalesUsd: 4_000_000 }, step: 3, eTag },
    });
    await expect(after.write({ 'webchat/conversations/abc/': { step: 4, eTag: 'from-before-the-restart' } })).rejects.toThrow(
      /eTag conflict/,
    );
  });

  it('creates the data directory and bot-state.sqlite in write-ahead-log mode', async () => {
    const nested = join(dataDir, 'not', 'yet', 'there');
    const storage = openIn(nested);
    await storage.write({ key: { value: 1 } });

    expect(storage.filePath).toBe(join(nested, SQLITE_FILE_NAME));
    expect(existsSync(join(nested, SQLITE_FILE_NAME))).toBe(true);
    const observer = new Database(storage.filePath, { readonly: true });
    try {
      expect(observer.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      observer.close();
    }
  });

  it('refuses a stale eTag with an ETagConflictError whose statusCode and code are 412', async () => {
    const storage = openIn(dataDir);
    await storage.write({ key: { turn: 1 } });
    const error = await storage.write({ key: { turn: 2, eTag: 'stale' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ETagConflictError', statusCode: 412, code: 412, key: 'key' });
    expect((error as Error).message).toBe('Storage: error writing "key" due to eTag conflict.');
  });

  it('writes none of the keys of a multi-key write when one of them has a stale eTag', async () => {
    const storage = openIn(dataDir);
    await storage.write({ conversation: { turn: 1 }, user: { name: 'Ana' } });
    const { user } = await storage.read(['user']);

    await expect(
      storage.write({ conversation: { turn: 2, eTag: '*' }, fresh: { new: true }, user: { name: 'Bo', eTag: 'stale' } }),
    ).rejects.toThrow(/eTag conflict/);
    expect(await storage.read(['conversation', 'fresh', 'user'])).toEqual({
      conversation: { turn: 1, eTag: expect.any(String) },
      user,
    });
  });

  it('settles a write once it is committed, where another connection can read it', async () => {
    const storage = openIn(dataDir);
    const observer = new Database(storage.filePath, { readonly: true });
    const countRows = () => (observer.prepare('SELECT count(*) AS rows FROM bot_state').get() as { rows: number }).rows;
    try {
      const written = storage.write({ key: { turn: 1 } });
      // Queued for the group commit at the end of this turn of the event loop.
      expect(countRows()).toBe(0);
      await written;
      expect(countRows()).toBe(1);
    } finally {
      observer.close();
    }
  });

  it('commits writes and deletes made together in call order, refusing only the one with a stale eTag', async () => {
    const storage = openIn(dataDir);
    await storage.write({ shared: { turn: 1 } });
    const keys = Array.from({ length: 10 }, (_, n) => `conversation-${n}`);

    const outcomes = await Promise.allSettled([
      ...keys.map((key, n) => storage.write({ [key]: { n } })),
      storage.write({ shared: { turn: 2, eTag: 'stale' } }),
      storage.delete(['conversation-3']),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual([...keys.map(() => 'fulfilled'), 'rejected', 'fulfilled']);
    expect(isETagConflict((outcomes[10] as PromiseRejectedResult).reason)).toBe(true);
    const items = await storage.read([...keys, 'shared']);
    expect(Object.keys(items).sort()).toEqual([...keys.filter((key) => key !== 'conversation-3'), 'shared'].sort());
    expect(items.shared).toMatchObject({ turn: 1 });
  });

  it('stores an item as it was when write was called, as MemoryStorage does', async () => {
    const storage = openIn(dataDir);
    const item = { turn: 1 };
    const written = storage.write({ key: item });
    item.turn = 2;
    await written;
    expect(await storage.read(['key'])).toMatchObject({ key: { turn: 1 } });
  });

  it('commits writes still queued when it is closed', async () => {
    const before = openIn(dataDir);
    const written = before.write({ key: { turn: 1 } });
    before.close();
    await written;

    const after = openIn(dataDir);
    expect(await after.read(['key'])).toMatchObject({ key: { turn: 1 } });
  });

  it('refuses a key that is not well-formed Unicode rather than merge it with U+FFFD', async () => {
    const storage = openIn(dataDir);
    await storage.write({ '\uFFFD': { replacement: true } });
    await expect(storage.write({ '\uD800': { lone: true } })).rejects.toThrow(/not well-formed Unicode/);
    await expect(storage.read(['\uD800'])).rejects.toThrow(/not well-formed Unicode/);
    expect(await storage.read(['\uFFFD'])).toMatchObject({ '\uFFFD': { replacement: true } });
  });

  it('answers every sequence of single-key reads, writes and deletes exactly as botbuilder MemoryStorage does', async () => {
    type ETagChoice = 'star' | 'none' | 'latest-read' | 'first-read';
    type Operation =
      | { kind: 'write'; key: string; eTag: ETagChoice; value: number }
      | { kind: 'read'; key: string }
      | { kind: 'delete'; key: string };
    const key = fc.constantFrom('a', 'b');
    const operation: fc.Arbitrary<Operation> = fc.oneof(
      fc.record({
        kind: fc.constant('write' as const),
        key,
        eTag: fc.constantFrom<ETagChoice>('star', 'none', 'latest-read', 'first-read'),
        value: fc.integer(),
      }),
      fc.record({ kind: fc.constant('read' as const), key }),
      fc.record({ kind: fc.constant('delete' as const), key }),
    );

    // Runs the operations against one store, remembering the eTags it handed out, and returns what was observed.
    async function observe(storage: Storage, operations: Operation[]): Promise<unknown[]> {
      const readETags = new Map<string, string[]>();
      const observed: unknown[] = [];
      for (const op of operations) {
        if (op.kind === 'read') {
          const item = (await storage.read([op.key]))[op.key];
          if (item) {
            readETags.set(op.key, [...(readETags.get(op.key) ?? []), item.eTag as string]);
          }
          observed.push(item ? { ...item, eTag: undefined } : 'absent');
        } else if (op.kind === 'delete') {
          await storage.delete([op.key]);
          observed.push('deleted');
        } else {
          const seen = readETags.get(op.key) ?? [];
          const eTag = { star: '*', none: undefined, 'latest-read': seen.at(-1) ?? 'never-issued', 'first-read': seen[0] ?? 'never-issued' }[op.eTag];
          observed.push(
            await storage.write({ [op.key]: { value: op.value, eTag } }).then(
              () => 'written',
              (error: unknown) => (isETagConflict(error) ? 'conflict' : error),
            ),
          );
        }
      }
      return observed;
    }

    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (operations) => {
        const sqlite = new SqliteStorage(':memory:');
        try {
          expect(await observe(sqlite, operations)).toEqual(await observe(new MemoryStorage(), operations));
        } finally {
          sqlite.close();
        }
      }),
      { numRuns: 300 },
    );
  });
});
