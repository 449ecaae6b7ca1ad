import { limits } from './limits';
import type { NumberMention } from './numberMentions';
import type { InvalidReason } from './parsedAnswer';
import { isPlainUsdWindow } from './plainUsdWindow';
import { RecognizerBudget, recognizeCurrencyUnits, usdUnits } from './recognizers';

/**
 * Asks the maintained currency recognizer about the words right around a figure, to catch currencies the
 * hand-written list misses. Only a short window is sent: the currency model is very slow on long text.
 */
function recognizerSeesForeignCurrency(text: string, mention: NumberMention, budget: RecognizerBudget): boolean {
  // A figure dozens of digits long is refused for its size anyway, and would make the model crawl.
  if (mention.end - mention.start > 40) return false;
  // The window stops at neighbouring figures: each extra number costs the model milliseconds.
  const before = text.slice(Math.max(0, mention.start - 10), mention.start).replace(/^.*\d/s, '');
  const after = text.slice(mention.end, mention.end + 16).replace(/\d.*$/s, '');
  const window = before + text.slice(mention.start, mention.end) + after;
  // The model costs about half a millisecond a call, and almost every answer ("3.45 million", "$4.2M", "USD
  // 4,200,000") holds only figures, magnitudes and USD markers, none of which can name another currency.
  if (isPlainUsdWindow(window)) return false;
  // Past the message's budget only the hand-written currency list applies (it knows the common currencies).
  const units = budget.spend('currency', window, () => recognizeCurrencyUnits(window)) ?? [];
  return units.some((unit) => !usdUnits.has(unit));
}

/**
 * Why a figure cannot be a USD amount, or null when it can. Checked in the order the person can fix them.
 *
 * @example
 * amountProblem('€4m', scanNumberMentions('€4m')[0]); // 'non-usd'
 */
export function amountProblem(text: string, mention: NumberMention, budget: RecognizerBudget = new RecognizerBudget()): InvalidReason | null {
  if (mention.problem) return mention.problem;
  if (mention.currency === 'foreign') return 'non-usd';
  if (mention.negative) return 'negative';
  if (!Number.isFinite(mention.value)) return 'unparseable';
  if (mention.value > limits.maxAmountUsd) return 'too-large';
  if (recognizerSeesForeignCurrency(text, mention, budget)) return 'non-usd';
  return null;
}

/**
 * Why a figure cannot be a count (a whole number of customers or transactions), or null when it can.
 * "4.000" is refused as `locale-format`: a count has no decimals, so the dot can only be a European thousands
 * separator, and the bot must not guess between 4 and 4,000.
 *
 * @example
 * countProblem(scanNumberMentions('2.5')[0]); // 'fractional'
 */
export function countProblem(mention: NumberMention): InvalidReason | null {
  if (mention.problem) return mention.problem;
  if (mention.dotThousandsLookalike) return 'locale-format';
  if (mention.negative) return 'negative';
  if (mention.currency !== null || !Number.isFinite(mention.value)) return 'unparseable';
  if (!Number.isInteger(mention.value)) return 'fractional';
  if (mention.value > limits.maxCount) return 'too-large';
  return null;
}
