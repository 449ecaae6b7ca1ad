/**
 * How people mark a figure as US dollars or as another currency, before or after the numeral.
 * Everything here runs on folded (lower-case) text. Only USD is accepted: the program's thresholds are in USD and
 * the bot never converts, so another currency is refused rather than guessed.
 */

import { currentLexicon } from './lexicon';
import { alternation, cachedPattern, LATIN_LETTER, mentionsAnyWord } from './lexicon/patterns';

export type CurrencyMark = 'usd' | 'foreign';

const FOREIGN_SYMBOLS = '€£¥₹₩₽₺₪';
// "C$", "A$", "NZ$"... but not "US$": the lookbehind keeps "s$" from matching inside "us$".
const FOREIGN_DOLLAR_SIGNS = '(?<![a-z])(?:c|ca|can|a|au|nz|hk|s|sg|r|mx)\\$';
const FOREIGN_CODES = 'eur|gbp|cad|aud|nzd|jpy|cny|rmb|inr|chf|sek|nok|dkk|pln|brl|mxn|zar|sgd|hkd|krw|rub';
const FOREIGN_NAMES =
  'euros?|pounds?(?:\\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|(?:swiss\\s+)?francs?|' +
  '(?:canadian|australian|new\\s+zealand|singapore|hong\\s+kong|mexican)\\s+dollars?';

const USD_BEFORE = /(?:us\s?\$|usd\s?\$?|\$|us\s+dollars?)\s*$/;
const FOREIGN_BEFORE = new RegExp(`(?:[${FOREIGN_SYMBOLS}]|${FOREIGN_DOLLAR_SIGNS}|(?<![a-z])(?:${FOREIGN_CODES}|rs\\.?))\\s*$`);
const USD_AFTER = /^\s*(?:in\s+)?(?:usd|us\s?\$|u\.?s\.?\s+dollars?|dollars?|bucks|\$)(?![a-z])/;
const FOREIGN_AFTER = new RegExp(`^\\s*(?:in\\s+)?(?:[${FOREIGN_SYMBOLS}]|(?:${FOREIGN_CODES}|${FOREIGN_NAMES})(?![a-z]))`);
const FOREIGN_ANYWHERE = new RegExp(
  `[${FOREIGN_SYMBOLS}]|${FOREIGN_DOLLAR_SIGNS}|\\b(?:${FOREIGN_CODES}|${FOREIGN_NAMES})\\b`,
);

/** Currency codes that may be written glued to the numeral ("USD34.6 million", "EUR4m"). */
export const GLUED_CURRENCY_CODE = new RegExp(`(?:^|[^a-z])(?:usd|us|${FOREIGN_CODES}|rs)$`);

export interface MarkerMatch {
  mark: CurrencyMark;
  /** Characters the marker takes up, whitespace included. */
  length: number;
}

/**
 * The currency marker written right before a numeral, if any.
 *
 * @example
 * currencyBefore('usd '); // { mark: 'usd', length: 4 }
 */
export function currencyBefore(textBefore: string): MarkerMatch | undefined {
  // Foreign first: "C$" ends in the same "$" as a US dollar sign.
  const foreign = FOREIGN_BEFORE.exec(textBefore);
  if (foreign) return { mark: 'foreign', length: foreign[0].length };
  const local = localCurrencyBefore(textBefore);
  if (local) return local;
  const usd = USD_BEFORE.exec(textBefore);
  if (usd) return { mark: 'usd', length: usd[0].length };
  return undefined;
}

/**
 * The currency marker written right after a numeral (and its magnitude), if any.
 *
 * @example
 * currencyAfter(' euros'); // { mark: 'foreign', length: 6 }
 */
export function currencyAfter(textAfter: string): MarkerMatch | undefined {
  // Foreign first: "canadian dollars" must not stop at "dollars".
  const localForeign = localCurrencyAfter(textAfter, 'foreign');
  if (localForeign) return localForeign;
  const foreign = FOREIGN_AFTER.exec(textAfter);
  if (foreign) return { mark: 'foreign', length: foreign[0].length };
  const localUsd = localCurrencyAfter(textAfter, 'usd');
  if (localUsd) return localUsd;
  const usd = USD_AFTER.exec(textAfter);
  if (usd) return { mark: 'usd', length: usd[0].length };
  return undefined;
}

/**
 * Whether a folded answer names a currency other than the US dollar anywhere ("4M, in EUR").
 *
 * @example
 * mentionsForeignCurrency('4 million euros'); // true
 */
export function mentionsForeignCurrency(folded: string): boolean {
  const lexicon = currentLexicon();
  return FOREIGN_ANYWHERE.test(folded) || mentionsAnyWord(lexicon, 'foreignAnywhere', lexicon.foreignAnywhere, folded);
}

// The current language's ways of writing a currency ("millones de dólares", "US-Dollar", "360万ドル", "美元",
// "3,6 millions d'euros"), tried before English's. Another currency is looked for first: "dólares canadienses"
// starts like "dólares", and "美元" must not be read as its last character "元" (yuan).
function localCurrencyAfter(textAfter: string, mark: CurrencyMark): MarkerMatch | undefined {
  const lexicon = currentLexicon();
  const words = mark === 'usd' ? lexicon.usd : lexicon.foreign;
  if (words.length === 0) return undefined;
  const end = lexicon.spaced ? `(?![${LATIN_LETTER}])` : '(?![a-z])';
  const pattern = cachedPattern(lexicon, `currencyAfter:${mark}`, () => `^\\s*${lexicon.currencyJoiner}(?:${alternation(words)})${end}`);
  const match = pattern.exec(textAfter);
  return match ? { mark, length: match[0].length } : undefined;
}

function localCurrencyBefore(textBefore: string): MarkerMatch | undefined {
  const lexicon = currentLexicon();
  if (lexicon.usd.length === 0) return undefined;
  const start = lexicon.spaced ? `(?<![${LATIN_LETTER}])` : '';
  for (const [mark, words] of [['foreign', lexicon.foreign], ['usd', lexicon.usd]] as const) {
    const pattern = cachedPattern(lexicon, `currencyBefore:${mark}`, () => `${start}(?:${alternation(words)})\\s*$`);
    const match = pattern.exec(textBefore);
    if (match) return { mark, length: match[0].length };
  }
  return undefined;
}
