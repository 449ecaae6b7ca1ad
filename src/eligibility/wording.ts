import { onlyYesNoGaps } from './criteria';
import type { Benefit, ComponentResult, CriterionResult, Evaluation, Finding, MetricName, Notice, Outcome, PolicyReference, Status } from './evaluation';
import { formatCount, formatDate, formatPercent, formatUsd } from './format';
import type { IsoDate } from './isoDate';
import { isUsdMetric, metricCatalogue, metricEntry, type MetricId } from './metricCatalogue';
import type { Pathway } from './policy/schema';
import type { DateWindow } from './window';

/*
 * The one phrase module: every status, label and sentence a result is worded with. The evaluator writes none of
 * them (it returns facts); the card, the plain text, the speech, the email summary, the CLI and the API's
 * explanation are composed from these, so a status or a label is worded in exactly one place and a translation
 * touches only this file. Metric names come from the metric catalogue.
 */

// ---------------------------------------------------------------- labels

/** How a result names each metric, mid-sentence (from the metric catalogue). */
export const metricLabels = Object.fromEntries(Object.entries(metricCatalogue).map(([id, entry]) => [id, entry.label])) as Record<MetricId, string>;

export const pathwayLabels: Record<Pathway, string> = {
  'marketplace-performance': 'marketplace performance',
  'consumption-commitments': 'consumption commitments',
  designation: 'designation',
};

export const outcomeLabels: Record<Outcome, string> = { met: 'met', 'not-met': 'not met', unknown: 'needs an answer' };

/** Button titles, and the text Teams posts for each (the bot can match either the value or the text). */
export const buttonTexts = {
  showCriteria: { title: 'Show all criteria', text: 'show all criteria' },
  resources: { title: 'Open the resources gallery', text: 'resources' },
  programPage: { title: 'Read the program page', text: 'program page' },
  startOver: { title: 'Start over', text: 'start over' },
  whatIf: { title: 'Try a what-if', text: 'what if' },
  summary: { title: 'Summary for email', text: 'summary' },
  checkEligibility: { title: 'Check my eligibility', text: 'check my eligibility' },
} as const;

/** Section headings of the result, in the card and the plain text alike. */
export const headings = {
  whatChanged: 'What changed',
  benefits: 'What top tier gives you',
  forecast: 'Forecast from your transactions',
  rulesUsed: 'Rules used',
  notes: 'Notes',
} as const;

/** @example capitalize('marketplace billed sales') // 'Marketplace billed sales' */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a title's first letter for use mid-sentence, leaving acronyms such as "USD" alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** @example joinAnd(['a', 'b', 'c']) // 'a, b and c' */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Route titles as a list that cannot read as one criterion: titles themselves contain "and" ("a USD 30 million
 * commitment and 5 transactions"), so routes are separated by semicolons, never by another "and".
 *
 * @example
 * listRoutes(['A USD 30 million commitment and 5 transactions', 'USD 4 million in billed sales'])
 * // 'a USD 30 million commitment and 5 transactions; USD 4 million in billed sales'
 */
export function listRoutes(titles: readonly string[]): string {
  return titles.map(lowerFirst).join('; ');
}

/** "You also meet 2 other routes: …; …." for a partner who meets more than one route. */
function alsoMeet(others: readonly CriterionResult[]): string {
  const count = others.length === 1 ? 'one other route' : `${formatCount(others.length)} other routes`;
  return `You also meet ${count}: ${listRoutes(others.map((criterion) => criterion.title))}.`;
}

/** @example describeWindow({ start: '2025-11-27', end: '2026-11-26' }) // '27 Nov 2025 to 26 Nov 2026' */
export function describeWindow(window: DateWindow): string {
  return `${formatDate(window.start)} to ${formatDate(window.end)}`;
}

/** @example pathwayHeading('consumption-commitments') // 'Consumption commitments pathway' */
export function pathwayHeading(pathway: Pathway): string {
  return `${capitalize(pathwayLabels[pathway])} pathway`;
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

/** A metric's value as people read it: USD with separators, counts with separators, yes or no. */
export function formatMetricValue(metric: string, value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return metricEntry(metric)?.unit === 'usd' ? formatUsd(value) : formatCount(value);
}

/**
 * A count with its metric's label in the right number, for every count metric (the catalogue's `singularLabel`).
 *
 * @example
 * describeCount('transactionsOver100', 1) // '1 marketplace transaction of at least USD 100'
 * describeCount('transactionsOver100', 2) // '2 marketplace transactions of at least USD 100'
 */
export function describeCount(metric: MetricName, count: number, between = ''): string {
  const entry: { label: string; singularLabel?: string } = metricCatalogue[metric];
  const label = count === 1 ? (entry.singularLabel ?? entry.label) : entry.label;
  return `${formatCount(count)} ${between}${label}`;
}

/** The answers an undetermined result still needs, in plain words: "whether you are Azure IP co-sell eligible". */
export function describeMissingAnswers(missing: readonly string[]): string {
  return joinAnd(missing.map((id) => metricEntry(id)?.questionLabel ?? id));
}

// ---------------------------------------------------------------- gaps

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
  if (metricEntry(metric)?.unit === 'usd') return `${formatUsd(amount)} short of ${formatUsd(required)} in ${metricLabels[metric]}`;
  return `${formatCount(amount)} short of ${formatCount(required)} ${metricLabels[metric]}`;
}

/** Every unmet (known) component of a criterion, joined: "USD 400,000 short of ... and 2 short of ...". */
export function describeCriterionGap(criterion: CriterionResult): string {
  return joinAnd(criterion.gaps.filter((gap) => gap.outcome === 'not-met').map(describeShortfall));
}

/**
 * What one unmet component still takes, as an action: "2 more net-new customers over USD 10,000 each".
 *
 * @example
 * describeStillToAdd(billedSalesComponent) // 'USD 400,000 more in marketplace billed sales'
 */
export function describeStillToAdd(component: ComponentResult): string {
  const { metric, required, shortBy } = component;
  if (typeof required === 'boolean' || metric === 'designations') return metricLabels[metric];
  const amount = shortBy ?? 0;
  if (metric === 'consumptionCommitmentUsd') return `a ${formatUsd(required)} ${metricLabels[metric]} (${formatUsd(amount)} more)`;
  if (metricEntry(metric)?.unit === 'usd') return `${formatUsd(amount)} more in ${metricLabels[metric]}`;
  return describeCount(metric, amount, 'more ');
}

/**
 * An unmet component's gap in a few words, for the summary: the amount or count short, or what is missing.
 *
 * @example
 * describeShortBy(billedSalesComponent) // 'USD 400,000 short'
 * describeShortBy(customersComponent) // '1 short on unique customers'
 * describeShortBy(listingComponent) // 'no transactable offer in the commercial marketplace yet'
 */
export function describeShortBy(component: ComponentResult): string {
  if (typeof component.required === 'boolean' || component.metric === 'designations') return `no ${metricLabels[component.metric].replace(/^an? /, '')} yet`;
  const short = `${formatMetricValue(component.metric, component.shortBy ?? 0)} short`;
  return isUsdMetric(component.metric) ? short : `${short} on ${metricEntry(component.metric)?.shortLabel ?? component.metric}`;
}

/** @example describeNextStep(billedSales) // 'Next step: USD 400,000 more in marketplace billed sales within the window.' */
export function describeNextStep(criterion: CriterionResult): string | undefined {
  const steps = criterion.gaps.filter((gap) => gap.outcome === 'not-met').map(describeStillToAdd);
  return steps.length > 0 ? `Next step: ${joinAnd(steps)}.` : undefined;
}

// ---------------------------------------------------------------- findings

/**
 * A finding as a sentence (the API's `notes`, the card's notes, the CLI).
 *
 * @example
 * describeFinding({ code: 'rowsWithoutOfferId', count: 3 })
 * // '3 transaction rows in the window had no offer ID, so each counts as a transaction of its own.'
 */
export function describeFinding(finding: Finding): string {
  switch (finding.code) {
    case 'rowsWithoutOfferId':
      return finding.count === 1
        ? '1 transaction row in the window had no offer ID, so it counts as a transaction of its own.'
        : `${formatCount(finding.count)} transaction rows in the window had no offer ID, so each counts as a transaction of its own.`;
    case 'routeEnded':
      return `The designation route covered ${formatDate(finding.activeFrom)} to ${formatDate(finding.activeTo)}; the program page says nothing about it after that, so it is not granted.`;
    case 'routeNotStarted':
      return `The designation route starts on ${formatDate(finding.activeFrom)}.`;
    case 'designationCountsFrom':
      return `A designation attained on ${formatDate(finding.attainedOn)} counts from ${formatDate(finding.countsFrom)}.`;
  }
}

// ---------------------------------------------------------------- the glance: headline, route, next step

/** The top of every result, one line per status. */
export function describeHeadline(evaluation: Evaluation): string {
  const headlines: Record<Status, string> = {
    qualified: 'You qualify for top-tier benefits',
    'not-qualified': 'Not yet: you do not qualify for top-tier benefits',
    undetermined: 'Need more answers to tell',
    'not-co-sell-eligible': 'Not yet: Azure IP co-sell eligibility comes first',
    'not-in-effect': `The top-tier rules were not in effect on ${formatDate(evaluation.asOf)}`,
  };
  return headlines[evaluation.status];
}

function metCriteria(evaluation: Evaluation): CriterionResult[] {
  return evaluation.criteria.filter((criterion) => criterion.outcome === 'met');
}

/**
 * The criterion the evaluator named as closest, looked up rather than re-chosen; undefined while answers are missing
 * and nothing given counts toward any route (0% everywhere), where calling one route "closest" would be a guess.
 */
export function closestCriterion(evaluation: Evaluation): CriterionResult | undefined {
  const closest = evaluation.criteria.find((criterion) => criterion.id === evaluation.closest);
  if (closest && evaluation.status === 'undetermined' && closest.progress === 0) return undefined;
  return closest;
}

function closestSentence(criterion: CriterionResult, lead: string): string {
  const gap = describeCriterionGap(criterion);
  return gap ? `${lead} ${lowerFirst(criterion.title)}: you are ${gap}.` : `${lead} ${lowerFirst(criterion.title)}.`;
}

/**
 * The one sentence under the headline: the route that qualifies, or the closest route and its exact gap.
 *
 * @example
 * describeRoute(notQualified) // 'Your closest route is USD 4 million in marketplace billed sales: you are USD 400,000 short of ...'
 */
export function describeRoute(evaluation: Evaluation): string {
  const met = metCriteria(evaluation);
  const closest = closestCriterion(evaluation);
  switch (evaluation.status) {
    case 'qualified': {
      const also = met.length > 1 ? ` ${alsoMeet(met.slice(1))}` : '';
      return `You meet ${lowerFirst(met[0]!.title)}, on the ${pathwayLabels[met[0]!.pathway]} pathway.${also}`;
    }
    case 'not-qualified':
      return closest ? closestSentence(closest, 'Your closest route is') : 'No route is met.';
    case 'undetermined':
      if (met.length > 0) return `You meet ${lowerFirst(met[0]!.title)}, so you qualify once you confirm you are Azure IP co-sell eligible.`;
      return closest ? closestSentence(closest, 'So far your closest route is') : 'Nothing you gave counts toward a route yet, so I cannot say which route is closest until I have the answers below.';
    case 'not-co-sell-eligible': {
      const first = 'Top-tier benefits first need Azure IP co-sell eligibility, which includes a transactable offer in the commercial marketplace.';
      if (met.length > 0) return `${first} Once you have it, ${lowerFirst(met[0]!.title)} already qualifies you.`;
      // A route short only of the listing (a USD 220 million commitment, no offer) is one step away, not 0%.
      if (closest && onlyYesNoGaps(closest)) return `${first} Once you have it, you also meet ${lowerFirst(closest.title)}, which qualifies you.`;
      return closest ? `${first} ${closestSentence(closest, 'After that, your closest route is')}` : first;
    }
    case 'not-in-effect':
      return `They took effect on ${formatDate(evaluation.policy?.effectiveFrom ?? evaluation.asOf)}; choose an as-of date on or after that day.`;
  }
}

/** The next step toward the closest route, for every answer that is not a yes and has a known gap. */
export function describeResultNextStep(evaluation: Evaluation): string | undefined {
  if (evaluation.status === 'qualified' || evaluation.status === 'not-in-effect') return undefined;
  if (metCriteria(evaluation).length > 0) return undefined;
  const closest = closestCriterion(evaluation);
  return closest ? describeNextStep(closest) : undefined;
}

/** @example describeStillNeeded(undetermined) // 'Still needed: whether you are Azure IP co-sell eligible.' */
export function describeStillNeeded(evaluation: Evaluation): string | undefined {
  return evaluation.missing.length > 0 ? `Still needed: ${describeMissingAnswers(evaluation.missing)}.` : undefined;
}

/** @example describeWindowLine(evaluation) // 'Trailing twelve months 27 Nov 2025 to 26 Nov 2026, as of 26 Nov 2026, rules in force from 1 Jan 2026' */
export function describeWindowLine(evaluation: Evaluation): string {
  const version = evaluation.policy && evaluation.status !== 'not-in-effect' ? `, ${describeRulesInForce(evaluation.policy)}` : '';
  return `Trailing twelve months ${describeWindow(evaluation.window)}, as of ${formatDate(evaluation.asOf)}${version}`;
}

/**
 * A notice of the policy in force, worded for headline level (its text is cited policy data, like a benefit).
 *
 * @example
 * describeNotice({ code: 'pracr-transition', text: 'Microsoft’s PRACR page says …', source: 'https://…' }) // 'Important: Microsoft’s PRACR page says …'
 */
export function describeNotice(notice: Notice): string {
  return `Important: ${notice.text}`;
}

/**
 * The notices' short forms as one paragraph, for the email summary (under 800 characters with them) and speech;
 * the card and the API keep the full text. "Check Partner Center" and each distinct source link follow once (the
 * 2026 notices share one page); speech drops the link, which nobody can follow by ear.
 *
 * @example
 * describeShortNotices([pracrNotice]) // ['Important: PRACR now needs ... Check Partner Center: https://learn.microsoft.com/...']
 * describeShortNotices([pracrNotice], { spoken: true }) // ['Important: PRACR now needs ... Check Partner Center.']
 */
export function describeShortNotices(notices: readonly Notice[], { spoken = false } = {}): string[] {
  if (notices.length === 0) return [];
  const text = notices.map((notice) => notice.short ?? notice.text).join(' ');
  if (spoken) return [`Important: ${text} Check Partner Center.`];
  const sources = [...new Set(notices.map((notice) => notice.source))];
  return [`Important: ${text} Check Partner Center: ${sources.join(' and ')}`];
}

/** @example describeBenefit(benefit) // 'Microsoft sellers are incentivized to sell ...' */
export function describeBenefit(benefit: Benefit): string {
  return benefit.text;
}

/** @example describeResourcesLine('https://aka.ms/azureipcosellresources') // 'Details and next steps: the Azure IP co-sell resources gallery, https://...' */
export function describeResourcesLine(url: string): string {
  return `Details and next steps: the Azure IP co-sell resources gallery, ${url}`;
}

// ---------------------------------------------------------------- the details: per-criterion lines

const PROGRESS_CELLS = 10;

/**
 * A text progress bar that renders in every client and font. Rounds down, so an unmet criterion never shows 100%.
 *
 * @example
 * progressBar(0.875) // '▓▓▓▓▓▓▓▓░░ 87%'
 */
export function progressBar(progress: number): string {
  const filled = Math.max(0, Math.min(PROGRESS_CELLS, Math.floor(progress * PROGRESS_CELLS)));
  return `${'▓'.repeat(filled)}${'░'.repeat(PROGRESS_CELLS - filled)} ${formatPercent(progress)}`;
}

/** An unknown criterion's progress is 0 only because nothing is known; "0%" would read as a measurement. */
export function describeProgress(criterion: CriterionResult): string {
  return criterion.outcome === 'unknown' ? `${'░'.repeat(PROGRESS_CELLS)} not answered` : progressBar(criterion.progress);
}

/** @example describeProgressLine(criterion) // 'Progress: ▓▓▓▓▓▓▓▓▓░ 90%' */
export function describeProgressLine(criterion: CriterionResult): string {
  return `Progress: ${describeProgress(criterion)}`;
}

function requirement(component: ComponentResult): string {
  if (typeof component.required === 'boolean') return 'yes';
  const value = formatMetricValue(component.metric, component.required);
  return component.operator === 'over' ? `more than ${value}` : value;
}

// An inferred yes says where it came from in the partner's terms (co-sell eligibility includes the offer).
const sourceSuffixes = { given: '', derived: ' (from your transactions)', inferred: ' (follows from your other answers)' } as const;

/**
 * What the partner has against what the criterion needs, for one component.
 *
 * @example
 * describeComponent({ metric: 'marketplaceBilledSalesUsd', operator: 'min', required: 4000000, actual: 3600000, ... })
 * // 'USD 3,600,000 of USD 4,000,000'
 */
export function describeComponent(component: ComponentResult, sources: Evaluation['metricSources'] = {}): string {
  const needed = requirement(component);
  if (component.actual === null) return `not answered; needs ${needed}`;
  const source = component.metric === 'designations' ? undefined : sources[component.metric];
  const suffix = source ? sourceSuffixes[source] : '';
  if (typeof component.actual === 'boolean') return `${component.actual ? 'yes' : 'no; needs yes'}${suffix}`;
  const actual = formatMetricValue(component.metric, component.actual);
  // "20 of 5" would read as a shortfall; a met component says what it needed instead.
  return component.outcome === 'met' ? `${actual} (needs ${needed})${suffix}` : `${actual} of ${needed}${suffix}`;
}

/**
 * The line under a criterion that says what stands in the way: its finding when it has one (where a shortfall
 * would wrongly suggest more effort helps), otherwise the exact shortfall.
 */
export function describeCriterionStanding(criterion: CriterionResult): { kind: 'note' | 'gap'; text: string } | undefined {
  if (criterion.finding) return { kind: 'note', text: `Note: ${describeFinding(criterion.finding)}` };
  if (criterion.outcome !== 'not-met') return undefined;
  const gap = describeCriterionGap(criterion);
  return gap ? { kind: 'gap', text: `Gap: ${capitalize(gap)}` } : undefined;
}

/** @example describeCriterionLine(criterion) // 'USD 4 million in marketplace billed sales: not met, ▓▓▓▓▓▓▓▓▓░ 90%' */
export function describeCriterionLine(criterion: CriterionResult): string {
  return `${criterion.title}: ${outcomeLabels[criterion.outcome]}, ${describeProgress(criterion)}`;
}

/** @example describeComponentLine(component, sources) // 'Marketplace billed sales: USD 3,600,000 of USD 4,000,000' */
export function describeComponentLine(component: ComponentResult, sources: Evaluation['metricSources']): string {
  return `${componentLabel(component.metric)}: ${describeComponent(component, sources)}`;
}

/** @example describeEffectivePeriod('2023-07-01', '2024-06-30') // '1 Jul 2023 to 30 Jun 2024' */
export function describeEffectivePeriod(effectiveFrom: IsoDate, effectiveTo: IsoDate | null): string {
  return effectiveTo ? `${formatDate(effectiveFrom)} to ${formatDate(effectiveTo)}` : `${formatDate(effectiveFrom)} onwards`;
}

/**
 * A designation route's own period, open-ended when the source sets no end (the PRACR page of 2026).
 *
 * @example
 * describeDesignationPeriod('2024-07-01', '2025-06-30') // 'from 1 Jul 2024 to 30 Jun 2025'
 * describeDesignationPeriod('2026-01-01', undefined, '') // '1 Jan 2026 onwards'
 */
export function describeDesignationPeriod(activeFrom: IsoDate, activeTo: IsoDate | undefined, lead: 'from' | '' = 'from'): string {
  const from = lead ? `${lead} ${formatDate(activeFrom)}` : formatDate(activeFrom);
  return activeTo === undefined ? `${from} onwards` : `${from} to ${formatDate(activeTo)}`;
}

/**
 * A rules revision named by its dates, as partners know it, rather than by an internal version number.
 *
 * @example
 * describeRulesInForce({ effectiveFrom: '2024-07-01', effectiveTo: '2025-12-31' }) // 'rules in force from 1 Jul 2024 to 31 Dec 2025'
 * describeRulesInForce({ effectiveFrom: '2026-01-01', effectiveTo: null }) // 'rules in force from 1 Jan 2026'
 */
export function describeRulesInForce(policy: Pick<PolicyReference, 'effectiveFrom' | 'effectiveTo'>): string {
  const to = policy.effectiveTo ? ` to ${formatDate(policy.effectiveTo)}` : '';
  return `rules in force from ${formatDate(policy.effectiveFrom)}${to}`;
}

/** A policy title without its own "(in force from …)" note, which the rules line states once already. */
function titleWithoutPeriod(title: string): string {
  return title.replace(/\s*\(in force [^)]*\)/, '');
}

/** @example describePolicyLine(evaluation, evaluation.policy) // 'Rules in force from 1 Jul 2024 to 31 Dec 2025: Azure IP co-sell top-tier benefits, FY25 revision' */
export function describePolicyLine(evaluation: Evaluation, policy: PolicyReference): string {
  // Before the program started there are no rules in force; the evaluation names the first ones instead.
  const lead = evaluation.status === 'not-in-effect' ? `The first ${describeRulesInForce(policy)}` : describeRulesInForce(policy);
  return `${capitalize(lead)}: ${titleWithoutPeriod(policy.title)}`;
}

/** @example describeSourceLine(policy) // 'Source: Azure IP co-sell top-tier benefits, https://learn.microsoft.com/..., revised 1 Jul 2024' */
export function describeSourceLine(policy: PolicyReference): string {
  return `Source: ${policy.source.title}, ${policy.source.url}, revised ${formatDate(policy.source.revised)}`;
}

/** @example describeTrendLine(altText) // 'Trend: Bar chart of ...' */
export function describeTrendLine(altText: string): string {
  return `Trend: ${altText}`;
}

// ---------------------------------------------------------------- speech

/**
 * A few words to speak aloud: the headline, the route sentence, and what is still needed. No link, no table.
 *
 * @example
 * describeForSpeech(notQualified) // 'You do not qualify for top-tier benefits yet. Your closest route is ...'
 */
export function describeForSpeech(evaluation: Evaluation): string {
  const lead: Record<Status, string> = {
    qualified: 'You qualify for top-tier benefits.',
    'not-qualified': 'You do not qualify for top-tier benefits yet.',
    undetermined: 'I cannot tell yet.',
    'not-co-sell-eligible': 'You are not Azure IP co-sell eligible yet.',
    'not-in-effect': `The top-tier rules were not in effect on ${formatDate(evaluation.asOf)}.`,
  };
  const notices = describeShortNotices(evaluation.notices ?? [], { spoken: true });
  return [lead[evaluation.status], ...notices, describeRoute(evaluation), describeStillNeeded(evaluation)].filter(Boolean).join(' ');
}

// ---------------------------------------------------------------- the API's explanation

/** The runner-up route, when it has a known gap: partners often close a second gap more cheaply. */
function nextClosest(evaluation: Evaluation): CriterionResult | undefined {
  return evaluation.criteria
    .filter((criterion) => criterion.outcome === 'not-met' && criterion.id !== evaluation.closest && criterion.progress > 0)
    .sort((a, b) => b.progress - a.progress)[0];
}

/**
 * Two to five plain sentences for the API's `explanation`, from the evaluation's facts.
 *
 * @example
 * explanationSentences(notQualified)[0] // 'You do not yet qualify for Azure IP co-sell top-tier benefits for 27 Nov 2025 to 26 Nov 2026.'
 */
export function explanationSentences(evaluation: Evaluation): string[] {
  const window = describeWindow(evaluation.window);
  const met = metCriteria(evaluation);
  const closest = closestCriterion(evaluation);
  const resources = `The Azure IP co-sell resources gallery (${evaluation.resourcesUrl}) has the details and next steps.`;
  const sentences: string[] = [];
  switch (evaluation.status) {
    case 'not-in-effect':
      sentences.push(
        `The Azure IP co-sell top-tier benefit rules took effect on ${formatDate(evaluation.policy?.effectiveFrom ?? evaluation.asOf)}, so there is nothing to evaluate as of ${formatDate(evaluation.asOf)}.`,
        'Choose an as-of date on or after that day.',
      );
      break;
    case 'qualified':
      sentences.push(`You qualify for Azure IP co-sell top-tier benefits through the ${pathwayLabels[met[0]!.pathway]} pathway: ${lowerFirst(met[0]!.title)}.`);
      if (met.length > 1) sentences.push(alsoMeet(met.slice(1)));
      sentences.push(`Marketplace figures are for the trailing twelve months ${window}.`, resources);
      break;
    case 'not-co-sell-eligible':
      sentences.push(
        'Top-tier benefits first require Azure IP co-sell eligibility, which includes a transactable offer published in the commercial marketplace, and you said you do not have that yet.',
      );
      if (met.length > 0) sentences.push(`Once you do, ${lowerFirst(met[0]!.title)} would already qualify you.`);
      else if (closest && onlyYesNoGaps(closest)) sentences.push(`Once you do, you also meet ${lowerFirst(closest.title)}, which qualifies you.`);
      else if (closest && describeCriterionGap(closest)) sentences.push(closestSentence(closest, 'After that, your closest route is'));
      sentences.push(resources);
      break;
    case 'undetermined':
      if (met.length > 0) {
        sentences.push(
          `You meet ${lowerFirst(met[0]!.title)}, so you qualify for top-tier benefits once you confirm you are Azure IP co-sell eligible with a transactable offer in the commercial marketplace.`,
        );
      } else {
        sentences.push(`I cannot tell yet whether you qualify for ${window}: nothing you gave meets a criterion, and I still need ${describeMissingAnswers(evaluation.missing)}.`);
        if (closest && describeCriterionGap(closest)) sentences.push(closestSentence(closest, 'So far your closest route is'));
      }
      sentences.push(resources);
      break;
    case 'not-qualified': {
      sentences.push(`You do not yet qualify for Azure IP co-sell top-tier benefits for ${window}.`);
      if (closest && describeCriterionGap(closest)) sentences.push(closestSentence(closest, 'Your closest route is'));
      const runnerUp = nextClosest(evaluation);
      if (runnerUp && describeCriterionGap(runnerUp)) sentences.push(closestSentence(runnerUp, 'Next closest is'));
      sentences.push(resources);
      break;
    }
  }
  return sentences;
}

// ---------------------------------------------------------------- the email summary

/** The summary's result line, per status. */
export const summaryOutcomes: Record<Status, string> = {
  qualified: 'qualifies for top tier',
  'not-qualified': 'does not yet qualify for top tier',
  undetermined: 'cannot be determined yet; answers are missing',
  'not-co-sell-eligible': 'not Azure IP co-sell eligible yet, which top-tier benefits need first',
  'not-in-effect': 'the top-tier rules were not in effect on that date',
};

export const summaryPhrases = {
  /** The date and the rules revision on one line: "…, as of 26 Nov 2026, rules in force from 1 Jan 2026". */
  title: (asOf: IsoDate, policy?: PolicyReference | null) => `Azure IP co-sell top tier, as of ${formatDate(asOf)}${policy ? `, ${describeRulesInForce(policy)}` : ''}`,
  outcome: (status: Status) => `Result: ${summaryOutcomes[status]}.`,
  notices: (notices: readonly Notice[]) => describeShortNotices(notices),
  /** A what-if's own result, under the real one: it never replaces the result of the partner's actual figures. */
  scenarioOutcome: (status: Status) => `What-if result: ${summaryOutcomes[status]}.`,
  /** The first route met, and how many more: route titles are long, and one route is enough to qualify. */
  metBy: (titles: readonly string[]) => {
    const more = titles.length - 1;
    return `Met by: ${lowerFirst(titles[0] ?? '')}${more > 0 ? ` (and ${formatCount(more)} more)` : ''}.`;
  },
  closest: (criterion: CriterionResult) => {
    const gaps = criterion.gaps.filter((gap) => gap.outcome === 'not-met').map(describeShortBy);
    return `Closest route: ${lowerFirst(criterion.title)}${gaps.length > 0 ? ` (${joinAnd(gaps)})` : ''}.`;
  },
  figures: (window: DateWindow, figures: readonly string[]) =>
    figures.length > 0 ? `Figures for ${describeWindow(window)}: ${figures.join('; ')}.` : `No figures given for ${describeWindow(window)}.`,
  whatIfFigures: (figures: readonly string[], status?: Status) =>
    `What-if figures (a scenario, not actuals): ${figures.join('; ')}.${status ? ` With them: ${summaryOutcomes[status]}.` : ''}`,
  figure: (metric: string, value: number | boolean) => `${metricEntry(metric)?.shortLabel ?? metric}: ${formatMetricValue(metric, value)}`,
  stillNeeded: (missing: readonly string[]) => `Still needed: ${joinAnd(missing.map((id) => metricEntry(id)?.shortLabel ?? id))}.`,
  /** The link last on its line, so no client runs it into the next word. */
  link: (url: string) => `Partner Center is authoritative; details: ${url}`,
};

// ---------------------------------------------------------------- the command line

export const cliStatusLines: Record<Status, string> = {
  qualified: 'QUALIFIED for Azure IP co-sell top-tier benefits',
  'not-qualified': 'NOT QUALIFIED (yet) for Azure IP co-sell top-tier benefits',
  undetermined: 'UNDETERMINED: more answers are needed',
  'not-co-sell-eligible': 'NOT CO-SELL ELIGIBLE: top-tier benefits first need Azure IP co-sell eligibility',
  'not-in-effect': 'NOT IN EFFECT: the program had not started on the as-of date',
};

export const cliOutcomeTags: Record<Outcome, string> = { met: '[met]    ', 'not-met': '[not met]', unknown: '[unknown]' };

function cliRequirement(component: ComponentResult): string {
  if (component.metric === 'designations') return 'a qualifying designation in force';
  if (typeof component.required === 'boolean') return 'yes';
  const amount = formatMetricValue(component.metric, component.required);
  return component.operator === 'over' ? `more than ${amount}` : `at least ${amount}`;
}

function cliActual(component: ComponentResult): string {
  if (component.actual === null) return 'not given';
  if (component.metric === 'designations') return component.actual === 0 ? 'none in force' : `${String(component.actual)} in force`;
  return formatMetricValue(component.metric, component.actual);
}

export const cliPhrases = {
  statusLine: (evaluation: Evaluation) => `${cliStatusLines[evaluation.status]}, as of ${formatDate(evaluation.asOf)}`,
  window: (window: DateWindow) => `Window: ${describeWindow(window)} (trailing twelve months, both days included)`,
  criteria: 'Criteria:',
  criterion: (criterion: CriterionResult) => `${cliOutcomeTags[criterion.outcome]} ${criterion.title}`,
  /** "marketplace billed sales: USD 3,600,000, needs at least USD 4,000,000, short by USD 400,000". */
  component: (component: ComponentResult) => {
    const parts = [`${metricLabels[component.metric]}: ${cliActual(component)}`, `needs ${cliRequirement(component)}`];
    if (component.outcome === 'not-met' && typeof component.shortBy === 'number' && typeof component.required === 'number' && component.metric !== 'designations') {
      parts.push(`short by ${formatMetricValue(component.metric, component.shortBy)}`);
    }
    return parts.join(', ');
  },
  finding: (finding: Finding) => `(${describeFinding(finding)})`,
  closest: (criterion: CriterionResult) => `Closest route: ${criterion.title} (${formatPercent(criterion.progress)} of the way)`,
  notes: 'Notes:',
  noPolicy: 'Policy: none loaded',
  policy: (policy: PolicyReference) =>
    `Policy: ${policy.title}, version ${policy.version}, in force ${formatDate(policy.effectiveFrom)} ${policy.effectiveTo ? `to ${formatDate(policy.effectiveTo)}` : 'onward'}`,
  source: (policy: PolicyReference) => `Source: ${policy.source.title}, ${policy.source.url} (revised ${formatDate(policy.source.revised)})`,
  benefits: `${headings.benefits}:`,
  resources: (url: string) => `Resources: ${url}`,
};
