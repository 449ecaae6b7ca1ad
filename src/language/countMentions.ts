import { countProblem } from './mentionChecks';
import { foldForMatching } from './normalizeAnswer';
import { scanNumberMentions, type NumberMention } from './numberMentions';
import type { InvalidReason } from './parsedAnswer';
import { isCountQualifier } from './qualifiers';

/**
 * The figures in an answer to a count question that are counts, thresholds such as "over $10k" set aside.
 *
 * @example
 * countMentions('12 customers over $10k').map((mention) => mention.value); // [12]
 */
export function countMentions(answer: string): NumberMention[] {
  const mentions = scanNumberMentions(answer);
  const folded = foldForMatching(answer);
  return mentions.filter((mention) => !isCountQualifier(folded, mention, mentions));
}

/**
 * A count checked for sign, whole-ness and size, or the reason it is not a count.
 *
 * @example
 * checkedCount(countMentions('2.5')[0]); // { reason: 'fractional' }
 */
export function checkedCount(mention: NumberMention): { value: number } | { reason: InvalidReason } {
  const problem = countProblem(mention);
  return problem ? { reason: problem } : { value: mention.value };
}
