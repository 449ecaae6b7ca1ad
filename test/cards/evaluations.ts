import type { Evaluation, Status } from '../../src/eligibility/evaluation';
import { describeNotice } from '../../src/eligibility/wording';
import { evaluateRequest } from '../fixtures/policies';

const asOf = '2026-11-26';

/**
 * One real evaluation per status, all from the evaluator (never hand-built). The three that are not a yes have
 * USD 3,600,000 of billed sales, USD 400,000 short of the USD 4,000,000 route.
 */
export const evaluationsByStatus: Record<Status, Evaluation> = {
  qualified: evaluateRequest({ asOf, azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 }),
  'not-qualified': evaluateRequest({
    asOf,
    azureIpCoSellEligible: true,
    marketplaceBilledSalesUsd: 3_600_000,
    netNewCustomersOver10k: 7,
    transactionsOver100: 20,
    uniqueCustomersOver100: 5,
    consumptionCommitmentUsd: 0,
    designations: [],
  }),
  undetermined: evaluateRequest({ asOf, azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 }),
  'not-co-sell-eligible': evaluateRequest({ asOf, azureIpCoSellEligible: false, marketplaceBilledSalesUsd: 3_600_000 }),
  'not-in-effect': evaluateRequest({ asOf: '2023-06-30', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 5_000_000 }),
};

export const statuses = Object.keys(evaluationsByStatus) as Status[];

/** Every criterion known and several notes: the longest result a partner can get, for the size budget. */
export function largestEvaluation(): Evaluation {
  const transactions = Array.from({ length: 40 }, (_, index) => ({
    date: '2025-01-10',
    customerId: `customer-${index % 9}`,
    amountUsd: 250 + index,
    netNew: index % 4 === 0,
    ...(index % 3 === 0 ? {} : { offerId: `offer-${index % 5}` }),
  }));
  return evaluateRequest({
    asOf: '2025-01-15',
    azureIpCoSellEligible: true,
    consumptionCommitmentUsd: 29_000_000,
    transactions,
    designations: [{ type: 'industry-ai', attainedOn: '2025-01-05' }],
  });
}

/**
 * Characters an evaluation's headline notices add to a rendered answer (each notice's line and its line break).
 * The length budgets of the short forms (card fallback, email summary) are for what the renderers write; the
 * notices the policy in force requires at headline level (the PRACR transition from 2026) come on top.
 */
export function noticeChars(evaluation: Evaluation): number {
  return evaluation.notices.reduce((total, notice) => total + describeNotice(notice).length + 1, 0);
}
