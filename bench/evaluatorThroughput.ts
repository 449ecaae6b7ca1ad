import { evaluate } from '../src/eligibility/evaluate';
import type { PolicySet } from '../src/eligibility/policy/policySet';
import { parseEligibilityInput, type EligibilityRequest } from '../src/eligibility/schema';
import { callsPerSecond } from './timeLoop';

/** The guided check's answers as the aggregate input the dialog and `/api/evaluate` hand the evaluator. */
export const AGGREGATE_INPUT: EligibilityRequest = {
  asOf: '2026-11-26',
  azureIpCoSellEligible: true,
  marketplaceBilledSalesUsd: 3_600_000,
  netNewCustomersOver10k: 10,
  transactionsOver100: 28,
  uniqueCustomersOver100: 7,
  consumptionCommitmentUsd: 0,
};

export interface EvaluatorThroughput {
  /** `evaluate` alone, on input validated once. */
  preValidatedPerSecond: number;
  /** `parseEligibilityInput` then `evaluate`, as every HTTP request and dialog turn does. */
  withValidationPerSecond: number;
}

/**
 * Evaluations per second of the aggregate input, with and without validation, each timed for `seconds` after a
 * short warm-up.
 *
 * @example
 * measureEvaluatorThroughput(loadPolicyDirectory(), 1).preValidatedPerSecond // e.g. 180000
 */
export function measureEvaluatorThroughput(policies: PolicySet, seconds: number): EvaluatorThroughput {
  const parsed = parseEligibilityInput(AGGREGATE_INPUT);
  if (!parsed.ok) throw new Error(`the aggregate input is invalid: ${JSON.stringify(parsed.issues)}`);
  const context = { policies, today: '2026-11-26' };
  const preValidated = () => evaluate(parsed.input, context).criteria.length;
  const withValidation = () => {
    const input = parseEligibilityInput(AGGREGATE_INPUT);
    return input.ok ? evaluate(input.input, context).criteria.length : 0;
  };
  callsPerSecond(preValidated, 0.3);
  callsPerSecond(withValidation, 0.3);
  return {
    preValidatedPerSecond: callsPerSecond(preValidated, seconds).perSecond,
    withValidationPerSecond: callsPerSecond(withValidation, seconds).perSecond,
  };
}
