import { deriveMarketplaceMetrics } from '../src/eligibility/metrics';
import { policyInForce, type PolicySet } from '../src/eligibility/policy/policySet';
import { trailingWindow } from '../src/eligibility/window';
import { syntheticTransactions } from './syntheticTransactions';
import { medianMilliseconds } from './timeLoop';

export interface DerivationTiming {
  transactions: number;
  milliseconds: number;
  nsPerTransaction: number;
}

/**
 * How long deriving the marketplace metrics takes for each size, and what that is per transaction: a flat
 * ns/transaction across 10^4..10^6 is the linear growth the product needs.
 *
 * @example
 * measureDerivation(policies, '2026-11-26', [10_000, 100_000, 1_000_000]).map((t) => t.nsPerTransaction)
 */
export function measureDerivation(policies: PolicySet, asOf: string, sizes: readonly number[]): DerivationTiming[] {
  const policy = policyInForce(policies, asOf);
  if (!policy) throw new Error(`no policy in force on ${asOf}`);
  const window = trailingWindow(asOf, policy.window.trailingMonths);
  return sizes.map((size) => {
    const rows = syntheticTransactions(size, asOf);
    // Half a second per size: hundreds of runs at 10^4, the minimum of three at 10^6.
    const milliseconds = medianMilliseconds(() => deriveMarketplaceMetrics(rows, window, policy.counting), 500);
    return { transactions: size, milliseconds, nsPerTransaction: (milliseconds * 1e6) / size };
  });
}
