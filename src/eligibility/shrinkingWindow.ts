import type { MetricValues } from './evaluation';
import type { Policy } from './policy/schema';
import type { Transaction } from './schema';

type Counting = Policy['counting'];
type DealRule = Counting['qualifyingTransaction'];

/** One transaction as the policy counts it: a row, or an offer-customer combination of rows (FY25 counting). */
interface DealState {
  customerId: string;
  /** Whole cents, so removing a row restores the sum exactly; floating sums drift as rows come and go. */
  cents: number;
  rows: number;
  netNewRows: number;
  qualifying: boolean;
  netNewQualifying: boolean;
}

/** A customer's transactions in the window together, for the FY25 net-new reading (`per: 'customer-total'`). */
interface CustomerState {
  cents: number;
  rows: number;
  netNewRows: number;
  netNewQualifying: boolean;
}

function passes(cents: number, rule: DealRule): boolean {
  const amount = cents / 100;
  return rule.operator === 'over' ? amount > rule.valueUsd : amount >= rule.valueUsd;
}

function increment(counts: Map<string, number>, key: string, by: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

/**
 * The marketplace metrics of a set of rows that only ever loses rows: the window of a later as-of date when no new
 * transactions arrive. Each removal costs O(1), so sweeping a year of as-of dates costs one pass over the rows,
 * where re-deriving the metrics day by day would cost a pass per day.
 *
 * Amounts are counted in whole cents, as the exports write them: a deal of 81.33 + 5.93 + 0.10 + 12.64 is exactly
 * USD 100.00 here, where a floating-point sum says 99.99999999999999.
 *
 * @example
 * const window = new ShrinkingWindow(policy.counting);
 * const id = window.add(row);
 * window.remove(id);
 * window.metrics().marketplaceTransactions // 0
 */
export class ShrinkingWindow {
  private readonly dealOfRow: DealState[] = [];
  private readonly rows: Transaction[] = [];
  private readonly combined = new Map<string, DealState>();
  private readonly qualifyingCustomers = new Map<string, number>();
  private readonly netNewCustomers = new Map<string, number>();
  private readonly customers = new Map<string, CustomerState>();
  private billedCents = 0;
  private dealCount = 0;
  private qualifyingDeals = 0;

  private readonly perDeal: boolean;

  constructor(private readonly counting: Counting) {
    this.perDeal = counting.netNewDeal.per === 'deal';
  }

  /** Adds a row and returns its id for `remove` and `dealOf`. */
  add(row: Transaction): number {
    const cents = Math.round(row.amountUsd * 100);
    const grouped = this.counting.transactionIdentity === 'offer-customer' && row.offerId !== undefined && !row.privateOffer;
    const key = grouped ? `${row.offerId}\u0000${row.customerId}` : undefined;
    let deal = key === undefined ? undefined : this.combined.get(key);
    if (!deal) {
      deal = { customerId: row.customerId, cents: 0, rows: 0, netNewRows: 0, qualifying: false, netNewQualifying: false };
      if (key !== undefined) this.combined.set(key, deal);
      this.dealCount += 1;
    }
    const target = deal;
    this.change(target, () => {
      target.cents += cents;
      target.rows += 1;
      if (row.netNew) target.netNewRows += 1;
    });
    this.changeCustomer(row, cents, 1);
    this.billedCents += cents;
    this.rows.push(row);
    this.dealOfRow.push(target);
    return this.rows.length - 1;
  }

  /** Removes a row added earlier: it has aged out of the window. */
  remove(id: number): void {
    const row = this.rows[id];
    const deal = this.dealOfRow[id];
    if (!row || !deal) throw new RangeError(`no row ${id} in this window`);
    const cents = Math.round(row.amountUsd * 100);
    this.change(deal, () => {
      deal.cents -= cents;
      deal.rows -= 1;
      if (row.netNew) deal.netNewRows -= 1;
    });
    this.changeCustomer(row, -cents, -1);
    this.billedCents -= cents;
    if (deal.rows === 0) this.dealCount -= 1;
  }

  /** Whether the row's transaction counts now toward the "at least USD 100" and the net-new metrics. */
  dealOf(id: number): { qualifying: boolean; netNewQualifying: boolean } {
    const deal = this.dealOfRow[id];
    if (!deal) throw new RangeError(`no row ${id} in this window`);
    if (this.perDeal) return { qualifying: deal.qualifying, netNewQualifying: deal.netNewQualifying };
    return { qualifying: deal.qualifying, netNewQualifying: this.customers.get(deal.customerId)?.netNewQualifying ?? false };
  }

  /** The metrics the evaluator's criteria read, for the rows still in the window. */
  metrics(): MetricValues {
    return {
      marketplaceBilledSalesUsd: this.billedCents / 100,
      netNewCustomersOver10k: this.netNewCustomers.size,
      transactionsOver100: this.qualifyingDeals,
      uniqueCustomersOver100: this.qualifyingCustomers.size,
      marketplaceTransactions: this.dealCount,
    };
  }

  /** Applies a change to a deal, moving it in or out of the counts its new amount and flags decide. */
  private change(deal: DealState, mutate: () => void): void {
    mutate();
    const qualifying = deal.rows > 0 && passes(deal.cents, this.counting.qualifyingTransaction);
    const netNewQualifying = deal.rows > 0 && deal.netNewRows > 0 && passes(deal.cents, this.counting.netNewDeal);
    if (qualifying !== deal.qualifying) {
      const by = qualifying ? 1 : -1;
      this.qualifyingDeals += by;
      increment(this.qualifyingCustomers, deal.customerId, by);
      deal.qualifying = qualifying;
    }
    if (this.perDeal && netNewQualifying !== deal.netNewQualifying) {
      increment(this.netNewCustomers, deal.customerId, netNewQualifying ? 1 : -1);
      deal.netNewQualifying = netNewQualifying;
    }
  }

  /** Under `per: 'customer-total'`, moves a customer in or out of the net-new count as its window total changes. */
  private changeCustomer(row: Transaction, cents: number, by: 1 | -1): void {
    if (this.perDeal) return;
    let customer = this.customers.get(row.customerId);
    if (!customer) this.customers.set(row.customerId, (customer = { cents: 0, rows: 0, netNewRows: 0, netNewQualifying: false }));
    customer.cents += cents;
    customer.rows += by;
    if (row.netNew) customer.netNewRows += by;
    const netNewQualifying = customer.rows > 0 && customer.netNewRows > 0 && passes(customer.cents, this.counting.netNewDeal);
    if (netNewQualifying !== customer.netNewQualifying) {
      increment(this.netNewCustomers, row.customerId, netNewQualifying ? 1 : -1);
      customer.netNewQualifying = netNewQualifying;
    }
  }
}
