import { evaluate } from '../eligibility/evaluate';
import type { IsoDate } from '../eligibility/isoDate';
import type { PolicySet } from '../eligibility/policy/policySet';
import { parseEligibilityInput } from '../eligibility/schema';
import { errorRow, summarize, toBatchRow, type BatchRow, type BatchSummary } from './batchRow';
import { CSV_SLICE_MS } from '../csv/forEachCsvRow';
import { readBatchCsv, readBatchCsvYielding, type BatchCsv, type BatchFileProblem, type BatchItem, type BatchMode } from './readBatchCsv';

export interface BatchContext {
  policies: PolicySet;
  /** Today in UTC, supplied by the caller: the as-of date for rows that give none when `asOf` is not set either. */
  today: IsoDate;
  /** The as-of date for rows that give none (a row's own asOf wins). */
  asOf?: IsoDate;
  /** Most partners accepted; more is a `too_many_rows` problem, found before anything is evaluated. */
  maxRows?: number;
  /** Called after each partner, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface BatchResult {
  mode: BatchMode | 'json';
  summary: BatchSummary;
  rows: BatchRow[];
  /** Headers the batch did not read, so the caller can say so (a misspelt metric column is otherwise silent). */
  ignoredColumns: string[];
}

export interface BatchProblem {
  code: BatchFileProblem['code'] | 'not_an_array';
  message: string;
}

export type BatchOutcome = { ok: true; result: BatchResult } | { ok: false; problem: BatchProblem };

const MAX_PARTNER_ID_LENGTH = 200;

function evaluateItem(item: BatchItem, context: BatchContext, place: string): BatchRow {
  if (item.errors.length > 0) return errorRow(item.row, item.partnerId, item.errors);
  const raw = item.fields.asOf === undefined && context.asOf !== undefined ? { ...item.fields, asOf: context.asOf } : item.fields;
  const parsed = parseEligibilityInput(raw);
  if (!parsed.ok) return errorRow(item.row, item.partnerId, parsed.issues.map((issue) => `${place}: ${issue.message}`));
  // Transactions from a CSV were validated row by row as they were read; validating them again would double the cost.
  const input = item.transactions ? { ...parsed.input, transactions: item.transactions } : parsed.input;
  return toBatchRow(item.row, item.partnerId, evaluate(input, { policies: context.policies, today: context.today }));
}

/**
 * Evaluates partners one by one; a partner with errors becomes an error row, never a dropped one.
 *
 * @example
 * evaluateBatchItems([{ row: 2, partnerId: 'P1', fields: { marketplaceBilledSalesUsd: 4e6 }, errors: [] }], { policies, today: '2026-11-26' })
 */
export function evaluateBatchItems(items: readonly BatchItem[], context: BatchContext, placeName = 'line'): BatchRow[] {
  const rows: BatchRow[] = [];
  for (const item of items) {
    rows.push(evaluateItem(item, context, `${placeName} ${item.row}`));
    context.onProgress?.(rows.length, items.length);
  }
  return rows;
}

/**
 * Evaluates a batch CSV: one row per partner with the evaluator's fields as columns, or transaction rows with a
 * `partnerId` column (see `readBatchCsv`). Every row comes back, in file order; bad ones as error rows naming
 * their lines.
 *
 * @example
 * evaluateBatchCsv('partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd\nP1,yes,4200000\n', { policies, today: '2026-11-26' })
 * // { ok: true, result: { mode: 'partners', summary: { rows: 1, byStatus: { qualified: 1, ... } }, rows: [...] } }
 */
export function evaluateBatchCsv(source: string | Uint8Array, context: BatchContext): BatchOutcome {
  return evaluateBatchFile(readBatchCsv(source, { maxRows: context.maxRows }), context);
}

/**
 * `evaluateBatchCsv` with the file read in slices that yield to the event loop, for the server.
 *
 * @example
 * const outcome = await evaluateBatchCsvYielding(body, { policies, today: '2026-11-26', maxRows: 10_000 });
 */
export async function evaluateBatchCsvYielding(source: string | Uint8Array, context: BatchContext): Promise<BatchOutcome> {
  const csv = await readBatchCsvYielding(source, { maxRows: context.maxRows });
  if (!csv.ok) return { ok: false, problem: csv.problem };
  const rows = await evaluateBatchItemsYielding(csv.items, context);
  return { ok: true, result: { mode: csv.mode, summary: summarize(rows), rows, ignoredColumns: csv.ignoredColumns } };
}

/**
 * `evaluateBatchItems` yielding to the event loop after every `sliceMs` of work: 10,000 partners with 700,000
 * transactions between them take most of a second to evaluate, which must not hold up chat turns.
 *
 * @example
 * const rows = await evaluateBatchItemsYielding(items, { policies, today: '2026-11-26' });
 */
export async function evaluateBatchItemsYielding(items: readonly BatchItem[], context: BatchContext, sliceMs = CSV_SLICE_MS): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  let sliceStarted = performance.now();
  for (const item of items) {
    rows.push(evaluateItem(item, context, `line ${item.row}`));
    context.onProgress?.(rows.length, items.length);
    if (performance.now() - sliceStarted >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
  return rows;
}

function evaluateBatchFile(csv: BatchCsv, context: BatchContext): BatchOutcome {
  if (!csv.ok) return { ok: false, problem: csv.problem };
  const rows = evaluateBatchItems(csv.items, context);
  return { ok: true, result: { mode: csv.mode, summary: summarize(rows), rows, ignoredColumns: csv.ignoredColumns } };
}

function jsonItem(value: unknown, position: number): BatchItem {
  const place = `item ${position}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { row: position, partnerId: '', fields: {}, errors: [`${place}: must be a JSON object such as {"partnerId": "P1", "marketplaceBilledSalesUsd": 3600000}`] };
  }
  const { partnerId, ...fields } = value as Record<string, unknown>;
  const id = typeof partnerId === 'number' && Number.isSafeInteger(partnerId) ? String(partnerId) : partnerId;
  if (typeof id !== 'string' || id.trim() === '') {
    return { row: position, partnerId: '', fields, errors: [`${place}: partnerId must be a non-empty string`] };
  }
  if (id.length > MAX_PARTNER_ID_LENGTH) {
    return { row: position, partnerId: '', fields, errors: [`${place}: partnerId is longer than ${MAX_PARTNER_ID_LENGTH} characters`] };
  }
  return { row: position, partnerId: id.trim(), fields, errors: [] };
}

/**
 * Evaluates a JSON array of `{ partnerId, ...evaluator fields }` objects (transactions arrays allowed). Each
 * element's `row` is its position from 1; a bad element is an error row.
 *
 * @example
 * evaluateBatchJson([{ partnerId: 'P1', marketplaceBilledSalesUsd: 4200000, azureIpCoSellEligible: true }], { policies, today: '2026-11-26' })
 */
export function evaluateBatchJson(body: unknown, context: BatchContext): BatchOutcome {
  if (!Array.isArray(body)) {
    return { ok: false, problem: { code: 'not_an_array', message: 'The body must be a JSON array of partners such as [{"partnerId": "P1", "marketplaceBilledSalesUsd": 3600000}].' } };
  }
  if (context.maxRows !== undefined && body.length > context.maxRows) {
    return {
      ok: false,
      problem: {
        code: 'too_many_rows',
        message: `The body has ${body.length.toLocaleString('en-US')} partners; one batch accepts at most ${context.maxRows.toLocaleString('en-US')}, so split it.`,
      },
    };
  }
  const seen = new Map<string, number>();
  const items = body.map((value, index) => {
    const item = jsonItem(value, index + 1);
    const first = seen.get(item.partnerId);
    if (item.partnerId !== '' && first !== undefined) item.errors.push(`item ${item.row}: partner ${item.partnerId} already appears as item ${first}; give each partner once`);
    else if (item.partnerId !== '') seen.set(item.partnerId, item.row);
    return item;
  });
  const rows = evaluateBatchItems(items, context, 'item');
  return { ok: true, result: { mode: 'json', summary: summarize(rows), rows, ignoredColumns: [] } };
}
