import { existsSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/** The state file cannot be used as it is; `message` is the one line an operator reads. */
export class UnusableStateFileError extends Error {
  constructor(
    readonly filePath: string,
    readonly problem: string,
  ) {
    super(
      `The conversation state file ${filePath} is damaged (${problem}). The server will not start on it and has ` +
        'not changed it: move it aside to start with empty state, or restore it from a backup.',
    );
    this.name = 'UnusableStateFileError';
  }
}

/**
 * Checks an existing SQLite state file before anything writes to it: opened read-only, its structure checked
 * with `PRAGMA quick_check`, then closed. A truncated file, one that is not SQLite, or garbage in its pages throws
 * `UnusableStateFileError`; the file is never deleted or overwritten. A missing file is fine (it is created).
 *
 * @example
 * assertStateFileUsable('./data/bot-state.sqlite');
 */
export function assertStateFileUsable(filePath: string): void {
  if (!existsSync(filePath)) return;
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
    if (problems.length > 0) throw new UnusableStateFileError(filePath, problems.slice(0, 2).join('; ').slice(0, 200));
  } catch (error) {
    if (error instanceof UnusableStateFileError) throw error;
    throw new UnusableStateFileError(filePath, (error instanceof Error ? error.message : String(error)).slice(0, 200));
  } finally {
    db?.close();
  }
}
