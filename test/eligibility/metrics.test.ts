import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveMarketplaceMetrics } from '../../src/eligibility/metrics';
import type { Transaction } from '../../src/eligibility/schema';
import { trailingWindow } from '../../src/eligibility/window';
import { policies } from '../fixtures/policies';

const [v1, v2] = policies.versions;
const window = trailingWindow('2026-11-26', 12);
const row = (date: string, customerId: string, amountUsd: number, extra: Partial<Transaction> = {}): Transaction => ({
  date, customerId, amountUsd, netNew: false, privateOffer: false, ...extra,
});

describe('deriving marketplace metrics from transactions', () => {
  it('rows on the first and last day count; the days just outside do not', () => {
    const metrics = deriveMarketplaceMetrics(
      [row('2025-11-26', 'a', 500), row('2025-11-27', 'b', 200), row('2026-11-26', 'c', 300), row('2026-11-27', 'd', 700)],
      window, v1!.counting,
    );
    expect(metrics.marketplaceBilledSalesUsd).toBe(500);
    expect(metrics.marketplaceTransactions).toBe(2);
  });

  it.each([
    [99.99, 0],
    [100, 1],
    [100.01, 1],
  ])('a USD %s transaction counts %s times towards transactions of at least USD 100', (amount, expected) => {
    expect(deriveMarketplaceMetrics([row('2026-01-01', 'a', amount)], window, v1!.counting).transactionsOver100).toBe(expected);
  });

  it.each([
    [10_000, 0],
    [10_000.01, 1],
    [25_000, 1],
  ])('a net-new deal of USD %s counts %s net-new customers (strictly over USD 10,000)', (amount, expected) => {
    expect(deriveMarketplaceMetrics([row('2026-01-01', 'a', amount, { netNew: true })], window, v1!.counting).netNewCustomersOver10k).toBe(expected);
  });

  it('a net-new customer counts once however many deals it has', () => {
    const metrics = deriveMarketplaceMetrics(
      [row('2026-01-01', 'a', 20_000, { netNew: true }), row('2026-02-01', 'a', 30_000, { netNew: true }), row('2026-03-01', 'b', 50_000)],
      window, v1!.counting,
    );
    expect(metrics.netNewCustomersOver10k).toBe(1);
    expect(metrics.uniqueCustomersOver100).toBe(2);
  });

  it('under the FY25 counting rules one offer-customer combination is one transaction, summed', () => {
    const rows = [row('2026-01-01', 'a', 60, { offerId: 'o1' }), row('2026-02-01', 'a', 60, { offerId: 'o1' }), row('2026-02-01', 'a', 500, { offerId: 'o2' })];
    const metrics = deriveMarketplaceMetrics(rows, window, v2!.counting);
    expect(metrics.marketplaceTransactions).toBe(2);
    expect(metrics.transactionsOver100).toBe(2);
    expect(deriveMarketplaceMetrics(rows, window, v1!.counting).transactionsOver100).toBe(1);
  });

  it('individual private offers count as separate transactions, and rows without an offer id count one each', () => {
    const rows = [
      row('2026-01-01', 'a', 200, { offerId: 'o1', privateOffer: true }),
      row('2026-01-02', 'a', 200, { offerId: 'o1', privateOffer: true }),
      row('2026-01-03', 'b', 200),
      row('2026-01-04', 'b', 200),
    ];
    const metrics = deriveMarketplaceMetrics(rows, window, v2!.counting);
    expect(metrics.marketplaceTransactions).toBe(4);
    expect(metrics.rowsWithoutOfferId).toBe(2);
  });

  const arbitraryRow = fc.record({
    date: fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2027-03-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    amountUsd: fc.oneof(fc.constantFrom(99.99, 100, 10_000, 10_000.01), fc.integer({ min: 0, max: 50_000 })),
    netNew: fc.boolean(),
    privateOffer: fc.boolean(),
    offerId: fc.option(fc.constantFrom('o1', 'o2'), { nil: undefined }),
  });

  it('version 1 metrics equal a naive recount of the rows in the window', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 60 }), (rows) => {
        const inside = rows.filter((r) => r.date >= window.start && r.date <= window.end);
        const over100 = inside.filter((r) => r.amountUsd >= 100);
        const expected = {
          marketplaceTransactions: inside.length,
          transactionsOver100: over100.length,
          uniqueCustomersOver100: new Set(over100.map((r) => r.customerId)).size,
          netNewCustomersOver10k: new Set(inside.filter((r) => r.netNew && r.amountUsd > 10_000).map((r) => r.customerId)).size,
          marketplaceBilledSalesUsd: Math.round(inside.reduce((sum, r) => sum + r.amountUsd, 0) * 100) / 100,
        };
        expect(deriveMarketplaceMetrics(rows, window, v1!.counting)).toMatchObject(expected);
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('version 2 metrics equal a naive regrouping into offer-customer transactions', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 60 }), (rows) => {
        const inside = rows.filter((r) => r.date >= window.start && r.date <= window.end);
        const groups = naiveDeals(inside, 'offer-customer');
        const over100 = groups.filter((g) => g.amount >= 100);
        expect(deriveMarketplaceMetrics(rows, window, v2!.counting)).toMatchObject({
          marketplaceTransactions: groups.length,
          transactionsOver100: over100.length,
          uniqueCustomersOver100: new Set(over100.map((g) => g.customerId)).size,
          netNewCustomersOver10k: naiveNetNewByCustomerTotal(inside),
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  /** FY25 and later: a customer is net-new when any of its rows is; it counts when all its rows sum to over USD 10,000. */
  function naiveNetNewByCustomerTotal(inside: ReadonlyArray<{ customerId: string; amountUsd: number; netNew: boolean }>): number {
    const totals: Record<string, { cents: number; netNew: boolean }> = {};
    for (const r of inside) {
      const total = (totals[r.customerId] ??= { cents: 0, netNew: false });
      total.cents += Math.round(r.amountUsd * 100);
      total.netNew = total.netNew || r.netNew;
    }
    return Object.values(totals).filter((t) => t.netNew && t.cents > 1_000_000).length;
  }

  it.each([
    ['version 1 (rows)', 0, 'customer-total'],
    ['version 2 (offer-customer combinations)', 1, 'deal'],
  ] as const)('under %s counting with the other net-new reading (%s), net-new customers equal a naive recount', (_name, index, per) => {
    const base = policies.versions[index]!;
    const counting = { ...base.counting, netNewDeal: { ...base.counting.netNewDeal, per } };
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 60 }), (rows) => {
        const inside = rows.filter((r) => r.date >= window.start && r.date <= window.end);
        const expected =
          per === 'customer-total'
            ? naiveNetNewByCustomerTotal(inside)
            : new Set(naiveDeals(inside, base.counting.transactionIdentity).filter((d) => d.netNew && d.amount > 10_000).map((d) => d.customerId)).size;
        expect(deriveMarketplaceMetrics(rows, window, counting).netNewCustomersOver10k).toBe(expected);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  /** Rows as deals: each row (version 1), or offer-customer combinations with private offers and no-offer rows alone. */
  function naiveDeals(inside: ReadonlyArray<Transaction>, identity: 'row' | 'offer-customer') {
    const deals: Array<{ customerId: string; amount: number; netNew: boolean }> = [];
    const keyed: Record<string, { customerId: string; amount: number; netNew: boolean }> = {};
    for (const r of inside) {
      if (identity === 'row' || r.offerId === undefined || r.privateOffer) {
        deals.push({ customerId: r.customerId, amount: r.amountUsd, netNew: r.netNew });
        continue;
      }
      const key = `${r.offerId}|${r.customerId}`;
      if (!keyed[key]) deals.push((keyed[key] = { customerId: r.customerId, amount: 0, netNew: false }));
      keyed[key].amount += r.amountUsd;
      keyed[key].netNew = keyed[key].netNew || r.netNew;
    }
    return deals;
  }
});

describe('net-new customers by their total in the window (FY25 and later) and by one deal (the seed page)', () => {
  const [, fy25, pracr] = policies.versions;
  const split = (first: number, second: number) => [
    row('2026-02-01', 'a', first, { offerId: 'o1', netNew: true }),
    row('2026-03-01', 'a', second, { offerId: 'o2', netNew: true }),
  ];

  it.each([
    [5_000, 4_999.99, 0],
    [5_000, 5_000, 0],
    [5_000, 5_000.01, 1],
    [6_000, 6_000, 1],
  ])('deals of USD %s and USD %s on two offers: %s net-new customers under version 2 and version 3', (first, second, expected) => {
    expect(deriveMarketplaceMetrics(split(first, second), window, fy25!.counting).netNewCustomersOver10k).toBe(expected);
    expect(deriveMarketplaceMetrics(split(first, second), window, pracr!.counting).netNewCustomersOver10k).toBe(expected);
  });

  it.each([
    [6_000, 6_000, 0],
    [10_000, 5_000, 0],
    [10_000.01, 1, 1],
  ])('the seed reading (version 1) counts the same split only when one deal is over USD 10,000: USD %s + USD %s gives %s', (first, second, expected) => {
    expect(deriveMarketplaceMetrics(split(first, second), window, v1!.counting).netNewCustomersOver10k).toBe(expected);
  });

  it('a private offer and a row with no offer id add to the same customer total', () => {
    const rows = [row('2026-02-01', 'a', 4_000, { offerId: 'o1', privateOffer: true, netNew: true }), row('2026-02-02', 'a', 6_000.01)];
    expect(deriveMarketplaceMetrics(rows, window, fy25!.counting).netNewCustomersOver10k).toBe(1);
  });

  it('only the rows inside the window count toward the total', () => {
    const rows = [row('2025-11-26', 'a', 9_000, { offerId: 'o1', netNew: true }), row('2025-11-27', 'a', 6_000, { offerId: 'o2', netNew: true })];
    expect(deriveMarketplaceMetrics(rows, window, fy25!.counting).netNewCustomersOver10k).toBe(0);
  });

  it('a customer with no row marked net-new is not counted, whatever its total', () => {
    const rows = [row('2026-02-01', 'b', 20_000, { offerId: 'o1' }), row('2026-02-02', 'b', 20_000, { offerId: 'o2' })];
    expect(deriveMarketplaceMetrics(rows, window, fy25!.counting).netNewCustomersOver10k).toBe(0);
  });
});

describe('money is summed in cents', () => {
  it('four rows of one offer-customer pair adding up to exactly USD 100.00 make one qualifying transaction', () => {
    const rows = [81.33, 5.93, 0.1, 12.64].map((amountUsd) => row('2026-03-01', 'a', amountUsd, { offerId: 'o1' }));
    expect(deriveMarketplaceMetrics(rows, window, v2!.counting)).toMatchObject({ transactionsOver100: 1, marketplaceBilledSalesUsd: 100 });
  });

  it('a million rows of USD 0.10 sum to exactly USD 100,000', () => {
    const rows = Array.from({ length: 1_000_000 }, () => row('2026-03-01', 'a', 0.1));
    expect(deriveMarketplaceMetrics(rows, window, v1!.counting).marketplaceBilledSalesUsd).toBe(100_000);
  });
});
