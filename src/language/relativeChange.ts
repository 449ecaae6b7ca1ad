import { currentLexicon } from './lexicon';
import { mentionsAnyWord } from './lexicon/patterns';
import { foldForMatching } from './normalizeAnswer';

const ENGLISH_RELATIVE_CHANGE = /\b\d[\d,.]*\s*[kmb]?\s+(?:more|fewer|less|additional|extra)\b|\b(?:fewer|less)\s+\w+|\b(?:add|subtract|remove|double|halve)\b/i;
const ENGLISH_FEWER = /\b(?:fewer|less|lose|lost)\b/i;

/**
 * Whether a message changes a figure relative to the one given ("2 more customers", "and 10 fewer transactions",
 * "5 transacciones más", "2 Kunden weniger", "再多2个客户"): after a result that is a what-if, never a correction
 * that would set the figure to 2. English's words always count; the turn's language adds its own.
 *
 * @example
 * namesRelativeChange('2 more customers'); // true
 */
export function namesRelativeChange(text: string): boolean {
  if (ENGLISH_RELATIVE_CHANGE.test(text)) return true;
  const lexicon = currentLexicon();
  const folded = foldForMatching(text);
  return /\d/.test(folded) && (mentionsAnyWord(lexicon, 'more', lexicon.more, folded) || mentionsAnyWord(lexicon, 'fewer', lexicon.fewer, folded));
}

/** Whether a relative change takes away ("fewer", "menos", "weniger", "少"), in English or the turn's language. */
export function saysFewer(text: string): boolean {
  const lexicon = currentLexicon();
  return ENGLISH_FEWER.test(text) || mentionsAnyWord(lexicon, 'fewer', lexicon.fewer, foldForMatching(text));
}
