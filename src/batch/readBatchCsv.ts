import { readAmountCell, readBooleanCell, readCellAs, readDateCell, type CellContent, type CellValue } from '../csv/cellValues';
import { readCleanTransaction, transactionLayout, type TransactionLayout } from '../csv/cleanTransactionRow';
import { CsvSyntaxError } from '../csv/csvSyntaxError';
import { forEachCsvRow, forEachCsvRowYielding, type CsvRowHandlers } from '../csv/forEachCsvRow';
import { COLUMN_EXAMPLES, REQUIRED_COLUMNS, columnForHeader, type TransactionColumn } from '../csv/transactionColumns';
import { quotedFragment } from '../csv/quotedFragment';
import { validateTransaction } from '../csv/validateTransaction';
import type { Transaction } from '../eligibility/schema';
import { MARKETPLACE_TOTAL_COLUMNS, PARTNER_COLUMN_KINDS, partnerColumnForHeader, type PartnerColumn } from './partnerColumns';

/** `partners`: one row per partner with its totals. `transactions`: transaction rows with a partner id column. */
export type BatchMode = 'partners' | 'transactions';

/** One partner to evaluate, or one row that could not be tied to a partner. */
export interface BatchItem {
  /** The line where the partner first appears (the header is line 1); for JSON input, the position from 1. */
  row: number;
  partnerId: string;
  /** Evaluator input fields read from the partner's cells. */
  fields: Record<string, unknown>;
  /** The partner's transactions, in transactions mode. */
  transactions?: Transaction[];
  /** Every problem with the partner's rows, each naming its line; a partner with any is reported, not evaluated. */
  errors: string[];
}

/** A problem with the whole file: nothing in it can be evaluated. */
export interface BatchFileProblem {
  code: 'not_utf8' | 'empty' | 'bad_header' | 'too_many_rows';
  message: string;
}

export type BatchCsv = { ok: true; mode: BatchMode; items: BatchItem[]; ignoredColumns: string[] } | { ok: false; problem: BatchFileProblem };

export interface ReadBatchOptions {
  /** Most partners accepted; one more stops reading with `too_many_rows`. */
  maxRows?: number;
}

const MAX_PARTNER_ID_LENGTH = 200;
/** Partner-level columns a transactions file may carry, one value per partner. */
const PER_PARTNER_IN_TRANSACTIONS: readonly PartnerColumn[] = ['asOf', 'azureIpCoSellEligible', 'hasTransactableOffer', 'consumptionCommitmentUsd'];
const UNKNOWN_WORDS = new Set(['unknown', 'n/a']);

interface Column<T> {
  column: T;
  index: number;
  header: string;
}

interface Header {
  mode: BatchMode;
  partner: Map<PartnerColumn, Column<PartnerColumn>>;
  transaction: Map<TransactionColumn, Column<TransactionColumn>>;
  ignored: string[];
  problems: string[];
}

class FileProblem extends Error {
  constructor(readonly problem: BatchFileProblem) {
    super(problem.message);
  }
}

function readHeader(record: readonly string[]): Header {
  const isTransactions = record.some((text) => columnForHeader(text) === 'date');
  const header: Header = { mode: isTransactions ? 'transactions' : 'partners', partner: new Map(), transaction: new Map(), ignored: [], problems: [] };
  const place = <T>(map: Map<T, Column<T>>, column: T, index: number, text: string) => {
    const earlier = map.get(column);
    if (earlier) header.problems.push(`${text} and ${earlier.header} both name the ${String(column)} column; keep one`);
    else map.set(column, { column, index, header: text });
  };
  record.forEach((text, index) => {
    const transaction = isTransactions ? columnForHeader(text) : undefined;
    if (transaction) return place(header.transaction, transaction, index, text);
    const partner = partnerColumnForHeader(text);
    if (partner) return place(header.partner, partner, index, text);
    if (text !== '') header.ignored.push(text);
  });
  if (!header.partner.has('partnerId')) header.problems.push('The header has no partnerId column (or Partner ID, partner_id)');
  if (isTransactions) {
    for (const required of REQUIRED_COLUMNS) {
      if (!header.transaction.has(required)) header.problems.push(`The header has a date column, so rows are transactions, but no ${COLUMN_EXAMPLES[required]} column`);
    }
    for (const total of MARKETPLACE_TOTAL_COLUMNS) {
      const found = header.partner.get(total);
      if (found) header.problems.push(`${found.header} cannot sit next to transaction rows: it is derived from them; drop the column or the rows`);
    }
  }
  return header;
}

/** A partner cell's value: undefined when empty or "unknown" (never zero), or the reason it cannot be read. */
function readPartnerCell(record: readonly string[], column: Column<PartnerColumn>): CellValue<CellContent | undefined> {
  const text = (record[column.index] ?? '').trim();
  if (text === '' || UNKNOWN_WORDS.has(text.toLowerCase())) return { ok: true, value: undefined };
  return readCellAs(PARTNER_COLUMN_KINDS[column.column], text);
}

function readPartnerId(record: readonly string[], header: Header, line: number): { id: string } | { error: string } {
  const column = header.partner.get('partnerId')!;
  const id = (record[column.index] ?? '').trim();
  if (id === '') return { error: `line ${line}: ${column.header} is empty; every row needs a partner id` };
  if (id.length > MAX_PARTNER_ID_LENGTH) return { error: `line ${line}: ${column.header} is longer than ${MAX_PARTNER_ID_LENGTH} characters` };
  return { id };
}

function readTransaction(record: readonly string[], header: Header, line: number): { transaction: Transaction } | { errors: string[] } {
  const errors: string[] = [];
  const unread = new Set<string>();
  const cell = (column: TransactionColumn) => {
    const found = header.transaction.get(column);
    return found ? (record[found.index] ?? '') : undefined;
  };
  const candidate: Record<string, unknown> = {};
  const take = <T>(column: TransactionColumn, value: CellValue<T>) => {
    if (value.ok) candidate[column] = value.value;
    else {
      const name = header.transaction.get(column)!.header;
      unread.add(name);
      errors.push(`line ${line}: ${name} ${value.reason}`);
    }
  };
  take('date', readDateCell(cell('date')!));
  candidate.customerId = cell('customerId');
  take('amountUsd', readAmountCell(cell('amountUsd')!));
  for (const flag of ['netNew', 'privateOffer'] as const) {
    const text = cell(flag);
    if (text !== undefined) take(flag, readBooleanCell(text, false));
  }
  const offerId = cell('offerId')?.trim();
  if (offerId) candidate.offerId = offerId;
  const currency = cell('currency');
  if (currency !== undefined && currency.trim().toUpperCase() !== 'USD') {
    const name = header.transaction.get('currency')!.header;
    errors.push(`line ${line}: ${name} ${currency.trim() === '' ? 'is empty' : `is ${quotedFragment(currency.trim())}`}; only USD amounts are accepted, so convert this row to US dollars`);
  }
  const checked = validateTransaction(candidate);
  if ('transaction' in checked && errors.length === 0) return checked;
  for (const issue of 'issues' in checked ? checked.issues : []) {
    const field = issue.field as TransactionColumn;
    const name = header.transaction.get(field)?.header ?? field;
    if (!unread.has(name)) errors.push(`line ${line}: ${name} ${issue.message}`);
  }
  return { errors };
}

/** Reads partner rows: every cell of the evaluator's fields, with a second row for one partner refused. */
function partnerReader(header: Header, items: BatchItem[], maxRows: number) {
  const firstLine = new Map<string, number>();
  return (record: readonly string[], line: number) => {
    if (items.length >= maxRows) throw tooManyRows(maxRows);
    const errors: string[] = [];
    const fields: Record<string, unknown> = {};
    const id = readPartnerId(record, header, line);
    for (const column of header.partner.values()) {
      if (column.column === 'partnerId') continue;
      const value = readPartnerCell(record, column);
      if (!value.ok) errors.push(`line ${line}: ${column.header} ${value.reason}`);
      else if (value.value !== undefined) fields[column.column] = value.value;
    }
    if ('error' in id) errors.unshift(id.error);
    else if (firstLine.has(id.id)) errors.unshift(`line ${line}: partner ${id.id} already appears on line ${firstLine.get(id.id)}; give each partner one row`);
    else firstLine.set(id.id, line);
    items.push({ row: line, partnerId: 'id' in id ? id.id : '', fields, errors });
  };
}

/** Reads transaction rows, grouping them by partner; partner-level columns must agree across a partner's rows. */
function transactionReader(header: Header, items: BatchItem[], maxRows: number, overflow: ErrorOverflow) {
  const partners = new Map<string, BatchItem & { transactions: Transaction[] }>();
  const valueLines = new Map<string, number>();
  const layout: TransactionLayout = transactionLayout(header.transaction);
  return (record: readonly string[], line: number) => {
    const id = readPartnerId(record, header, line);
    if ('error' in id) {
      if (items.length >= maxRows) throw tooManyRows(maxRows);
      items.push({ row: line, partnerId: '', fields: {}, errors: [id.error] });
      return;
    }
    let item = partners.get(id.id);
    if (!item) {
      if (items.length >= maxRows) throw tooManyRows(maxRows);
      item = { row: line, partnerId: id.id, fields: {}, transactions: [], errors: [] };
      partners.set(id.id, item);
      items.push(item);
    }
    const clean = readCleanTransaction(record, layout);
    const read = clean ? { transaction: clean } : readTransaction(record, header, line);
    if ('transaction' in read) item.transactions.push(read.transaction);
    else overflow.add(item, read.errors);
    for (const name of PER_PARTNER_IN_TRANSACTIONS) {
      const column = header.partner.get(name);
      if (!column) continue;
      const value = readPartnerCell(record, column);
      if (!value.ok) overflow.add(item, [`line ${line}: ${column.header} ${value.reason}`]);
      if (!value.ok || value.value === undefined) continue;
      const key = `${id.id}\u0000${name}`;
      if (!Object.hasOwn(item.fields, name)) {
        item.fields[name] = value.value;
        valueLines.set(key, line);
      } else if (item.fields[name] !== value.value) {
        overflow.add(item, [
          `line ${line}: ${column.header} is ${String(value.value)} here but ${String(item.fields[name])} on line ${valueLines.get(key)} for partner ${id.id}; give one value per partner`,
        ]);
      }
    }
  };
}

/** Errors listed per partner; past these a partner's rows are only counted (5 MB of bad rows was a 240 MB answer). */
export const MAX_ERRORS_PER_PARTNER = 20;

/** Keeps each partner's first errors and counts the rest, to be summed up in one line at the end. */
class ErrorOverflow {
  private readonly dropped = new Map<BatchItem, number>();

  add(item: BatchItem, errors: readonly string[]): void {
    for (const error of errors) {
      if (item.errors.length < MAX_ERRORS_PER_PARTNER) item.errors.push(error);
      else this.dropped.set(item, (this.dropped.get(item) ?? 0) + 1);
    }
  }

  summarise(): void {
    for (const [item, count] of this.dropped) item.errors.push(`and ${count} more ${count === 1 ? 'problem' : 'problems'} on later lines`);
  }
}

function tooManyRows(maxRows: number): FileProblem {
  return new FileProblem({
    code: 'too_many_rows',
    message: `The file has more than ${maxRows.toLocaleString('en-US')} partners, the most one batch accepts; split it into smaller files.`,
  });
}

function startReading(source: string | Uint8Array, options: ReadBatchOptions): { text: string; handlers: CsvRowHandlers; finish(error?: unknown): BatchCsv } | { done: BatchCsv } {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  let text: string;
  try {
    text = typeof source === 'string' ? source : new TextDecoder('utf-8', { fatal: true }).decode(source);
  } catch {
    return { done: { ok: false, problem: { code: 'not_utf8', message: 'The file is not UTF-8 text; save it as "CSV UTF-8" and try again.' } } };
  }
  const items: BatchItem[] = [];
  const overflow = new ErrorOverflow();
  let header: Header | undefined;
  let readRecord: ((record: readonly string[], line: number) => void) | undefined;
  const handlers: CsvRowHandlers = {
    onHeader: (record) => {
      header = readHeader(record);
      if (header.problems.length > 0) throw new FileProblem({ code: 'bad_header', message: `${header.problems.join('; ')}.` });
      readRecord = header.mode === 'partners' ? partnerReader(header, items, maxRows) : transactionReader(header, items, maxRows, overflow);
    },
    onShiftedRow: (line, values, width) => {
      if (items.length >= maxRows) throw tooManyRows(maxRows);
      items.push({ row: line, partnerId: '', fields: {}, errors: [`line ${line}: has ${values} values but the header names ${width} columns`] });
    },
    onRow: (record, line) => readRecord!(record, line),
  };
  const finish = (error?: unknown): BatchCsv => {
    if (error instanceof FileProblem) return { ok: false, problem: error.problem };
    if (error !== undefined && !(error instanceof CsvSyntaxError)) throw error;
    if (error) {
      // After a broken quote the parser cannot tell where rows start: the rows before stand, the rest is one error row.
      if (!header) return { ok: false, problem: { code: 'bad_header', message: `The header cannot be read: ${error.problem}.` } };
      items.push({ row: error.line, partnerId: '', fields: {}, errors: [`line ${error.line}: the file cannot be read from here on: ${error.problem}`] });
    }
    if (!header) {
      return { ok: false, problem: { code: 'empty', message: 'The file is empty; its first line must be a header such as partnerId,marketplaceBilledSalesUsd,...' } };
    }
    overflow.summarise();
    items.sort((a, b) => a.row - b.row);
    return { ok: true, mode: header.mode, items, ignoredColumns: header.ignored };
  };
  return { text, handlers, finish };
}

/**
 * Reads a batch file: one row per partner (`partnerId` plus the evaluator's fields as columns, header spellings
 * compared without case or punctuation), or, when the header has a date column, transaction rows with a
 * `partnerId` column. A bad row is kept as an item with its errors, each naming its line (a partner's first
 * `MAX_ERRORS_PER_PARTNER`, then a count); only a file that cannot be read at all (not UTF-8, empty, unusable
 * header, too many partners) is a `problem`.
 *
 * @example
 * readBatchCsv('partnerId,marketplaceBilledSalesUsd\nP1,"$4,000,000"\n')
 * // { ok: true, mode: 'partners', items: [{ row: 2, partnerId: 'P1', fields: { marketplaceBilledSalesUsd: 4000000 }, errors: [] }], ignoredColumns: [] }
 */
export function readBatchCsv(source: string | Uint8Array, options: ReadBatchOptions = {}): BatchCsv {
  const started = startReading(source, options);
  if ('done' in started) return started.done;
  try {
    forEachCsvRow(started.text, started.handlers, { relaxQuotes: true });
  } catch (error) {
    return started.finish(error);
  }
  return started.finish();
}

/**
 * `readBatchCsv` in slices that yield to the event loop, for the server: a large batch must not stop chat turns.
 *
 * @example
 * const csv = await readBatchCsvYielding(body, { maxRows: 10_000 });
 */
export async function readBatchCsvYielding(source: string | Uint8Array, options: ReadBatchOptions = {}): Promise<BatchCsv> {
  const started = startReading(source, options);
  if ('done' in started) return started.done;
  try {
    await forEachCsvRowYielding(started.text, started.handlers, { relaxQuotes: true });
  } catch (error) {
    return started.finish(error);
  }
  return started.finish();
}
