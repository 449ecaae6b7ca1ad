import { t } from '../i18n';

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
  /** The metric as a result names it, mid-sentence: "marketplace billed sales" (in the turn's language). */
  label: string;
  /** A few words for tight places (the email summary): "billed sales". */
  shortLabel: string;
  /** The metric as a missing answer, mid-sentence: "your marketplace billed sales". */
  questionLabel: string;
  /** What people call it when they type (lower case; chat understanding matches these). */
  synonyms: readonly string[];
}

/**
 * An entry whose labels are read from the result catalogue in the turn's language each time they are used (getters),
 * so every caller that reads `entry.label` words it in the partner's language without a locale parameter.
 */
function entry<const Id extends string, const Unit extends MetricUnit>(id: Id, unit: Unit, synonyms: readonly string[]): MetricEntry & { id: Id; unit: Unit } {
  const labels = {
    label: () => t(`result.metric.${id as MetricId}.label`),
    shortLabel: () => t(`result.metric.${id as MetricId}.short`),
    questionLabel: () => t(`result.metric.${id as MetricId}.question`),
  };
  const value = { id, unit, synonyms } as MetricEntry & { id: Id; unit: Unit };
  for (const [name, read] of Object.entries(labels)) Object.defineProperty(value, name, { get: read, enumerable: true });
  return value;
}

export const metricCatalogue = {
  azureIpCoSellEligible: entry('azureIpCoSellEligible', 'yesNo', ['co-sell eligible', 'co-sell ready', 'azure ip co-sell', 'ip co-sell eligible', 'cosell eligible']),
  hasTransactableOffer: entry('hasTransactableOffer', 'yesNo', ['transactable offer', 'transactable listing', 'marketplace listing', 'published offer']),
  marketplaceBilledSalesUsd: entry('marketplaceBilledSalesUsd', 'usd', ['marketplace billed sales', 'billed sales', 'mbs', 'marketplace billings', 'marketplace sales', 'marketplace revenue']),
  netNewCustomersOver10k: entry('netNewCustomersOver10k', 'count', ['net-new customers', 'net new customers', 'new customers', 'customer adds', 'new logos']),
  transactionsOver100: entry('transactionsOver100', 'count', ['transactions over 100', 'transactions of at least 100', 'qualifying transactions', 'transactions']),
  uniqueCustomersOver100: entry('uniqueCustomersOver100', 'count', ['unique customers', 'distinct customers', 'customers']),
  marketplaceTransactions: entry('marketplaceTransactions', 'count', ['marketplace transactions', 'all transactions', 'total transactions', 'txns']),
  consumptionCommitmentUsd: entry('consumptionCommitmentUsd', 'usd', ['consumption commitment', 'cloud commitment', 'azure commitment', 'macc', 'commit']),
  designations: entry('designations', 'designations', ['designation', 'solutions partner', 'certified software', 'industry ai']),
} satisfies Record<string, MetricEntry>;

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
