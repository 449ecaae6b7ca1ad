import { evaluateThresholds } from './criteria';
import type { ComponentResult, MetricName, MetricValues } from './evaluation';
import { shiftDays, type IsoDate } from './isoDate';
import type { Pathway, Policy, ThresholdsCriterion } from './policy/schema';
import { marketplaceMetricNames, type Transaction } from './schema';
import { ShrinkingWindow } from './shrinkingWindow';
import { trailingWindow, type DateWindow } from './window';
import { leavesWindowOn } from './windowExit';

/** How far ahead the ageing-out list looks: one quarter, the horizon support staff plan a partner's pipeline in. */
export const FORECAST_HORIZON_DAYS = 90;
/** Ageing-out lists stop here; the totals still count every row. */
export const FORECAST_MAX_LISTED = 100;

/** A transaction row that leaves the trailing window within the horizon. */
export interface AgingTransaction {
  date: IsoDate;
  customerId: string;
  amountUsd: number;
  offerId?: string;
  netNew: boolean;
  /** The first as-of date whose window no longer holds this row. */
  leavesWindowOn: IsoDate;
}

interface CriterionForecastBase {
  id: string;
  pathway: Pathway;
  title: string;
  /** What the criterion requires, for wording its title in languages other than the policy's English. */
  requirements: Array<{ metric: MetricName; required: number | boolean }>;
}

/** A marketplace criterion met on the as-of date, and how long it stays met as its deals age out. */
export interface MetCriterionForecast extends CriterionForecastBase {
  outcome: 'met';
  /** The last as-of date on which it is still met if no new transactions arrive; null if ageing cannot unmeet it (a zero threshold). */
  staysMetThrough: IsoDate | null;
  /** The day after `staysMetThrough`, or null. */
  firstDayNotMet: IsoDate | null;
  /** The unmet components on `firstDayNotMet`: what transactions dated up to that day must add to keep the criterion. */
  gapsOnFirstDayNotMet: ComponentResult[];
}

/** A marketplace criterion not met on the as-of date: the gap now, and how ageing widens it over the horizon. */
export interface UnmetCriterionForecast extends CriterionForecastBase {
  outcome: 'not-met';
  /** The unmet components as of the as-of date: what the current window still needs. */
  shortfallNow: ComponentResult[];
  /** The last day of the horizon (as-of date plus `horizonDays`). */
  horizonEnd: IsoDate;
  /** The unmet components on `horizonEnd` if no new transactions arrive. */
  shortfallAtHorizonEnd: ComponentResult[];
  /** Rows that count toward this criterion's metrics and leave the window by `horizonEnd`, oldest first, at most `maxListed`. */
  agingOut: AgingTransaction[];
  /** Every such row, listed or not, and their total amount. */
  agingOutCount: number;
  agingOutAmountUsd: number;
}

export type CriterionForecast = MetCriterionForecast | UnmetCriterionForecast;

export interface Forecast {
  asOf: IsoDate;
  window: DateWindow;
  policy: { id: string; version: number };
  horizonDays: number;
  /** The marketplace pathway as a whole: met now, and the last day any of its criteria stays met (null: not met now, or never lapses). */
  marketplace: { metNow: boolean; metThrough: IsoDate | null };
  /** One entry per marketplace criterion of the policy (those whose every metric comes from transactions), in policy order. */
  criteria: CriterionForecast[];
  /** Rows dated after the as-of date; the forecast assumes nothing arrives after it, so they are left out. */
  rowsAfterAsOf: number;
}

export interface ForecastOptions {
  horizonDays?: number;
  maxListed?: number;
}

const MARKETPLACE_METRICS = new Set<string>(marketplaceMetricNames);

/** Criteria that transactions alone settle: the marketplace pathway's (the consumption routes also need a commitment). */
function marketplaceCriteria(policy: Policy): ThresholdsCriterion[] {
  return policy.criteria.filter(
    (criterion): criterion is ThresholdsCriterion =>
      criterion.kind === 'thresholds' && criterion.components.every((component) => MARKETPLACE_METRICS.has(component.metric)),
  );
}

/** Which rows a criterion reads: every row for totals, only rows of counting deals for the USD 100 and net-new metrics. */
function readsRow(criterion: ThresholdsCriterion, deal: { qualifying: boolean; netNewQualifying: boolean }): boolean {
  return criterion.components.some((component) => {
    switch (component.metric) {
      case 'transactionsOver100':
      case 'uniqueCustomersOver100':
        return deal.qualifying;
      case 'netNewCustomersOver10k':
        return deal.netNewQualifying;
      default:
        return true;
    }
  });
}

function unmetComponents(criterion: ThresholdsCriterion, metrics: MetricValues): ComponentResult[] {
  return evaluateThresholds(criterion, metrics).gaps.filter((gap) => gap.outcome === 'not-met');
}

function toAging(row: Transaction, leaves: IsoDate): AgingTransaction {
  const aging: AgingTransaction = { date: row.date.slice(0, 10), customerId: row.customerId, amountUsd: row.amountUsd, netNew: row.netNew, leavesWindowOn: leaves };
  if (row.offerId !== undefined) aging.offerId = row.offerId;
  return aging;
}

/**
 * Looks ahead from the as-of date assuming no new transactions arrive, so deals age out of the trailing window day
 * by day under the given policy's counting. For each met marketplace criterion: the last day it stays met and what
 * it would then be short by. For each unmet one: the shortfall now, the counting rows that age out within the
 * horizon, and the shortfall at the horizon's end.
 *
 * Cost is linear in the rows: they are bucketed by date once (a window holds at most a few hundred distinct
 * dates) and the window is swept forward by removing rows, never re-derived per day.
 *
 * @example
 * forecast(transactions, policy, '2026-11-26').criteria[0]
 * // { id: 'marketplace.billedSales', outcome: 'met', staysMetThrough: '2027-03-14', firstDayNotMet: '2027-03-15', gapsOnFirstDayNotMet: [{ shortBy: 50000, ... }] }
 */
export function forecast(transactions: readonly Transaction[], policy: Policy, asOf: IsoDate, options: ForecastOptions = {}): Forecast {
  const horizonDays = options.horizonDays ?? FORECAST_HORIZON_DAYS;
  const maxListed = options.maxListed ?? FORECAST_MAX_LISTED;
  const months = policy.window.trailingMonths;
  const window = trailingWindow(asOf, months);
  const horizonEnd = shiftDays(asOf, horizonDays);

  const byDate = new Map<IsoDate, Transaction[]>();
  let rowsAfterAsOf = 0;
  for (const row of transactions) {
    const day = row.date.slice(0, 10);
    if (day > asOf) rowsAfterAsOf += 1;
    if (day < window.start || day > asOf) continue;
    const rows = byDate.get(day);
    if (rows) rows.push(row);
    else byDate.set(day, [row]);
  }
  const dates = [...byDate.keys()].sort();
  const live = new ShrinkingWindow(policy.counting);
  const groups = dates.map((day) => {
    const rows = byDate.get(day)!;
    return { leaves: leavesWindowOn(day, months), rows, ids: rows.map((row) => live.add(row)) };
  });

  const criteria = marketplaceCriteria(policy);
  const today = live.metrics();
  const metToday = criteria.map((criterion) => evaluateThresholds(criterion, today).outcome === 'met');
  // Which deals count is read before anything ages out: ageing can only lower amounts, never raise them.
  const aging = groups
    .filter((group) => group.leaves <= horizonEnd)
    .flatMap((group) => group.ids.map((id, at) => ({ leaves: group.leaves, row: group.rows[at]!, deal: live.dealOf(id) })));

  const lapses = new Map<number, { day: IsoDate; gaps: ComponentResult[] }>();
  const pending = new Set(criteria.flatMap((_, index) => (metToday[index] ? [index] : [])));
  let atHorizonEnd: MetricValues | undefined;
  let next = 0;
  while (next < groups.length && (pending.size > 0 || atHorizonEnd === undefined)) {
    const leaves = groups[next]!.leaves;
    if (atHorizonEnd === undefined && leaves > horizonEnd) atHorizonEnd = live.metrics();
    // Month-end clamping can age several dates out on one day; they leave together.
    while (next < groups.length && groups[next]!.leaves === leaves) {
      for (const id of groups[next]!.ids) live.remove(id);
      next += 1;
    }
    if (pending.size === 0) continue;
    const metrics = live.metrics();
    for (const index of pending) {
      const gaps = unmetComponents(criteria[index]!, metrics);
      if (gaps.length === 0) continue;
      lapses.set(index, { day: leaves, gaps });
      pending.delete(index);
    }
  }
  atHorizonEnd ??= live.metrics();

  const results = criteria.map((criterion, index): CriterionForecast => {
    const requirements = criterion.components.map((component) => ({ metric: component.metric as MetricName, required: component.value }));
    const base = { id: criterion.id, pathway: criterion.pathway, title: criterion.title, requirements };
    if (metToday[index]) {
      const lapse = lapses.get(index);
      return {
        ...base,
        outcome: 'met',
        staysMetThrough: lapse ? shiftDays(lapse.day, -1) : null,
        firstDayNotMet: lapse?.day ?? null,
        gapsOnFirstDayNotMet: lapse?.gaps ?? [],
      };
    }
    const counted = aging.filter((entry) => readsRow(criterion, entry.deal));
    const cents = counted.reduce((sum, entry) => sum + Math.round(entry.row.amountUsd * 100), 0);
    return {
      ...base,
      outcome: 'not-met',
      shortfallNow: unmetComponents(criterion, today),
      horizonEnd,
      shortfallAtHorizonEnd: unmetComponents(criterion, atHorizonEnd),
      agingOut: counted.slice(0, maxListed).map((entry) => toAging(entry.row, entry.leaves)),
      agingOutCount: counted.length,
      agingOutAmountUsd: cents / 100,
    };
  });

  const metThrough = results.filter((result): result is MetCriterionForecast => result.outcome === 'met');
  const lapsing = metThrough.map((result) => result.staysMetThrough);
  return {
    asOf,
    window,
    policy: { id: policy.id, version: policy.version },
    horizonDays,
    marketplace: {
      metNow: metThrough.length > 0,
      metThrough: metThrough.length === 0 || lapsing.includes(null) ? null : lapsing.reduce((latest, day) => (day! > latest! ? day : latest))!,
    },
    criteria: results,
    rowsAfterAsOf,
  };
}
