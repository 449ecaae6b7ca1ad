import { currentLexicon, type Lexicon } from './lexicon';
import { alternation, cachedPattern, LATIN_LETTER } from './lexicon/patterns';
import type { NumberMention } from './numberMentions';

// The program counts customers "of greater than USD 10,000 each" and transactions "at a minimum value of USD 100".
// People repeat those thresholds in their answers ("12 customers over $10k"); they describe the count, they are
// not a value, and must never be read as one.
const COMPARATOR_BEFORE =
  /(?:\b(?:of|each|all|deals?|valued|with(?:\s+(?:deals?|values?))?)\s+)?(?:\b(?:over|above|exceeding|greater\s+than|more\s+than|bigger\s+than|larger\s+than|in\s+excess\s+of|at\s+least|minimum(?:\s+value)?(?:\s+of)?|min\.?(?:\s+of)?|north\s+of|worth(?:\s+(?:over|more\s+than|at\s+least))?|valued\s+(?:at|over)|each\s+over)|>=?|≥)\s*$/;
const PLUS_AFTER = /^\s*\+/;
const EACH_AFTER = /^\s*\+?\s*each\b/;
const COUNT_NOUN = /\b(?:customers?|clients?|buyers?|logos|adds|transactions?|txns?|deals?|purchases|orders|sales)\b/;
/** The program's own thresholds: USD 10,000 per net-new customer and USD 100 per transaction. */
const programThresholds: ReadonlySet<number> = new Set([100, 10_000]);

/**
 * Where a qualifier such as "over $10k" starts, comparator included; undefined when the figure has none.
 *
 * @example
 * qualifierStart('12 customers over $10k', scanNumberMentions('12 customers over $10k')[1]); // 13
 */
export function qualifierStart(folded: string, mention: NumberMention): number | undefined {
  const before = folded.slice(Math.max(0, mention.start - 30), mention.start);
  const comparator = COMPARATOR_BEFORE.exec(before) ?? localComparatorBefore(currentLexicon()).exec(before);
  if (comparator) return mention.start - comparator[0].length;
  if (PLUS_AFTER.test(folded.slice(mention.end, mention.end + 3))) return mention.start;
  if (localComparatorAfter(currentLexicon()).test(folded.slice(mention.end, mention.end + 8))) return mention.start;
  return undefined;
}

// The language's own comparators: "de más de 10.000 USD", "über 10.000 USD", "超过 1万美元" before the figure,
// "1万ドル超の" after it.
function localComparatorBefore(lexicon: Lexicon): RegExp {
  return cachedPattern(lexicon, 'comparatorBefore', () => {
    if (lexicon.comparatorsBefore.length === 0) return '(?!)';
    return `${lexicon.spaced ? `(?<![${LATIN_LETTER}])` : ''}(?:${alternation(lexicon.comparatorsBefore)})\\s*$`;
  });
}

function localComparatorAfter(lexicon: Lexicon): RegExp {
  return cachedPattern(lexicon, 'comparatorAfter', () => (lexicon.comparatorsAfter.length === 0 ? '(?!)' : `^\\s*(?:${alternation(lexicon.comparatorsAfter)})`));
}

/**
 * Where a qualifier ends: after the figure, a trailing "+" and "each".
 *
 * @example
 * qualifierEnd('over $10k each', scanNumberMentions('over $10k each')[0]); // 14
 */
export function qualifierEnd(folded: string, mention: NumberMention): number {
  const each =
    EACH_AFTER.exec(folded.slice(mention.end, mention.end + 12)) ??
    PLUS_AFTER.exec(folded.slice(mention.end, mention.end + 3)) ??
    localComparatorAfter(currentLexicon()).exec(folded.slice(mention.end, mention.end + 8));
  return mention.end + (each ? each[0].length : 0);
}

/**
 * Whether a figure in an answer to a count question only qualifies the count. Any currency-marked figure does (a
 * count is never in dollars); so does a bare 100 or 10,000 after "over" / "at least" when another figure is there
 * to be the count ("12 over 10000").
 *
 * @example
 * isCountQualifier('12 customers over $10k', mentions[1], mentions); // true
 */
export function isCountQualifier(folded: string, mention: NumberMention, all: readonly NumberMention[]): boolean {
  if (mention.currency !== null) return true;
  return programThresholds.has(mention.value) && qualifierStart(folded, mention) !== undefined && all.length > 1;
}

/**
 * Whether a figure in a free-text description qualifies a count rather than stating an amount: it follows a
 * comparator, looks like money, and sits after a count noun or before "each" ("10 net-new customers over $10k",
 * "25 transactions of at least $100"), or is one of the program's thresholds. "MBS over $4M" stays an amount.
 *
 * @example
 * isStatementQualifier('10 customers over $10k', mentions[1], 0); // true
 */
export function isStatementQualifier(folded: string, mention: NumberMention, clauseStart: number): boolean {
  const start = qualifierStart(folded, mention);
  if (start === undefined) return false;
  if (mention.currency === null && !mention.hasMagnitude && !programThresholds.has(mention.value)) return false;
  const clauseBefore = folded.slice(Math.max(clauseStart, start - 60), start);
  return COUNT_NOUN.test(clauseBefore) || EACH_AFTER.test(folded.slice(mention.end, mention.end + 12)) || programThresholds.has(mention.value);
}
