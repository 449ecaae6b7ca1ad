import { readBooleanCell } from '../csv/cellValues';
import { parseAmountUsd } from '../language/parseAmountUsd';
import { parseCount } from '../language/parseCount';
import type { InvalidReason, ParsedAnswer } from '../language/parsedAnswer';

type FlagKind = 'amount' | 'count' | 'yesNo';

/** One command-line flag per evaluator field, named the way a partner says it. */
export const METRIC_FLAGS = {
  'billed-sales': { field: 'marketplaceBilledSalesUsd', kind: 'amount', example: '3.6m' },
  'net-new-customers': { field: 'netNewCustomersOver10k', kind: 'count', example: '10' },
  'transactions-over-100': { field: 'transactionsOver100', kind: 'count', example: '25' },
  'unique-customers': { field: 'uniqueCustomersOver100', kind: 'count', example: '6' },
  'marketplace-transactions': { field: 'marketplaceTransactions', kind: 'count', example: '40' },
  commitment: { field: 'consumptionCommitmentUsd', kind: 'amount', example: '30M' },
  'co-sell-eligible': { field: 'azureIpCoSellEligible', kind: 'yesNo', example: 'yes' },
  'transactable-offer': { field: 'hasTransactableOffer', kind: 'yesNo', example: 'no' },
} as const satisfies Record<string, { field: string; kind: FlagKind; example: string }>;

export type MetricFlag = keyof typeof METRIC_FLAGS;

const REASONS: Record<InvalidReason, string> = {
  empty: 'is empty',
  unparseable: 'is not a number I can read',
  negative: 'cannot be negative',
  fractional: 'must be a whole number',
  'non-usd': 'must be in US dollars; convert it first',
  'too-large': 'is implausibly large; check it',
  'locale-format': 'is written with a decimal comma or dot thousands; write 4,000,000 or 4m',
  'multiple-numbers': 'gives more than one number; give one',
  'amount-for-count': 'looks like an amount of money; give a number of customers or transactions',
};

/** What a flag's text means: a value, "not known" (null, as in the JSON input), or a reason it is refused. */
export type FlagValue = { ok: true; value: number | boolean | null } | { ok: false; message: string };

function fromAnswer(flag: MetricFlag, text: string, answer: ParsedAnswer<number>): FlagValue {
  // A bare "4200000" is "ambiguous" in chat, where the bot reads it back; a flag named for dollars is not.
  if (answer.kind === 'value') return { ok: true, value: answer.value };
  if (answer.kind === 'unknown') return { ok: true, value: null };
  return { ok: false, message: `--${flag} "${text}" ${REASONS[answer.reason]} (for example --${flag} ${METRIC_FLAGS[flag].example})` };
}

/**
 * Reads a metric flag's text the way the chat bot reads an answer: `3.6m`, `$4,000,000`, `30M`, `ten`, `yes`.
 * "unknown" (or "not sure") leaves the metric unknown, never zero.
 *
 * @example
 * readMetricFlag('billed-sales', '3.6m') // { ok: true, value: 3600000 }
 */
export function readMetricFlag(flag: MetricFlag, text: string): FlagValue {
  const { kind } = METRIC_FLAGS[flag];
  if (kind === 'amount') return fromAnswer(flag, text, parseAmountUsd(text));
  if (kind === 'count') return fromAnswer(flag, text, parseCount(text));
  const word = text.trim().toLowerCase();
  if (word === 'unknown' || word === 'not sure' || word === "don't know") return { ok: true, value: null };
  const value = word === '' ? undefined : readBooleanCell(word, false);
  if (value?.ok) return { ok: true, value: value.value };
  return { ok: false, message: `--${flag} "${text}" is not yes or no (write --${flag} yes, --${flag} no or --${flag} unknown)` };
}
