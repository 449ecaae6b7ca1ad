import type { BenchResults, ComparedRow, TargetCheck } from './benchResults';
import { FIXED_CUSTOMERS } from './metricsScaling';

/** The product targets of issue #7, for a 2-core machine. */
export const TARGETS = {
  throughputVsEcho: 1.0,
  p99AtHundredMs: 100,
  heapPerParkedConversationBytes: 1024,
  /** "Flat": no later checkpoint adds more per conversation than the first did, give or take this much (or 64 bytes). */
  flatTolerance: 0.2,
  /** A p99 difference this small is "flat" whatever the ratio. */
  flatLatencyNoiseMs: 5,
  durableVsMemory: 0.8,
  startToListeningMs: 800,
  evaluationsPerSecond: 500_000,
  millionDerivedMs: 1000,
  /** "Linear": ns/transaction at the largest size at most this many times that at the smallest. */
  linearTolerance: 2,
  millionCsvMs: 3000,
  worstMessageCpuMs: 100,
  badCsvPeakRssMb: 300,
} as const;

const fixed = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const worst = (values: number[], pick: (a: number, b: number) => number) => values.reduce((a, b) => pick(a, b));

/**
 * One ratio per concurrency: the geometric mean over the rounds (run in ABBA order, so the mean cancels a drift in
 * the machine's load), with each round's value kept for the report.
 */
function acrossRounds(rows: readonly ComparedRow[], ratio: (row: ComparedRow) => number): Array<{ concurrency: number; mean: number; values: number[] }> {
  const concurrencies = [...new Set(rows.map((row) => row.concurrency))];
  return concurrencies.map((concurrency) => {
    const values = rows.filter((row) => row.concurrency === concurrency).map(ratio);
    return { concurrency, mean: Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length), values };
  });
}

/**
 * Judges one run against every target. Ratios are judged per concurrency on their mean over the rounds; every
 * concurrency must meet the target. Latency and errors are judged on the worst run: a tail is a tail.
 *
 * @example
 * checkTargets(results).filter((check) => !check.met).map((check) => check.target)
 */
export function checkTargets(results: Omit<BenchResults, 'targets' | 'totalSeconds' | 'phaseSeconds'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const bot = results.throughput.filter((row) => row.target === 'bot-memory' || row.target === 'bot-sqlite');

  for (const delivery of ['expectReplies', 'normal'] as const) {
    const cells = acrossRounds(results.throughput.filter((row) => row.target === 'bot-memory' && row.delivery === delivery), (row) => row.vsEcho);
    const lowest = worst(cells.map((cell) => cell.mean), Math.min);
    checks.push({
      target: `guided-check turns/s >= ${TARGETS.throughputVsEcho.toFixed(1)}x stock echo bot (${delivery})`,
      measured: cells.map((cell) => `c${cell.concurrency}: ${fixed(cell.mean, 2)}x (rounds ${cell.values.map((value) => fixed(value, 2)).join(', ')})`).join('; '),
      met: lowest >= TARGETS.throughputVsEcho,
    });
  }

  const atHundred = bot.filter((row) => row.concurrency === 100);
  const p99 = worst(atHundred.map((row) => row.p99Ms), Math.max);
  const errors = bot.reduce((sum, row) => sum + row.errors, 0);
  checks.push({
    target: `p99 at 100 concurrent < ${TARGETS.p99AtHundredMs} ms, no errors`,
    measured: `worst p99 ${fixed(p99, 1)} ms; ${errors} errors in all bot runs`,
    met: p99 < TARGETS.p99AtHundredMs && errors === 0,
  });

  for (const parked of results.parked) {
    // Flat: no checkpoint costs more per added conversation than the first did (beyond noise). Copies of stored state
    // show only what the store keeps, so the report says how each checkpoint was reached.
    const first = parked.readings[0]!;
    const highest = worst(parked.readings.map((reading) => reading.heapPerConversationBytes), Math.max);
    const flat = parked.readings.every(
      (reading) => reading.heapPerAddedConversationBytes <= first.heapPerAddedConversationBytes + Math.max(64, TARGETS.flatTolerance * Math.abs(first.heapPerAddedConversationBytes)),
    );
    checks.push({
      target: `heap per parked conversation <= ${TARGETS.heapPerParkedConversationBytes} B, flat (${parked.storage})`,
      measured: parked.readings
        .map((reading) => `${fixed(reading.conversations)}: ${fixed(reading.heapPerConversationBytes)} B (${fixed(reading.heapPerAddedConversationBytes)} B each added, by ${reading.addedBy})`)
        .join(', '),
      met: highest <= TARGETS.heapPerParkedConversationBytes && flat,
    });
    // p99 flat: the last checkpoint within the flat tolerance of the first, or within a few milliseconds (a 3 s run
    // at 100 connections has ~70 turns in its slowest 1%, so single-digit milliseconds are noise). Compared once
    // every connection is past its first conversation: in a 3 s probe the 100 connections opening at once decide
    // the whole-run p99, whatever the store holds (both are reported).
    const lastProbe = parked.readings.at(-1)!.probe;
    const latencyFlat =
      lastProbe.steadyP99Ms <= first.probe.steadyP99Ms * (1 + TARGETS.flatTolerance) || lastProbe.steadyP99Ms - first.probe.steadyP99Ms <= TARGETS.flatLatencyNoiseMs;
    const probeErrors = parked.readings.reduce((sum, reading) => sum + reading.probe.errors + reading.probe.wrongLastReplies, 0);
    checks.push({
      target: `p99 flat from ${fixed(first.conversations)} to ${fixed(parked.readings.at(-1)!.conversations)} parked conversations, no errors (${parked.storage})`,
      measured:
        parked.readings
          .map((reading) => `${fixed(reading.conversations)}: p99 ${fixed(reading.probe.steadyP99Ms, 1)} ms at c${reading.probe.concurrency} (${fixed(reading.probe.p99Ms, 1)} ms with the connection ramp)`)
          .join(', ') + `; ${probeErrors} errors or wrong results`,
      met: latencyFlat && probeErrors === 0,
    });
  }

  const durable = ['expectReplies', 'normal'].flatMap((delivery) =>
    acrossRounds(results.throughput.filter((row) => row.vsMemory !== undefined && row.delivery === delivery), (row) => row.vsMemory!).map((cell) => ({ delivery, ...cell })),
  );
  checks.push({
    target: `SQLite turns/s >= ${TARGETS.durableVsMemory}x memory`,
    measured: durable.map((cell) => `${cell.delivery} c${cell.concurrency}: ${fixed(cell.mean, 2)}x (rounds ${cell.values.map((value) => fixed(value, 2)).join(', ')})`).join('; '),
    met: worst(durable.map((cell) => cell.mean), Math.min) >= TARGETS.durableVsMemory,
  });

  checks.push({
    target: `start to listening < ${TARGETS.startToListeningMs} ms`,
    measured: `median ${fixed(results.startToListening.medianMs)} ms (${results.startToListening.runsMs.map((ms) => fixed(ms)).join(', ')})`,
    met: results.startToListening.medianMs < TARGETS.startToListeningMs,
  });

  checks.push({
    target: `>= ${fixed(TARGETS.evaluationsPerSecond)} evaluations/s (aggregate input, pre-validated)`,
    measured: `${fixed(results.evaluator.preValidatedPerSecond)}/s pre-validated; ${fixed(results.evaluator.withValidationPerSecond)}/s with validation`,
    met: results.evaluator.preValidatedPerSecond >= TARGETS.evaluationsPerSecond,
  });

  // Linear is judged on the fixed-customer series (the same data shape, more rows); the series whose customer count
  // grows with the rows is reported beside it, since its hash tables outgrow the CPU cache (see docs/performance.md).
  const fixedCustomers = results.derivation.filter((timing) => timing.customers === FIXED_CUSTOMERS);
  const smallest = fixedCustomers[0]!;
  const largest = fixedCustomers[fixedCustomers.length - 1]!;
  const slowestMillion = worst(results.derivation.filter((timing) => timing.transactions === largest.transactions).map((timing) => timing.milliseconds), Math.max);
  const series = (timings: typeof results.derivation) => timings.map((timing) => `${fixed(timing.nsPerTransaction)} ns/tx at ${fixed(timing.transactions)}`).join(', ');
  checks.push({
    target: `10^6 transactions derived in < ${TARGETS.millionDerivedMs} ms, linear`,
    measured:
      `slowest ${fixed(slowestMillion)} ms; ${fixed(FIXED_CUSTOMERS)} customers: ${series(fixedCustomers)}; ` +
      `a customer per 20 rows: ${series(results.derivation.filter((timing) => timing.customers !== FIXED_CUSTOMERS))}`,
    met: slowestMillion < TARGETS.millionDerivedMs && largest.nsPerTransaction <= TARGETS.linearTolerance * smallest.nsPerTransaction,
  });

  checks.push({
    target: `CSV path, 10^6 rows (parse included) < ${TARGETS.millionCsvMs} ms`,
    measured: `${fixed(results.csv.totalMs)} ms (read ${fixed(results.csv.readMs)}, validate ${fixed(results.csv.validateMs)}, evaluate ${fixed(results.csv.evaluateMs)})`,
    met: results.csv.totalMs < TARGETS.millionCsvMs,
  });

  checks.push({
    target: `worst 5,000-character message understood in < ${TARGETS.worstMessageCpuMs} ms CPU`,
    measured: `${fixed(results.messageCost.worst.cpuMs)} ms (${results.messageCost.worst.parser}, ${results.messageCost.worst.recognizerCalls} recognizer calls)`,
    met: results.messageCost.worst.cpuMs < TARGETS.worstMessageCpuMs,
  });
  checks.push({
    target: `25 MB CSV of bad rows: peak RSS < ${TARGETS.badCsvPeakRssMb} MB`,
    measured: `${fixed(results.badCsv.peakRssMb)} MB, /health answered ${fixed(results.badCsv.healthChecks)} times meanwhile`,
    met: results.badCsv.peakRssMb < TARGETS.badCsvPeakRssMb && results.badCsv.status === 400,
  });

  const checked = results.throughput.filter((row) => row.target !== 'floor');
  const finished = checked.reduce((sum, row) => sum + row.finishedConversations, 0);
  const wrong = checked.reduce((sum, row) => sum + row.wrongResults, 0);
  checks.push({
    target: 'no state update lost (each finished conversation shows its own expected result)',
    measured: `${fixed(finished)} conversations finished, ${wrong} wrong`,
    met: wrong === 0 && finished > 0,
  });
  return checks;
}
