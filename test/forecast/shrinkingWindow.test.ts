import { describe, expect, it } from 'vitest';
import { ShrinkingWindow } from '../../src/eligibility/shrinkingWindow';
import { offerCustomerCounting, row, rowCounting } from './policies';

describe('a window that loses rows as they age out', () => {
  it('under offer-customer counting, two rows of one offer and customer are one USD 120 deal until the older leaves', () => {
    const window = new ShrinkingWindow(offerCustomerCounting.counting);
    const older = window.add(row('2026-01-10', 'c1', 60, { offerId: 'o1' }));
    window.add(row('2026-05-10', 'c1', 60, { offerId: 'o1' }));
    expect(window.metrics()).toMatchObject({ marketplaceTransactions: 1, transactionsOver100: 1, uniqueCustomersOver100: 1, marketplaceBilledSalesUsd: 120 });
    window.remove(older);
    expect(window.metrics()).toMatchObject({ marketplaceTransactions: 1, transactionsOver100: 0, uniqueCustomersOver100: 0, marketplaceBilledSalesUsd: 60 });
  });

  it('under row counting the same two rows are two deals of USD 60', () => {
    const window = new ShrinkingWindow(rowCounting.counting);
    window.add(row('2026-01-10', 'c1', 60, { offerId: 'o1' }));
    window.add(row('2026-05-10', 'c1', 60, { offerId: 'o1' }));
    expect(window.metrics()).toMatchObject({ marketplaceTransactions: 2, transactionsOver100: 0 });
  });

  it('private offers and rows without an offer id stay deals of their own', () => {
    const window = new ShrinkingWindow(offerCustomerCounting.counting);
    window.add(row('2026-01-10', 'c1', 60, { offerId: 'o1', privateOffer: true }));
    window.add(row('2026-01-11', 'c1', 60, { offerId: 'o1' }));
    window.add(row('2026-01-12', 'c1', 60));
    window.add(row('2026-01-13', 'c1', 60));
    expect(window.metrics().marketplaceTransactions).toBe(4);
  });

  it('counts cents exactly: 81.33 + 5.93 + 0.10 + 12.64 is a deal of USD 100, which a floating-point sum misses', () => {
    expect(81.33 + 5.93 + 0.1 + 12.64).toBeLessThan(100);
    const window = new ShrinkingWindow(offerCustomerCounting.counting);
    for (const amount of [81.33, 5.93, 0.1, 12.64]) window.add(row('2026-01-10', 'c1', amount, { offerId: 'o1' }));
    expect(window.metrics()).toMatchObject({ transactionsOver100: 1, marketplaceBilledSalesUsd: 100 });
  });

  it('a net-new customer counts while one of its net-new deals is over USD 10,000, and stops when the last one leaves', () => {
    const window = new ShrinkingWindow(rowCounting.counting);
    const first = window.add(row('2026-01-10', 'c1', 12_000, { netNew: true }));
    const second = window.add(row('2026-02-10', 'c1', 15_000, { netNew: true }));
    window.add(row('2026-03-10', 'c1', 20_000));
    expect(window.metrics().netNewCustomersOver10k).toBe(1);
    window.remove(first);
    expect(window.metrics().netNewCustomersOver10k).toBe(1);
    window.remove(second);
    expect(window.metrics().netNewCustomersOver10k).toBe(0);
  });

  it('exactly USD 10,000 is not over USD 10,000', () => {
    const window = new ShrinkingWindow(rowCounting.counting);
    window.add(row('2026-01-10', 'c1', 10_000, { netNew: true }));
    expect(window.metrics().netNewCustomersOver10k).toBe(0);
  });

  it('removing a row it never held is an error, not a silent no-op', () => {
    expect(() => new ShrinkingWindow(rowCounting.counting).remove(0)).toThrow(RangeError);
  });
});
