import type { Lexicon } from './types';

/**
 * Letters of the Latin-script languages, for word boundaries without the `u` flag (JavaScript's `\b` only knows
 * ASCII letters, so "\bé" never matches).
 */
export const LATIN_LETTER = 'a-zà-öø-ÿßœæ';

/** An alternation of regular-expression sources, longest first so "mil millones" wins over "mil". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/**
 * A source matching one of `words` as whole words in this language: between non-letters for languages written
 * with spaces, anywhere for Japanese and Chinese. Empty lists give a pattern that never matches.
 */
export function wordsSource(lexicon: Lexicon, words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const body = `(?:${alternation(words)})`;
  return lexicon.spaced ? `(?<![${LATIN_LETTER}])${body}(?![${LATIN_LETTER}])` : body;
}

const compiled = new Map<string, RegExp>();

/** A regular expression built once per language and name, then reused for every message. */
export function cachedPattern(lexicon: Lexicon, name: string, build: () => string, flags = ''): RegExp {
  const key = `${lexicon.locale}\u0000${name}\u0000${flags}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(build(), flags);
    compiled.set(key, pattern);
  }
  return pattern;
}

/**
 * Whether a whole normalized answer is one of `words` (with a trailing "yet"-like tail left to the lists).
 *
 * @example
 * isWholeAnswer(es, es.none, 'ninguno'); // true
 */
export function isWholeAnswer(lexicon: Lexicon, name: string, words: readonly string[], answer: string): boolean {
  if (words.length === 0) return false;
  return cachedPattern(lexicon, `whole:${name}`, () => `^(?:${alternation(words)})(?:[\\s,.!?。！？、]*)$`).test(answer);
}

/** Whether `words` occur anywhere in `text` as words of this language. */
export function mentionsAnyWord(lexicon: Lexicon, name: string, words: readonly string[], text: string): boolean {
  if (words.length === 0) return false;
  return cachedPattern(lexicon, `any:${name}`, () => wordsSource(lexicon, words)).test(text);
}
