import { describe, expect, it } from 'vitest';
import { parseOneShot, type FieldName } from '../../src/language';

type Values = Partial<Record<FieldName, number | boolean>>;

const rows: Array<{ input: string; values: Values; rejected?: Array<{ phrase: string; reason: string }> }> = [
  {
    input: 'Partner has $3.2M MBS, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment',
    values: {
      marketplaceBilledSalesUsd: 3_200_000,
      netNewCustomersOver10k: 10,
      transactionsOver100: 25,
      uniqueCustomersOver100: 6,
      consumptionCommitmentUsd: 0,
    },
  },
  { input: 'billed sales 4.1 million', values: { marketplaceBilledSalesUsd: 4_100_000 } },
  { input: 'MBS: 3,600,000', values: { marketplaceBilledSalesUsd: 3_600_000 } },
  { input: '$3M in sales', values: { marketplaceBilledSalesUsd: 3_000_000 } },
  { input: 'Q3 2024: MBS $1.2M', values: { marketplaceBilledSalesUsd: 1_200_000 } },
  { input: '$35M consumption commitment', values: { consumptionCommitmentUsd: 35_000_000 } },
  { input: 'signed a 200M MACC', values: { consumptionCommitmentUsd: 200_000_000 } },
  { input: 'commitment: none', values: { consumptionCommitmentUsd: 0 } },
  { input: 'co-sell eligible', values: { azureIpCoSellEligible: true } },
  { input: 'not co-sell eligible', values: { azureIpCoSellEligible: false } },
  { input: "We're not yet co-sell eligible", values: { azureIpCoSellEligible: false } },
  { input: 'ineligible for co-sell', values: { azureIpCoSellEligible: false } },
  { input: 'has a transactable offer', values: { hasTransactableOffer: true } },
  { input: 'no transactable offer', values: { hasTransactableOffer: false } },
  { input: 'co-sell eligible: yes, transactable offer: no', values: { azureIpCoSellEligible: true, hasTransactableOffer: false } },
  { input: 'not co-sell eligible but has a transactable offer', values: { azureIpCoSellEligible: false, hasTransactableOffer: true } },
  { input: 'no commitment, co-sell eligible', values: { consumptionCommitmentUsd: 0, azureIpCoSellEligible: true } },
  { input: '12 new customers', values: { netNewCustomersOver10k: 12 } },
  { input: '12 net-new customers with deals over $10k each', values: { netNewCustomersOver10k: 12 } },
  { input: 'net-new customers over $10k: 12', values: { netNewCustomersOver10k: 12 } },
  { input: '7 marketplace transactions', values: { marketplaceTransactions: 7 } },
  { input: '25 transactions of at least $100', values: { transactionsOver100: 25 } },
  {
    input: '30 marketplace transactions with eight unique customers, each at least $100',
    values: { transactionsOver100: 30, uniqueCustomersOver100: 8 },
  },
  {
    input: "We are co-sell eligible and have a transactable offer; MBS was about $4.2m, 28 transactions and 7 customers",
    values: {
      azureIpCoSellEligible: true,
      hasTransactableOffer: true,
      marketplaceBilledSalesUsd: 4_200_000,
      transactionsOver100: 28,
      uniqueCustomersOver100: 7,
    },
  },
  {
    input: "We don't have a transactable offer but signed a $35M consumption commitment",
    values: { hasTransactableOffer: false, consumptionCommitmentUsd: 35_000_000 },
  },
  {
    input: 'three and a half million in billed sales and a dozen net-new customers',
    values: { marketplaceBilledSalesUsd: 3_500_000, netNewCustomersOver10k: 12 },
  },
  {
    input: 'MBS around USD 3.9 million; 5 marketplace transactions; MACC of $200M',
    values: { marketplaceBilledSalesUsd: 3_900_000, marketplaceTransactions: 5, consumptionCommitmentUsd: 200_000_000 },
  },
  {
    input: '- MBS - $4M\n- 12 net-new customers (>$10k)\n- 25 transactions over $100 from 6 unique customers',
    values: { marketplaceBilledSalesUsd: 4_000_000, netNewCustomersOver10k: 12, transactionsOver100: 25, uniqueCustomersOver100: 6 },
  },
  {
    input: 'partner signed a 30M consumption commitment and has 5 marketplace transactions',
    values: { consumptionCommitmentUsd: 30_000_000, marketplaceTransactions: 5 },
  },
  { input: "Not sure about MBS, but we're co-sell eligible", values: { azureIpCoSellEligible: true } },
  // What it refuses, and says so.
  { input: 'MBS €4M', values: {}, rejected: [{ phrase: 'MBS €4M', reason: 'non-usd' }] },
  { input: 'MBS 4.000.000', values: {}, rejected: [{ phrase: 'MBS 4.000.000', reason: 'locale-format' }] },
  { input: 'MBS 3-4M', values: {}, rejected: [{ phrase: 'MBS 3-4M', reason: 'multiple-numbers' }] },
  { input: 'we have 3 or 4 net-new customers', values: {}, rejected: [{ phrase: '3 or 4 net-new customers', reason: 'multiple-numbers' }] },
  { input: 'MBS -4M', values: {}, rejected: [{ phrase: 'MBS -4M', reason: 'negative' }] },
  { input: 'commitment of 2 trillion', values: {}, rejected: [{ phrase: 'commitment of 2 trillion', reason: 'too-large' }] },
  { input: 'banana 42', values: {}, rejected: [{ phrase: 'banana 42', reason: 'unassigned' }] },
  { input: '25 sales', values: {}, rejected: [{ phrase: '25 sales', reason: 'unassigned' }] },
  {
    input: 'MBS of 3M, MBS of 4M',
    values: { marketplaceBilledSalesUsd: 3_000_000 },
    rejected: [{ phrase: 'MBS of 4M', reason: 'multiple-numbers' }],
  },
  { input: 'hello there', values: {} },
  { input: '', values: {} },
];

describe('parseOneShot', () => {
  it.each(rows)('reads "$input"', ({ input, values, rejected = [] }) => {
    const reading = parseOneShot(input);
    expect(reading.values).toEqual(values);
    expect(reading.rejected).toEqual(rejected);
    for (const value of Object.values(reading.values)) {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('quotes the words behind each value so the bot can read them back', () => {
    const reading = parseOneShot('Partner has $3.2M MBS, 10 net-new customers over $10k, no commitment');
    expect(reading.understood).toEqual([
      { field: 'marketplaceBilledSalesUsd', value: 3_200_000, phrase: '$3.2M MBS' },
      { field: 'netNewCustomersOver10k', value: 10, phrase: '10 net-new customers over $10k' },
      { field: 'consumptionCommitmentUsd', value: 0, phrase: 'no commitment' },
    ]);
  });

  it('never reads the "over $10k" or "at least $100" qualifiers as a value', () => {
    const reading = parseOneShot('10 net-new customers over $10k and 25 transactions of at least $100');
    expect(Object.values(reading.values)).not.toContain(10_000);
    expect(Object.values(reading.values)).not.toContain(100);
    expect(reading.rejected).toEqual([]);
  });

  it('keeps the casing of what the person typed in the phrases', () => {
    expect(parseOneShot('USD 4.2M Billed Sales').understood[0]?.phrase).toBe('USD 4.2M Billed Sales');
  });

  it('reads nothing from a description longer than 5,000 characters and says it was too long', () => {
    const reading = parseOneShot(`MBS $4M. ${'filler '.repeat(800)}`);
    expect(reading).toEqual({ values: {}, understood: [], rejected: [{ phrase: '', reason: 'too-long' }] });
  });
});
