const QUESTION_FORM = /\?\s*$|^\s*(?:what|how|does|do|is|are|can|could|which|why|who|when|where|should|would|define|explain|meaning)\b/i;

/**
 * Whether a message is phrased as a question ("does a $35M customer MACC count?", "are we co-sell eligible?"):
 * a question asks about a fact, it does not state it.
 *
 * @example
 * isQuestionForm('what is MBS'); // true
 */
export function isQuestionForm(text: string): boolean {
  return QUESTION_FORM.test(text);
}
