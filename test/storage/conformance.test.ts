import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, type StorageHandle, type StorageKind } from '../../src/storage/createStorage';
import { isETagConflict } from '../../src/storage/eTagConflictError';
import { startAzurite, type Azurite } from '../support/azurite';

// One set of rules every store must keep, so the bot behaves the same whichever STORAGE is configured.
// Each store is built through createStorage, exactly as the bot will build it.

let azurite: Azurite;
let dataDir: string;

beforeAll(async () => {
  [azurite, dataDir] = await Promise.all([startAzurite(), mkdtemp(join(tmpdir(), 'storage-conformance-'))]);
});

afterAll(async () => {
  await Promise.all([azurite?.dispose(), dataDir && rm(dataDir, { recursive: true, force: true })]);
});

const kinds: StorageKind[] = ['memory', 'sqlite', 'blob'];

function open(kind: StorageKind): StorageHandle {
  return createStorage({
    kind,
    dataDir: join(dataDir, kind),
    blobConnectionString: azurite.connectionString,
    blobContainer: 'conformance',
  });
}

async function readOne(storage: Storage, key: string) {
  const items = await storage.read([key]);
  return items[key] as StoreItems[string] | undefined;
}

const withoutETags = (items: StoreItems) =>
  Object.fromEntries(Object.entries(items).map(([key, { eTag: _eTag, ...value }]) => [key, value]));

describe.each(kinds)('the %s store', (kind) => {
  let handle: StorageHandle;
  let storage: Storage;
  let keyCount = 0;
  // Every test gets keys of its own, so tests sharing a store cannot disturb each other.
  const freshKey = (name: string) => `${kind}-${++keyCount}-${name}`;

  beforeAll(() => {
    handle = open(kind);
    storage = handle.storage;
  });
  afterAll(() => handle?.close());

  it('returns no entry for keys that were never written', async () => {
    expect(await storage.read([freshKey('missing'), freshKey('also-missing')])).toEqual({});
  });

  it('reads back what was written, with an eTag, and nothing once it is deleted', async () => {
    const key = freshKey('round-trip');
    const absent = freshKey('absent');
    const value = { answers: { billedSalesUsd: 3_600_000, customers: ['Contoso', 'Fabrikam'] }, step: 2, done: false };
    await storage.write({ [key]: { ...value, eTag: '*' } });

    const items = await storage.read([key, absent]);
    expect(Object.keys(items)).toEqual([key]);
    expect(items[key]).toEqual({ ...value, eTag: expect.any(String) });
    expect(items[key]?.eTag).not.toBe('');

    await storage.delete([key]);
    expect(await storage.read([key])).toEqual({});
  });

  it('accepts deleting a key that holds nothing', async () => {
    await expect(storage.delete([freshKey('never-written')])).resolves.toBeUndefined();
  });

  it('gives every write a new eTag', async () => {
    const key = freshKey('etags');
    await storage.write({ [key]: { turn: 1 } });
    const first = (await readOne(storage, key))?.eTag;
    await storage.write({ [key]: { turn: 2 } });
    const second = (await readOne(storage, key))?.eTag;
    expect(first).toEqual(expect.any(String));
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
  });

  it('refuses a write carrying a stale eTag as an eTag conflict and keeps the newer item', async () => {
    const key = freshKey('stale');
    await storage.write({ [key]: { turn: 1 } });
    const stale = (await readOne(storage, key))?.eTag;
    await storage.write({ [key]: { turn: 2, eTag: stale } });

    const refusal = storage.write({ [key]: { turn: 3, eTag: stale } });
    await expect(refusal).rejects.toThrow(/eTag conflict/);
    await refusal.catch((error: unknown) => expect(isETagConflict(error)).toBe(true));
    expect(await readOne(storage, key)).toMatchObject({ turn: 2 });
  });

  it('lets a write with eTag * or no eTag overwrite whatever is stored', async () => {
    const key = freshKey('overwrite');
    await storage.write({ [key]: { turn: 1 } });
    await storage.write({ [key]: { turn: 2, eTag: '*' } });
    expect(await readOne(storage, key)).toMatchObject({ turn: 2 });
    await storage.write({ [key]: { turn: 3 } });
    expect(await readOne(storage, key)).toMatchObject({ turn: 3 });
  });

  it('accepts a write carrying the eTag of the latest read', async () => {
    const key = freshKey('fresh');
    await storage.write({ [key]: { turn: 1 } });
    const latest = await readOne(storage, key);
    await storage.write({ [key]: { ...latest, turn: 2 } });
    const after = await readOne(storage, key);
    await storage.write({ [key]: { ...after, turn: 3 } });
    expect(await readOne(storage, key)).toMatchObject({ turn: 3 });
  });

  it('keeps keys with | / \\ ? # Ü 日本 emoji and 400 characters each apart', async () => {
    const prefix = freshKey('');
    const keys = [
      'msteams/conversations/19:abc@thread.skype/',
      'pipe|separated',
      'back\\slash',
      'question?mark=1&x',
      'hash#fragment',
      'percent%2F',
      'tilde~7E',
      'Ümlaut Ärger',
      '日本語のキー',
      'emoji 😀🎉👩‍💻',
      'a'.repeat(400),
      '日'.repeat(400),
      '😀'.repeat(200),
    ].map((key) => prefix + key);
    const changes = Object.fromEntries(keys.map((key, index) => [key, { index, key }]));
    await storage.write(changes);

    const items = await storage.read(keys);
    expect(withoutETags(items)).toEqual(changes);
    await storage.delete(keys);
    expect(await storage.read(keys)).toEqual({});
  });

  it('keeps apart keys that differ only by a trailing, leading or doubled slash, or after 1,500 characters', async () => {
    const prefix = freshKey('');
    const longStem = 'x'.repeat(1_500);
    const keys = ['a/b', 'a/b/', 'a//b', '/a/b', `${longStem}1`, `${longStem}2`].map((key) => prefix + key);
    const changes = Object.fromEntries(keys.map((key, index) => [key, { index }]));
    await storage.write(changes);

    expect(withoutETags(await storage.read(keys))).toEqual(changes);
    await storage.delete([keys[0] as string]);
    expect(Object.keys(await storage.read(keys))).toEqual(keys.slice(1));
  });

  it('round-trips a 1 MB value intact', async () => {
    const key = freshKey('large');
    const text = `Ü日本😀${'0123456789abcdef'.repeat(64 * 1024)}`;
    await storage.write({ [key]: { text } });
    const item = await readOne(storage, key);
    expect(item?.text).toHaveLength(text.length);
    expect(item?.text === text).toBe(true);
  });

  it('lets 50 concurrent writers with eTag * all succeed and keeps one of their values whole', async () => {
    const key = freshKey('contended');
    const writers = Array.from({ length: 50 }, (_, writer) =>
      storage.write({ [key]: { writer, payload: `writer ${writer} `.repeat(100), eTag: '*' } }),
    );
    const outcomes = await Promise.allSettled(writers);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);

    const item = await readOne(storage, key);
    const writer = item?.writer as number;
    expect(writer).toBeGreaterThanOrEqual(0);
    expect(writer).toBeLessThan(50);
    expect(item?.payload).toBe(`writer ${writer} `.repeat(100));
  });

  it('lets exactly one of 20 concurrent writers holding the same eTag succeed and refuses the rest as conflicts', async () => {
    const key = freshKey('race');
    await storage.write({ [key]: { writer: -1 } });
    const { eTag } = (await readOne(storage, key)) ?? {};
    const writers = Array.from({ length: 20 }, (_, writer) => storage.write({ [key]: { writer, eTag } }));
    const outcomes = await Promise.allSettled(writers);

    const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(isETagConflict(outcome.reason)).toBe(true);
      }
    }
    expect(await readOne(storage, key)).toMatchObject({ writer: winners[0] });
  });
});
