import type { Transaction } from '../eligibility/schema';
import { acceptTransaction } from './acceptTransaction';
import { readAmountCell, readBooleanCell, readDateCell } from './cellValues';
import type { TransactionColumn } from './transactionColumns';

/** Where each transaction field sits in a record; -1 for a column the file does not have. */
export type TransactionLayout = Readonly<Record<TransactionColumn, number>>;

/**
 * The record index of each transaction column a header names.
 *
 * @example
 * transactionLayout(new Map([['date', { index: 0 }], ['customerId', { index: 1 }], ['amountUsd', { index: 2 }]]))
 * // { date: 0, customerId: 1, amountUsd: 2, netNew: -1, offerId: -1, privateOffer: -1, currency: -1 }
 */
export function transactionLayout(columns: ReadonlyMap<TransactionColumn, { index: number }>): TransactionLayout {
  const at = (column: TransactionColumn) => columns.get(column)?.index ?? -1;
  return {
    date: at('date'),
    customerId: at('customerId'),
    amountUsd: at('amountUsd'),
    netNew: at('netNew'),
    offerId: at('offerId'),
    privateOffer: at('privateOffer'),
    currency: at('currency'),
  };
}

/** A cell's text; a record shorter than the header has empty cells at its end. */
function cellAt(record: readonly string[], index: number): string {
  return record[index] ?? '';
}

/**
 * The transaction a record holds when every cell reads and the schema's rules plainly hold, else undefined: the
 * caller then reads the row the slow way, which names each problem. The cells are read by the same readers and
 * the candidate is judged by `acceptTransaction`, so a row taken here is the row the slow way would return; this
 * only skips building messages and asking zod for the rows of a clean export, a million of them in a big one.
 *
 * @example
 * readCleanTransaction(['2026-01-05', 'c1', '$12,000', 'yes'], { date: 0, customerId: 1, amountUsd: 2, netNew: 3, offerId: -1, privateOffer: -1, currency: -1 })
 * // { date: '2026-01-05', customerId: 'c1', amountUsd: 12000, netNew: true, privateOffer: false }
 */
export function readCleanTransaction(record: readonly string[], layout: TransactionLayout): Transaction | undefined {
  const date = readDateCell(cellAt(record, layout.date));
  const amountUsd = readAmountCell(cellAt(record, layout.amountUsd));
  if (!date.ok || !amountUsd.ok) return undefined;
  const candidate: Record<string, unknown> = { date: date.value, customerId: cellAt(record, layout.customerId), amountUsd: amountUsd.value };
  if (layout.netNew !== -1) {
    const netNew = readBooleanCell(cellAt(record, layout.netNew), false);
    if (!netNew.ok) return undefined;
    candidate.netNew = netNew.value;
  }
  if (layout.privateOffer !== -1) {
    const privateOffer = readBooleanCell(cellAt(record, layout.privateOffer), false);
    if (!privateOffer.ok) return undefined;
    candidate.privateOffer = privateOffer.value;
  }
  if (layout.offerId !== -1) {
    const offerId = cellAt(record, layout.offerId).trim();
    if (offerId) candidate.offerId = offerId;
  }
  if (layout.currency !== -1 && cellAt(record, layout.currency).trim().toUpperCase() !== 'USD') return undefined;
  return acceptTransaction(candidate);
}
