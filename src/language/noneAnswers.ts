import { currentLexicon } from './lexicon';
import { isWholeAnswer } from './lexicon/patterns';
import { normalizeAnswer } from './normalizeAnswer';

// Whole answers meaning "none" to a question about an amount or a count. "We don't have one" must never be read
// as the number one, and "not yet" is none for now.
const NONE_ANSWER =
  /^(?:no|nope|nah|none|nothing|zero|nil|n\/a|na|not\s+yet|not\s+any|none\s+yet|nothing\s+yet|no,?\s+not\s+yet|no,?\s+none|(?:we|i|they|the\s+partner)\s+(?:do\s+not|don'?t|dont|haven'?t|have\s+not|hasn'?t|has\s+not|did\s+not|didn'?t|does\s+not|doesn'?t)\s+(?:have|sign|signed|got|get|had)\s+(?:one|any|it|that)(?:\s+yet)?|(?:nothing|none|not|never)\s+signed(?:\s+(?:one|yet))*|not\s+signed\s+(?:one|any)(?:\s+yet)?|(?:we|they)\s+(?:haven'?t|have\s+not|never)\s+signed(?:\s+(?:one|any|anything))?(?:\s+yet)?|no\s+(?:commitment|sales|customers|transactions|deals)(?:\s+yet)?)$/;

/**
 * Whether an answer says there is none, so an amount or count question takes 0.
 *
 * @example
 * saysNone("We don't have one."); // true
 */
export function saysNone(text: string): boolean {
  const folded = text.toLowerCase().replace(/[’']/g, "'").replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  return NONE_ANSWER.test(folded) || saysNoneInLanguage(normalizeAnswer(text));
}

/**
 * Whether a normalized answer is one of the current language's ways of saying none ("ninguno", "keine",
 * "ありません", "没有"). Always false in English, whose words are the patterns above and in each parser.
 *
 * @example
 * runInLocale('es', () => saysNoneInLanguage('ninguno')); // true
 */
export function saysNoneInLanguage(normalized: string): boolean {
  const lexicon = currentLexicon();
  return isWholeAnswer(lexicon, 'none', lexicon.none, normalized);
}
