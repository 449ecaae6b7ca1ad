import type { IsoDate } from './isoDate';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Built once: constructing Intl formatters per call costs more than the whole evaluation.
const wholeDollars = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * US dollars as people read them, with separators and cents only when there are cents.
 *
 * @example
 * formatUsd(4000000) // 'USD 4,000,000'
 */
export function formatUsd(amount: number): string {
  return `USD ${Number.isInteger(amount) ? wholeDollars.format(amount) : cents.format(amount)}`;
}

/** @example formatCount(12000) // '12,000' */
export function formatCount(value: number): string {
  return counts.format(value);
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
