import { format as formatWithDateFns } from 'date-fns';
import { de, es, fr, ja, ptBR, zhCN, type Locale } from 'date-fns/locale';
import { currentLocale, type SupportedLocale } from '../i18n';
import type { IsoDate } from './isoDate';

/*
 * Amounts, counts, dates and percentages as the turn's language writes them. English keeps its own fast path
 * (hand-grouped digits, "USD 4,000,000", "26 Nov 2026"): it is what the API, the CLI and the batch print, and it
 * costs well under a microsecond a call. Other languages use Intl and date-fns, with one formatter per language.
 * Amounts are always US dollars, only written the local way ("4.000.000 USD", "USD 4,000,000").
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Thousands separators for a whole number, without Intl: `format` costs about a microsecond a call. */
function groupThousands(whole: number): string {
  const digits = String(Math.abs(whole));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = end - 3 > 0 ? `,${digits.slice(end - 3, end)}${grouped}` : `${digits.slice(0, end)}${grouped}`;
  return whole < 0 ? `-${grouped}` : grouped;
}

type OtherLocale = Exclude<SupportedLocale, 'en'>;

const dateLocales: Record<OtherLocale, { locale: Locale; pattern: string }> = {
  // The locale's medium date: day, abbreviated month and year, in the order the language writes them.
  es: { locale: es, pattern: 'PP' },
  'pt-BR': { locale: ptBR, pattern: 'PP' },
  fr: { locale: fr, pattern: 'PP' },
  de: { locale: de, pattern: 'PP' },
  // Japanese and Chinese medium dates are numeric (2026/11/26); the long form 2026年11月26日 reads unambiguously.
  ja: { locale: ja, pattern: 'PPP' },
  'zh-Hans': { locale: zhCN, pattern: 'PPP' },
};

const formatters = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per language and style, built on first use: constructing one costs far more than using it. */
function numberFormat(locale: OtherLocale, style: 'usd' | 'usdCents' | 'count' | 'usdCompact'): Intl.NumberFormat {
  const key = `${locale}\u0000${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const usd = { style: 'currency', currency: 'USD', currencyDisplay: 'code' } as const;
    const options: Record<typeof style, Intl.NumberFormatOptions> = {
      usd: { ...usd, minimumFractionDigits: 0, maximumFractionDigits: 0 },
      usdCents: { ...usd, minimumFractionDigits: 2, maximumFractionDigits: 2 },
      count: { maximumFractionDigits: 0 },
      usdCompact: { ...usd, notation: 'compact', maximumFractionDigits: 2 },
    };
    formatter = new Intl.NumberFormat(locale, options[style]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * US dollars as people read them, with separators and cents only when there are cents.
 *
 * @example
 * formatUsd(4000000) // 'USD 4,000,000'
 * runInLocale('de', () => formatUsd(4000000)) // '4.000.000 USD'
 */
export function formatUsd(amount: number): string {
  const locale = currentLocale();
  if (locale !== 'en') return numberFormat(locale, Number.isInteger(amount) ? 'usd' : 'usdCents').format(amount);
  if (Number.isInteger(amount)) return `USD ${groupThousands(amount)}`;
  const cents = Math.round(Math.abs(amount) * 100);
  const text = `${groupThousands(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
  return `USD ${amount < 0 ? '-' : ''}${text}`;
}

/**
 * An axis amount in few characters: USD 0, USD 500K, USD 2.5M (in German "2,5 Mio. USD").
 *
 * @example
 * formatUsdCompact(2_500_000) // 'USD 2.5M'
 */
export function formatUsdCompact(amount: number): string {
  const locale = currentLocale();
  if (locale !== 'en') return numberFormat(locale, 'usdCompact').format(amount);
  const units: Array<[number, string]> = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(amount) >= size) return `USD ${Math.round((amount / size) * 100) / 100}${suffix}`;
  }
  return `USD ${Math.round(amount * 100) / 100}`;
}

/** @example formatCount(12000) // '12,000' */
export function formatCount(value: number): string {
  const locale = currentLocale();
  return locale === 'en' ? groupThousands(Math.round(value)) : numberFormat(locale, 'count').format(Math.round(value));
}

/**
 * A date written out, day first in English, with no ambiguity between US and European readers.
 *
 * @example
 * formatDate('2026-11-26') // '26 Nov 2026'
 * runInLocale('de', () => formatDate('2026-11-26')) // '26. Nov. 2026'
 */
export function formatDate(date: IsoDate): string {
  const locale = currentLocale();
  if (locale !== 'en') {
    const { locale: dateLocale, pattern } = dateLocales[locale];
    const day = Number(date.slice(8, 10));
    const written = formatWithDateFns(new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, day), pattern, { locale: dateLocale });
    // French writes the first day of a month as an ordinal: "1er janv. 2026" (date-fns gives "1 janv. 2026").
    return locale === 'fr' && day === 1 ? written.replace(/^1(?=\s)/, '1er') : written;
  }
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/**
 * A month's short name for a chart axis.
 *
 * @example
 * formatMonth(11) // 'Nov'
 */
export function formatMonth(month: number): string {
  const locale = currentLocale();
  if (locale === 'en') return MONTHS[month - 1] ?? '';
  return formatWithDateFns(new Date(2000, month - 1, 1), 'LLL', { locale: dateLocales[locale].locale });
}

/** @example formatPercent(0.9) // '90%' */
export function formatPercent(fraction: number): string {
  const percent = Math.floor(fraction * 100);
  const locale = currentLocale();
  // Intl rounds; the floor keeps an unmet criterion from ever showing 100%.
  return locale === 'en' ? `${percent}%` : percentFormat(locale).format(percent / 100);
}

const percentFormats = new Map<OtherLocale, Intl.NumberFormat>();
function percentFormat(locale: OtherLocale): Intl.NumberFormat {
  let formatter = percentFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, formatter);
  }
  return formatter;
}
