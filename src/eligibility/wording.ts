import { catalogues, currentLocale, t, type MessageKey } from '../i18n';
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
 * explanation are composed from these, so a status or a label is worded in exactly one place. The words come from
 * the `result` message catalogue in the turn's language (src/i18n/catalogues/<locale>/result.json); outside a turn
 * (the API, the CLI, the batch) that is English. Metric names come from the metric catalogue.
 */

function isEnglish(): boolean {
  return currentLocale() === 'en';
}

/**
 * An object whose properties are read from the catalogue each time (getters), so the existing maps
 * (`metricLabels.marketplaceBilledSalesUsd`, `headings.notes`) word themselves in the turn's language.
 */
function localized<K extends string>(keys: readonly K[], message: (key: K) => string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(out, key, { get: () => message(key), enumerable: true });
  return out;
}

// ---------------------------------------------------------------- labels

const metricIds = Object.keys(metricCatalogue) as MetricId[];
const pathways: readonly Pathway[] = ['marketplace-performance', 'consumption-commitments', 'designation'];
const outcomes: readonly Outcome[] = ['met', 'not-met', 'unknown'];
const statuses: readonly Status[] = ['qualified', 'not-qualified', 'undetermined', 'not-co-sell-eligible', 'not-in-effect'];

/** How a result names each metric, mid-sentence (from the metric catalogue). */
export const metricLabels = localized(metricIds, (id) => t(`result.metric.${id}.label`));

export const pathwayLabels = localized(pathways, (pathway) => t(`result.pathway.${pathway}.label`));

export const outcomeLabels = localized(outcomes, (outcome) => t(`result.outcome.${outcome}`));

type ButtonName = 'showCriteria' | 'resources' | 'programPage' | 'startOver' | 'whatIf' | 'summary' | 'checkEligibility';
const buttonNames: readonly ButtonName[] = ['showCriteria', 'resources', 'programPage', 'startOver', 'whatIf', 'summary', 'checkEligibility'];

/** Button titles, and the text Teams posts for each (the bot can match either the value or the text). */
export const buttonTexts = Object.fromEntries(
  buttonNames.map((name) => [name, localized(['title', 'text'] as const, (part) => t(`result.button.${name}.${part}`))]),
) as Record<ButtonName, { readonly title: string; readonly text: string }>;

/** Section headings of the result, in the card and the plain text alike. */
export const headings = localized(['whatChanged', 'benefits', 'forecast', 'rulesUsed', 'notes'] as const, (name) => t(`result.heading.${name}`));

/** A heading over a plain-text list: "Notes:". */
export function sectionTitle(heading: string): string {
  return t('result.heading.section', { heading });
}

/**
 * @example capitalize('marketplace billed sales') // 'Marketplace billed sales'
 * (Scripts without case, Japanese and Chinese, are unchanged.)
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lower-cases a title's first letter for use mid-sentence, leaving acronyms such as "USD" alone. English only:
 * other languages' titles are composed for mid-sentence use already, and German nouns keep their capital.
 */
export function lowerFirst(text: string): string {
  if (!isEnglish()) return text;
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const locale = currentLocale();
  const key = `${locale}\u0000${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    listFormats.set(key, format);
  }
  return format;
}

/** @example joinAnd(['a', 'b', 'c']) // 'a, b and c' (other languages: Intl.ListFormat, "a, b y c", "a、b、c") */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (!isEnglish()) return listFormat('conjunction').format(parts);
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** @example joinOr(['a', 'b', 'c']) // 'a, b or c' */
export function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (!isEnglish()) return listFormat('disjunction').format(parts);
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/**
 * Sentences one after another: a space between them, none in Japanese and Chinese, whose full stop 。 ends a
 * sentence without one.
 *
 * @example
 * joinSentences(['You qualify.', 'Details: …']) // 'You qualify. Details: …'
 */
export function joinSentences(sentences: readonly string[]): string {
  const locale = currentLocale();
  return sentences.join(locale === 'ja' || locale === 'zh-Hans' ? '' : ' ');
}

/**
 * The semicolon between items that contain commas, spaced as the language spaces it: "a; b", French "a ; b",
 * Japanese and Chinese a full-width "a；b".
 */
export function semicolonSeparator(): string {
  return t('result.separator.semicolon');
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
  return titles.map(lowerFirst).join(semicolonSeparator());
}

/** One component as a title fragment, for languages other than English: "4.000.000 USD in marketplace billed sales". */
function componentTitle(component: TitleRequirement): string {
  const { metric, required } = component;
  if (typeof required === 'boolean' || metric === 'designations') return metricLabels[metric];
  if (metric === 'consumptionCommitmentUsd') return t('result.title.commitment', { amount: formatUsd(required) });
  if (isUsdMetric(metric)) return t('result.title.usd', { amount: formatUsd(required), label: metricLabels[metric] });
  return describeCount(metric, required);
}

/** What a criterion's title is composed from outside English: a metric and its required value. */
export type TitleRequirement = Pick<ComponentResult, 'metric' | 'required'>;

type Titled = { title: string; gaps?: readonly TitleRequirement[]; requirements?: readonly TitleRequirement[] };

/** Outside English, a title composed from the requirements for use mid-sentence; undefined in English. */
function composedTitle(criterion: Titled): string | undefined {
  const requirements = criterion.requirements ?? criterion.gaps ?? [];
  if (isEnglish() || requirements.length === 0) return undefined;
  return joinAnd(requirements.map(componentTitle));
}

/**
 * A criterion's title as a person reads it at the start of a line. English shows the policy's own title ("USD 4
 * million in marketplace billed sales"); the policy data is English, so other languages compose it from the
 * criterion's components.
 */
export function criterionTitle(criterion: Titled): string {
  const composed = composedTitle(criterion);
  return composed === undefined ? criterion.title : capitalize(composed);
}

/** A criterion's title mid-sentence: English lower-cases "A USD 30 million…" (acronyms kept); others compose it so. */
export function routeName(criterion: Titled): string {
  return composedTitle(criterion) ?? lowerFirst(criterion.title);
}

/** "You also meet 2 other routes: …; …." for a partner who meets more than one route. */
function alsoMeet(others: readonly CriterionResult[]): string {
  return t('result.route.alsoMeet', { count: others.length, routes: listRoutes(others.map(routeName)) });
}

/** @example describeWindow({ start: '2025-11-27', end: '2026-11-26' }) // '27 Nov 2025 to 26 Nov 2026' */
export function describeWindow(window: DateWindow): string {
  return t('result.range.fromTo', { from: formatDate(window.start), to: formatDate(window.end) });
}

/** @example pathwayHeading('consumption-commitments') // 'Consumption commitments pathway' */
export function pathwayHeading(pathway: Pathway): string {
  return t(`result.pathway.${pathway}.heading`);
}

/**
 * How a metric is named at the start of a line.
 *
 * @example
 * componentLabel('marketplaceBilledSalesUsd') // 'Marketplace billed sales'
 */
export function componentLabel(metric: MetricName): string {
  return t(`result.metric.${metric}.title`);
}

/** A metric's value as people read it: USD with separators, counts with separators, yes or no. */
export function formatMetricValue(metric: string, value: number | boolean): string {
  if (typeof value === 'boolean') return value ? t('result.value.yes') : t('result.value.no');
  return metricEntry(metric)?.unit === 'usd' ? formatUsd(value) : formatCount(value);
}

type CountMetric = 'netNewCustomersOver10k' | 'transactionsOver100' | 'uniqueCustomersOver100' | 'marketplaceTransactions';

/**
 * A count with its metric's label in the right number, for every count metric.
 *
 * @example
 * describeCount('transactionsOver100', 1) // '1 marketplace transaction of at least USD 100'
 * describeCount('transactionsOver100', 2) // '2 marketplace transactions of at least USD 100'
 * describeCount('transactionsOver100', 2, 'more') // '2 more marketplace transactions of at least USD 100'
 */
export function describeCount(metric: MetricName, count: number, form: 'count' | 'more' = 'count'): string {
  const key = form === 'more' ? 'countMore' : 'count';
  return t(`result.metric.${metric as CountMetric}.${key}`, { count: Math.round(count) });
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
  if (typeof required === 'boolean' || metric === 'designations') return t('result.shortfall.missing', { label: metricLabels[metric] });
  const amount = shortBy ?? 0;
  if (metric === 'consumptionCommitmentUsd') return t('result.shortfall.commitment', { shortBy: formatUsd(amount), required: formatUsd(required) });
  if (isUsdMetric(metric)) return t('result.shortfall.usd', { shortBy: formatUsd(amount), required: formatUsd(required), label: metricLabels[metric] });
  return t('result.shortfall.count', { shortBy: formatCount(amount), required: formatCount(required), label: metricLabels[metric] });
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
  if (metric === 'consumptionCommitmentUsd') return t('result.stillToAdd.commitment', { required: formatUsd(required), shortBy: formatUsd(amount) });
  if (isUsdMetric(metric)) return t('result.stillToAdd.usd', { shortBy: formatUsd(amount), label: metricLabels[metric] });
  return describeCount(metric, amount, 'more');
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
  const { metric } = component;
  if (typeof component.required === 'boolean' || metric === 'designations') {
    return t(`result.shortBy.missing.${metric as 'hasTransactableOffer' | 'designations'}`);
  }
  const amount = formatMetricValue(metric, component.shortBy ?? 0);
  return isUsdMetric(metric) ? t('result.shortBy.usd', { amount }) : t('result.shortBy.count', { amount, label: metricEntry(metric)?.shortLabel ?? metric });
}

/** @example describeNextStep(billedSales) // 'Next step: USD 400,000 more in marketplace billed sales.' */
export function describeNextStep(criterion: CriterionResult): string | undefined {
  const steps = criterion.gaps.filter((gap) => gap.outcome === 'not-met').map(describeStillToAdd);
  return steps.length > 0 ? t('result.nextStep', { steps: joinAnd(steps) }) : undefined;
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
      return t('result.finding.rowsWithoutOfferId', { count: finding.count });
    case 'routeEnded':
      return t('result.finding.routeEnded', { from: formatDate(finding.activeFrom), to: formatDate(finding.activeTo) });
    case 'routeNotStarted':
      return t('result.finding.routeNotStarted', { date: formatDate(finding.activeFrom) });
    case 'designationCountsFrom':
      return t('result.finding.designationCountsFrom', { attainedOn: formatDate(finding.attainedOn), countsFrom: formatDate(finding.countsFrom) });
  }
}

// ---------------------------------------------------------------- the glance: headline, route, next step

/** The top of every result, one line per status. */
export function describeHeadline(evaluation: Evaluation): string {
  return t(`result.headline.${evaluation.status}`, { date: formatDate(evaluation.asOf) });
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

type ClosestLead = 'closest' | 'closestSoFar' | 'closestAfterThat' | 'nextClosest';

/** "Your closest route is …: you are … short of …." (each lead is its own message). */
function closestSentence(criterion: CriterionResult, lead: ClosestLead): string {
  const gap = describeCriterionGap(criterion);
  const route = routeName(criterion);
  return gap ? t(`result.route.${lead}`, { route, gap }) : t(`result.route.${lead}.noGap`, { route });
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
      const qualified = t('result.route.qualified', { route: routeName(met[0]!), pathway: pathwayLabels[met[0]!.pathway] });
      return met.length > 1 ? joinSentences([qualified, alsoMeet(met.slice(1))]) : qualified;
    }
    case 'not-qualified':
      return closest ? closestSentence(closest, 'closest') : t('result.route.noneMet');
    case 'undetermined':
      if (met.length > 0) return t('result.route.undeterminedMet', { route: routeName(met[0]!) });
      return closest ? closestSentence(closest, 'closestSoFar') : t('result.route.undeterminedNothing');
    case 'not-co-sell-eligible': {
      const first = t('result.route.coSellFirst');
      if (met.length > 0) return joinSentences([first, t('result.route.coSellThenMet', { route: routeName(met[0]!) })]);
      // A route short only of the listing (a USD 220 million commitment, no offer) is one step away, not 0%.
      if (closest && onlyYesNoGaps(closest)) return joinSentences([first, t('result.route.coSellThenAlsoMeet', { route: routeName(closest) })]);
      return closest ? joinSentences([first, closestSentence(closest, 'closestAfterThat')]) : first;
    }
    case 'not-in-effect':
      return t('result.route.notInEffect', { date: formatDate(evaluation.policy?.effectiveFrom ?? evaluation.asOf) });
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
  return evaluation.missing.length > 0 ? t('result.stillNeeded', { answers: describeMissingAnswers(evaluation.missing) }) : undefined;
}

/** @example describeWindowLine(evaluation) // 'Trailing twelve months 27 Nov 2025 to 26 Nov 2026, as of 26 Nov 2026, rules in force from 1 Jan 2026' */
export function describeWindowLine(evaluation: Evaluation): string {
  const values = { window: describeWindow(evaluation.window), asOf: formatDate(evaluation.asOf) };
  return evaluation.policy && evaluation.status !== 'not-in-effect'
    ? t('result.windowLine.withRules', { ...values, rules: describeRulesInForce(evaluation.policy) })
    : t('result.windowLine', values);
}

// ---------------------------------------------------------------- policy text (notices, benefits, disclaimer)

/**
 * Policy data is English. In another language, a text the English catalogue holds word for word under one of
 * `keys` is shown in the catalogue's translation; any other (a newer policy file's wording) stays as written.
 */
function translatePolicyText(text: string, keys: readonly MessageKey[]): string {
  if (isEnglish()) return text;
  const english: Readonly<Record<string, string>> = catalogues.en.result;
  const key = keys.find((candidate) => english[candidate.slice('result.'.length)] === text);
  return key ? t(key) : text;
}

// The date Microsoft's PRACR page gives for the end of existing access, as the notice's English text states it.
const PRACR_ACCESS_ENDED: IsoDate = '2025-12-31';

/** A notice's text, or its short form, in the turn's language: English keeps the policy's words; others go by code. */
function noticeText(notice: Notice, form: 'text' | 'short'): string {
  const english = form === 'short' ? (notice.short ?? notice.text) : notice.text;
  if (isEnglish()) return english;
  const name = `notice.${notice.code}.${form === 'short' && notice.short ? 'short' : 'text'}`;
  if (!Object.hasOwn(catalogues.en.result, name)) return english;
  return t(`result.${name}` as MessageKey, { url: notice.source, endedOn: formatDate(PRACR_ACCESS_ENDED) });
}

/** A notice's full text in the turn's language (the policy's own words in English). */
export function describeNoticeText(notice: Notice): string {
  return noticeText(notice, 'text');
}

/**
 * A notice of the policy in force, worded for headline level (its text is cited policy data, like a benefit).
 *
 * @example
 * describeNotice({ code: 'pracr-transition', text: 'Microsoft’s PRACR page says …', source: 'https://…' }) // 'Important: Microsoft’s PRACR page says …'
 */
export function describeNotice(notice: Notice): string {
  return t('result.notice.line', { text: describeNoticeText(notice) });
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
  const text = notices.map((notice) => noticeText(notice, 'short')).join(' ');
  if (spoken) return [t('result.notice.shortSpoken', { text })];
  const sources = [...new Set(notices.map((notice) => notice.source))];
  return [t('result.notice.short', { text, sources: joinAnd(sources) })];
}

/** @example describeBenefit(benefit) // 'Microsoft sellers are incentivized to sell ...' */
export function describeBenefit(benefit: Benefit): string {
  return translatePolicyText(benefit.text, ['result.benefit.sellerIncentives', 'result.benefit.pracr', 'result.benefit.pracrWithDesignation']);
}

/** The evaluation's disclaimer (fixed English in the API) in the turn's language. */
export function describeDisclaimer(disclaimer: string): string {
  return translatePolicyText(disclaimer, ['result.disclaimer']);
}

/** @example describeResourcesLine('https://aka.ms/azureipcosellresources') // 'Details and next steps: the Azure IP co-sell resources gallery, https://...' */
export function describeResourcesLine(url: string): string {
  return t('result.resourcesLine', { url });
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
  return criterion.outcome === 'unknown' ? t('result.progress.notAnswered', { bar: '░'.repeat(PROGRESS_CELLS) }) : progressBar(criterion.progress);
}

/** @example describeProgressLine(criterion) // 'Progress: ▓▓▓▓▓▓▓▓▓░ 90%' */
export function describeProgressLine(criterion: CriterionResult): string {
  return t('result.progressLine', { progress: describeProgress(criterion) });
}

function requirement(component: ComponentResult): string {
  if (typeof component.required === 'boolean') return t('result.value.yes');
  const value = formatMetricValue(component.metric, component.required);
  return component.operator === 'over' ? t('result.requirement.over', { value }) : value;
}

// An inferred yes says where it came from in the partner's terms (co-sell eligibility includes the offer).
function withSource(text: string, source: string | undefined): string {
  if (source === 'derived') return t('result.component.fromTransactions', { value: text });
  if (source === 'inferred') return t('result.component.inferred', { value: text });
  return text;
}

/**
 * What the partner has against what the criterion needs, for one component.
 *
 * @example
 * describeComponent({ metric: 'marketplaceBilledSalesUsd', operator: 'min', required: 4000000, actual: 3600000, ... })
 * // 'USD 3,600,000 of USD 4,000,000'
 */
export function describeComponent(component: ComponentResult, sources: Evaluation['metricSources'] = {}): string {
  const needed = requirement(component);
  if (component.actual === null) return t('result.component.notAnswered', { needed });
  const source = component.metric === 'designations' ? undefined : sources[component.metric];
  if (typeof component.actual === 'boolean') return withSource(component.actual ? t('result.value.yes') : t('result.component.noNeedsYes'), source);
  const actual = formatMetricValue(component.metric, component.actual);
  // "20 of 5" would read as a shortfall; a met component says what it needed instead.
  return withSource(component.outcome === 'met' ? t('result.component.metNeeds', { actual, needed }) : t('result.component.of', { actual, needed }), source);
}

/**
 * The line under a criterion that says what stands in the way: its finding when it has one (where a shortfall
 * would wrongly suggest more effort helps), otherwise the exact shortfall.
 */
export function describeCriterionStanding(criterion: CriterionResult): { kind: 'note' | 'gap'; text: string } | undefined {
  if (criterion.finding) return { kind: 'note', text: t('result.standing.note', { finding: describeFinding(criterion.finding) }) };
  if (criterion.outcome !== 'not-met') return undefined;
  const gap = describeCriterionGap(criterion);
  return gap ? { kind: 'gap', text: t('result.standing.gap', { gap: capitalize(gap) }) } : undefined;
}

/** @example describeCriterionLine(criterion) // 'USD 4 million in marketplace billed sales: not met, ▓▓▓▓▓▓▓▓▓░ 90%' */
export function describeCriterionLine(criterion: CriterionResult): string {
  return t('result.criterionLine', { title: criterionTitle(criterion), outcome: outcomeLabels[criterion.outcome], progress: describeProgress(criterion) });
}

/** @example describeComponentLine(component, sources) // 'Marketplace billed sales: USD 3,600,000 of USD 4,000,000' */
export function describeComponentLine(component: ComponentResult, sources: Evaluation['metricSources']): string {
  return describeLabelled(componentLabel(component.metric), describeComponent(component, sources));
}

/** "Label: value", the one way a label and its value share a line. */
export function describeLabelled(label: string, value: string): string {
  return t('result.labelValue', { label, value });
}

/** @example describeEffectivePeriod('2023-07-01', '2024-06-30') // '1 Jul 2023 to 30 Jun 2024' */
export function describeEffectivePeriod(effectiveFrom: IsoDate, effectiveTo: IsoDate | null): string {
  const from = formatDate(effectiveFrom);
  return effectiveTo ? t('result.range.fromTo', { from, to: formatDate(effectiveTo) }) : t('result.range.onwards', { from });
}

/**
 * A designation route's own period, open-ended when the source sets no end (the PRACR page of 2026).
 *
 * @example
 * describeDesignationPeriod('2024-07-01', '2025-06-30') // 'from 1 Jul 2024 to 30 Jun 2025'
 * describeDesignationPeriod('2026-01-01', undefined, '') // '1 Jan 2026 onwards'
 */
export function describeDesignationPeriod(activeFrom: IsoDate, activeTo: IsoDate | undefined, lead: 'from' | '' = 'from'): string {
  const from = formatDate(activeFrom);
  if (activeTo === undefined) return lead ? t('result.range.fromOnwards', { from }) : t('result.range.onwards', { from });
  const to = formatDate(activeTo);
  return lead ? t('result.range.fromFromTo', { from, to }) : t('result.range.fromTo', { from, to });
}

/**
 * A rules revision named by its dates, as partners know it, rather than by an internal version number.
 *
 * @example
 * describeRulesInForce({ effectiveFrom: '2024-07-01', effectiveTo: '2025-12-31' }) // 'rules in force from 1 Jul 2024 to 31 Dec 2025'
 * describeRulesInForce({ effectiveFrom: '2026-01-01', effectiveTo: null }) // 'rules in force from 1 Jan 2026'
 */
export function describeRulesInForce(policy: Pick<PolicyReference, 'effectiveFrom' | 'effectiveTo'>): string {
  const from = formatDate(policy.effectiveFrom);
  return policy.effectiveTo ? t('result.rules.inForceTo', { from, to: formatDate(policy.effectiveTo) }) : t('result.rules.inForce', { from });
}

/** A policy title without its own "(in force from …)" note, which the rules line states once already. */
function titleWithoutPeriod(title: string): string {
  return title.replace(/\s*\(in force [^)]*\)/, '');
}

/** A catalogue key of the result namespace when the English catalogue has it, for keys named by policy data. */
function policyDataKey(name: string): MessageKey | undefined {
  return Object.hasOwn(catalogues.en.result, name) ? (`result.${name}` as MessageKey) : undefined;
}

/**
 * A rules version's title in the turn's language. English shows the policy's own title; other languages show the
 * catalogue's title for that version id (`result.policyTitle.<id>`, its dates formatted the local way), or, for a
 * version the catalogue does not know yet, the policy's title without its English "(in force …)" note.
 *
 * @example
 * describePolicyTitle(pracr) // 'Azure IP co-sell top tier after the PRACR transition (in force from 1 Jan 2026)'
 * runInLocale('es', () => describePolicyTitle(pracr)) // 'Azure IP co-sell top tier tras la transición a PRACR'
 */
export function describePolicyTitle(policy: Pick<PolicyReference, 'id' | 'title'> & { source: Pick<PolicyReference['source'], 'revised'> }): string {
  if (isEnglish()) return policy.title;
  const key = policyDataKey(`policyTitle.${policy.id}`);
  return key ? t(key, { revised: formatDate(policy.source.revised) }) : titleWithoutPeriod(policy.title);
}

/**
 * One of the policy's interpretation notes ("where the page is silent …") in the turn's language, by its id
 * (`result.choice.<id>`). English shows the policy's own words, which may quote the page in the language it was
 * found in; the translations say the same without the quotation.
 */
export function describeChoice(choice: { id?: string | undefined; choice: string }): string {
  if (isEnglish() || choice.id === undefined) return choice.choice;
  const key = policyDataKey(`choice.${choice.id}`);
  return key ? t(key) : choice.choice;
}

/** @example describePolicyLine(evaluation, evaluation.policy) // 'Rules in force from 1 Jul 2024 to 31 Dec 2025: Azure IP co-sell top-tier benefits, FY25 revision' */
export function describePolicyLine(evaluation: Evaluation, policy: PolicyReference): string {
  // Before the program started there are no rules in force; the evaluation names the first ones instead.
  const values = { rules: describeRulesInForce(policy), title: titleWithoutPeriod(describePolicyTitle(policy)) };
  return capitalize(evaluation.status === 'not-in-effect' ? t('result.policyLine.first', values) : t('result.policyLine', values));
}

/** @example describeSourceLine(policy) // 'Source: Azure IP co-sell top-tier benefits, https://learn.microsoft.com/..., revised 1 Jul 2024' */
export function describeSourceLine(policy: Pick<PolicyReference, 'source'>): string {
  return t('result.sourceLine', { title: policy.source.title, url: policy.source.url, date: formatDate(policy.source.revised) });
}

/** @example describeTrendLine(altText) // 'Trend: Bar chart of ...' */
export function describeTrendLine(altText: string): string {
  return t('result.trendLine', { altText });
}

// ---------------------------------------------------------------- speech

/**
 * A few words to speak aloud: the headline, the route sentence, and what is still needed. No link, no table.
 *
 * @example
 * describeForSpeech(notQualified) // 'You do not qualify for top-tier benefits yet. Your closest route is ...'
 */
export function describeForSpeech(evaluation: Evaluation): string {
  const lead = t(`result.speech.${evaluation.status}`, { date: formatDate(evaluation.asOf) });
  const notices = describeShortNotices(evaluation.notices ?? [], { spoken: true });
  return joinSentences([lead, ...notices, describeRoute(evaluation), describeStillNeeded(evaluation)].filter((sentence): sentence is string => Boolean(sentence)));
}

// ---------------------------------------------------------------- the explanation ("why?", and the API's)
// Every sentence comes from the catalogue: "why?" in a chat answers in the turn's language, and the JSON API, which
// runs outside a turn, gets the English catalogue's words exactly as before.

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
  const resources = t('result.explanation.resources', { url: evaluation.resourcesUrl });
  const sentences: string[] = [];
  switch (evaluation.status) {
    case 'not-in-effect':
      sentences.push(
        t('result.explanation.notInEffect', { effectiveFrom: formatDate(evaluation.policy?.effectiveFrom ?? evaluation.asOf), asOf: formatDate(evaluation.asOf) }),
        t('result.explanation.notInEffect.choose'),
      );
      break;
    case 'qualified':
      sentences.push(t('result.explanation.qualified', { pathway: pathwayLabels[met[0]!.pathway], route: routeName(met[0]!) }));
      if (met.length > 1) sentences.push(alsoMeet(met.slice(1)));
      sentences.push(t('result.explanation.window', { window }), resources);
      break;
    case 'not-co-sell-eligible':
      sentences.push(t('result.explanation.notCoSellEligible'));
      if (met.length > 0) sentences.push(t('result.explanation.coSellThenMet', { route: routeName(met[0]!) }));
      else if (closest && onlyYesNoGaps(closest)) sentences.push(t('result.explanation.coSellThenAlsoMeet', { route: routeName(closest) }));
      else if (closest && describeCriterionGap(closest)) sentences.push(closestSentence(closest, 'closestAfterThat'));
      sentences.push(resources);
      break;
    case 'undetermined':
      if (met.length > 0) {
        sentences.push(t('result.explanation.undeterminedMet', { route: routeName(met[0]!) }));
      } else {
        sentences.push(t('result.explanation.undeterminedNothing', { window, answers: describeMissingAnswers(evaluation.missing) }));
        if (closest && describeCriterionGap(closest)) sentences.push(closestSentence(closest, 'closestSoFar'));
      }
      sentences.push(resources);
      break;
    case 'not-qualified': {
      sentences.push(t('result.explanation.notQualified', { window }));
      if (closest && describeCriterionGap(closest)) sentences.push(closestSentence(closest, 'closest'));
      const runnerUp = nextClosest(evaluation);
      if (runnerUp && describeCriterionGap(runnerUp)) sentences.push(closestSentence(runnerUp, 'nextClosest'));
      sentences.push(resources);
      break;
    }
  }
  return sentences;
}

// ---------------------------------------------------------------- the email summary

/** The summary's result line, per status. */
export const summaryOutcomes = localized(statuses, (status) => t(`result.summary.outcome.${status}`));

export const summaryPhrases = {
  /** The date and the rules revision on one line: "…, as of 26 Nov 2026, rules in force from 1 Jan 2026". */
  title: (asOf: IsoDate, policy?: PolicyReference | null) =>
    policy ? t('result.summary.title.withRules', { asOf: formatDate(asOf), rules: describeRulesInForce(policy) }) : t('result.summary.title', { asOf: formatDate(asOf) }),
  outcome: (status: Status) => t('result.summary.result', { outcome: summaryOutcomes[status] }),
  notices: (notices: readonly Notice[]) => describeShortNotices(notices),
  /** A what-if's own result, under the real one: it never replaces the result of the partner's actual figures. */
  scenarioOutcome: (status: Status) => t('result.summary.scenarioResult', { outcome: summaryOutcomes[status] }),
  /** The first route met, and how many more: route titles are long, and one route is enough to qualify. */
  metBy: (criteria: readonly CriterionResult[]) => {
    const more = criteria.length - 1;
    const route = criteria[0] ? routeName(criteria[0]) : '';
    return more > 0 ? t('result.summary.metBy.more', { route, more }) : t('result.summary.metBy', { route });
  },
  closest: (criterion: CriterionResult) => {
    const gaps = criterion.gaps.filter((gap) => gap.outcome === 'not-met').map(describeShortBy);
    const route = routeName(criterion);
    return gaps.length > 0 ? t('result.summary.closest', { route, gaps: joinAnd(gaps) }) : t('result.summary.closest.noGaps', { route });
  },
  figures: (window: DateWindow, figures: readonly string[]) =>
    figures.length > 0 ? t('result.summary.figures', { window: describeWindow(window), figures: figures.join(semicolonSeparator()) }) : t('result.summary.noFigures', { window: describeWindow(window) }),
  whatIfFigures: (figures: readonly string[], status?: Status) =>
    status
      ? t('result.summary.whatIfFigures.withResult', { figures: figures.join(semicolonSeparator()), outcome: summaryOutcomes[status] })
      : t('result.summary.whatIfFigures', { figures: figures.join(semicolonSeparator()) }),
  figure: (metric: string, value: number | boolean) => describeLabelled(metricEntry(metric)?.shortLabel ?? metric, formatMetricValue(metric, value)),
  stillNeeded: (missing: readonly string[]) => t('result.stillNeeded', { answers: joinAnd(missing.map((id) => metricEntry(id)?.shortLabel ?? id)) }),
  /** The link last on its line, so no client runs it into the next word. */
  link: (url: string) => t('result.summary.link', { url }),
};

// ---------------------------------------------------------------- the command line
// English only: the CLI runs outside a chat turn.

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
