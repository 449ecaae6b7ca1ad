import { describeNotices } from './notices';
import type { ComponentResult, CriterionResult, Evaluation, MetricName, Outcome, PolicyReference, Status } from '../eligibility/evaluation';
import { formatDate, formatPercent } from '../eligibility/format';
import type { IsoDate } from '../eligibility/isoDate';
import type { Pathway } from '../eligibility/policy/schema';
import {
  describeCriterionGap,
  describeWindow,
  formatMetricValue,
  joinAnd,
  lowerFirst,
  metricLabels,
  missingAnswerLabels,
  pathwayLabels,
} from '../eligibility/wording';

/*
 * The phrases the result card and its plain-text twin share. Both are rendered from the Evaluation's facts with
 * the evaluator's own wording, so the card, the fallback text and the explanation never disagree.
 */

export interface ResultRenderOptions {
  /** What moved since the previous answer (a what-if), e.g. "Billed sales: USD 3,600,000 → USD 4,100,000". */
  whatChanged?: readonly string[];
  /** From transaction history: how long each met criterion lasts, what the unmet ones need (describeForecast). */
  forecast?: readonly string[];
  /** The trailing-twelve-month trend chart as an Adaptive Card image, with alt text that states the numbers. */
  chart?: { type: 'Image'; url: string; altText: string };
}

export type StatusColor = 'good' | 'attention' | 'warning';

/** Green for a yes, red for a definite no, amber where an answer or a date is what stands in the way. */
export const statusColors: Record<Status, StatusColor> = {
  qualified: 'good',
  'not-qualified': 'attention',
  'not-co-sell-eligible': 'attention',
  undetermined: 'warning',
  'not-in-effect': 'warning',
};

export const outcomeLabels: Record<Outcome, string> = { met: 'met', 'not-met': 'not met', unknown: 'unknown' };
export const outcomeColors: Record<Outcome, StatusColor> = { met: 'good', 'not-met': 'attention', unknown: 'warning' };

const PROGRESS_CELLS = 10;

/** @example capitalize('marketplace billed sales') // 'Marketplace billed sales' */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The criterion the evaluator named as closest, looked up rather than re-chosen.
 *
 * @example
 * closestCriterion(evaluation)?.id // 'marketplace.billedSales'
 */
export function closestCriterion(evaluation: Evaluation): CriterionResult | undefined {
  return evaluation.criteria.find((criterion) => criterion.id === evaluation.closest);
}

/**
 * The whole answer in one line, for the top of the card and the first line of the text.
 *
 * @example
 * describeStatus(notQualified) // 'Not yet: closest route is USD 4 million in marketplace billed sales'
 */
export function describeStatus(evaluation: Evaluation): string {
  switch (evaluation.status) {
    case 'qualified':
      return '✅ You qualify for top-tier benefits';
    case 'not-qualified': {
      const closest = closestCriterion(evaluation);
      return closest ? `Not yet: closest route is ${lowerFirst(closest.title)}` : 'Not yet: no route is met';
    }
    case 'undetermined':
      return `Undetermined: ${plural(evaluation.missing.length, 'answer', 'answers')} needed`;
    case 'not-co-sell-eligible':
      return 'Not co-sell eligible yet';
    case 'not-in-effect':
      return `Rules not in effect on ${formatDate(evaluation.asOf)}`;
  }
}

/**
 * A text progress bar that renders in every client and font: no images. Rounds down, so a criterion that is not
 * met never shows a full bar or 100%.
 *
 * @example
 * progressBar(0.875) // '▓▓▓▓▓▓▓▓░░ 87%'
 */
export function progressBar(progress: number): string {
  const filled = Math.max(0, Math.min(PROGRESS_CELLS, Math.floor(progress * PROGRESS_CELLS)));
  return `${'▓'.repeat(filled)}${'░'.repeat(PROGRESS_CELLS - filled)} ${formatPercent(progress)}`;
}

/**
 * An unknown criterion's progress is 0 only because nothing is known; saying "0%" would read as a measurement.
 *
 * @example
 * describeProgress(unknownCriterion) // '░░░░░░░░░░ unknown'
 */
export function describeProgress(criterion: CriterionResult): string {
  return criterion.outcome === 'unknown' ? `${'░'.repeat(PROGRESS_CELLS)} unknown` : progressBar(criterion.progress);
}

/**
 * How a metric is named at the start of a line.
 *
 * @example
 * componentLabel('marketplaceBilledSalesUsd') // 'Marketplace billed sales'
 */
export function componentLabel(metric: MetricName): string {
  return metric === 'designations' ? 'Qualifying designations' : capitalize(metricLabels[metric]);
}

function requirement(component: ComponentResult): string {
  if (typeof component.required === 'boolean') return 'yes';
  const value = formatMetricValue(component.metric, component.required);
  return component.operator === 'over' ? `more than ${value}` : value;
}

const sourceSuffixes = { given: '', derived: ' (from your transactions)', inferred: ' (inferred from your other answers)' } as const;

/**
 * What the partner has against what the criterion needs, for one component.
 *
 * @example
 * describeComponent({ metric: 'marketplaceBilledSalesUsd', operator: 'min', required: 4000000, actual: 3600000, ... })
 * // 'USD 3,600,000 of USD 4,000,000'
 */
export function describeComponent(component: ComponentResult, sources: Evaluation['metricSources'] = {}): string {
  const needed = requirement(component);
  if (component.actual === null) return `unknown; needs ${needed}`;
  const source = component.metric === 'designations' ? undefined : sources[component.metric];
  const suffix = source ? sourceSuffixes[source] : '';
  if (typeof component.actual === 'boolean') {
    return `${component.actual ? 'yes' : 'no; needs yes'}${suffix}`;
  }
  const actual = formatMetricValue(component.metric, component.actual);
  // "20 of 5" would read as a shortfall; a met component says what it needed instead.
  return component.outcome === 'met' ? `${actual} (needs ${needed})${suffix}` : `${actual} of ${needed}${suffix}`;
}

/**
 * The line under a criterion that says what stands in the way: the evaluator's note when it has one (a route that
 * has ended, a designation that counts from next month), where a shortfall would wrongly suggest more effort helps;
 * otherwise the exact shortfall.
 *
 * @example
 * describeCriterionStanding(billedSales) // 'Gap: USD 400,000 short of USD 4,000,000 in marketplace billed sales'
 */
export function describeCriterionStanding(criterion: CriterionResult): { kind: 'note' | 'gap'; text: string } | undefined {
  if (criterion.note) return { kind: 'note', text: `Note: ${criterion.note}` };
  if (criterion.outcome !== 'not-met') return undefined;
  const gap = describeCriterionGap(criterion);
  return gap ? { kind: 'gap', text: `Gap: ${capitalize(gap)}` } : undefined;
}

/**
 * The closest route and its gap, for every status but a yes (where another route's gap is beside the point).
 *
 * @example
 * describeClosestRoute(notQualified)
 * // 'Closest route: USD 4 million in marketplace billed sales. You are USD 400,000 short of USD 4,000,000 in marketplace billed sales.'
 */
export function describeClosestRoute(evaluation: Evaluation): string | undefined {
  if (evaluation.status === 'qualified' || evaluation.status === 'not-in-effect') return undefined;
  const closest = closestCriterion(evaluation);
  if (!closest) return undefined;
  const gap = describeCriterionGap(closest);
  const detail = gap ? `You are ${gap}.` : `It needs ${joinAnd(closest.missing.map((name) => missingAnswerLabels[name] ?? name))}.`;
  return `Closest route: ${closest.title}. ${detail}`;
}

/**
 * Undetermined answers say exactly which questions would settle them.
 *
 * @example
 * describeAnswersNeeded(evaluation) // 'Answers needed: whether you are Azure IP co-sell eligible.'
 */
export function describeAnswersNeeded(evaluation: Evaluation): string | undefined {
  if (evaluation.missing.length === 0) return undefined;
  return `Answers needed: ${joinAnd(evaluation.missing.map((name) => missingAnswerLabels[name] ?? name))}.`;
}

/** @example describeWindowLine(evaluation) // 'Trailing twelve-month window: 27 Nov 2025 to 26 Nov 2026 (as of 26 Nov 2026)' */
export function describeWindowLine(evaluation: Evaluation): string {
  return `Trailing twelve-month window: ${describeWindow(evaluation.window)} (as of ${formatDate(evaluation.asOf)})`;
}

/**
 * A policy version's period in words.
 *
 * @example
 * describeEffectivePeriod('2023-07-01', '2024-06-30') // '1 Jul 2023 to 30 Jun 2024'
 */
export function describeEffectivePeriod(effectiveFrom: IsoDate, effectiveTo: IsoDate | null): string {
  return effectiveTo ? `${formatDate(effectiveFrom)} to ${formatDate(effectiveTo)}` : `${formatDate(effectiveFrom)} onwards`;
}

/** @example describePolicyLine(evaluation, evaluation.policy) // 'Rules version 2: Azure IP co-sell ..., in force 1 Jul 2024 onwards' */
export function describePolicyLine(evaluation: Evaluation, policy: PolicyReference): string {
  // Before the program started there is no version in force; the evaluation names the first one instead.
  const lead = evaluation.status === 'not-in-effect' ? 'First rules version' : 'Rules version';
  return `${lead} ${policy.version}: ${policy.title}, in force ${describeEffectivePeriod(policy.effectiveFrom, policy.effectiveTo)}`;
}

/** @example describeSourceLine(policy) // 'Source: Azure IP co-sell top-tier benefits, https://learn.microsoft.com/..., revised 1 Jul 2024' */
export function describeSourceLine(policy: PolicyReference): string {
  return `Source: ${policy.source.title}, ${policy.source.url}, revised ${formatDate(policy.source.revised)}`;
}

/**
 * Criteria grouped under their pathway, pathways in the policy's order.
 *
 * @example
 * groupByPathway(evaluation.criteria).map((group) => group.pathway) // ['marketplace-performance', 'consumption-commitments', 'designation']
 */
export function groupByPathway(criteria: readonly CriterionResult[]): Array<{ pathway: Pathway; criteria: CriterionResult[] }> {
  const groups: Array<{ pathway: Pathway; criteria: CriterionResult[] }> = [];
  for (const criterion of criteria) {
    const group = groups.find((candidate) => candidate.pathway === criterion.pathway);
    if (group) group.criteria.push(criterion);
    else groups.push({ pathway: criterion.pathway, criteria: [criterion] });
  }
  return groups;
}

/** @example pathwayHeading('consumption-commitments') // 'Consumption commitments pathway' */
export function pathwayHeading(pathway: Pathway): string {
  return `${capitalize(pathwayLabels[pathway])} pathway`;
}

/**
 * A few words to speak aloud: the status and the one fact that matters most.
 *
 * @example
 * describeForSpeech(notQualified) // 'You do not qualify yet. Your closest route is ...: you are USD 400,000 short of ...'
 */
export function describeForSpeech(evaluation: Evaluation): string {
  const met = evaluation.criteria.filter((criterion) => criterion.outcome === 'met');
  const closest = closestCriterion(evaluation);
  const gap = closest ? describeCriterionGap(closest) : '';
  switch (evaluation.status) {
    case 'qualified':
      return `You qualify for top-tier benefits through ${joinAnd(met.map((criterion) => lowerFirst(criterion.title)))}.`;
    case 'not-qualified':
      return closest && gap
        ? `You do not qualify yet. Your closest route is ${lowerFirst(closest.title)}: you are ${gap}.`
        : 'You do not qualify yet.';
    case 'undetermined':
      return `I cannot tell yet. I still need ${joinAnd(evaluation.missing.map((name) => missingAnswerLabels[name] ?? name))}.`;
    case 'not-co-sell-eligible':
      return 'You are not Azure IP co-sell eligible yet, and top-tier benefits need that first.';
    case 'not-in-effect':
      return evaluation.policy
        ? `The rules were not in effect on ${formatDate(evaluation.asOf)}. They start on ${formatDate(evaluation.policy.effectiveFrom)}.`
        : `The rules were not in effect on ${formatDate(evaluation.asOf)}.`;
  }
}

/**
 * The evaluation's notes that are not already shown beside the criterion they explain.
 *
 * @example
 * generalNotes(evaluation) // ['3 transaction rows in the window had no offer id, ...']
 */
export function generalNotes(evaluation: Evaluation): string[] {
  const shown = new Set(evaluation.criteria.map((criterion) => criterion.note).filter(Boolean));
  return evaluation.notes.filter((note) => !shown.has(note));
}

function criterionLines(criterion: CriterionResult, sources: Evaluation['metricSources']): string[] {
  const lines = [`- ${criterion.title}: ${outcomeLabels[criterion.outcome]}, ${describeProgress(criterion)}`];
  for (const component of criterion.gaps) lines.push(`  ${componentLabel(component.metric)}: ${describeComponent(component, sources)}`);
  const standing = describeCriterionStanding(criterion);
  if (standing) lines.push(`  ${standing.text}`);
  return lines;
}

/**
 * Every fact of an evaluation as plain lines, for a text-only channel, a screen reader, an email summary and the
 * card's fallback. No markdown tables: each fact is a line that reads on its own.
 *
 * @example
 * renderResultText(evaluation, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] })
 * // 'What changed:\n- Billed sales: USD 3,600,000 → USD 4,100,000\n\nNot yet: closest route is ...'
 */
export function renderResultText(evaluation: Evaluation, options: ResultRenderOptions = {}): string {
  const sections: string[][] = [];
  if (options.whatChanged && options.whatChanged.length > 0) {
    sections.push(['What changed:', ...options.whatChanged.map((change) => `- ${change}`)]);
  }
  sections.push([describeStatus(evaluation), describeWindowLine(evaluation), ...describeNotices(evaluation)]);
  for (const group of groupByPathway(evaluation.criteria)) {
    sections.push([`${pathwayHeading(group.pathway)}:`, ...group.criteria.flatMap((criterion) => criterionLines(criterion, evaluation.metricSources))]);
  }
  const answers = [describeClosestRoute(evaluation), describeAnswersNeeded(evaluation)].filter((line): line is string => Boolean(line));
  if (answers.length > 0) sections.push(answers);
  sections.push([evaluation.explanation]);
  if (options.forecast && options.forecast.length > 0) {
    sections.push(['Forecast from your transactions:', ...options.forecast.map((line) => `- ${line}`)]);
  }
  if (options.chart) sections.push([`Trend: ${options.chart.altText}`]);
  if (evaluation.policy) sections.push([describePolicyLine(evaluation, evaluation.policy), describeSourceLine(evaluation.policy)]);
  const notes = generalNotes(evaluation);
  if (notes.length > 0) sections.push(['Notes:', ...notes.map((note) => `- ${note}`)]);
  sections.push([evaluation.disclaimer, `Resources gallery: ${evaluation.resourcesUrl}`]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
