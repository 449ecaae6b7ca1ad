/**
 * The words that may stand around a figure in an ordinary US-dollar answer ("3.45 million", "US$ 4.2mm", "10k
 * bucks"): the magnitude words of `magnitudes.ts` and the USD markers of `currencyMarkers.ts`. None of them names
 * another currency, so a window holding nothing else needs no currency recognizer. A fixed list on purpose: a new
 * word (a magnitude added later, "lakh", "quid") goes to the recognizer until a test here shows it is safe.
 */
export const PLAIN_USD_WORDS: ReadonlySet<string> = new Set([
  // Magnitudes, each word of the keys of `powerOfTen` ("hundred thousand" is two of them).
  'hundred',
  'k',
  'thousand',
  'thousands',
  'm',
  'mm',
  'mn',
  'mln',
  'mio',
  'mil',
  'million',
  'millions',
  'b',
  'bn',
  'bln',
  'billion',
  'billions',
  'tn',
  'trillion',
  'trillions',
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
