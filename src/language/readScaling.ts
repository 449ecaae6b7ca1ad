import type { FieldName } from './fields';
import { metricsNamed } from './metricMentions';

const WORD_FACTORS: Record<string, number> = { double: 2, doubled: 2, doubles: 2, triple: 3, tripled: 3, triples: 3, halve: 0.5, halved: 0.5, half: 0.5 };
const WORD = /\b(double[sd]?|triple[sd]?|halved?|half)\b/i;
const PERCENT = /\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s*(more|higher|up|increase|growth|less|lower|down|fewer|decrease|drop)\b/i;

export interface Scaling {
  field: FieldName;
  factor: number;
}

/**
 * A what-if that scales a figure instead of naming one: "what if we double our MBS", "20% more transactions".
 * "Transactions" here are the check's own, of at least USD 100. Undefined when no factor or no metric is named.
 *
 * @example
 * readScaling('what if we doubled our billed sales'); // { field: 'marketplaceBilledSalesUsd', factor: 2 }
 */
export function readScaling(text: string): Scaling | undefined {
  const word = WORD.exec(text);
  const percent = PERCENT.exec(text);
  const factor = word
    ? WORD_FACTORS[word[1]!.toLowerCase()]
    : percent
      ? 1 + (/^(?:less|lower|down|fewer|decrease|drop)$/i.test(percent[2]!) ? -1 : 1) * (Number(percent[1]) / 100)
      : undefined;
  const named = metricsNamed(text)[0];
  if (factor === undefined || named === undefined) return undefined;
  return { field: named === 'marketplaceTransactions' ? 'transactionsOver100' : named, factor };
}
