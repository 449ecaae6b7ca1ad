import { addDays, format, isValid, parse, subMonths } from 'date-fns';

/** A calendar date as `YYYY-MM-DD`. Strings of this form sort in date order, which the hot paths rely on. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE = new Date(2000, 0, 1);

/** True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isValid(parse(text, 'yyyy-MM-dd', REFERENCE));
}

/** Parses `YYYY-MM-DD` to a local-midnight Date for date-fns calendar arithmetic. */
export function toCalendarDate(text: IsoDate): Date {
  return parse(text, 'yyyy-MM-dd', REFERENCE);
}

export function fromCalendarDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
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
