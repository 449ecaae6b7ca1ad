import { MAGNITUDE_WORDS } from './magnitudes';

/**
 * The words that may stand around a figure in an ordinary US-dollar answer ("3.45 million", "US$ 4.2mm", "10k
 * bucks"): the magnitude words of `magnitudes.ts` and the USD markers of `currencyMarkers.ts`. None of them names
 * another currency, so a window holding nothing else needs no currency recognizer. The magnitudes come from
 * `magnitudes.ts` itself, so one added there joins here, and `currencyRecognizerShortcut.test.ts` runs every word of
 * this set through the recognizer; any other word ("lakh", "quid") goes to the recognizer.
 */
export const PLAIN_USD_WORDS: ReadonlySet<string> = new Set([
  // Magnitudes, each word of every magnitude `magnitudes.ts` reads ("hundred thousand" is two of them).
  ...MAGNITUDE_WORDS.flatMap((magnitude) => magnitude.split(' ')),
  // US-dollar markers ("$" on its own is allowed with the digits below).
  'us$',
  'us',
  'usd',
  'u.s.',
  'dollar',
  'dollars',
  'bucks',
  'in',
]);

// A word keeps its dots and a "$" glued to its end, so "u.s." is one word and "b$" (the recognizer's Brunei dollar)
// is the unknown word "b$", never the allowed "b" next to a plain "$".
const WORD = /[a-z][a-z.]*\$?/gi;
// What is left between the words: digits, the en-US separators, a dollar sign and spaces.
const FIGURES_AND_DOLLAR_SIGNS = /^[\d.,$\s]*$/;

/**
 * Whether a window around a figure holds only digits, separators, "$", spaces and words of `PLAIN_USD_WORDS`
 * (any case), so the currency recognizer cannot find another currency in it.
 *
 * @example
 * isPlainUsdWindow('US$ 3.45 million'); // true
 * isPlainUsdWindow('4 million pesos'); // false: "pesos" needs the recognizer
 */
export function isPlainUsdWindow(window: string): boolean {
  const words = window.match(WORD) ?? [];
  if (!words.every((word) => PLAIN_USD_WORDS.has(word.toLowerCase()))) return false;
  return FIGURES_AND_DOLLAR_SIGNS.test(window.replace(WORD, ' '));
}
