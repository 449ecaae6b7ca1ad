import type { Policy } from '../../src/eligibility/policy/schema';
import type { Transaction } from '../../src/eligibility/schema';
import { policies } from '../fixtures/policies';

/** The 2023 policy: each exported row is a transaction. */
export const rowCounting: Policy = policies.versions[0]!;
/** The FY25 policy: a transaction is an offer-customer combination. */
export const offerCustomerCounting: Policy = policies.versions[1]!;

export const row = (date: string, customerId: string, amountUsd: number, extra: Partial<Transaction> = {}): Transaction => ({
  date,
  customerId,
  amountUsd,
  netNew: false,
  privateOffer: false,
  ...extra,
});

/**
 * A policy with the same criteria and counting but its thresholds and window changed, so small random inputs cross
 * every threshold often.
 */
export function withThresholds(base: Policy, values: Partial<Record<string, number>>, trailingMonths = base.window.trailingMonths): Policy {
  return {
    ...base,
    window: { ...base.window, trailingMonths },
    criteria: base.criteria.map((criterion) =>
      criterion.kind !== 'thresholds'
        ? criterion
        : {
            ...criterion,
            components: criterion.components.map((component) =>
              component.operator !== 'isTrue' && values[component.metric] !== undefined ? { ...component, value: values[component.metric]! } : component,
            ),
          },
    ),
  };
}
