import type { CellKind } from '../csv/cellValues';
import { normalizeHeader } from '../csv/transactionColumns';
import { marketplaceMetricNames } from '../eligibility/schema';
import type { FieldName } from '../language/fields';

/** The per-partner columns of a batch file: the partner id and the evaluator's own input fields. */
export type PartnerColumn = 'partnerId' | 'asOf' | FieldName | 'designations' | 'currency';

/** How each column's text is read; the evaluator's schema then judges the value. */
export const PARTNER_COLUMN_KINDS: Record<PartnerColumn, CellKind> = {
  partnerId: 'text',
  asOf: 'text',
  azureIpCoSellEligible: 'boolean',
  hasTransactableOffer: 'boolean',
  marketplaceBilledSalesUsd: 'amount',
  netNewCustomersOver10k: 'count',
  transactionsOver100: 'count',
  uniqueCustomersOver100: 'count',
  marketplaceTransactions: 'count',
  consumptionCommitmentUsd: 'amount',
  designations: 'designations',
  currency: 'text',
};

/** Marketplace totals: a transactions file derives them, so a column of them there would be a second answer. */
export const MARKETPLACE_TOTAL_COLUMNS: readonly PartnerColumn[] = marketplaceMetricNames;

/**
 * Header spellings, compared after `normalizeHeader` (case, spaces, underscores and punctuation ignored), so
 * `Partner ID`, `partner_id` and `PARTNERID` are one column. Each field's own name is always accepted.
 */
const ALIASES: Record<PartnerColumn, readonly string[]> = {
  partnerId: ['partnerid', 'partner', 'mpnid', 'partneroneid'],
  asOf: ['asof', 'asofdate'],
  azureIpCoSellEligible: ['azureipcoselleligible', 'coselleligible'],
  hasTransactableOffer: ['hastransactableoffer', 'transactableoffer'],
  marketplaceBilledSalesUsd: ['marketplacebilledsalesusd', 'marketplacebilledsales', 'billedsalesusd', 'billedsales', 'mbsusd', 'mbs'],
  netNewCustomersOver10k: ['netnewcustomersover10k', 'netnewcustomers'],
  transactionsOver100: ['transactionsover100'],
  uniqueCustomersOver100: ['uniquecustomersover100', 'uniquecustomers'],
  marketplaceTransactions: ['marketplacetransactions'],
  consumptionCommitmentUsd: ['consumptioncommitmentusd', 'consumptioncommitment', 'commitmentusd', 'commitment'],
  designations: ['designations', 'designation'],
  currency: ['currency', 'currencycode'],
};

const BY_NORMALIZED = new Map<string, PartnerColumn>(
  Object.entries(ALIASES).flatMap(([column, names]) => names.map((name) => [name, column as PartnerColumn] as const)),
);

/**
 * The partner field a header names, or undefined for a column the batch does not read.
 *
 * @example
 * partnerColumnForHeader('Marketplace Billed Sales (USD)') // 'marketplaceBilledSalesUsd'
 */
export function partnerColumnForHeader(header: string): PartnerColumn | undefined {
  return BY_NORMALIZED.get(normalizeHeader(header));
}
