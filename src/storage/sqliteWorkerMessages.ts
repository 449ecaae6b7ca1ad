import type { RowWrite, StoredRow } from './sqliteStorage';

/** What the bot's thread asks the SQLite thread; `id` pairs each request with its answer. */
export type SqliteRequest =
  | { id: number; op: 'read'; keys: string[] }
  | { id: number; op: 'write'; rows: RowWrite[] }
  | { id: number; op: 'delete'; keys: string[] }
  | { id: number; op: 'close' };

/** A request before it is numbered. */
export type SqliteCall = SqliteRequest extends infer Request ? (Request extends unknown ? Omit<Request, 'id'> : never) : never;

/** An error as it crosses threads: its class by name, and the key of an eTag conflict. */
export interface SqliteError {
  name: string;
  message: string;
  key?: string;
}

/** The SQLite thread's answer: the rows read, or nothing for a committed write or delete, or the error. */
export type SqliteResponse = { id: number; rows?: StoredRow[] } | { id: number; error: SqliteError };
