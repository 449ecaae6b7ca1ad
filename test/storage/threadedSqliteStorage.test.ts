import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ETagConflictError, isETagConflict } from '../../src/storage/eTagConflictError';
import { ThreadedSqliteStorage } from '../../src/storage/threadedSqliteStorage';

describe('the SQLite store in its own thread', () => {
  let dir: string;
  const opened: ThreadedSqliteStorage[] = [];
  const open = (name: string) => {
    const storage = ThreadedSqliteStorage.open(join(dir, name));
    opened.push(storage);
    return storage;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'threaded-sqlite-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('hands back an eTag conflict as the ETagConflictError the state classes recognise, naming the key', async () => {
    const storage = open('conflict');
    await storage.write({ 'c/': { step: 1 } });
    const stale = (await storage.read(['c/']))['c/']!.eTag as string;
    await storage.write({ 'c/': { step: 2, eTag: stale } });

    const refused = await storage.write({ 'c/': { step: 3, eTag: stale } }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ETagConflictError);
    expect(isETagConflict(refused)).toBe(true);
    expect((refused as ETagConflictError).key).toBe('c/');
    expect((await storage.read(['c/']))['c/']).toMatchObject({ step: 2 });
  });

  it('refuses a malformed key on the calling thread, with the same TypeError as the store itself', async () => {
    const storage = open('keys');
    await expect(storage.read([42 as unknown as string])).rejects.toThrow(TypeError);
    await expect(storage.write({ '\uD800': { step: 1 } })).rejects.toThrow(/not well-formed Unicode/);
  });

  it('commits 200 writes made at once, each readable afterwards and after the file is opened again', async () => {
    const storage = open('many');
    await Promise.all(Array.from({ length: 200 }, (_, n) => storage.write({ [`k${n}/`]: { n } })));
    const keys = Array.from({ length: 200 }, (_, n) => `k${n}/`);
    expect(Object.keys(await storage.read(keys))).toHaveLength(200);
    await storage.close();

    const reopened = open('many');
    const items = await reopened.read(keys);
    expect(keys.every((key, n) => (items[key] as { n?: number } | undefined)?.n === n)).toBe(true);
  });

  it('fails every call with an error, instead of waiting forever, when the thread cannot open the file', async () => {
    const notADirectory = join(dir, 'plain-file');
    await writeFile(notADirectory, 'not a directory');
    const storage = new ThreadedSqliteStorage(join(notADirectory, 'bot-state.sqlite'));
    opened.push(storage);

    await expect(storage.read(['k/'])).rejects.toThrow();
    await expect(storage.write({ 'k/': { step: 1 } })).rejects.toThrow();
  });
});
