import { performance } from 'node:perf_hooks';
import { evaluateBatchCsv } from '../src/batch/evaluateBatch';
import { batchResultsCsv, batchResultsJson } from '../src/batch/writeBatchResults';
import { loadPolicyDirectory } from '../src/eligibility/policy/loadPolicyDirectory';

/**
 * Batch throughput (not a test): 100,000 partners through `evaluateBatchCsv` and both writers, once as one row per
 * partner and once as five transaction rows per partner. Target: under 10 s each on the 2-core build machine.
 * Run with `npx tsx bench/batch.ts [partners]`.
 */
const PARTNERS = Number(process.argv[2] ?? 100_000);
const policies = loadPolicyDirectory();
const context = { policies, today: '2026-11-26' };

function partnersCsv(count: number): string {
  const lines = ['partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd,netNewCustomersOver10k,transactionsOver100,uniqueCustomersOver100,consumptionCommitmentUsd'];
  for (let index = 0; index < count; index += 1) {
    // One row in a hundred is bad, so the error path is measured too.
    const billed = index % 100 === 7 ? 'lots' : String((index % 60) * 100_000);
    lines.push(`P${index},${index % 9 === 0 ? '' : 'yes'},${billed},${index % 15},${index % 40},${Math.min(index % 40, index % 10)},${index % 3 === 0 ? 30_000_000 : 0}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function transactionsCsv(count: number): string {
  const lines = ['partnerId,date,customerId,amountUsd,netNew,offerId,azureIpCoSellEligible'];
  for (let index = 0; index < count; index += 1) {
    for (let deal = 0; deal < 5; deal += 1) {
      lines.push(`P${index},2026-0${1 + deal}-15,c${(index + deal) % 7},${(index % 50) * 1000 + deal * 150},${deal === 0 ? 'yes' : 'no'},o${deal},yes`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function run(name: string, csv: string): void {
  // CPU time next to wall time: on a shared 2-core machine other processes stretch the wall clock, not our CPU.
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const outcome = evaluateBatchCsv(csv, context);
  const evaluated = performance.now();
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const written = batchResultsCsv(outcome.result.rows).length + batchResultsJson(outcome.result).length;
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuStarted);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(
    `${name}: ${outcome.result.summary.rows.toLocaleString('en-US')} partners (${(csv.length / 1e6).toFixed(1)} MB in): ` +
      `read + evaluate ${seconds(evaluated - started)} s, write CSV + JSON ${seconds(finished - evaluated)} s (${(written / 1e6).toFixed(1)} MB), ` +
      `total ${seconds(finished - started)} s wall, ${seconds((cpu.user + cpu.system) / 1000)} s CPU; ${outcome.result.summary.byStatus.error.toLocaleString('en-US')} error rows`,
  );
}

run('one row per partner', partnersCsv(PARTNERS));
run('transaction rows (5 per partner)', transactionsCsv(PARTNERS));
