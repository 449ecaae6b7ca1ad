import { parentPort, workerData } from 'node:worker_threads';
import { ETagConflictError } from './eTagConflictError';
import { SqliteStorage } from './sqliteStorage';
import type { SqliteError, SqliteRequest, SqliteResponse } from './sqliteWorkerMessages';

/*
 * The SQLite thread of `ThreadedSqliteStorage`: one `SqliteStorage` and its group commit, away from the bot's
 * event loop. While this thread waits for a commit's fsync, requests queue up in its message port and join the
 * next group.
 */

const storage = new SqliteStorage((workerData as { filePath: string }).filePath);
const port = parentPort!;

function describeError(error: unknown): SqliteError {
  if (error instanceof ETagConflictError) return { name: error.name, message: error.message, key: error.key };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

async function answer(request: SqliteRequest): Promise<SqliteResponse> {
  switch (request.op) {
    case 'read':
      return { id: request.id, rows: storage.readRows(request.keys) };
    case 'write':
      await storage.writeRows(request.rows);
      return { id: request.id };
    case 'delete':
      await storage.delete(request.keys);
      return { id: request.id };
    case 'close':
      storage.close();
      return { id: request.id };
  }
}

port.on('message', (request: SqliteRequest) => {
  answer(request).then(
    (response) => port.postMessage(response),
    (error: unknown) => port.postMessage({ id: request.id, error: describeError(error) } satisfies SqliteResponse),
  );
});
