import { addDays } from 'date-fns/addDays';
import { subMonths } from 'date-fns/subMonths';
import { fromCalendarDate, toCalendarDate, type IsoDate } from './isoDate';

export interface DateWindow {
  /** First day in the window, inclusive. */
  start: IsoDate;
  /** Last day in the window, inclusive: the as-of date. */
  end: IsoDate;
}

/** Windows by trailing months, then as-of date: two lookups, and no key string built per evaluation. */
const cache = new Map<number, Map<IsoDate, DateWindow>>();

/**
 * The trailing window for an as-of date: from `asOf` minus `months` months plus one day, to `asOf`, both inclusive.
 * date-fns clamps month ends, so a leap day maps to 28 Feb before the day is added.
 *
 * @example
 * trailingWindow('2024-02-29', 12) // { start: '2023-03-01', end: '2024-02-29' }
 */
export function trailingWindow(asOf: IsoDate, months: number): DateWindow {
  let byDate = cache.get(months);
  if (!byDate) cache.set(months, (byDate = new Map()));
  let window = byDate.get(asOf);
  if (!window) {
    window = { start: fromCalendarDate(addDays(subMonths(toCalendarDate(asOf), months), 1)), end: asOf };
    // Evaluations repeat the same few as-of dates; a bounded memo keeps date-fns off the hot path.
    if (byDate.size > 1000) byDate.clear();
    byDate.set(asOf, window);
  }
  return window;
}

/** True when the ISO date (or ISO date-time) falls inside the window; plain string comparison keeps this cheap. */
export function isWithinWindow(date: IsoDate, window: DateWindow): boolean {
  const day = date.length > 10 ? date.slice(0, 10) : date;
  return day >= window.start && day <= window.end;
}
