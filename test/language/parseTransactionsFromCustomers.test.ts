import { describe, expect, it } from 'vitest';
import { parseTransactionsFromCustomers } from '../../src/language';
import { value, readBack, refused, unknown, labelled, finiteNumbersIn } from './parsedAnswerTable';


const rows = labelled([
  { input: '28 transactions from 7 customers', expected: value({ transactions: 28, customers: 7 }) },
  { input: '28 from 7', expected: value({ transactions: 28, customers: 7 }) },
  { input: '28 txns / 7 customers', expected: value({ transactions: 28, customers: 7 }) },
  { input: '28, 7 unique customers', expected: value({ transactions: 28, customers: 7 }) },
  { input: '28', expected: value({ transactions: 28, customers: null }) },
  { input: 'ten transactions from seven customers', expected: value({ transactions: 10, customers: 7 }) },
  { input: '7 customers, 28 transactions', expected: value({ transactions: 28, customers: 7 }) },
  { input: 'transactions: 30, customers: 8', expected: value({ transactions: 30, customers: 8 }) },
  { input: '28 transactions over $100 from 7 customers', expected: value({ transactions: 28, customers: 7 }) },
  { input: 'about 30 across 8 customers', expected: value({ transactions: 30, customers: 8 }) },
  { input: 'none', expected: value({ transactions: 0, customers: 0 }) },
  // One transaction has one customer, so more customers than transactions is read back.
  { input: '7 from 28', expected: readBack({ transactions: 7, customers: 28 }) },
  { input: 'not sure', expected: unknown },
  { input: '7 customers', expected: refused('unparseable') },
  { input: '28.5 from 7', expected: refused('fractional') },
  { input: '28 from -7', expected: refused('negative') },
  { input: '1,2 from 7', expected: refused('locale-format') },
  { input: '1, 2, 3', expected: refused('multiple-numbers') },
  { input: 'banana', expected: refused('unparseable') },
  { input: '', expected: refused('empty') },
]);

describe('parseTransactionsFromCustomers', () => {
  it.each(rows)('reads "$input" as $label', ({ input, expected }) => {
    const parsed = parseTransactionsFromCustomers(input);
    expect(parsed).toEqual(expected);
    expect(finiteNumbersIn(parsed)).toBe(true);
  });
});
