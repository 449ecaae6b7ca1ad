import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './eTagConflictError';
import { SQLITE_FILE_NAME, assertKeys, rowsToWrite, type StoredRow } from './sqliteStorage';
import type { SqliteCall, SqliteError, SqliteRequest, SqliteResponse } from './sqliteWorkerMessages';

/** The SQLite thread; run from TypeScript (the tests), it loads its source through tsx, as the test servers do. */
function startWorker(filePath: string): Worker {
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'sqliteWorker.js'), { workerData: { filePath } });
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'sqliteWorker.ts'))});`;
  return new Worker(bootstrap, { eval: true, workerData: { filePath } });
}

/** Turns an error that crossed from the SQLite thread back into the class callers test for. */
function rebuildError(error: SqliteError): Error {
  if (error.name === 'ETagConflictError' && error.key !== undefined) return new ETagConflictError(error.key);
  const rebuilt = error.name === 'TypeError' ? new TypeError(error.message) : error.name === 'RangeError' ? new RangeError(error.message) : new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

type Pending = { resolve(rows: StoredRow[] | undefined): void; reject(error: Error): void };

/**
 * The embedded store ({@link SqliteStorage}, same file, same rules) run in a worker thread. better-sqlite3 waits for
 * each commit's fsync (about 0.25 ms on this machine, `synchronous = FULL`) on the thread that calls it; here that
 * thread is not the one answering partners, so the bot keeps serving turns while a group of writes reaches the
 * disk, and the writes that arrive meanwhile join the next group. Keys are checked and values serialized on the
 * calling thread, so bad input fails as before and no object crosses threads, only JSON strings.
 *
 * @example
 * const storage = ThreadedSqliteStorage.open('./data');
 * await storage.write({ 'webchat/conversations/abc/': { step: 1, eTag: '*' } });
 * await storage.close();
 */
export class ThreadedSqliteStorage implements Storage {
  /** A multi-key write is all or nothing, as in {@link SqliteStorage}. */
  readonly writesAllOrNothing = true;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed: Promise<void> | undefined;
  /** Why the thread is gone, once it is: every later call fails at once with it instead of waiting forever. */
  private stopped: Error | undefined;

  constructor(readonly filePath: string) {
    this.worker = startWorker(filePath);
    this.worker.on('message', (response: SqliteResponse) => this.settle(response));
    // A thread that dies (a native crash, a file it cannot open) fails every call waiting on it, and every later one.
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`the SQLite storage thread stopped (exit code ${code})`)));
    // Idle, the thread must not keep a finished process alive; a call in flight keeps it referenced (see `call`).
    this.worker.unref();
  }

  /** Opens `bot-state.sqlite` in `dataDir`, creating the directory and the file on first use. */
  static open(dataDir: string): ThreadedSqliteStorage {
    mkdirSync(dataDir, { recursive: true });
    return new ThreadedSqliteStorage(join(dataDir, SQLITE_FILE_NAME));
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys);
    const rows = (await this.call({ op: 'read', keys })) ?? [];
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.value) as StoreItem), eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.call({ op: 'write', rows: rowsToWrite(changes) });
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys);
    await this.call({ op: 'delete', keys });
  }

  /** Commits what is queued, closes the file and stops the thread; the store cannot be used afterwards. */
  close(): Promise<void> {
    if (!this.closed) {
      // A thread that already stopped has no file open: there is nothing left to close.
      const closing = this.stopped ? Promise.resolve(undefined) : this.call({ op: 'close' });
      this.closed = closing.then(async () => {
        await this.worker.terminate();
      });
    }
    return this.closed;
  }

  private call(request: SqliteCall): Promise<StoredRow[] | undefined> {
    if (this.closed) return Promise.reject(new Error('The SQLite storage is not open: it was closed.'));
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as SqliteRequest);
    });
  }

  private settle(response: SqliteResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker.unref();
    if ('error' in response) waiting.reject(rebuildError(response.error));
    else waiting.resolve(response.rows);
  }

  private failAll(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
