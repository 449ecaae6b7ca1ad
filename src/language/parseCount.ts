import { limits } from './limits';
import { checkedCount, readCountAnswer } from './countMentions';
import { saysNoneInLanguage } from './noneAnswers';
import { normalizeAnswer } from './normalizeAnswer';
import { parsedInvalid, parsedUnknown, parsedValue, type ParsedAnswer } from './parsedAnswer';
import { isGuess, isUnknownAnswer } from './unknownAnswer';

const NO_COUNT =
  /^(?:none|zero|nil|no|nope|nobody|no\s+one|nothing|nada|not\s+(?:one|any|a\s+single\s+one)|none\s+(?:yet|so\s+far)|no\s+(?:customers?|transactions?|deals?|new\s+customers?)(?:\s+yet)?)$/;

/**
 * Reads an answer to "how many?": whole numbers from zero up ("12", "ten", "a dozen", "1k", "12 customers over
 * $10k"). "none", "zero", "no" and "nil" are 0. A count is never ambiguous unless the person calls it a guess.
 *
 * @example
 * parseCount('12 customers over $10k'); // { kind: 'value', value: 12, ambiguous: false }
 */
export function parseCount(text: string): ParsedAnswer<number> {
  if (text.length > limits.maxAnswerLength) return parsedInvalid('unparseable');
  const answer = normalizeAnswer(text);
  if (answer === '') return parsedInvalid('empty');
  if (isUnknownAnswer(answer)) return parsedUnknown();
  if (NO_COUNT.test(answer) || saysNoneInLanguage(answer)) return parsedValue(0);

  // "3.6M" at "how many customers?" is the sales figure typed in the wrong place, never 3.6 million customers.
  const { counts, givesAmount } = readCountAnswer(answer);
  if (givesAmount) return parsedInvalid('amount-for-count');
  const [first] = counts;
  if (!first) return parsedInvalid('unparseable');
  if (counts.some((mention) => mention.problem === 'locale-format')) return parsedInvalid('locale-format');
  if (new Set(counts.map((mention) => mention.value)).size > 1) return parsedInvalid('multiple-numbers');
  const checked = checkedCount(first);
  if ('reason' in checked) return parsedInvalid(checked.reason);
  return parsedValue(checked.value, isGuess(answer));
}
