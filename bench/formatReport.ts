import type { BenchResults } from './benchResults';
import { TARGET_LABELS } from './throughputRound';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const n = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';
const kib = (bytes: number) => `${n(bytes / 1024, 2)} KiB`;
const mib = (bytes: number) => `${n(bytes / 1024 / 1024, 1)} MiB`;

/**
 * The whole run as Markdown tables, the form `docs/performance.md` keeps: throughput with ratios, memory per parked
 * conversation, start time, evaluator and metrics timings, and the targets.
 *
 * @example
 * console.log(formatReport(results));
 */
export function formatReport(results: BenchResults): string {
  const sections: string[] = [];
  sections.push(
    `Machine: ${results.machine.cpus} x ${results.machine.cpuModel}, Node ${results.machine.node}, ${results.machine.platform}; ` +
      `load average ${results.machine.loadAverageAtStart.map((load) => n(load, 1)).join('/')} at start, ` +
      `${results.machine.loadAverageAtEnd.map((load) => n(load, 1)).join('/')} at end. ` +
      `${results.settings.rounds} rounds (ABBA order), ${results.settings.durationSeconds} s per run after a ${results.settings.warmUpSeconds} s warm-up; ` +
      `total ${n(results.totalSeconds)} s (${Object.entries(results.phaseSeconds).map(([phase, seconds]) => `${phase} ${n(seconds)} s`).join(', ')}).`,
  );

  sections.push(
    '### Turn throughput (one turn = one POST /api/messages of a scripted guided check)\n\n' +
      table(
        ['Round', 'Server', 'Delivery', 'Concurrent', 'Turns/s', 'p50 ms', 'p99 ms', 'Errors', 'x echo', 'x memory', 'Checked (wrong)', 'Load'],
        results.throughput.map((row) => [
          String(row.round),
          TARGET_LABELS[row.target],
          row.target === 'floor' ? '(none)' : row.delivery,
          String(row.concurrency),
          n(row.turnsPerSecond),
          n(row.p50Ms, 1),
          n(row.p99Ms, 1),
          String(row.errors),
          n(row.vsEcho, 2),
          row.vsMemory === undefined ? '' : n(row.vsMemory, 2),
          row.target === 'floor' ? '' : `${n(row.finishedConversations)} (${row.wrongResults})`,
          n(row.loadAverage, 1),
        ]),
      ),
  );

  sections.push(
    '### Memory per parked conversation (after "check eligibility" + "yes"; after forced GC)\n\n' +
      table(
        ['Store', 'Parked', 'Added by', 'Heap / conversation', 'Heap / added conversation', 'RSS / conversation', 'Heap used', 'RSS', 'Stored state (conversation + user)', 'Guided checks then: turns/s, p50, p99 without / with the connection ramp (errors, wrong)'],
        results.parked.flatMap((parked) =>
          parked.readings.map((reading) => [
            parked.storage,
            n(reading.conversations),
            `${reading.addedBy} (${n(reading.parkedByTurns)} by turns in all)`,
            `${n(reading.heapPerConversationBytes)} B`,
            `${n(reading.heapPerAddedConversationBytes)} B`,
            kib(reading.rssPerConversationBytes),
            mib(reading.heapUsedBytes),
            mib(reading.rssBytes),
            `${n(parked.storedStateBytes.conversation)} + ${n(parked.storedStateBytes.user)} B`,
            `c${reading.probe.concurrency}: ${n(reading.probe.turnsPerSecond)}/s, ${reading.probe.p50Ms.toFixed(1)} ms, ${reading.probe.steadyP99Ms.toFixed(1)} / ${reading.probe.p99Ms.toFixed(1)} ms (${reading.probe.errors}, ${reading.probe.wrongLastReplies})`,
          ]),
        ),
      ),
  );

  sections.push(
    '### Start, evaluator, metrics, CSV\n\n' +
      table(
        ['Measure', 'Result'],
        [
          ['Spawn to /health answering (node dist/src/index.js, STORAGE=memory)', `median ${n(results.startToListening.medianMs)} ms, min ${n(results.startToListening.minMs)} ms`],
          ['Evaluations/s, aggregate input, pre-validated', n(results.evaluator.preValidatedPerSecond)],
          ['Evaluations/s, aggregate input, including validation', n(results.evaluator.withValidationPerSecond)],
          ...results.derivation.map((timing) => [
            `Derive metrics from ${n(timing.transactions)} transactions, ${n(timing.customers)} customers`,
            `${n(timing.milliseconds, 1)} ms (${n(timing.nsPerTransaction)} ns/transaction)`,
          ]),
          [
            `CSV path, ${n(results.csv.rows)} rows (${mib(results.csv.bytes)})`,
            `${n(results.csv.totalMs)} ms: read ${n(results.csv.readMs)} + validate ${n(results.csv.validateMs)} + evaluate ${n(results.csv.evaluateMs)}`,
          ],
          [
            `Worst message understanding, ${n(results.messageCost.messages)} adversarial messages of up to 5,000 characters`,
            `${results.messageCost.worst.cpuMs.toFixed(1)} ms CPU (${results.messageCost.worst.parser}, ${results.messageCost.worst.recognizerCalls} recognizer calls); most calls in one parse: ${results.messageCost.mostRecognizerCalls}`,
          ],
          [
            `25 MB CSV of bad rows to POST /api/evaluate (${mib(results.badCsv.bytes)})`,
            `peak RSS ${n(results.badCsv.peakRssMb)} MB (idle ${n(results.badCsv.idlePeakRssMb)} MB), ${results.badCsv.status} in ${n(results.badCsv.totalMs)} ms, slowest of ${n(results.badCsv.healthChecks)} /health ${n(results.badCsv.slowestHealthMs)} ms`,
          ],
        ],
      ),
  );

  sections.push(
    '### Targets (2 cores)\n\n' +
      table(
        ['Target', 'Measured', 'Met'],
        results.targets.map((check) => [check.target, check.measured, check.met ? 'yes' : 'NO']),
      ),
  );
  return sections.join('\n\n');
}
