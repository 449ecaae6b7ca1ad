import { currentLexicon } from './lexicon';
import { mentionsAnyWord } from './lexicon/patterns';
import { foldForMatching } from './normalizeAnswer';

// "What if we had 10 more transactions?" / "suppose we win 2 more customers": a hypothetical, not an answer
// ("let's say 30" and "I suppose about 30" are hedged answers).
const ENGLISH_HYPOTHETICAL = /\b(?:what\s+if|what\s+happens\s+if|what\s+would\s+happen|suppose\s+(?:that\s+)?(?:we|they|the)|supposing|imagine|hypothetically)\b/i;

/**
 * Whether a message opens a what-if ("what if we had 5 more transactions", "y si tuviéramos 5 transacciones más",
 * "et si on avait…", "was wäre, wenn…", "如果多3个新客户呢", "もし…たら"): asked before the result, it is never an
 * answer to the open question. English's words always count; the turn's language adds its own.
 *
 * @example
 * soundsHypothetical('what if we had 2 more customers?'); // true
 */
export function soundsHypothetical(text: string): boolean {
  if (ENGLISH_HYPOTHETICAL.test(text)) return true;
  const lexicon = currentLexicon();
  return mentionsAnyWord(lexicon, 'hypothetical', lexicon.hypothetical, foldForMatching(text));
}
