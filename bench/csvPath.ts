import { performance } from 'node:perf_hooks';
import { readTransactionsCsv } from '../src/csv/readTransactionsCsv';
import { evaluate } from '../src/eligibility/evaluate';
import type { PolicySet } from '../src/eligibility/policy/policySet';
import { parseEligibilityInputWithTransactions } from '../src/eligibility/schema';
import { syntheticTransactionsCsv } from './syntheticTransactions';

export interface CsvPathTiming {
  rows: number;
  bytes: number;
  /** `readTransactionsCsv`: decode, parse, read every cell, validate each row. */
  readMs: number;
  /** The other fields validated, the rows joined as the reader checked them: what the CSV route does. */
  validateMs: number;
  /** `evaluate`, which derives the metrics from the rows. */
  evaluateMs: number;
  totalMs: number;
}

/**
 * The CSV path of `POST /api/evaluate` without the socket: bytes in, evaluation out, each stage timed once (a
 * million rows is long enough that one run is a fair reading; the first 10^4-row run warms the JIT).
 *
 * @example
 * measureCsvPath(policies, '2026-11-26', 1_000_000).totalMs
 */
export function measureCsvPath(policies: PolicySet, asOf: string, rows: number): CsvPathTiming {
  const run = (count: number): CsvPathTiming => {
    const bytes = syntheticTransactionsCsv(count, asOf);
    const started = performance.now();
    const csv = readTransactionsCsv(bytes);
    const read = performance.now();
    if (csv.badRows.length > 0) throw new Error(`the synthetic CSV has bad rows: ${JSON.stringify(csv.badRows.slice(0, 3))}`);
    const parsed = parseEligibilityInputWithTransactions({ asOf, azureIpCoSellEligible: true }, csv.transactions);
    const validated = performance.now();
    if (!parsed.ok) throw new Error(`the synthetic CSV is invalid input: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    const evaluation = evaluate(parsed.input, { policies, today: asOf });
    const evaluated = performance.now();
    if (evaluation.metrics.marketplaceTransactions === undefined) throw new Error('the evaluation derived no transactions');
    return {
      rows: count,
      bytes: bytes.length,
      readMs: read - started,
      validateMs: validated - read,
      evaluateMs: evaluated - validated,
      totalMs: evaluated - started,
    };
  };
  run(10_000);
  return run(rows);
}
