import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { subMonths } from 'date-fns/subMonths';
import { fromCalendarDate, toCalendarDate, type IsoDate } from './isoDate';
import { deriveMarketplaceMetrics } from './metrics';
import type { Policy } from './policy/schema';
import type { Transaction } from './schema';
import { trailingWindow, type DateWindow } from './window';

/** The trailing-window metrics as of one month end: one bar or point of the trend chart. */
export interface TrendPoint {
  monthEnd: IsoDate;
  window: DateWindow;
  marketplaceBilledSalesUsd: number;
  netNewCustomersOver10k: number;
  transactionsOver100: number;
  uniqueCustomersOver100: number;
  marketplaceTransactions: number;
}

/** A trend longer than ten years is a mistake in the caller, not a chart anybody reads. */
const MAX_MONTHS = 120;

/**
 * The last `months` month ends on or before the as-of date, oldest first: the as-of date itself when it is a month
 * end, otherwise the end of the month before.
 *
 * @example
 * monthEndsUpTo('2026-11-26', 3) // ['2026-08-31', '2026-09-30', '2026-10-31']
 */
export function monthEndsUpTo(asOf: IsoDate, months: number): IsoDate[] {
  const day = toCalendarDate(asOf);
  const latest = fromCalendarDate(lastDayOfMonth(day)) === asOf ? day : lastDayOfMonth(subMonths(day, 1));
  const ends: IsoDate[] = [];
  for (let back = months - 1; back >= 0; back -= 1) ends.push(fromCalendarDate(lastDayOfMonth(subMonths(latest, back))));
  return ends;
}

/**
 * The trailing-window marketplace metrics at each of the last `months` month ends, oldest first, counted the way
 * the evaluator counts them under the given policy (its counting applies to every point, including month ends
 * before it took effect, so the trend compares like with like). Input for the trend chart.
 *
 * @example
 * monthlyTrend(transactions, policy, '2026-11-26').at(-1)
 * // { monthEnd: '2026-10-31', window: { start: '2025-11-01', end: '2026-10-31' }, marketplaceBilledSalesUsd: 3600000, ... }
 */
export function monthlyTrend(transactions: readonly Transaction[], policy: Policy, asOf: IsoDate, months = 12): TrendPoint[] {
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) throw new RangeError(`months must be a whole number from 1 to ${MAX_MONTHS}, not ${months}`);
  const ends = monthEndsUpTo(asOf, months);
  const windows = ends.map((end) => trailingWindow(end, policy.window.trailingMonths));
  const first = windows[0]!.start;
  const last = ends[ends.length - 1]!;
  // Only the rows some point reads are kept, so each point's pass is over the trend's span, not the whole history.
  const inSpan = transactions.filter((row) => row.date.slice(0, 10) >= first && row.date.slice(0, 10) <= last);
  return windows.map((window) => {
    const metrics = deriveMarketplaceMetrics(inSpan, window, policy.counting);
    return {
      monthEnd: window.end,
      window,
      marketplaceBilledSalesUsd: metrics.marketplaceBilledSalesUsd,
      netNewCustomersOver10k: metrics.netNewCustomersOver10k,
      transactionsOver100: metrics.transactionsOver100,
      uniqueCustomersOver100: metrics.uniqueCustomersOver100,
      marketplaceTransactions: metrics.marketplaceTransactions,
    };
  });
}
