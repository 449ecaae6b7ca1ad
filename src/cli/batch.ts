import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { BatchStatus } from '../batch/batchRow';
import { evaluateBatchCsv, type BatchResult } from '../batch/evaluateBatch';
import { batchResultsCsv, batchResultsJson } from '../batch/writeBatchResults';
import { isIsoDate, todayUtc } from '../eligibility/isoDate';
import { loadPolicyDirectory } from '../eligibility/policy/loadPolicyDirectory';

export interface BatchCliIo {
  stdout: { write(text: string): unknown };
  /** A progress bar is drawn here when it is a terminal. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The clock for the default as-of date (today in UTC). */
  now: () => Date;
  /** Read when the file is `-`. */
  stdin: AsyncIterable<string | Uint8Array>;
}

/** Exit codes of `cosell-eligibility batch`. */
export const BATCH_EXIT = { done: 0, someRowsBad: 1, badInput: 2 } as const;

export const BATCH_HELP = `Usage: cosell-eligibility batch FILE.csv [--out results] [--as-of YYYY-MM-DD]

Evaluates many partners at once and writes RESULTS.csv and RESULTS.json (one row per partner: row, partnerId,
status, qualifiedBy, closest, mainGap, windowStart, windowEnd, policyVersion, errors).

FILE.csv is either
  one row per partner: partnerId plus any of the evaluator's fields as columns (asOf, azureIpCoSellEligible,
    hasTransactableOffer, marketplaceBilledSalesUsd, netNewCustomersOver10k, transactionsOver100,
    uniqueCustomersOver100, marketplaceTransactions, consumptionCommitmentUsd); an empty cell is unknown, or
  transaction rows: partnerId,date,customerId,amountUsd[,netNew,offerId,privateOffer], optionally with
    azureIpCoSellEligible, hasTransactableOffer, consumptionCommitmentUsd (one value per partner).
Header names are matched ignoring case, spaces and punctuation. - reads standard input.

Options:
  --out PATH          where to write (default: results, giving results.csv and results.json)
  --as-of YYYY-MM-DD  as-of date for rows without an asOf column value (default: today in UTC)
  --help              show this help

A bad row is written as an error row naming its line, never dropped.
Exit codes: 0 every row evaluated; 1 some rows are error rows; 2 the file or the options cannot be used;
3 an unexpected failure.
`;

const STATUS_WORDS: Record<BatchStatus, string> = {
  qualified: 'qualified',
  'not-qualified': 'not qualified',
  undetermined: 'undetermined',
  'not-co-sell-eligible': 'not co-sell eligible',
  'not-in-effect': 'not in effect',
  error: 'with errors',
};

const BAR_WIDTH = 30;

/**
 * A plain progress bar redrawn in place with a carriage return, only when the shown percentage changes, so a
 * 100,000-row batch writes a hundred updates rather than a hundred thousand.
 */
function progressBar(stream: BatchCliIo['stderr']): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let shown = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round((percent / 100) * BAR_WIDTH);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}`;
    stream.write(`\r[${bar}] ${String(percent).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} partners${done === total ? '\n' : ''}`);
  };
}

function summaryLine(file: string, result: BatchResult): string {
  const counts = Object.entries(result.summary.byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count.toLocaleString('en-US')} ${STATUS_WORDS[status as BatchStatus]}`);
  const shape = result.mode === 'transactions' ? 'transaction rows grouped by partner' : 'one row per partner';
  return `Evaluated ${result.summary.rows.toLocaleString('en-US')} partners from ${file} (${shape}): ${counts.join(', ') || 'none'}.`;
}

async function readInput(path: string, stdin: BatchCliIo['stdin']): Promise<Buffer> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function fail(io: BatchCliIo, message: string): number {
  io.stderr.write(`cosell-eligibility batch: ${message}\nRun cosell-eligibility batch --help for the options.\n`);
  return BATCH_EXIT.badInput;
}

/**
 * `cosell-eligibility batch FILE.csv [--out results] [--as-of D]`: evaluates every partner in the file and writes
 * `results.csv` and `results.json`, with a progress bar on stderr when it is a terminal. Resolves to the exit
 * code: 0 every row evaluated, 1 some error rows (still written), 2 unusable file or options.
 *
 * @example
 * await runBatch(['partners.csv', '--out', 'out/results', '--as-of', '2026-11-26'], io) // 0
 */
export async function runBatch(argv: string[], io: BatchCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  if (parsed.values.help) {
    io.stdout.write(BATCH_HELP);
    return BATCH_EXIT.done;
  }
  if (parsed.positionals.length !== 1) return fail(io, `give one input file (got ${parsed.positionals.length})`);
  const file = parsed.positionals[0]!;
  const asOf = parsed.values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) return fail(io, `--as-of "${asOf}" must be a real date written YYYY-MM-DD`);
  const base = (parsed.values.out ?? 'results').replace(/\.(csv|json)$/i, '');
  if (base === '') return fail(io, '--out needs a path such as results');

  let source: Buffer;
  try {
    source = await readInput(file, io.stdin);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return fail(io, `${file}: cannot read it (${reason})`);
  }
  const outcome = evaluateBatchCsv(source, {
    policies: loadPolicyDirectory(),
    today: todayUtc(io.now()),
    asOf,
    onProgress: progressBar(io.stderr),
  });
  if (!outcome.ok) return fail(io, `${file}: ${outcome.problem.message}`);
  const { result } = outcome;

  const csvPath = `${base}.csv`;
  const jsonPath = `${base}.json`;
  try {
    await mkdir(dirname(csvPath), { recursive: true });
    await writeFile(csvPath, batchResultsCsv(result.rows));
    await writeFile(jsonPath, batchResultsJson(result));
  } catch (error) {
    return fail(io, `cannot write the results (${(error as Error).message})`);
  }
  if (result.ignoredColumns.length > 0) io.stderr.write(`cosell-eligibility batch: columns not read: ${result.ignoredColumns.join(', ')}\n`);
  io.stdout.write(`${summaryLine(file, result)}\nWrote ${csvPath} and ${jsonPath}.\n`);
  return result.summary.byStatus.error > 0 ? BATCH_EXIT.someRowsBad : BATCH_EXIT.done;
}
