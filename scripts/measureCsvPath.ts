import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readTransactionsCsv } from '../src/csv/readTransactionsCsv';
import { evaluate } from '../src/eligibility/evaluate';
import { parseEligibilityInputWithTransactions } from '../src/eligibility/schema';
import { loadPolicyDirectory } from '../src/eligibility/policy/loadPolicyDirectory';

/**
 * Times the CSV path of `POST /api/evaluate?format=csv` without the socket, stage by stage, at 10^4, 10^5 and 10^6
 * rows, and prints nanoseconds per row so a cost that grows faster than the rows shows up as a rising figure.
 * Issue #2's target: a million rows, parse included, in under 3 s on the 2-core machine.
 *
 * Run: `npx tsx scripts/measureCsvPath.ts` (or `node dist/scripts/measureCsvPath.js` after `npm run build`).
 * An argument sets the largest size, e.g. `npx tsx scripts/measureCsvPath.ts 2000000`.
 */

const AS_OF = '2026-11-26';
const policies = loadPolicyDirectory();

/**
 * A deterministic export of `rows` transactions (date,customerId,amountUsd,netNew,offerId) over the 18 months
 * before `AS_OF`: repeat customers, 40 offers, one row in ten without an offer, one in 13 net new. No Math.random,
 * so every run reads the same bytes.
 */
function exportOf(rows: number): Buffer {
  const days: string[] = [];
  const end = Date.UTC(2026, 10, 26);
  for (let day = 0; day < 548; day += 1) days.push(new Date(end - day * 86_400_000).toISOString().slice(0, 10));
  const customers = Math.max(10, Math.floor(rows / 20));
  const lines = ['date,customerId,amountUsd,netNew,offerId'];
  let seed = 12345;
  for (let index = 0; index < rows; index += 1) {
    // Park-Miller: cheap, deterministic and spread enough for dates and amounts.
    seed = (seed * 48271) % 2147483647;
    const offer = index % 10 === 0 ? '' : `offer-${(index * 7) % 40}`;
    lines.push(`${days[seed % days.length]},customer-${index % customers},${(50 + (seed % 3_000_000) / 100).toFixed(2)},${index % 13 === 0 ? 'yes' : 'no'},${offer}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

interface Timing {
  rows: number;
  megabytes: number;
  readMs: number;
  validateMs: number;
  evaluateMs: number;
  totalMs: number;
}

function measure(rows: number): Timing {
  const bytes = exportOf(rows);
  const started = performance.now();
  const csv = readTransactionsCsv(bytes);
  const read = performance.now();
  if (csv.badRows.length > 0 || csv.transactions.length !== rows) throw new Error(`the export did not read cleanly: ${JSON.stringify(csv.badRows.slice(0, 3))}`);
  const parsed = parseEligibilityInputWithTransactions({ asOf: AS_OF, azureIpCoSellEligible: true }, csv.transactions);
  const validated = performance.now();
  if (!parsed.ok) throw new Error(`the export is not valid input: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  const evaluation = evaluate(parsed.input, { policies, today: AS_OF });
  const evaluated = performance.now();
  if (evaluation.metrics.marketplaceTransactions === undefined) throw new Error('the evaluation derived no transactions');
  return { rows, megabytes: bytes.length / 1e6, readMs: read - started, validateMs: validated - read, evaluateMs: evaluated - validated, totalMs: evaluated - started };
}

function format(timing: Timing): string {
  const perRow = (ms: number) => `${Math.round((ms * 1e6) / timing.rows)} ns/row`.padStart(12);
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);
  return [
    `${timing.rows.toLocaleString('en-US').padStart(9)} rows (${timing.megabytes.toFixed(1)} MB)`,
    `  readTransactionsCsv                   ${ms(timing.readMs)} ${perRow(timing.readMs)}`,
    `  parseEligibilityInputWithTransactions ${ms(timing.validateMs)} ${perRow(timing.validateMs)}`,
    `  evaluate                              ${ms(timing.evaluateMs)} ${perRow(timing.evaluateMs)}`,
    `  total                                 ${ms(timing.totalMs)} ${perRow(timing.totalMs)}`,
  ].join('\n');
}

const largest = Number(process.argv[2] ?? 1_000_000);
console.log(`node ${process.version}, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
// One small run first, so the sizes below are timed with optimised code rather than the JIT's first pass.
measure(10_000);
for (const rows of [10_000, 100_000, largest]) console.log(format(measure(rows)));
