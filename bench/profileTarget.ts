import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, type BenchChild } from './childProcess';
import { guidedCheckTurns } from './conversationScript';
import { runConversations } from './runConversations';
import { measureStartToListening } from './startToListening';
import { summarizeCpuProfile, type CpuProfile } from './summarizeCpuProfile';
import { setupFor, type TargetName } from './throughputRound';

/** What `--profile=<name>` can profile: a server under guided-check load, or one of the single-process measurements. */
export const PROFILE_NAMES = ['bot-memory', 'bot-sqlite', 'echo', 'floor', 'evaluator', 'metrics', 'csv', 'start'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface ProfileSettings {
  repoRoot: string;
  standIn: BenchChild;
  /** Seconds of load on each delivery path (servers), or of evaluation (evaluator). */
  seconds: number;
  concurrency: number;
  log(line: string): void;
}

function printProfile(profileDir: string, label: string, log: (line: string) => void): void {
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile written to ${profileDir}`);
  const summary = summarizeCpuProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, 30);
  const line = (entry: { name: string; milliseconds: number; percent: number }) =>
    `  ${entry.percent.toFixed(1).padStart(5)} %  ${entry.milliseconds.toFixed(0).padStart(6)} ms  ${entry.name}`;
  log(`\nCPU profile of ${label}: ${summary.totalMs.toFixed(0)} ms sampled (${join(profileDir, file)})`);
  log('\nTop functions, self time:');
  summary.topFunctions.forEach((entry) => log(line(entry)));
  log('\nBy package or source folder, inclusive:');
  summary.byArea.forEach((entry) => log(line(entry)));
}

async function loadServer(target: TargetName, profileDir: string, settings: ProfileSettings): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cosell-bench-'));
  const setup = setupFor(target, dataDir);
  const server = await startChild({ script: setup.script, args: setup.args, execArgv: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
  try {
    for (const delivery of setup.deliveries) {
      const run = await runConversations({
        url: server.url,
        concurrency: settings.concurrency,
        durationSeconds: settings.seconds,
        script: guidedCheckTurns,
        delivery,
        serviceUrl: settings.standIn.url,
        prefix: `profile-${delivery}`,
        expectInLastReply: setup.expectInLastReply,
      });
      settings.log(`${target} ${delivery} c=${settings.concurrency}: ${run.turnsPerSecond.toFixed(0)} turns/s, p50 ${run.p50Ms.toFixed(1)} ms, p99 ${run.p99Ms.toFixed(1)} ms`);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runMeasurement(name: 'evaluator' | 'metrics' | 'csv', profileDir: string, settings: ProfileSettings): Promise<void> {
  const cpu = await startChild({ script: 'cpuBenchmarks.js', execArgv: ['--max-old-space-size=6144', '--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
  try {
    const fields = { evaluator: { seconds: settings.seconds }, metrics: { sizes: [1_000_000] }, csv: { rows: 1_000_000 } }[name];
    settings.log(JSON.stringify(await cpu.request(name, fields)));
  } finally {
    await cpu.stop();
  }
}

/**
 * Runs one server or measurement under `node --cpu-prof` and prints where the CPU went: the hottest functions
 * (self time) and each package's or source folder's share (inclusive). Servers are loaded with guided checks on
 * each of their delivery paths. The raw `.cpuprofile` is kept for Chrome DevTools; its path is printed.
 *
 * @example
 * await profileTarget('bot-memory', { repoRoot, standIn, seconds: 10, concurrency: 20, log: console.log });
 */
export async function profileTarget(name: ProfileName, settings: ProfileSettings): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), 'cosell-bench-profile-'));
  switch (name) {
    case 'evaluator':
    case 'metrics':
    case 'csv':
      await runMeasurement(name, profileDir, settings);
      break;
    case 'start': {
      const timing = await measureStartToListening(settings.repoRoot, 1, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
      settings.log(`spawn to listening under the profiler: ${timing.medianMs.toFixed(0)} ms`);
      break;
    }
    default:
      await loadServer(name, profileDir, settings);
  }
  printProfile(profileDir, name, settings.log);
}
