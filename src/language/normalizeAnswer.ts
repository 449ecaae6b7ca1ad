import { currentLocale } from '../i18n/turnLocale';
import { currentLexicon } from './lexicon';
import { alternation, cachedPattern } from './lexicon/patterns';

/**
 * Lower-cases ASCII letters and straightens typographic quotes without changing the length of the text, so an
 * index found in the folded text points at the same character of what the person typed (one-shot parsing quotes
 * the person's own words back).
 *
 * @example
 * foldForMatching('We’re at $4M'); // "we're at $4m"
 */
export function foldForMatching(text: string): string {
  if (currentLocale() !== 'en') return foldLocalText(text);
  return text.replace(/[A-Z\u2018\u2019\u201C\u201D]/g, (char) => {
    if (char === '\u2018' || char === '\u2019') return "'";
    if (char === '\u201C' || char === '\u201D') return '"';
    return char.toLowerCase();
  });
}

/**
 * The same fold for the other languages: every capital (accented ones too: "Ü", "É") is lower-cased, full-width
 * digits and Latin letters ("３６０万", "ＵＳＤ") and the ideographic space become their ASCII forms. Each
 * character stays one character, so indexes still point at what the person typed.
 */
function foldLocalText(text: string): string {
  return text.replace(/[A-Z\u00C0-\u00DE\u0152\u2018\u2019\u201C\u201D\u3000\uFF01-\uFF5E]/g, (char) => {
    if (char === '\u2018' || char === '\u2019') return "'";
    if (char === '\u201C' || char === '\u201D') return '"';
    if (char === '\u3000') return ' ';
    const code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
    const lower = char.toLowerCase();
    return lower.length === 1 ? lower : char;
  });
}

// Hedges keep the value: partners rarely know a figure to the dollar, and the bot must not nag about it.
const LEADING_HEDGE = /^(?:(?:about|around|roughly|approximately|approx\.?|circa|~)\s*)+/;
const TRAILING_HEDGE = /\s+(?:or\s+so|give\s+or\s+take)$/;
const TRAILING_PUNCTUATION = /[\s.!?,;:…]+$/;

/**
 * Prepares one answer for matching: folds case, collapses whitespace, drops trailing punctuation and leading
 * "about" / "around" / "roughly" / "approximately".
 *
 * @example
 * normalizeAnswer('  About $4M!! '); // "$4m"
 */
export function normalizeAnswer(text: string): string {
  const english = foldForMatching(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .replace(LEADING_HEDGE, '')
    .replace(TRAILING_HEDGE, '')
    .trim();
  const lexicon = currentLexicon();
  if (lexicon.approximately.length === 0) return english;
  const hedge = cachedPattern(lexicon, 'leadingHedge', () => `^(?:(?:${alternation(lexicon.approximately)})\\s*)+`);
  return english.replace(hedge, '').replace(LOCAL_TRAILING_PUNCTUATION, '').trim();
}

// Japanese and Chinese full stops and exclamation marks end answers too ("はい。").
const LOCAL_TRAILING_PUNCTUATION = /[\s。！？、，]+$/;
