import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, type StorageSettings } from '../../src/storage/createStorage';
import { RecoveringBlobsStorage } from '../../src/storage/recoveringBlobsStorage';
import { SqliteStorage } from '../../src/storage/sqliteStorage';

const isLoaded = (pkg: string) => Object.keys(require.cache).some((path) => path.includes(`/node_modules/${pkg}/`));

describe('createStorage', () => {
  let dataDir: string;
  const settings = (overrides: Partial<StorageSettings>): StorageSettings => ({
    kind: 'sqlite',
    dataDir: join(dataDir, 'data'),
    blobConnectionString: '',
    blobContainer: 'bot-state',
    ...overrides,
  });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'create-storage-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  // Runs first, before any other test in this file has loaded a store's library.
  it('loads better-sqlite3 and the Azure SDK only for the store that needs them', async () => {
    expect(isLoaded('better-sqlite3')).toBe(false);
    expect(isLoaded('botbuilder-azure-blobs')).toBe(false);

    const memory = createStorage(settings({ kind: 'memory' }));
    const blob = createStorage(settings({ kind: 'blob', blobConnectionString: 'UseDevelopmentStorage=true;' }));
    expect(isLoaded('better-sqlite3')).toBe(false);
    expect(isLoaded('botbuilder-azure-blobs')).toBe(false);

    const sqlite = createStorage(settings({ kind: 'sqlite' }));
    expect(isLoaded('better-sqlite3')).toBe(true);
    expect(isLoaded('botbuilder-azure-blobs')).toBe(false);
    await Promise.all([memory.close(), blob.close(), sqlite.close()]);
  });

  it('keeps SQLite state in bot-state.sqlite under DATA_DIR, creating the directory', async () => {
    const { storage, close } = createStorage(settings({ kind: 'sqlite', dataDir: join(dataDir, 'fresh', 'dir') }));
    expect(storage).toBeInstanceOf(SqliteStorage);
    await storage.write({ key: { value: 1 } });
    await close();
    expect(existsSync(join(dataDir, 'fresh', 'dir', 'bot-state.sqlite'))).toBe(true);
    await expect(storage.read(['key'])).rejects.toThrow(/not open/);
  });

  it('builds the recovering blob store for STORAGE=blob', () => {
    const { storage } = createStorage(settings({ kind: 'blob', blobConnectionString: 'UseDevelopmentStorage=true;' }));
    expect(storage).toBeInstanceOf(RecoveringBlobsStorage);
  });

  it('refuses STORAGE=blob without a connection string, naming the missing setting', () => {
    expect(() => createStorage(settings({ kind: 'blob', blobConnectionString: '' }))).toThrow(/BLOB_CONNECTION_STRING/);
  });
});
