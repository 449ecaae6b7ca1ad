import type { Storage, StoreItems } from 'botbuilder';
import type { BlobsStorage, BlobsStorageOptions } from 'botbuilder-azure-blobs';
import { toBlobName } from './blobName';
import { ETagConflictError } from './eTagConflictError';
import { withDeadline } from './withDeadline';

/**
 * Retries bounded so an outage fails a turn in well under the deadline instead of the SDK's default ~16 s
 * (4 tries, 4 s exponential back-off). Here: 3 tries, the second at once and the third 0.2 s later, each asking the
 * server to give up after 2 s; a refused connection fails the call in about 0.2 s.
 */
export const BLOB_RETRY_OPTIONS = {
  maxTries: 3,
  tryTimeoutInMs: 2_000,
  retryDelayInMs: 200,
  maxRetryDelayInMs: 1_000,
} as const satisfies NonNullable<NonNullable<BlobsStorageOptions['storagePipelineOptions']>['retryOptions']>;

/** The longest a read, write or delete may take, container creation included, before the turn fails. */
export const BLOB_OPERATION_DEADLINE_MS = 3_000;

export interface RecoveringBlobsStorageOptions {
  connectionString: string;
  container: string;
  /** Defaults to {@link BLOB_OPERATION_DEADLINE_MS}. */
  deadlineMs?: number;
}

const quotedName = /"([^"]*)"/;

/**
 * botbuilder-azure-blobs' `BlobsStorage`, made fit for a bot that must keep running through a storage outage.
 *
 * - BlobsStorage creates its container once and caches that promise, failure included: a bot started while
 *   storage was down would fail every turn until restarted. Here a failed (or timed-out) creation is forgotten
 *   and the next call builds a fresh BlobsStorage and tries again.
 * - Each call fails within {@link BLOB_OPERATION_DEADLINE_MS}, whatever the network does.
 * - Keys are stored under {@link toBlobName}, so no two keys share a blob.
 * - An eTag conflict is an {@link ETagConflictError} naming the caller's key, with statusCode 412.
 *
 * A multi-key write is not atomic (Azure has no multi-blob transaction); a write carrying an eTag to a key that
 * holds nothing is refused as a conflict, where MemoryStorage and SqliteStorage accept it.
 */
export class RecoveringBlobsStorage implements Storage {
  private readonly deadlineMs: number;
  private connected: BlobsStorage | undefined;
  private connecting: Promise<BlobsStorage> | undefined;

  constructor(private readonly options: RecoveringBlobsStorageOptions) {
    this.deadlineMs = options.deadlineMs ?? BLOB_OPERATION_DEADLINE_MS;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const keyByName = this.namesFor(keys);
    const found = await this.run((blobs) => blobs.read([...keyByName.keys()]));
    const items: StoreItems = {};
    for (const [name, item] of Object.entries(found)) {
      items[keyByName.get(name) ?? name] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') {
      throw new ReferenceError('Changes are required when writing.');
    }
    const keyByName = this.namesFor(Object.keys(changes));
    const renamed: StoreItems = {};
    for (const [name, key] of keyByName) {
      renamed[name] = changes[key];
    }
    try {
      await this.run((blobs) => blobs.write(renamed));
    } catch (error) {
      // BlobsStorage reports a conflict as a plain Error naming the blob; say it with the caller's key instead.
      if (error instanceof Error && /due to eTag conflict/.test(error.message)) {
        const name = quotedName.exec(error.message)?.[1] ?? '';
        throw new ETagConflictError(keyByName.get(name) ?? name);
      }
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    const keyByName = this.namesFor(keys);
    await this.run((blobs) => blobs.delete([...keyByName.keys()]));
  }

  private namesFor(keys: string[]): Map<string, string> {
    if (!Array.isArray(keys)) {
      throw new ReferenceError('Keys are required.');
    }
    return new Map(keys.map((key) => [toBlobName(key), key]));
  }

  private async run<T>(operation: (blobs: BlobsStorage) => Promise<T>): Promise<T> {
    const blobs = this.connected;
    if (blobs) {
      return withDeadline(operation(blobs), this.deadlineMs);
    }
    const connecting = this.connect();
    try {
      return await withDeadline(connecting.then(operation), this.deadlineMs);
    } catch (error) {
      if (!this.connected && this.connecting === connecting) {
        this.connecting = undefined;
      }
      throw error;
    }
  }

  private connect(): Promise<BlobsStorage> {
    this.connecting ??= this.createContainerOnce();
    return this.connecting;
  }

  private async createContainerOnce(): Promise<BlobsStorage> {
    // Loaded on first use, not at import: the Azure SDK costs start-up time a bot on SQLite should not pay.
    const { BlobsStorage: BlobsStorageClass } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
    const blobs = new BlobsStorageClass(this.options.connectionString, this.options.container, {
      storagePipelineOptions: { retryOptions: BLOB_RETRY_OPTIONS },
    });
    // Reading no keys runs only BlobsStorage's createIfNotExists, so its cached promise is known to have succeeded.
    await blobs.read([]);
    this.connected = blobs;
    return blobs;
  }
}
