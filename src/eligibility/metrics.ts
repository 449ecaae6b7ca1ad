import type { Policy } from './policy/schema';
import type { Transaction } from './schema';
import type { DateWindow } from './window';

/** Marketplace metrics for one window, as the policy in force counts them. */
export interface MarketplaceMetrics {
  marketplaceBilledSalesUsd: number;
  netNewCustomersOver10k: number;
  transactionsOver100: number;
  uniqueCustomersOver100: number;
  marketplaceTransactions: number;
  /** Rows in the window, before any grouping into transactions. */
  rowsInWindow: number;
  /** Rows in the window that had no offer id, so counted one transaction each under offer-customer counting. */
  rowsWithoutOfferId: number;
}

type Counting = Policy['counting'];

function passes(amountCents: number, rule: Counting['qualifyingTransaction']): boolean {
  const threshold = toCents(rule.valueUsd);
  return rule.operator === 'over' ? amountCents > threshold : amountCents >= threshold;
}

/** One transaction as the policy counts it; amounts in whole cents, so sums of many rows compare exactly. */
interface Deal {
  customerId: string;
  amountCents: number;
  netNew: boolean;
}

const toCents = (amountUsd: number) => Math.round(amountUsd * 100);

/**
 * Groups the window's rows into transactions. Under `offer-customer` counting (FY25 revision) a transaction is a
 * unique offer-customer combination whose value is the sum of its rows; individual private offers and rows with
 * no offer id stay one transaction each.
 */
function dealsInWindow(transactions: readonly Transaction[], window: DateWindow, counting: Counting): { deals: Deal[]; rows: number; rowsWithoutOfferId: number } {
  const deals: Deal[] = [];
  // Offer, then customer: two lookups in small maps cost less than building (and collecting) a joined key string
  // per row.
  const combined = new Map<string, Map<string, Deal>>();
  let rows = 0;
  let rowsWithoutOfferId = 0;
  for (const row of transactions) {
    if (row.date < window.start || row.date > window.end) continue;
    rows += 1;
    if (counting.transactionIdentity === 'offer-customer' && row.offerId === undefined) rowsWithoutOfferId += 1;
    if (counting.transactionIdentity === 'row' || row.offerId === undefined || row.privateOffer) {
      deals.push({ customerId: row.customerId, amountCents: toCents(row.amountUsd), netNew: row.netNew });
      continue;
    }
    let byCustomer = combined.get(row.offerId);
    if (!byCustomer) combined.set(row.offerId, (byCustomer = new Map()));
    const existing = byCustomer.get(row.customerId);
    if (existing) {
      existing.amountCents += toCents(row.amountUsd);
      existing.netNew ||= row.netNew;
    } else {
      const deal = { customerId: row.customerId, amountCents: toCents(row.amountUsd), netNew: row.netNew };
      byCustomer.set(row.customerId, deal);
      deals.push(deal);
    }
  }
  return { deals, rows, rowsWithoutOfferId };
}

/**
 * Derives the marketplace metrics for a window from transaction rows, in one pass plus one pass over the deals.
 * A net-new customer counts once however many deals it has: when one of its deals passes the net-new rule (`per:
 * 'deal'`), or when all its transactions in the window together pass it (`per: 'customer-total'`). A customer is
 * net-new when any of its rows in the window is marked net-new. Rows outside the window are ignored.
 *
 * @example
 * deriveMarketplaceMetrics([{ date: '2026-01-05', customerId: 'c1', amountUsd: 12000, netNew: true, privateOffer: false }],
 *   { start: '2025-11-27', end: '2026-11-26' }, policy.counting).netNewCustomersOver10k // 1
 */
export function deriveMarketplaceMetrics(transactions: readonly Transaction[], window: DateWindow, counting: Counting): MarketplaceMetrics {
  const { deals, rows, rowsWithoutOfferId } = dealsInWindow(transactions, window, counting);
  let billedCents = 0;
  let qualifying = 0;
  const qualifyingCustomers = new Set<string>();
  const netNewCustomers = new Set<string>();
  const perDeal = counting.netNewDeal.per === 'deal';
  const customers = new Map<string, { cents: number; netNew: boolean }>();
  for (const deal of deals) {
    billedCents += deal.amountCents;
    if (passes(deal.amountCents, counting.qualifyingTransaction)) {
      qualifying += 1;
      qualifyingCustomers.add(deal.customerId);
    }
    if (perDeal) {
      if (deal.netNew && passes(deal.amountCents, counting.netNewDeal)) netNewCustomers.add(deal.customerId);
      continue;
    }
    const customer = customers.get(deal.customerId);
    if (customer) {
      customer.cents += deal.amountCents;
      customer.netNew ||= deal.netNew;
    } else customers.set(deal.customerId, { cents: deal.amountCents, netNew: deal.netNew });
  }
  // FY25 and later: a net-new customer counts by everything it bought in the window, across offers and deals.
  for (const [customerId, customer] of customers) {
    if (customer.netNew && passes(customer.cents, counting.netNewDeal)) netNewCustomers.add(customerId);
  }
  return {
    marketplaceBilledSalesUsd: billedCents / 100,
    netNewCustomersOver10k: netNewCustomers.size,
    transactionsOver100: qualifying,
    uniqueCustomersOver100: qualifyingCustomers.size,
    marketplaceTransactions: deals.length,
    rowsInWindow: rows,
    rowsWithoutOfferId,
  };
}
