const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DASH = 0x2d;
const ZERO = 0x30;

/** The decimal number written by the digits from `start` to `end`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * True when `text` is `YYYY-MM-DD` and names a day that exists: the same answer as the schema's `isIsoDate`, without
 * its Date and substrings, because a CSV of a million rows asks twice per row. That includes its one surprise:
 * years 0000–0099 are refused, since `Date.UTC` reads them as 1900–1999 and the round trip fails.
 *
 * @example
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day <= DAYS_IN_MONTH[month - 1]! + leapDay;
}
