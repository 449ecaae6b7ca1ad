import type { IsoDate } from './isoDate';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Thousands separators for a whole number, without Intl: `format` costs about a microsecond a call. */
function groupThousands(whole: number): string {
  const digits = String(Math.abs(whole));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = end - 3 > 0 ? `,${digits.slice(end - 3, end)}${grouped}` : `${digits.slice(0, end)}${grouped}`;
  return whole < 0 ? `-${grouped}` : grouped;
}

/**
 * US dollars as people read them, with separators and cents only when there are cents.
 *
 * @example
 * formatUsd(4000000) // 'USD 4,000,000'
 */
export function formatUsd(amount: number): string {
  if (Number.isInteger(amount)) return `USD ${groupThousands(amount)}`;
  const cents = Math.round(Math.abs(amount) * 100);
  const text = `${groupThousands(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
  return `USD ${amount < 0 ? '-' : ''}${text}`;
}

/** @example formatCount(12000) // '12,000' */
export function formatCount(value: number): string {
  return groupThousands(Math.round(value));
}

/**
 * A date written out, day first, with no ambiguity between US and European readers.
 *
 * @example
 * formatDate('2026-11-26') // '26 Nov 2026'
 */
export function formatDate(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/** @example formatPercent(0.9) // '90%' */
export function formatPercent(fraction: number): string {
  return `${Math.floor(fraction * 100)}%`;
}
