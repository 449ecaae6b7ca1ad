import { limits } from './limits';
import { countProblem } from './mentionChecks';
import { foldForMatching, normalizeAnswer } from './normalizeAnswer';
import { scanNumberMentions, type NumberMention } from './numberMentions';
import { invalid, unknownAnswer, valueOf, type InvalidReason, type ParsedAnswer } from './parsedAnswer';
import { isCountQualifier } from './qualifiers';
import { isGuess, isUnknownAnswer } from './unknownAnswer';

const NO_COUNT =
  /^(?:none|zero|nil|no|nope|nobody|no\s+one|nothing|nada|not\s+(?:one|any|a\s+single\s+one)|none\s+(?:yet|so\s+far)|no\s+(?:customers?|transactions?|deals?|new\s+customers?)(?:\s+yet)?)$/;

/** The figures in a count answer that are counts, thresholds such as "over $10k" set aside. */
export function countMentions(answer: string): NumberMention[] {
  const mentions = scanNumberMentions(answer);
  const folded = foldForMatching(answer);
  return mentions.filter((mention) => !isCountQualifier(folded, mention, mentions));
}

/** A count checked for sign, whole-ness and size; the reason when it is not a count. */
export function checkedCount(mention: NumberMention): { value: number } | { reason: InvalidReason } {
  const problem = countProblem(mention);
  return problem ? { reason: problem } : { value: mention.value };
}

/**
 * Reads an answer to "how many?": whole numbers from zero up ("12", "ten", "a dozen", "1k", "12 customers over
 * $10k"). "none", "zero", "no" and "nil" are 0. A count is never ambiguous unless the person calls it a guess.
 *
 * @example
 * parseCount('12 customers over $10k'); // { kind: 'value', value: 12, ambiguous: false }
 */
export function parseCount(text: string): ParsedAnswer<number> {
  if (text.length > limits.maxAnswerLength) return invalid('unparseable');
  const answer = normalizeAnswer(text);
  if (answer === '') return invalid('empty');
  if (isUnknownAnswer(answer)) return unknownAnswer();
  if (NO_COUNT.test(answer)) return valueOf(0);

  const counts = countMentions(answer);
  const [first] = counts;
  if (!first) return invalid('unparseable');
  if (counts.some((mention) => mention.problem === 'locale-format')) return invalid('locale-format');
  if (new Set(counts.map((mention) => mention.value)).size > 1) return invalid('multiple-numbers');
  const checked = checkedCount(first);
  if ('reason' in checked) return invalid(checked.reason);
  return valueOf(checked.value, isGuess(answer));
}
