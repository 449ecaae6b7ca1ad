import { countProblem } from './mentionChecks';
import { foldForMatching } from './normalizeAnswer';
import { scanNumberMentions, type NumberMention } from './numberMentions';
import type { InvalidReason } from './parsedAnswer';
import { isCountQualifier, qualifierStart } from './qualifiers';

/**
 * The figures of an answer to a count question, scanned once: the counts (thresholds such as "over $10k" set
 * aside), and whether the answer gives an amount of money instead of a count: every figure in it written with a
 * currency ("USD 3,600,000", "3 600 000 €") or with a magnitude of a million or more ("3.6M", "3,6 Mio.", "360万").
 * A threshold such as "over $10k" next to a count is not an amount given.
 *
 * @example
 * readCountAnswer('3.6M').givesAmount; // true
 * readCountAnswer('12 customers over $10k').givesAmount; // false
 */
export function readCountAnswer(answer: string): { counts: NumberMention[]; givesAmount: boolean } {
  const mentions = scanNumberMentions(answer);
  const folded = foldForMatching(answer);
  const givesAmount = mentions.length > 0 && mentions.every((mention) => looksLikeAmount(folded, mention));
  return { counts: mentions.filter((mention) => !isCountQualifier(folded, mention, mentions)), givesAmount };
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

// A figure this size written with a magnitude ("3.6M", "3,6 millones", "360万") is sales, not customers or transactions.
const AMOUNT_SIZED = 1_000_000;

function looksLikeAmount(folded: string, mention: NumberMention): boolean {
  if (mention.currency !== null) return qualifierStart(folded, mention) === undefined;
  return mention.hasMagnitude && Math.abs(mention.value) >= AMOUNT_SIZED;
}
