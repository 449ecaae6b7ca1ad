/**
 * Lower-cases ASCII letters and straightens typographic quotes without changing the length of the text, so an
 * index found in the folded text points at the same character of what the person typed (one-shot parsing quotes
 * the person's own words back).
 *
 * @example
 * foldForMatching('We’re at $4M'); // "we're at $4m"
 */
export function foldForMatching(text: string): string {
  return text.replace(/[A-Z\u2018\u2019\u201C\u201D]/g, (char) => {
    if (char === '\u2018' || char === '\u2019') return "'";
    if (char === '\u201C' || char === '\u201D') return '"';
    return char.toLowerCase();
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
  return foldForMatching(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .replace(LEADING_HEDGE, '')
    .replace(TRAILING_HEDGE, '')
    .trim();
}
