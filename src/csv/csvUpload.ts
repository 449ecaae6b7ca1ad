import type { TransactionsCsv } from './readTransactionsCsv';

/**
 * What came of a file in a chat message: none, refused (and why), or read into transactions and bad rows. Here,
 * below both, so the bot that fetches the file and the dialogs that answer it share one type without importing
 * each other.
 */
export type CsvUpload =
  | { kind: 'none' }
  | { kind: 'refused'; reason: 'not-csv' | 'too-large' | 'untrusted-url' | 'download-failed' | 'busy'; fileName: string }
  | { kind: 'parsed'; fileName: string; csv: TransactionsCsv };
