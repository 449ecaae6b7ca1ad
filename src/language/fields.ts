import { numericMetricNames } from '../eligibility/policy/schema';

/**
 * The evaluator's input names that a person can state in words: its two yes/no facts and every metric its rules
 * measure. The names carry their unit and threshold (`Over10k`, `Over100`, `Usd`) so a value can never be read
 * against the wrong rule.
 */
export const fieldNames = ['azureIpCoSellEligible', 'hasTransactableOffer', ...numericMetricNames] as const;
export type FieldName = (typeof fieldNames)[number];

/** What kind of value each field holds: it decides which parser reads the answer. */
export type FieldKind = 'boolean' | 'amountUsd' | 'count';

export const fieldKinds: Readonly<Record<FieldName, FieldKind>> = {
  azureIpCoSellEligible: 'boolean',
  hasTransactableOffer: 'boolean',
  marketplaceBilledSalesUsd: 'amountUsd',
  netNewCustomersOver10k: 'count',
  transactionsOver100: 'count',
  uniqueCustomersOver100: 'count',
  marketplaceTransactions: 'count',
  consumptionCommitmentUsd: 'amountUsd',
};
