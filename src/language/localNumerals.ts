import type { Lexicon } from './lexicon';
import { alternation, cachedPattern, LATIN_LETTER } from './lexicon/patterns';

/**
 * How a numeral written in digits reads in a language that writes "," for decimals ("3,6", "3.600.000",
 * "3 600 000,50", Swiss "3'600'000"), as a plain en-US decimal string ("3.6", "3600000"), or null when it is written in no
 * convention we can read without guessing. English shapes that cannot be decimals stay English: "4,200,000"
 * (two comma groups) and "3.6" / "3.25" (a dot not followed by exactly three digits, the jargon "3.6M").
 * `lookalike` marks "4,000": in this language 4.0, to English eyes four thousand; the value is read back.
 *
 * @example
 * readDecimalCommaNumeral('3.600.000'); // { plain: '3600000', lookalike: false }
 */
export function readDecimalCommaNumeral(numeral: string): { plain: string; lookalike: boolean } | null {
  const grouped = /^(\d{1,3}(?:[. \u00a0\u202f]\d{3})+)(?:,(\d+))?$/.exec(numeral);
  if (grouped && !/[.][\d]{3}[ \u00a0\u202f]|[ \u00a0\u202f]\d{3}\./.test(numeral)) {
    const integer = (grouped[1] ?? '').replace(/[. \u00a0\u202f]/g, '');
    return { plain: grouped[2] ? `${integer}.${grouped[2]}` : integer, lookalike: false };
  }
  // Swiss grouping (de-CH, fr-CH): "3'600'000", "3’600’000" (folded to "'"), decimals after "." or ",".
  const swiss = /^(\d{1,3}(?:'\d{3})+)(?:[.,](\d+))?$/.exec(numeral);
  if (swiss) {
    const integer = (swiss[1] ?? '').replace(/'/g, '');
    return { plain: swiss[2] ? `${integer}.${swiss[2]}` : integer, lookalike: false };
  }
  const decimal = /^(\d+),(\d+)$/.exec(numeral);
  if (decimal) return { plain: `${decimal[1]}.${decimal[2]}`, lookalike: /^\d{1,3},\d{3}$/.test(numeral) };
  if (/^\d+$/.test(numeral)) return { plain: numeral, lookalike: false };
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(numeral)) return { plain: numeral.replace(/,/g, ''), lookalike: false };
  if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(numeral)) return { plain: numeral, lookalike: false };
  return null;
}

/** Digit groups separated by spaces in a decimal-comma language, decimals allowed: "3 600 000", "3 600 000,50". */
export const SPACE_GROUPED_LOCAL = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d]|[.,]\d)/g;

/**
 * The magnitude written right after a numeral in this language ("Mio.", "millones", "万", "百万"), with its
 * power of ten; undefined when there is none. Tried before the English magnitudes.
 *
 * @example
 * localMagnitudeAfter(de, ' mio. usd'); // { length: 5, power: 6 }
 */
export function localMagnitudeAfter(lexicon: Lexicon, textAfter: string): { length: number; power: number } | undefined {
  const keys = Object.keys(lexicon.magnitudes);
  if (keys.length === 0) return undefined;
  const pattern = cachedPattern(lexicon, 'magnitudeAfter', () => {
    // Japanese and Chinese magnitudes run straight into what follows ("360万ドル"); only "k" and "m" need an end.
    const end = lexicon.spaced ? `(?![${LATIN_LETTER}\\d])` : '(?![a-z\\d])';
    return `^\\s*(${alternation(keys)})${end}`;
  });
  const match = pattern.exec(textAfter);
  if (!match) return undefined;
  const written = match[1] ?? '';
  const key = keys.find((candidate) => new RegExp(`^(?:${candidate})$`).test(written));
  return key === undefined ? undefined : { length: match[0].length, power: lexicon.magnitudes[key] ?? 0 };
}

/** Whether what follows a figure is a length of time in this language ("12 meses", "12か月"). */
export function localPeriodAfter(lexicon: Lexicon, textAfter: string): boolean {
  if (lexicon.periods.length === 0) return false;
  const end = lexicon.spaced ? `(?![${LATIN_LETTER}])` : '';
  return cachedPattern(lexicon, 'periodAfter', () => `^\\s*(?:${alternation(lexicon.periods)})${end}`).test(textAfter);
}

/** Whether a year follows one of this language's month names ("junio de 2024", "Juni 2024"): a date, not a figure. */
export function localMonthBefore(lexicon: Lexicon, textBefore: string): boolean {
  if (lexicon.months.length === 0) return false;
  return cachedPattern(lexicon, 'monthBefore', () => `(?<![${LATIN_LETTER}])(?:${lexicon.months.join('|')})\\.?\\s*(?:de\\s+|del\\s+|,\\s*)?$`).test(textBefore);
}
