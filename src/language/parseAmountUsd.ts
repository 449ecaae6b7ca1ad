import { mentionsForeignCurrency } from './currencyMarkers';
import { limits } from './limits';
import { amountProblem } from './mentionChecks';
import { saysNoneInLanguage } from './noneAnswers';
import { normalizeAnswer } from './normalizeAnswer';
import { scanNumberMentions } from './numberMentions';
import { RecognizerBudget } from './recognizers';
import { parsedInvalid, parsedUnknown, parsedValue, type ParsedAnswer } from './parsedAnswer';
import { isGuess, isUnknownAnswer } from './unknownAnswer';

// Whole answers that mean zero dollars ("Do you have a consumption commitment? - No.").
const NO_AMOUNT =
  /^(?:none|zero|nil|nothing|nada|no|nope|not\s+any|none\s+(?:yet|so\s+far)|we\s+(?:have|had)\s+none|no\s+(?:commitment|sales|mbs|revenue|billings?)(?:\s+yet)?)$/;

/**
 * Reads an answer to "how many US dollars?" ("$3.6M", "USD 4,200,000", "three and a half million", "1MM").
 *
 * The read-back rule: the value is `ambiguous` (the bot confirms "I read that as USD 4 - right?") when the answer
 * has neither a USD marker ($, USD, US$, dollars) nor a magnitude (k, m, million...) and is small or fractional
 * enough to be shorthand ("4", "4.2", "350", "ten": millions? thousands?); a bare "4,200,000" or "4200000" answers a
 * question asked in US dollars and is taken as it is. Also when it is written like a European thousands group ("$4.000"); or when the person says it is a guess
 * ("maybe 4M"). Zero is never ambiguous. "About" / "around" / "roughly" keep the value and do not make it ambiguous.
 *
 * @example
 * parseAmountUsd('USD34.6 million'); // { kind: 'value', value: 34600000, ambiguous: false }
 */
export function parseAmountUsd(text: string): ParsedAnswer<number> {
  if (text.length > limits.maxAnswerLength) return parsedInvalid('unparseable');
  const answer = normalizeAnswer(text);
  if (answer === '') return parsedInvalid('empty');
  if (isUnknownAnswer(answer)) return parsedUnknown();
  if (NO_AMOUNT.test(answer) || saysNoneInLanguage(answer)) return parsedValue(0);
  if (mentionsForeignCurrency(answer)) return parsedInvalid('non-usd');

  const budget = new RecognizerBudget();
  const mentions = scanNumberMentions(answer, budget);
  if (mentions.some((mention) => mention.problem === 'locale-format')) return parsedInvalid('locale-format');
  const [first] = mentions;
  if (!first) return parsedInvalid('unparseable');
  // "4M (4,000,000)" says one figure twice; "3 or 4 million" gives two and the bot must not pick one.
  if (new Set(mentions.map((mention) => mention.value)).size > 1) return parsedInvalid('multiple-numbers');

  for (const mention of mentions) {
    const problem = amountProblem(answer, mention, budget);
    if (problem) return parsedInvalid(problem);
  }
  const value = Math.abs(first.value);
  const shorthand = value < 1000 || !Number.isInteger(value);
  const bare = shorthand && mentions.every((mention) => mention.currency === null && !mention.hasMagnitude);
  const europeanLookalike = mentions.some((mention) => mention.dotThousandsLookalike);
  return parsedValue(value, value !== 0 && (bare || europeanLookalike || isGuess(answer)));
}
