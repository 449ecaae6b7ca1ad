/**
 * The evaluator's input names that a person can state in words. The names carry their unit and threshold
 * (`Over10k`, `Over100`, `Usd`) so a value can never be read against the wrong rule.
 */
export type FieldName =
  | 'azureIpCoSellEligible'
  | 'hasTransactableOffer'
  | 'marketplaceBilledSalesUsd'
  | 'netNewCustomersOver10k'
  | 'transactionsOver100'
  | 'uniqueCustomersOver100'
  | 'marketplaceTransactions'
  | 'consumptionCommitmentUsd';

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

export const fieldNames: readonly FieldName[] = Object.keys(fieldKinds) as FieldName[];
