import { addMonths } from 'date-fns/addMonths';
import { startOfMonth } from 'date-fns/startOfMonth';
import type { ComponentResult, CriterionResult, Finding, MetricName, MetricValues, Outcome } from './evaluation';
import { fromCalendarDate, toCalendarDate, type IsoDate } from './isoDate';
import { isUsdMetric } from './metricCatalogue';
import type { Component, DesignationCriterion, ThresholdsCriterion } from './policy/schema';
import type { Designation } from './schema';

function evaluateComponent(component: Component, metrics: MetricValues): ComponentResult {
  // Object literals rather than spreads: this runs for every component of every evaluation (hot in batch mode).
  const metric = component.metric as MetricName;
  const actual = metrics[component.metric];
  if (actual === undefined) {
    return { metric, operator: component.operator, required: component.value, actual: null, shortBy: null, outcome: 'unknown', quote: component.quote };
  }
  if (component.operator === 'isTrue') {
    const met = actual === true;
    return { metric, operator: component.operator, required: component.value, actual, shortBy: met ? 0 : 1, outcome: met ? 'met' : 'not-met', quote: component.quote };
  }
  const value = actual as number;
  const met = component.operator === 'min' ? value >= component.value : value > component.value;
  // "Over" needs one more unit than the threshold: a cent for money, one for counts.
  const step = component.operator === 'over' ? (isUsdMetric(metric) ? 0.01 : 1) : 0;
  const shortBy = met ? 0 : Math.round((component.value - value + step) * 100) / 100;
  return { metric, operator: component.operator, required: component.value, actual: value, shortBy, outcome: met ? 'met' : 'not-met', quote: component.quote };
}

/** A component's share of its requirement; an unknown component counts as no progress, never as done. */
function componentProgress(component: ComponentResult): number {
  if (component.outcome === 'met') return 1;
  if (component.outcome === 'unknown' || typeof component.required === 'boolean') return 0;
  const ratio = component.required === 0 ? 0 : (component.actual as number) / component.required;
  // An unmet "over" component can sit exactly at its threshold; it still is not all the way there.
  return Math.min(ratio, 0.999);
}

/**
 * A criterion's progress: its least-advanced amount or count, scaled by the share of its yes/no components that
 * are yes. A USD 220 million commitment without a transactable listing is half way (one of two steps), not 0%.
 */
function combine(components: ComponentResult[]): { outcome: Outcome; progress: number; missing: MetricName[] } {
  let outcome: Outcome = 'met';
  let amounts = 1;
  let yesNo = 0;
  let yesNoUnmet = 0;
  const missing: MetricName[] = [];
  for (const component of components) {
    if (component.outcome === 'not-met') outcome = 'not-met';
    else if (component.outcome === 'unknown' && outcome === 'met') outcome = 'unknown';
    if (component.outcome === 'unknown') missing.push(component.metric);
    if (typeof component.required === 'boolean') {
      yesNo += 1;
      if (component.outcome !== 'met') yesNoUnmet += 1;
    } else amounts = Math.min(amounts, componentProgress(component));
  }
  // Only yes/no components (none in today's policies): all or nothing.
  const progress = yesNo === components.length ? (yesNoUnmet === 0 ? 1 : 0) : amounts * (1 - yesNoUnmet / components.length);
  return { outcome, progress, missing: outcome === 'unknown' ? missing : [] };
}

/** An unmet criterion whose every unmet component is a yes/no prerequisite (a transactable listing), not an amount to grow. */
export function onlyYesNoGaps(criterion: CriterionResult): boolean {
  const unmet = criterion.gaps.filter((gap) => gap.outcome !== 'met');
  return criterion.outcome === 'not-met' && unmet.length > 0 && unmet.every((gap) => typeof gap.required === 'boolean');
}

/** A criterion met when every component is met (the page's "AND"). */
export function evaluateThresholds(criterion: ThresholdsCriterion, metrics: MetricValues): CriterionResult {
  const gaps = criterion.components.map((component) => evaluateComponent(component, metrics));
  const { outcome, progress, missing } = combine(gaps);
  return { id: criterion.id, pathway: criterion.pathway, title: criterion.title, outcome, progress, gaps, missing };
}

/** The first day a designation counts: the first of the month after attainment, or the day itself. */
export function designationCountsFrom(attainedOn: IsoDate, startsMonthAfterAttainment: boolean): IsoDate {
  if (!startsMonthAfterAttainment) return attainedOn;
  return fromCalendarDate(startOfMonth(addMonths(toCalendarDate(attainedOn), 1)));
}

/** Whether the designation route grants anything on the as-of date: inside its period (open-ended when no `activeTo`). */
export function designationRouteOpen(criterion: DesignationCriterion, asOf: IsoDate): boolean {
  return criterion.activeFrom <= asOf && (criterion.activeTo === undefined || asOf <= criterion.activeTo);
}

const endedRoutes = new WeakMap<DesignationCriterion, CriterionResult>();
const notYetStartedRoutes = new WeakMap<DesignationCriterion, CriterionResult>();

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child && typeof child === 'object') deepFreeze(child);
  return Object.freeze(value);
}

/**
 * One designation result, written as a literal in the same property order as a thresholds result: on the hot path
 * (an open route is evaluated on every answer from 2026) spreads and per-call closures cost about two thirds of an
 * evaluation's throughput.
 */
function designationResult(criterion: DesignationCriterion, outcome: Outcome, actual: number | null, finding?: Finding): CriterionResult {
  const gap: ComponentResult = {
    metric: 'designations',
    operator: 'min',
    required: 1,
    actual,
    shortBy: actual === null ? null : Math.max(0, 1 - actual),
    outcome,
    quote: criterion.quote,
  };
  const missing: MetricName[] = outcome === 'unknown' ? ['designations'] : [];
  const progress = outcome === 'met' ? 1 : 0;
  if (finding === undefined) return { id: criterion.id, pathway: criterion.pathway, title: criterion.title, outcome, progress, gaps: [gap], missing };
  return { id: criterion.id, pathway: criterion.pathway, title: criterion.title, outcome, progress, gaps: [gap], missing, finding };
}

/** A designation route: granted from the month after attainment (FY25 and 2026), only inside its own period. */
export function evaluateDesignation(criterion: DesignationCriterion, designations: readonly Designation[] | undefined, asOf: IsoDate): CriterionResult {
  if (!designationRouteOpen(criterion, asOf)) {
    const end = criterion.activeTo;
    const ended = end !== undefined && asOf > end;
    // The same answer for every date outside the period: built once per policy, frozen so no caller can alter it.
    const cache = ended ? endedRoutes : notYetStartedRoutes;
    let closed = cache.get(criterion);
    if (!closed) {
      const finding: Finding = ended
        ? { code: 'routeEnded', criterionId: criterion.id, activeFrom: criterion.activeFrom, activeTo: end }
        : { code: 'routeNotStarted', criterionId: criterion.id, activeFrom: criterion.activeFrom };
      closed = deepFreeze(designationResult(criterion, 'not-met', 0, finding));
      cache.set(criterion, closed);
    }
    return closed;
  }
  if (designations === undefined) return designationResult(criterion, 'unknown', null);
  let active = 0;
  let firstPending: Designation | undefined;
  for (const designation of designations) {
    if (!criterion.designationTypes.includes(designation.type)) continue;
    if (designationCountsFrom(designation.attainedOn, criterion.startsMonthAfterAttainment) <= asOf) active += 1;
    else firstPending ??= designation;
  }
  if (active > 0 || firstPending === undefined) return designationResult(criterion, active > 0 ? 'met' : 'not-met', active);
  const countsFrom = designationCountsFrom(firstPending.attainedOn, criterion.startsMonthAfterAttainment);
  return designationResult(criterion, 'not-met', 0, { code: 'designationCountsFrom', criterionId: criterion.id, attainedOn: firstPending.attainedOn, countsFrom });
}
