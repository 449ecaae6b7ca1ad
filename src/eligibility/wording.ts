import type { ComponentResult, CriterionResult, MetricName } from './evaluation';
import { formatCount, formatDate, formatUsd } from './format';
import type { Pathway } from './policy/schema';
import type { DateWindow } from './window';

/**
 * The evaluator's words: metric names, gap phrases and the explanation's sentences. Kept in one module so the
 * explanation can be translated without touching a rule.
 */
export const metricLabels: Record<MetricName | 'azureIpCoSellEligible', string> = {
  marketplaceBilledSalesUsd: 'marketplace billed sales',
  netNewCustomersOver10k: 'net-new customers over USD 10,000 each',
  transactionsOver100: 'marketplace transactions of at least USD 100',
  uniqueCustomersOver100: 'unique customers behind those transactions',
  marketplaceTransactions: 'marketplace transactions',
  consumptionCommitmentUsd: 'signed cloud consumption commitment',
  hasTransactableOffer: 'a transactable offer in the commercial marketplace',
  designations: 'a qualifying designation',
  azureIpCoSellEligible: 'Azure IP co-sell eligibility',
};

export const pathwayLabels: Record<Pathway, string> = {
  'marketplace-performance': 'marketplace performance',
  'consumption-commitments': 'consumption commitments',
  designation: 'designation',
};

const usdMetrics = new Set<MetricName>(['marketplaceBilledSalesUsd', 'consumptionCommitmentUsd']);

export function isUsdMetric(metric: MetricName): boolean {
  return usdMetrics.has(metric);
}

/** A metric's value as people read it: USD with separators, counts with separators, yes or no. */
export function formatMetricValue(metric: MetricName | 'azureIpCoSellEligible', value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return usdMetrics.has(metric as MetricName) ? formatUsd(value) : formatCount(value);
}

/**
 * One unmet component in words.
 *
 * @example
 * describeShortfall({ metric: 'marketplaceBilledSalesUsd', required: 4000000, shortBy: 400000, ... })
 * // 'USD 400,000 short of USD 4,000,000 in marketplace billed sales'
 */
export function describeShortfall(component: ComponentResult): string {
  const { metric, required, shortBy } = component;
  if (typeof required === 'boolean' || metric === 'designations') return `missing ${metricLabels[metric]}`;
  const amount = shortBy ?? 0;
  if (metric === 'consumptionCommitmentUsd') return `${formatUsd(amount)} short of a ${formatUsd(required)} ${metricLabels[metric]}`;
  if (usdMetrics.has(metric)) return `${formatUsd(amount)} short of ${formatUsd(required)} in ${metricLabels[metric]}`;
  return `${formatCount(amount)} short of ${formatCount(required)} ${metricLabels[metric]}`;
}

/** Every unmet (known) component of a criterion, joined: "USD 400,000 short of ... and 2 short of ...". */
export function describeCriterionGap(criterion: CriterionResult): string {
  const parts = criterion.gaps.filter((gap) => gap.outcome === 'not-met').map(describeShortfall);
  return joinAnd(parts);
}

export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function describeWindow(window: DateWindow): string {
  return `${formatDate(window.start)} to ${formatDate(window.end)}`;
}

/** Lower-cases a title's first letter for use mid-sentence, leaving acronyms such as "USD" alone. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second && second === second.toUpperCase() ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** How the explanation asks for an answer it still needs. */
export const missingAnswerLabels: Record<string, string> = {
  azureIpCoSellEligible: 'whether you are Azure IP co-sell eligible',
  hasTransactableOffer: 'whether you have a transactable offer in the commercial marketplace',
  marketplaceBilledSalesUsd: 'your marketplace billed sales',
  netNewCustomersOver10k: 'your net-new customers over USD 10,000 each',
  transactionsOver100: 'your marketplace transactions of at least USD 100',
  uniqueCustomersOver100: 'how many unique customers those came from',
  marketplaceTransactions: 'your total marketplace transactions',
  consumptionCommitmentUsd: 'any cloud consumption commitment you signed',
  designations: 'your partner designations',
};
