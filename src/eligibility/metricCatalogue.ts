/**
 * Every fact the evaluator can read about a partner, once: its id (the API field), its unit, how a result names
 * it, how a question or a "still needed" line asks for it, and the words people use for it. Renderers take labels
 * from here and chat understanding can take the synonyms, so no second label map or metric-name list is needed.
 */

/** `usd` amounts, `count` whole numbers, `yesNo` facts, `designations` a list of partner designations. */
export type MetricUnit = 'usd' | 'count' | 'yesNo' | 'designations';

export interface MetricEntry {
  id: string;
  unit: MetricUnit;
  /** The metric as a result names it, mid-sentence: "marketplace billed sales". */
  label: string;
  /** For a count, the label for exactly one: "1 more unique customer behind those transactions". */
  singularLabel?: string;
  /** A few words for tight places (the email summary): "billed sales". */
  shortLabel: string;
  /** The metric as a missing answer, mid-sentence: "your marketplace billed sales". */
  questionLabel: string;
  /** What people call it when they type (lower case; chat understanding matches these). */
  synonyms: readonly string[];
}

export const metricCatalogue = {
  azureIpCoSellEligible: {
    id: 'azureIpCoSellEligible',
    unit: 'yesNo',
    label: 'Azure IP co-sell eligibility',
    shortLabel: 'co-sell eligible',
    questionLabel: 'whether you are Azure IP co-sell eligible',
    synonyms: ['co-sell eligible', 'co-sell ready', 'azure ip co-sell', 'ip co-sell eligible', 'cosell eligible'],
  },
  hasTransactableOffer: {
    id: 'hasTransactableOffer',
    unit: 'yesNo',
    label: 'a transactable offer in the commercial marketplace',
    shortLabel: 'transactable offer',
    questionLabel: 'whether you have a transactable offer in the commercial marketplace',
    synonyms: ['transactable offer', 'transactable listing', 'marketplace listing', 'published offer'],
  },
  marketplaceBilledSalesUsd: {
    id: 'marketplaceBilledSalesUsd',
    unit: 'usd',
    label: 'marketplace billed sales',
    shortLabel: 'billed sales',
    questionLabel: 'your marketplace billed sales',
    synonyms: ['marketplace billed sales', 'billed sales', 'mbs', 'marketplace billings', 'marketplace sales', 'marketplace revenue'],
  },
  netNewCustomersOver10k: {
    id: 'netNewCustomersOver10k',
    unit: 'count',
    label: 'net-new customers over USD 10,000 each',
    singularLabel: 'net-new customer over USD 10,000',
    shortLabel: 'net-new customers over USD 10k',
    questionLabel: 'your net-new customers over USD 10,000 each',
    synonyms: ['net-new customers', 'net new customers', 'new customers', 'customer adds', 'new logos'],
  },
  transactionsOver100: {
    id: 'transactionsOver100',
    unit: 'count',
    label: 'marketplace transactions of at least USD 100',
    singularLabel: 'marketplace transaction of at least USD 100',
    shortLabel: 'transactions of USD 100+',
    questionLabel: 'your marketplace transactions of at least USD 100',
    synonyms: ['transactions over 100', 'transactions of at least 100', 'qualifying transactions', 'transactions'],
  },
  uniqueCustomersOver100: {
    id: 'uniqueCustomersOver100',
    unit: 'count',
    label: 'unique customers behind those transactions',
    singularLabel: 'unique customer behind those transactions',
    shortLabel: 'unique customers',
    questionLabel: 'how many unique customers those transactions came from',
    synonyms: ['unique customers', 'distinct customers', 'customers'],
  },
  marketplaceTransactions: {
    id: 'marketplaceTransactions',
    unit: 'count',
    label: 'marketplace transactions',
    singularLabel: 'marketplace transaction',
    shortLabel: 'all transactions',
    questionLabel: 'your total marketplace transactions',
    synonyms: ['marketplace transactions', 'all transactions', 'total transactions', 'txns'],
  },
  consumptionCommitmentUsd: {
    id: 'consumptionCommitmentUsd',
    unit: 'usd',
    label: 'signed cloud consumption commitment',
    shortLabel: 'signed commitment',
    questionLabel: 'any cloud consumption commitment you signed',
    synonyms: ['consumption commitment', 'cloud commitment', 'azure commitment', 'macc', 'commit'],
  },
  designations: {
    id: 'designations',
    unit: 'designations',
    label: 'a qualifying designation',
    shortLabel: 'a qualifying designation',
    questionLabel: 'your partner designations',
    synonyms: ['designation', 'solutions partner', 'certified software', 'industry ai'],
  },
} as const satisfies Record<string, MetricEntry>;

/** Every metric id the catalogue knows: the API's input fields plus `designations`. */
export type MetricId = keyof typeof metricCatalogue;

/** The catalogue's entries in a stable order (questions, listings). */
export const metricEntries: readonly MetricEntry[] = Object.values(metricCatalogue);

/**
 * The entry for an id, or undefined for a name the catalogue does not know (a typo in a caller's field list).
 *
 * @example
 * metricEntry('marketplaceBilledSalesUsd')?.unit // 'usd'
 */
export function metricEntry(id: string): MetricEntry | undefined {
  return Object.hasOwn(metricCatalogue, id) ? metricCatalogue[id as MetricId] : undefined;
}

/** @example isUsdMetric('consumptionCommitmentUsd') // true */
export function isUsdMetric(id: string): boolean {
  return metricEntry(id)?.unit === 'usd';
}
