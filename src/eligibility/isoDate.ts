// One module per function: the date-fns index pulls in all ~300 of them at start-up.
import { addDays } from 'date-fns/addDays';
import { subMonths } from 'date-fns/subMonths';

/** A calendar date as `YYYY-MM-DD`. Strings of this form sort in date order, which the hot paths rely on. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). A UTC round trip rather than a
 * date-fns parse: this runs once per transaction row, and a million rows must validate in well under a second.
 *
 * @example
 * isIsoDate('2024-02-29') // true
 */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The UTC calendar day of an ISO date or date-time (exports often carry times and offsets), or undefined when the
 * text is neither.
 *
 * @example
 * utcCalendarDay('2026-01-05T23:00:00-05:00') // '2026-01-06'
 */
export function utcCalendarDay(text: string): IsoDate | undefined {
  if (text.length === 10) return isIsoDate(text) ? text : undefined;
  if (!ISO_DATE_TIME.test(text) || !isIsoDate(text.slice(0, 10))) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` to a local-midnight Date for date-fns calendar arithmetic. */
export function toCalendarDate(text: IsoDate): Date {
  // Local midnight, as date-fns' calendar arithmetic expects; the text is already known to be a real date.
  return new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

export function fromCalendarDate(date: Date): IsoDate {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** The calendar day before (or after, with a positive `days`) an ISO date. */
export function shiftDays(date: IsoDate, days: number): IsoDate {
  return fromCalendarDate(addDays(toCalendarDate(date), days));
}

export function shiftMonths(date: IsoDate, months: number): IsoDate {
  return fromCalendarDate(subMonths(toCalendarDate(date), -months));
}

/** Today's date in UTC: the default as-of date. Only edges (HTTP, CLI, bot) call this; the evaluator never does. */
export function todayUtc(now: Date): IsoDate {
  return now.toISOString().slice(0, 10);
}
