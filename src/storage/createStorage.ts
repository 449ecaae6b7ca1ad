import { resolve } from 'node:path';
import type { Storage } from 'botbuilder';
import { RecoveringBlobsStorage } from './recoveringBlobsStorage';
import { SqliteStorage } from './sqliteStorage';

/** Where conversation state lives: one SQLite file, Azure Blob Storage (several instances), or memory (tests). */
export type StorageKind = 'sqlite' | 'blob' | 'memory';

/** The storage settings, passed in by the composition root from `STORAGE`, `DATA_DIR` and `BLOB_*`. */
export interface StorageSettings {
  kind: StorageKind;
  /** Directory for `bot-state.sqlite`; created if missing. Relative paths resolve against the working directory. */
  dataDir: string;
  /** Required when `kind` is `blob`. */
  blobConnectionString: string;
  blobContainer: string;
}

export interface StorageHandle {
  storage: Storage;
  /** Releases the store (closes the SQLite file); call once, at shutdown. */
  close(): Promise<void>;
}

/**
 * Builds the configured botbuilder `Storage`. Each store's library is loaded only in its own branch
 * (better-sqlite3 on first construction, the Azure SDK on the first blob call), keeping start-up fast.
 *
 * @example
 * const { storage, close } = createStorage({
 *   kind: config.STORAGE,
 *   dataDir: config.DATA_DIR,
 *   blobConnectionString: config.BLOB_CONNECTION_STRING,
 *   blobContainer: config.BLOB_CONTAINER,
 * });
 * const conversationState = new ConversationState(storage);
 */
export function createStorage(settings: StorageSettings): StorageHandle {
  switch (settings.kind) {
    case 'sqlite': {
      const sqlite = SqliteStorage.open(resolve(settings.dataDir));
      return { storage: sqlite, close: async () => sqlite.close() };
    }
    case 'blob': {
      if (!settings.blobConnectionString) {
        throw new Error('STORAGE=blob needs BLOB_CONNECTION_STRING (an Azure Storage connection string).');
      }
      const blobs = new RecoveringBlobsStorage({
        connectionString: settings.blobConnectionString,
        container: settings.blobContainer,
      });
      return { storage: blobs, close: async () => undefined };
    }
    case 'memory': {
      const { MemoryStorage } = require('botbuilder') as typeof import('botbuilder');
      return { storage: new MemoryStorage(), close: async () => undefined };
    }
  }
}
