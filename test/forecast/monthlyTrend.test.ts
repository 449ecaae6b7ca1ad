import { describe, expect, it } from 'vitest';
import { monthEndsUpTo, monthlyTrend } from '../../src/eligibility/monthlyTrend';
import { offerCustomerCounting, row, rowCounting } from './policies';

describe('month ends for the trend', () => {
  it.each([
    ['2026-11-26', 3, ['2026-08-31', '2026-09-30', '2026-10-31'], 'mid-month, the trend ends at the previous month end'],
    ['2026-10-31', 2, ['2026-09-30', '2026-10-31'], 'on a month end, the trend ends on the as-of date'],
    ['2024-02-29', 3, ['2023-12-31', '2024-01-31', '2024-02-29'], 'a leap day is a month end'],
    ['2025-02-28', 2, ['2025-01-31', '2025-02-28'], 'so is 28 Feb in a common year'],
    ['2024-02-28', 1, ['2024-01-31'], 'but not in a leap year'],
    ['2026-03-30', 2, ['2026-01-31', '2026-02-28'], 'February ends on its own last day, not the 30th'],
  ])('as of %s, the last %s month ends are %j (%s)', (asOf, months, expected) => {
    expect(monthEndsUpTo(asOf, months)).toEqual(expected);
  });
});

describe('the monthly trailing-twelve-month trend', () => {
  const rows = [
    row('2025-10-31', 'a', 1_000_000),
    row('2025-11-01', 'b', 500_000),
    row('2026-03-15', 'c', 150),
    row('2026-03-15', 'c', 99),
    row('2026-10-31', 'd', 2_000_000),
    row('2026-11-01', 'e', 9_999_999),
  ];
  const trend = monthlyTrend(rows, rowCounting, '2026-11-26');

  it('has one point per month end, oldest first, each with its own trailing window', () => {
    expect(trend).toHaveLength(12);
    expect(trend[0]).toMatchObject({ monthEnd: '2025-11-30', window: { start: '2024-12-01', end: '2025-11-30' } });
    expect(trend.at(-1)).toMatchObject({ monthEnd: '2026-10-31', window: { start: '2025-11-01', end: '2026-10-31' } });
  });

  it('counts billed sales, transactions of at least USD 100 and their customers in each window', () => {
    expect(trend[0]).toMatchObject({ marketplaceBilledSalesUsd: 1_500_000, transactionsOver100: 2, uniqueCustomersOver100: 2 });
    expect(trend[4]).toMatchObject({ monthEnd: '2026-03-31', marketplaceBilledSalesUsd: 1_500_249, transactionsOver100: 3, uniqueCustomersOver100: 3 });
    // On 31 Oct 2026 the 31 Oct 2025 deal has aged out and the 31 Oct 2026 one counts; 1 Nov 2026 is after the point.
    expect(trend.at(-1)).toMatchObject({ marketplaceBilledSalesUsd: 2_500_249, transactionsOver100: 3, marketplaceTransactions: 4 });
  });

  it('uses the policy it is given to count transactions', () => {
    const twoRowsOneDeal = [row('2026-01-10', 'c1', 60, { offerId: 'o1' }), row('2026-02-10', 'c1', 60, { offerId: 'o1' })];
    expect(monthlyTrend(twoRowsOneDeal, offerCustomerCounting, '2026-02-28', 1)[0]).toMatchObject({ marketplaceTransactions: 1, transactionsOver100: 1 });
    expect(monthlyTrend(twoRowsOneDeal, rowCounting, '2026-02-28', 1)[0]).toMatchObject({ marketplaceTransactions: 2, transactionsOver100: 0 });
  });

  it.each([0, -1, 1.5, 121])('refuses %s months', (months) => {
    expect(() => monthlyTrend([], rowCounting, '2026-11-26', months)).toThrow(RangeError);
  });
});
