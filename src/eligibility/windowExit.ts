import { shiftDays, shiftMonths, type IsoDate } from './isoDate';
import { trailingWindow } from './window';

/**
 * The last as-of date whose trailing window still holds `date`: the inverse of `trailingWindow`'s start.
 *
 * date-fns clamps month ends, so window starts do not advance one day per as-of day: as of 28 Feb 2025 the
 * window starts on 29 Feb 2024 and as of 1 Mar 2025 on 2 Mar 2024, so a deal of 1 Mar 2024 leaves on the same
 * day as one of 29 Feb 2024. Starts never move backwards (clamping keeps their order), so the answer is the
 * month-shifted date, walked forward over the at most three as-of days whose starts clamp onto the same day.
 *
 * @example
 * lastAsOfHolding('2024-03-01', 12) // '2025-02-28'
 */
export function lastAsOfHolding(date: IsoDate, months: number): IsoDate {
  // subMonths(addMonths(d - 1, n), n) <= d - 1 always, so this as-of date still holds `date`.
  let candidate = shiftMonths(shiftDays(date, -1), months);
  for (let next = shiftDays(candidate, 1); trailingWindow(next, months).start <= date; next = shiftDays(next, 1)) {
    candidate = next;
  }
  return candidate;
}

/**
 * The first as-of date whose trailing window no longer holds `date`: the day a deal ages out.
 *
 * @example
 * leavesWindowOn('2026-03-14', 12) // '2027-03-14'
 */
export function leavesWindowOn(date: IsoDate, months: number): IsoDate {
  return shiftDays(lastAsOfHolding(date, months), 1);
}
