import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmountCell, readBooleanCell, readDateCell } from '../../src/csv/cellValues';
import { readCleanTransaction, transactionLayout, type TransactionLayout } from '../../src/csv/cleanTransactionRow';
import type { TransactionColumn } from '../../src/csv/transactionColumns';
import { transactionSchema } from '../../src/eligibility/schema';

const ALL_COLUMNS: TransactionLayout = { date: 0, customerId: 1, amountUsd: 2, netNew: 3, offerId: 4, privateOffer: 5, currency: 6 };

/** What the schema makes of a row when every cell is read the slow way: the answer the fast reader must match. */
function slowRead(record: readonly string[], layout: TransactionLayout) {
  const cell = (column: TransactionColumn) => (layout[column] === -1 ? undefined : (record[layout[column]] ?? ''));
  const date = readDateCell(cell('date')!);
  const amountUsd = readAmountCell(cell('amountUsd')!);
  const candidate: Record<string, unknown> = { customerId: cell('customerId') };
  if (!date.ok || !amountUsd.ok) return undefined;
  candidate.date = date.value;
  candidate.amountUsd = amountUsd.value;
  for (const flag of ['netNew', 'privateOffer'] as const) {
    const text = cell(flag);
    if (text === undefined) continue;
    const value = readBooleanCell(text, false);
    if (!value.ok) return undefined;
    candidate[flag] = value.value;
  }
  const offerId = cell('offerId')?.trim();
  if (offerId) candidate.offerId = offerId;
  const currency = cell('currency');
  if (currency !== undefined && currency.trim().toUpperCase() !== 'USD') return undefined;
  const parsed = transactionSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

describe('reading a clean transaction row without zod', () => {
  it('reads a clean row with every column', () => {
    expect(readCleanTransaction(['2026-01-05', ' c1 ', '$12,000.50', 'Yes', 'offer-1', 'n', 'usd'], ALL_COLUMNS)).toStrictEqual({
      date: '2026-01-05',
      customerId: 'c1',
      amountUsd: 12000.5,
      netNew: true,
      offerId: 'offer-1',
      privateOffer: false,
    });
  });

  it('finds the columns where the header put them and leaves out those it lacks', () => {
    const layout = transactionLayout(new Map([['amountUsd', { index: 0 }], ['date', { index: 2 }], ['customerId', { index: 1 }]]));
    expect(layout).toEqual({ date: 2, customerId: 1, amountUsd: 0, netNew: -1, offerId: -1, privateOffer: -1, currency: -1 });
    expect(readCleanTransaction(['150', 'c2', '2026-01-06'], layout)).toStrictEqual({ date: '2026-01-06', customerId: 'c2', amountUsd: 150, netNew: false, privateOffer: false });
  });

  it.each([
    ['a date that does not read', ['2026-13-01', 'c', '1', '', '', '', 'USD']],
    ['a negative amount', ['2026-01-05', 'c', '-5', '', '', '', 'USD']],
    ['a flag that is not yes or no', ['2026-01-05', 'c', '1', 'perhaps', '', '', 'USD']],
    ['an empty customer', ['2026-01-05', '  ', '1', '', '', '', 'USD']],
    ['a currency other than USD', ['2026-01-05', 'c', '1', '', '', '', 'EUR']],
    ['a date-time, which the schema turns into its UTC day', ['2026-01-05T23:00:00-05:00', 'c', '1', '', '', '', 'USD']],
  ])('leaves a row with %s to the slow reader', (_name, record) => {
    expect(readCleanTransaction(record, ALL_COLUMNS)).toBeUndefined();
  });

  it('returns only what reading the row the slow way returns', () => {
    const cell = (...usual: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 4 }, fc.string({ maxLength: 6 }));
    const record = fc.tuple(
      cell('2026-01-05', ' 2024-02-29 ', '2023-02-29', '2026-01-05 10:00', '2026-01-05T10:00:00Z', ''),
      cell('c1', ' c2 ', '', 'x'.repeat(201)),
      cell('100', '$1,234.50', '(5)', '1e3', '0', '1,23', 'USD 7'),
      cell('yes', 'No', '', '1', 'maybe'),
      cell('offer-1', '', ' o '),
      cell('y', 'FALSE', ''),
      cell('USD', 'usd', ' Usd ', '', 'EUR'),
    );
    const layout = fc.constantFrom<TransactionLayout>(ALL_COLUMNS, { ...ALL_COLUMNS, netNew: -1, offerId: -1, privateOffer: -1, currency: -1 });
    let taken = 0;
    fc.assert(
      fc.property(record, layout, (cells, columns) => {
        const fast = readCleanTransaction(cells, columns);
        if (fast === undefined) return;
        taken += 1;
        expect(fast).toStrictEqual(slowRead(cells, columns));
      }),
      { seed: 20260526, numRuns: 5_000 },
    );
    expect(taken).toBeGreaterThan(200);
  });
});
