import { describe, expect, it } from 'vitest';
import { parseWhatIf, type WhatIfChange } from '../../src/language';

const rows: Array<{ input: string; expected: WhatIfChange[] | null }> = [
  { input: 'what if we add 2 net-new customers?', expected: [{ field: 'netNewCustomersOver10k', operation: 'add', value: 2 }] },
  { input: 'What if we had 2 more net-new customers', expected: [{ field: 'netNewCustomersOver10k', operation: 'add', value: 2 }] },
  { input: 'what if we lost 2 net-new customers', expected: [{ field: 'netNewCustomersOver10k', operation: 'subtract', value: 2 }] },
  { input: 'change billed sales to 4.1M', expected: [{ field: 'marketplaceBilledSalesUsd', operation: 'set', value: 4_100_000 }] },
  { input: 'change MBS from 3M to 4M', expected: [{ field: 'marketplaceBilledSalesUsd', operation: 'set', value: 4_000_000 }] },
  { input: 'what if MBS was $4M', expected: [{ field: 'marketplaceBilledSalesUsd', operation: 'set', value: 4_000_000 }] },
  { input: 'increase MBS by 500k', expected: [{ field: 'marketplaceBilledSalesUsd', operation: 'add', value: 500_000 }] },
  { input: 'increase MBS to 5M', expected: [{ field: 'marketplaceBilledSalesUsd', operation: 'set', value: 5_000_000 }] },
  { input: 'add 5 transactions', expected: [{ field: 'marketplaceTransactions', operation: 'add', value: 5 }] },
  { input: 'set commitment to 30 million', expected: [{ field: 'consumptionCommitmentUsd', operation: 'set', value: 30_000_000 }] },
  { input: 'what if we signed a $30M commitment', expected: [{ field: 'consumptionCommitmentUsd', operation: 'set', value: 30_000_000 }] },
  {
    input: 'what if we had 3 more transactions from 2 more customers',
    expected: [
      { field: 'transactionsOver100', operation: 'add', value: 3 },
      { field: 'uniqueCustomersOver100', operation: 'add', value: 2 },
    ],
  },
  { input: 'what if we were co-sell eligible', expected: [{ field: 'azureIpCoSellEligible', operation: 'set', value: true }] },
  { input: "what if we didn't have a transactable offer", expected: [{ field: 'hasTransactableOffer', operation: 'set', value: false }] },
  { input: 'what if it rains', expected: [] },
  { input: 'MBS 4M', expected: null },
  { input: '4', expected: null },
  { input: '', expected: null },
];

describe('parseWhatIf', () => {
  it.each(rows)('reads "$input"', ({ input, expected }) => {
    expect(parseWhatIf(input)).toEqual(expected);
  });

  it('treats a message longer than 2,000 characters as no what-if at all', () => {
    expect(parseWhatIf(`what if we add 2 net-new customers ${'x'.repeat(2_000)}`)).toBeNull();
  });
});
