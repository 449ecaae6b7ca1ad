import { transactionSchema, type Transaction } from '../eligibility/schema';
import { readAmountCell, readBooleanCell, readDateCell, type CellValue } from './cellValues';
import { readCleanTransaction, transactionLayout, type TransactionLayout } from './cleanTransactionRow';
import { CsvSyntaxError } from './csvSyntaxError';
import { forEachCsvRow } from './forEachCsvRow';
import { COLUMN_EXAMPLES, REQUIRED_COLUMNS, columnForHeader, type TransactionColumn } from './transactionColumns';

/** One problem in one cell (or, with `column: null`, with a whole line). */
export interface BadRow {
  /** The line in the file where the row starts; the header is line 1. */
  row: number;
  /** The column's header as the file writes it, or null when the problem is the line itself. */
  column: string | null;
  message: string;
}

export interface TransactionsCsv {
  transactions: Transaction[];
  /** Every problem found, in file order. A file with any is not evaluated: a skipped row would change the answer. */
  badRows: BadRow[];
  /** Headers the evaluator does not read (descriptions, SKUs...), for callers that want to say so. */
  ignoredColumns: string[];
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
    const upTo = lenient.slice(0, lenient.indexOf('\uFFFD'));
    return { badLine: upTo.split('\n').length };
  }
}

function mapHeader(header: readonly string[], line: number, badRows: BadRow[], ignoredColumns: string[]): ColumnMap {
  const columns: ColumnMap = new Map();
  header.forEach((text, index) => {
    const column = columnForHeader(text);
    if (!column) {
      if (text !== '') ignoredColumns.push(text);
      return;
    }
    const earlier = columns.get(column);
    if (earlier) {
      badRows.push({ row: line, column: text, message: `${text} and ${earlier.header} both name the ${column} column; keep one` });
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

function readRow(record: readonly string[], line: number, columns: ColumnMap, badRows: BadRow[]): Transaction | undefined {
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
    const shown = currency.trim() === '' ? 'is empty' : `is "${currency.trim()}"`;
    problems.push({ row: line, column: header, message: `${header} ${shown}; only USD amounts are accepted, so convert this row to US dollars` });
  }

  // The schema judges the cells that did read (a negative amount next to a bad date is two problems, not one);
  // a cell that did not read already has its own message.
  const parsed = transactionSchema.safeParse(candidate);
  if (parsed.success && problems.length === 0) return parsed.data;
  const unread = new Set(problems.map((problem) => problem.column));
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '') as TransactionColumn;
    const header = columns.get(field)?.header ?? field;
    if (!unread.has(header)) problems.push({ row: line, column: header, message: `${header} ${issue.message}` });
  }
  problems.sort((a, b) => columnOrder(columns, a.column) - columnOrder(columns, b.column));
  badRows.push(...problems);
  return undefined;
}

/**
 * Reads a transactions export (header `date,customerId,amountUsd,netNew`, optional `offerId`, `privateOffer`,
 * `currency`; common spellings of each accepted) into validated transactions. Every bad cell is reported with its
 * line and column, and no row is ever skipped silently. Lines with no values at all are not rows.
 *
 * @example
 * readTransactionsCsv('Date,Customer ID,Amount (USD),Net New\n2026-01-05,c1,"$12,000",yes\n')
 * // { transactions: [{ date: '2026-01-05', customerId: 'c1', amountUsd: 12000, netNew: true, privateOffer: false }], badRows: [], ignoredColumns: [] }
 */
export function readTransactionsCsv(source: string | Uint8Array): TransactionsCsv {
  const transactions: Transaction[] = [];
  const badRows: BadRow[] = [];
  const ignoredColumns: string[] = [];
  const decoded = decode(source);
  if ('badLine' in decoded) {
    badRows.push({ row: decoded.badLine, column: null, message: 'The file is not UTF-8 text; save it as "CSV UTF-8" and try again' });
    return { transactions, badRows, ignoredColumns };
  }
  const text = decoded.text;
  let columns: ColumnMap | undefined;
  let layout: TransactionLayout | undefined;
  try {
    forEachCsvRow(text, {
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
    });
  } catch (error) {
    if (error instanceof UnreadableHeader) return { transactions, badRows, ignoredColumns };
    if (!(error instanceof CsvSyntaxError)) throw error;
    // After a broken quote the parser cannot tell where rows start, so reading stops here and says so.
    badRows.push({ row: error.line, column: null, message: `The file cannot be read from line ${error.line} on: ${error.problem}` });
  }
  if (!columns) {
    badRows.push({ row: 1, column: null, message: 'The file is empty; its first line must be a header such as date,customerId,amountUsd,netNew' });
  }
  return { transactions, badRows, ignoredColumns };
}
