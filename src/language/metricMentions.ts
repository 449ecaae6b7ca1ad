import type { FieldName } from './fields';
import { currentLexicon } from './lexicon';
import { mentionsAnyWord } from './lexicon/patterns';
import { foldForMatching } from './normalizeAnswer';

// The words that name each metric, loosely: enough to notice that an answer talks about another metric than the
// open question's, not enough to file a figure (that needs a figure beside its label, see fieldStatements.ts).
const metricWords: ReadonlyArray<readonly [FieldName[], RegExp]> = [
  [['marketplaceBilledSalesUsd'], /\b(?:mbs|billed\s+sales|billings?|revenue|sales)\b/i],
  [['netNewCustomersOver10k'], /\b(?:net[\s-]*new|new\s+(?:customers?|logos|clients?))\b/i],
  [['transactionsOver100', 'marketplaceTransactions'], /\b(?:transactions?|txns?|txs?)\b/i],
  [['consumptionCommitmentUsd'], /\b(?:commit(?:ment)?s?|maccs?)\b/i],
];

/**
 * The metrics a message names in words, figures or not.
 *
 * @example
 * metricsNamed('oh MBS was more like 4.1M'); // ['marketplaceBilledSalesUsd']
 */
export function metricsNamed(text: string): FieldName[] {
  const lexicon = currentLexicon();
  const { metrics } = lexicon;
  const folded = foldForMatching(text);
  const local: ReadonlyArray<readonly [FieldName[], readonly string[]]> = [
    [['marketplaceBilledSalesUsd'], [...metrics.billedSales, ...metrics.looseSales]],
    [['netNewCustomersOver10k'], metrics.netNew],
    [['transactionsOver100', 'marketplaceTransactions'], metrics.transactions],
    [['consumptionCommitmentUsd'], metrics.commitment],
  ];
  return metricWords
    .filter(([, words], index) => words.test(text) || mentionsAnyWord(lexicon, `metric${index}`, local[index]?.[1] ?? [], folded))
    .flatMap(([fields]) => fields);
}
