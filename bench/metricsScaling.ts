import { deriveMarketplaceMetrics } from '../src/eligibility/metrics';
import { policyInForce, type PolicySet } from '../src/eligibility/policy/policySet';
import { trailingWindow } from '../src/eligibility/window';
import { syntheticTransactions } from './syntheticTransactions';
import { medianMilliseconds } from './timeLoop';

export interface DerivationTiming {
  transactions: number;
  /** Distinct customers in the rows: one per 20 rows (the export grows with the customer base), or a fixed number. */
  customers: number;
  milliseconds: number;
  nsPerTransaction: number;
}

/** Customers in the fixed-customer series: the same partner, more transactions. */
export const FIXED_CUSTOMERS = 2_000;

/**
 * How long deriving the marketplace metrics takes for each size, and what that is per transaction, in two series:
 * customers growing with the rows (one per 20), and a fixed 2,000 customers. The second shows the algorithm's own
 * growth (flat ns/transaction is linear); the first adds what a customer table that outgrows the CPU cache costs.
 *
 * @example
 * measureDerivation(policies, '2026-11-26', [10_000, 100_000, 1_000_000]).map((t) => t.nsPerTransaction)
 */
export function measureDerivation(policies: PolicySet, asOf: string, sizes: readonly number[]): DerivationTiming[] {
  const policy = policyInForce(policies, asOf);
  if (!policy) throw new Error(`no policy in force on ${asOf}`);
  const window = trailingWindow(asOf, policy.window.trailingMonths);
  const series = [(size: number) => Math.max(10, Math.floor(size / 20)), () => FIXED_CUSTOMERS];
  return series.flatMap((customersFor) =>
    sizes.map((size) => {
      const customers = customersFor(size);
      const rows = syntheticTransactions(size, asOf, customers);
      // Half a second per size: hundreds of runs at 10^4, the minimum of three at 10^6.
      const milliseconds = medianMilliseconds(() => deriveMarketplaceMetrics(rows, window, policy.counting), 500);
      return { transactions: size, customers, milliseconds, nsPerTransaction: (milliseconds * 1e6) / size };
    }),
  );
}
