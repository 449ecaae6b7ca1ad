import { currentLexicon } from './lexicon';
import { cachedPattern, wordsSource } from './lexicon/patterns';

const QUESTION_FORM = /[?？]\s*$|^\s*(?:what|how|does|do|is|are|can|could|which|why|who|when|where|should|would|define|explain|meaning)\b/i;

/**
 * Whether a message is phrased as a question ("does a $35M customer MACC count?", "are we co-sell eligible?",
 * "¿qué es MBS", "co-sell eligibleってなに"): a question asks about a fact, it does not state it. English's forms
 * always count; the turn's language adds its question words at the start and, for Japanese and Chinese, the
 * particles that end a question.
 *
 * @example
 * isQuestionForm('what is MBS'); // true
 */
export function isQuestionForm(text: string): boolean {
  if (QUESTION_FORM.test(text)) return true;
  const lexicon = currentLexicon();
  const starts = cachedPattern(lexicon, 'questionStarts', () => `^\\s*${wordsSource(lexicon, lexicon.questionStarts)}`, 'i');
  const ends = cachedPattern(lexicon, 'questionEnds', () => `(?:${lexicon.questionEnds.join('|') || '(?!)'})[\\s。.!！]*$`);
  return starts.test(text) || ends.test(text);
}
