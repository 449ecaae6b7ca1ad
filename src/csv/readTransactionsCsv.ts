import type { Transaction } from '../eligibility/schema';
import { readAmountCell, readBooleanCell, readDateCell, type CellValue } from './cellValues';
import { readCleanTransaction, transactionLayout, type TransactionLayout } from './cleanTransactionRow';
import { CsvSyntaxError } from './csvSyntaxError';
import { forEachCsvRow, forEachCsvRowYielding, type CsvRowHandlers } from './forEachCsvRow';
import { quotedFragment } from './quotedFragment';
import { validateTransaction } from './validateTransaction';
import { COLUMN_EXAMPLES, REQUIRED_COLUMNS, columnForHeader, type TransactionColumn } from './transactionColumns';

/** One problem in one cell (or, with `column: null`, with a whole line). */
export interface BadRow {
  /** The line in the file where the row starts; the header is line 1. */
  row: number;
  /** The column's header as the file writes it, or null when the problem is the line itself. */
  column: string | null;
  message: string;
}

/** Problems kept with their text; past these, problems are only counted (a file of bad rows must not fill memory). */
export const MAX_KEPT_BAD_ROWS = 100;

export interface TransactionsCsv {
  transactions: Transaction[];
  /**
   * The first `MAX_KEPT_BAD_ROWS` problems, in file order. A file with any is not evaluated: a skipped row would
   * change the answer.
   */
  badRows: BadRow[];
  /** Every problem found, the ones past `badRows` included. */
  badRowCount: number;
  /** Rows (lines) with at least one problem. */
  badRowLines: number;
  /** Headers the evaluator does not read (descriptions, SKUs...), for callers that want to say so. */
  ignoredColumns: string[];
}

/** Keeps the first problems and counts them all; `push` and `length` as on the array it replaces. */
class BadRowList {
  readonly kept: BadRow[] = [];
  length = 0;
  lines = 0;
  private lastLine = -1;

  push(...problems: BadRow[]): void {
    for (const problem of problems) {
      this.length += 1;
      if (problem.row !== this.lastLine) this.lines += 1;
      this.lastLine = problem.row;
      if (this.kept.length < MAX_KEPT_BAD_ROWS) this.kept.push(problem);
    }
  }
}

type ColumnMap = Map<TransactionColumn, { index: number; header: string }>;

/** Thrown inside the parser's record callback to stop reading once the header makes every row unreadable. */
class UnreadableHeader extends Error {}

/** Decodes bytes as UTF-8, or names the line of the first byte that is not UTF-8 rather than guess an encoding. */
function decode(source: string | Uint8Array): { text: string } | { badLine: number } {
  if (typeof source === 'string') return { text: source };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(source) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(source);
    // Counted, not split: splitting 25 MB into lines would hold a string per line.
    const end = lenient.indexOf('\uFFFD');
    let lines = 1;
    for (let at = lenient.indexOf('\n'); at !== -1 && at < end; at = lenient.indexOf('\n', at + 1)) lines += 1;
    return { badLine: lines };
  }
}

function mapHeader(header: readonly string[], line: number, badRows: BadRowList, ignoredColumns: string[]): ColumnMap {
  const columns: ColumnMap = new Map();
  header.forEach((text, index) => {
    const column = columnForHeader(text);
    if (!column) {
      if (text !== '') ignoredColumns.push(text);
      return;
    }
    const earlier = columns.get(column);
    if (earlier) {
      badRows.push({ row: line, column: text, message: `${quotedFragment(text)} and ${quotedFragment(earlier.header)} both name the ${column} column; keep one` });
      return;
    }
    columns.set(column, { index, header: text });
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.has(required)) {
      badRows.push({ row: line, column: null, message: `The header has no ${COLUMN_EXAMPLES[required]} column` });
    }
  }
  return columns;
}

function columnOrder(columns: ColumnMap, header: string | null): number {
  for (const { index, header: name } of columns.values()) if (name === header) return index;
  return Number.MAX_SAFE_INTEGER;
}

function readRow(record: readonly string[], line: number, columns: ColumnMap, badRows: BadRowList): Transaction | undefined {
  const problems: BadRow[] = [];
  const cell = (column: TransactionColumn): string | undefined => {
    const found = columns.get(column);
    return found ? (record[found.index] ?? '') : undefined;
  };
  const candidate: Record<string, unknown> = {};
  const take = <T>(column: TransactionColumn, value: CellValue<T>) => {
    if (value.ok) candidate[column] = value.value;
    else problems.push({ row: line, column: columns.get(column)!.header, message: `${columns.get(column)!.header} ${value.reason}` });
  };

  take('date', readDateCell(cell('date')!));
  candidate.customerId = cell('customerId');
  take('amountUsd', readAmountCell(cell('amountUsd')!));
  const netNew = cell('netNew');
  if (netNew !== undefined) take('netNew', readBooleanCell(netNew, false));
  const privateOffer = cell('privateOffer');
  if (privateOffer !== undefined) take('privateOffer', readBooleanCell(privateOffer, false));
  const offerId = cell('offerId')?.trim();
  if (offerId) candidate.offerId = offerId;
  const currency = cell('currency');
  if (currency !== undefined && currency.trim().toUpperCase() !== 'USD') {
    const header = columns.get('currency')!.header;
    const shown = currency.trim() === '' ? 'is empty' : `is ${quotedFragment(currency.trim())}`;
    problems.push({ row: line, column: header, message: `${header} ${shown}; only USD amounts are accepted, so convert this row to US dollars` });
  }

  // The schema judges the cells that did read (a negative amount next to a bad date is two problems, not one);
  // a cell that did not read already has its own message.
  const checked = validateTransaction(candidate);
  if ('transaction' in checked && problems.length === 0) return checked.transaction;
  const unread = new Set(problems.map((problem) => problem.column));
  for (const issue of 'issues' in checked ? checked.issues : []) {
    const field = issue.field as TransactionColumn;
    const header = columns.get(field)?.header ?? field;
    if (!unread.has(header)) problems.push({ row: line, column: header, message: `${header} ${issue.message}` });
  }
  problems.sort((a, b) => columnOrder(columns, a.column) - columnOrder(columns, b.column));
  badRows.push(...problems);
  return undefined;
}

interface Reading {
  handlers: CsvRowHandlers;
  /** The result once the rows are read, or reading stopped with `error`. */
  finish(error?: unknown): TransactionsCsv;
}

function startReading(source: string | Uint8Array): { text: string; reading: Reading } | { done: TransactionsCsv } {
  const transactions: Transaction[] = [];
  const badRows = new BadRowList();
  const ignoredColumns: string[] = [];
  const result = (): TransactionsCsv => ({ transactions, badRows: badRows.kept, badRowCount: badRows.length, badRowLines: badRows.lines, ignoredColumns });
  const decoded = decode(source);
  if ('badLine' in decoded) {
    badRows.push({ row: decoded.badLine, column: null, message: 'The file is not UTF-8 text; save it as "CSV UTF-8" and try again' });
    return { done: result() };
  }
  let columns: ColumnMap | undefined;
  let layout: TransactionLayout | undefined;
  const handlers: CsvRowHandlers = {
    onHeader: (record, line) => {
      columns = mapHeader(record, line, badRows, ignoredColumns);
      if (badRows.length > 0) throw new UnreadableHeader();
      layout = transactionLayout(columns);
    },
    onShiftedRow: (line, values, headerWidth) => {
      badRows.push({ row: line, column: null, message: `Line ${line} has ${values} values but the header names ${headerWidth} columns` });
    },
    onRow: (record, line) => {
      const transaction = readCleanTransaction(record, layout!) ?? readRow(record, line, columns!, badRows);
      if (transaction) transactions.push(transaction);
    },
  };
  const finish = (error?: unknown): TransactionsCsv => {
    if (error instanceof UnreadableHeader) return result();
    if (error !== undefined && !(error instanceof CsvSyntaxError)) throw error;
    // After a broken quote the parser cannot tell where rows start, so reading stops here and says so.
    if (error) badRows.push({ row: error.line, column: null, message: `The file cannot be read from line ${error.line} on: ${error.problem}` });
    if (!columns) {
      badRows.push({ row: 1, column: null, message: 'The file is empty; its first line must be a header such as date,customerId,amountUsd,netNew' });
    }
    return result();
  };
  return { text: decoded.text, reading: { handlers, finish } };
}

/**
 * Reads a transactions export (header `date,customerId,amountUsd,netNew`, optional `offerId`, `privateOffer`,
 * `currency`; common spellings of each accepted) into validated transactions. Every bad cell is counted with its
 * line and column, the first `MAX_KEPT_BAD_ROWS` kept, and no row is ever skipped silently. Lines with no values
 * at all are not rows.
 *
 * @example
 * readTransactionsCsv('Date,Customer ID,Amount (USD),Net New\n2026-01-05,c1,"$12,000",yes\n')
 * // { transactions: [{ date: '2026-01-05', customerId: 'c1', amountUsd: 12000, netNew: true, privateOffer: false }], badRows: [], badRowCount: 0, badRowLines: 0, ignoredColumns: [] }
 */
export function readTransactionsCsv(source: string | Uint8Array): TransactionsCsv {
  const started = startReading(source);
  if ('done' in started) return started.done;
  try {
    forEachCsvRow(started.text, started.reading.handlers);
  } catch (error) {
    return started.reading.finish(error);
  }
  return started.reading.finish();
}

/**
 * `readTransactionsCsv` in slices that yield to the event loop, for the server: a 25 MB upload must not stop chat
 * turns and health checks while it is read.
 *
 * @example
 * const csv = await readTransactionsCsvYielding(body);
 */
export async function readTransactionsCsvYielding(source: string | Uint8Array): Promise<TransactionsCsv> {
  const started = startReading(source);
  if ('done' in started) return started.done;
  try {
    await forEachCsvRowYielding(started.text, started.reading.handlers);
  } catch (error) {
    return started.reading.finish(error);
  }
  return started.reading.finish();
}
