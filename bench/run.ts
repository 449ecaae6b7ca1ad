import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareRows, type BenchResults } from './benchResults';
import { checkTargets } from './checkTargets';
import { startChild } from './childProcess';
import { measureBadCsv } from './badCsv';
import type { CsvPathTiming } from './csvPath';
import type { EvaluatorThroughput } from './evaluatorThroughput';
import { formatReport } from './formatReport';
import { CORPUS_DIR } from '../src/language/corpusFiles';
import { formatIntentModelCosts, measureIntentModelCosts } from './intentCost';
import { formatConfusion, labelledSets, measureLanguageAccuracy, readLabelledUtterances } from './languageAccuracy';
import { measureMessageCost } from './messageCost';
import { measureTurnLanguageCost } from './turnLanguageCost';
import type { DerivationTiming } from './metricsScaling';
import { measureParkedMemory, type ParkedMemory } from './parkedConversations';
import { PROFILE_NAMES, profileTarget, type ProfileName } from './profileTarget';
import { measureStartToListening } from './startToListening';
import { measureTarget, type TargetName, type ThroughputRow } from './throughputRound';

/*
 * `npm run bench`: every measurement of issue #7 in one run on one machine, servers side by side so the ratios
 * hold on a noisy 2-core box. Each server runs in a child process of its own, one at a time; this process only
 * generates load and keeps score. Options:
 *   --park-real          park all 100,000 conversations by real turns (about ten minutes) instead of copying state
 *   --language           only the intent models: per language with a corpus, size, load, training, classification
 *                        and worst-input cost, then accuracy and confusion on each labelled set
 *                        (--corpora=<dir> and --labelled=<dir> measure other corpora and labelled sets)
 *   --profile=<name>     instead of the bench, CPU-profile one server under guided-check load (bot-memory,
 *                        bot-sqlite, echo, floor) or one measurement (evaluator, metrics, csv, start)
 */

const REPO_ROOT = resolve(__dirname, '../..');
const RESULTS_FILE = join(REPO_ROOT, 'bench/results.json');

const SETTINGS = {
  rounds: 2,
  concurrencies: [20, 100],
  durationSeconds: 3,
  warmUpSeconds: 2,
  targets: ['floor', 'echo', 'bot-memory', 'bot-sqlite'] as TargetName[],
  parkCheckpoints: [10_000, 100_000],
  // A real turn costs milliseconds, so parking 100,000 by turns takes about ten minutes: within the five-minute
  // budget the first 10,000 are parked by turns and the rest are copies of one's stored state (--park-real: all).
  parkByTurnsUpTo: { memory: 10_000, sqlite: 10_000 },
  parkConcurrency: 50,
  /** Guided checks at each parking checkpoint: p99 must stay flat from 10,000 to 100,000 parked conversations. */
  parkProbe: { concurrency: 100, durationSeconds: 3, warmUpSeconds: 1 },
  startRuns: 5,
  evaluatorSeconds: 1,
  derivationSizes: [10_000, 100_000, 1_000_000],
  csvRows: 1_000_000,
  adversarialMessages: 300,
};

const log = (line: string) => console.log(line);
const LABELLED_DIR = join(REPO_ROOT, 'test/fixtures/language');

/**
 * Per language with a corpus: the intent model's two ways to start (loading the shipped model, as the server does
 * on the language's first message, and training it from the corpus), its classification cost and worst input;
 * then per language with a labelled set, its accuracy and confusion table.
 */
async function reportLanguage(corpora = CORPUS_DIR, labelled = LABELLED_DIR): Promise<void> {
  log(`Intent models (${corpora}):`);
  const { shelf, costs } = await measureIntentModelCosts(corpora);
  log(formatIntentModelCosts(costs));
  for (const { locale, path } of labelledSets(labelled)) {
    log(`Labelled set ${locale} (${path}):`);
    log(formatConfusion(await measureLanguageAccuracy(readLabelledUtterances(path), { locale, modelFor: shelf.modelFor.bind(shelf) })));
  }
  const englishSet = join(LABELLED_DIR, 'labelledUtterances.en.tsv');
  const turnLanguage = measureTurnLanguageCost(englishSet);
  log(`Turn language: ${turnLanguage.falseSwitches} of ${turnLanguage.messages} English messages answered in another language; ${turnLanguage.microsecondsPerMessage.toFixed(0)} µs CPU per message`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'park-real': { type: 'boolean', default: false },
      profile: { type: 'string' },
      language: { type: 'boolean', default: false },
      corpora: { type: 'string' },
      labelled: { type: 'string' },
    },
  });
  if (values.language) return reportLanguage(values.corpora && resolve(values.corpora), values.labelled && resolve(values.labelled));
  const started = Date.now();
  const phaseSeconds: Record<string, number> = {};
  let phaseStarted = started;
  const endPhase = (name: string) => {
    phaseSeconds[name] = (Date.now() - phaseStarted) / 1000;
    phaseStarted = Date.now();
  };
  const loadAverageAtStart = loadavg();
  const standIn = await startChild({ script: 'connectorStandIn.js' });
  try {
    if (values.profile) {
      if (!(PROFILE_NAMES as readonly string[]).includes(values.profile)) throw new Error(`--profile takes one of ${PROFILE_NAMES.join(', ')}`);
      await profileTarget(values.profile as ProfileName, { repoRoot: REPO_ROOT, standIn, seconds: 10, concurrency: 20, log });
      return;
    }

    log(`Turn throughput: ${SETTINGS.rounds} rounds, ${SETTINGS.durationSeconds} s per run, concurrency ${SETTINGS.concurrencies.join(' and ')}`);
    const rows: ThroughputRow[] = [];
    for (let round = 1; round <= SETTINGS.rounds; round += 1) {
      // ABBA order: the second round runs the servers in reverse, so a drift in the machine's load over the run
      // favours no server when the rounds are averaged.
      const order = round % 2 === 1 ? SETTINGS.targets : [...SETTINGS.targets].reverse();
      for (const target of order) {
        rows.push(...(await measureTarget(target, { round, concurrencies: SETTINGS.concurrencies, durationSeconds: SETTINGS.durationSeconds, warmUpSeconds: SETTINGS.warmUpSeconds, standIn, log })));
      }
    }

    endPhase('throughput');

    const parkByTurnsUpTo = values['park-real'] ? { memory: 100_000, sqlite: 100_000 } : SETTINGS.parkByTurnsUpTo;
    const parked: ParkedMemory[] = [];
    for (const storage of ['memory', 'sqlite'] as const) {
      log(`Parking ${SETTINGS.parkCheckpoints.map((count) => count.toLocaleString('en-US')).join(' and ')} conversations (${storage}; first ${parkByTurnsUpTo[storage].toLocaleString('en-US')} by real turns)`);
      const result = await measureParkedMemory({
        storage,
        checkpoints: SETTINGS.parkCheckpoints,
        parkByTurnsUpTo: parkByTurnsUpTo[storage],
        concurrency: SETTINGS.parkConcurrency,
        serviceUrl: standIn.url,
        probe: SETTINGS.parkProbe,
      });
      for (const reading of result.readings) {
        log(
          `  ${storage} ${reading.conversations}: heap ${reading.heapPerConversationBytes.toFixed(0)} B/conversation, RSS ${reading.rssPerConversationBytes.toFixed(0)} B/conversation; ` +
            `guided checks c${reading.probe.concurrency}: ${reading.probe.turnsPerSecond.toFixed(0)} turns/s, p99 ${reading.probe.p99Ms.toFixed(1)} ms (${result.seconds.toFixed(0)} s, ${result.errors} errors)`,
        );
      }
      parked.push(result);
    }

    endPhase('parking');

    log('Spawn to listening: node dist/src/index.js');
    const startToListening = await measureStartToListening(REPO_ROOT, SETTINGS.startRuns);
    log(`  median ${startToListening.medianMs.toFixed(0)} ms`);

    endPhase('start');

    log('Evaluator, metrics and CSV (own process)');
    const cpu = await startChild({ script: 'cpuBenchmarks.js', execArgv: ['--max-old-space-size=6144'] });
    let evaluator: EvaluatorThroughput;
    let derivation: DerivationTiming[];
    let csv: CsvPathTiming;
    try {
      evaluator = await cpu.request<EvaluatorThroughput>('evaluator', { seconds: SETTINGS.evaluatorSeconds });
      log(`  ${evaluator.preValidatedPerSecond.toFixed(0)} evaluations/s pre-validated, ${evaluator.withValidationPerSecond.toFixed(0)}/s with validation`);
      derivation = await cpu.request<DerivationTiming[]>('metrics', { sizes: SETTINGS.derivationSizes });
      log(`  derivation ${derivation.map((timing) => `${timing.transactions} rows, ${timing.customers} customers: ${timing.milliseconds.toFixed(1)} ms`).join('; ')}`);
      csv = await cpu.request<CsvPathTiming>('csv', { rows: SETTINGS.csvRows });
      log(`  CSV ${csv.rows} rows: ${csv.totalMs.toFixed(0)} ms`);
    } finally {
      await cpu.stop();
    }
    endPhase('evaluator, metrics, CSV');

    await reportLanguage();
    endPhase('language');
    log('Abuse resistance: adversarial messages, a 25 MB CSV of bad rows');
    const messageCost = measureMessageCost(SETTINGS.adversarialMessages);
    log(`  worst of ${messageCost.messages} messages: ${messageCost.worst.cpuMs.toFixed(1)} ms CPU in ${messageCost.worst.parser}, ${messageCost.worst.recognizerCalls} recognizer calls`);
    const badCsv = await measureBadCsv('a');
    log(`  25 MB of "a" rows: ${badCsv.status} in ${(badCsv.totalMs / 1000).toFixed(1)} s, peak RSS ${badCsv.peakRssMb} MB, slowest /health ${badCsv.slowestHealthMs} ms`);
    endPhase('abuse');

    const measured = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
      },
      settings: {
        rounds: SETTINGS.rounds,
        concurrencies: SETTINGS.concurrencies,
        durationSeconds: SETTINGS.durationSeconds,
        warmUpSeconds: SETTINGS.warmUpSeconds,
        parkByTurnsUpTo,
      },
      throughput: compareRows(rows),
      parked,
      startToListening,
      evaluator,
      derivation,
      csv,
      messageCost,
      badCsv,
    };
    const results: BenchResults = { ...measured, targets: checkTargets(measured), phaseSeconds, totalSeconds: (Date.now() - started) / 1000 };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`\n${formatReport(results)}\n\nFigures written to ${RESULTS_FILE}`);
  } finally {
    await standIn.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
