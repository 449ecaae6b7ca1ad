import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeliveryPath } from './activityFor';
import { startChild, type BenchChild } from './childProcess';
import { EXPECTED_ECHO, expectedGap, guidedCheckTurns } from './conversationScript';
import { runConversations, type ConversationLoadResult } from './runConversations';

/** What answers `/api/messages` in a run. */
export type TargetName = 'floor' | 'echo' | 'bot-memory' | 'bot-sqlite';

export const TARGET_LABELS: Record<TargetName, string> = {
  floor: 'floor: bare restify JSON POST',
  echo: 'SDK baseline: stock echo bot',
  'bot-memory': 'this bot, MemoryStorage',
  'bot-sqlite': 'this bot, SQLite (STORAGE=sqlite)',
};

export interface ThroughputRow {
  round: number;
  target: TargetName;
  /** The floor never delivers replies; it is listed under expectReplies. */
  delivery: DeliveryPath;
  concurrency: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Conversations that reached their last turn in this run. */
  finishedConversations: number;
  /** Finished conversations whose last reply was not the script's (a lost or crossed state update). */
  wrongResults: number;
  /** The machine's 1-minute load average when the run ended: how much else was competing for the two cores. */
  loadAverage: number;
  /** Latency of each turn of the script, for finding the slow one (results.json only). */
  byTurn: ConversationLoadResult['byTurn'];
}

export interface RoundSettings {
  round: number;
  concurrencies: readonly number[];
  durationSeconds: number;
  warmUpSeconds: number;
  /** The connector stand-in: every activity's `serviceUrl`, and where normal-path results are checked. */
  standIn: BenchChild;
  log(line: string): void;
}

export interface TargetSetup {
  script: string;
  args: string[];
  deliveries: DeliveryPath[];
  expectInLastReply?: (n: number) => string;
}

/**
 * How to start each server, which delivery paths it is measured on, and what its last reply must say.
 *
 * @example
 * setupFor('bot-sqlite', '/tmp/cosell-bench-x').args // ['--storage', 'sqlite', '--data-dir', '/tmp/cosell-bench-x']
 */
export function setupFor(target: TargetName, dataDir: string): TargetSetup {
  switch (target) {
    case 'floor':
      return { script: 'floorServer.js', args: [], deliveries: ['expectReplies'] };
    case 'echo':
      return { script: 'baselineEchoBot.js', args: [], deliveries: ['expectReplies', 'normal'], expectInLastReply: () => EXPECTED_ECHO };
    case 'bot-memory':
      return { script: 'botServer.js', args: ['--storage', 'memory'], deliveries: ['expectReplies', 'normal'], expectInLastReply: expectedGap };
    case 'bot-sqlite':
      return { script: 'botServer.js', args: ['--storage', 'sqlite', '--data-dir', dataDir], deliveries: ['expectReplies', 'normal'], expectInLastReply: expectedGap };
  }
}

/**
 * On the normal path the replies went to the stand-in, not into the HTTP response: ask it for each finished
 * conversation's last message and count the ones that are not the script's.
 */
async function wrongResultsAtStandIn(standIn: BenchChild, prefix: string, run: ConversationLoadResult, expect?: (n: number) => string): Promise<number> {
  const conversationIds = expect ? run.finished.map((n) => `${prefix}-${n}`) : [];
  const { texts } = await standIn.request<{ texts: Record<string, string | null> }>('takeLastTexts', { conversationIds });
  if (!expect) return 0;
  return run.finished.filter((n) => !(texts[`${prefix}-${n}`] ?? '').includes(expect(n))).length;
}

/**
 * One server, started fresh in its own process: a warm-up on each delivery path, then each measured run (every
 * delivery path at every concurrency), then stopped. A fresh SQLite file per round.
 */
export async function measureTarget(target: TargetName, settings: RoundSettings): Promise<ThroughputRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cosell-bench-'));
  const setup = setupFor(target, dataDir);
  const server = await startChild({ script: setup.script, args: setup.args });
  const rows: ThroughputRow[] = [];
  try {
    const run = (prefix: string, delivery: DeliveryPath, concurrency: number, durationSeconds: number) =>
      runConversations({
        url: server.url,
        concurrency,
        durationSeconds,
        script: guidedCheckTurns,
        delivery,
        serviceUrl: settings.standIn.url,
        prefix,
        expectInLastReply: setup.expectInLastReply,
      });
    for (const delivery of setup.deliveries) {
      const prefix = `r${settings.round}-${target}-${delivery}-warm`;
      const warm = await run(prefix, delivery, Math.min(...settings.concurrencies), settings.warmUpSeconds / setup.deliveries.length);
      await wrongResultsAtStandIn(settings.standIn, prefix, warm);
    }
    for (const delivery of setup.deliveries) {
      for (const concurrency of settings.concurrencies) {
        const prefix = `r${settings.round}-${target}-${delivery}-c${concurrency}`;
        const result = await run(prefix, delivery, concurrency, settings.durationSeconds);
        const wrongAtStandIn = await wrongResultsAtStandIn(settings.standIn, prefix, result, delivery === 'normal' ? setup.expectInLastReply : undefined);
        const row: ThroughputRow = {
          round: settings.round,
          target,
          delivery,
          concurrency,
          turnsPerSecond: result.turnsPerSecond,
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          errors: result.errors,
          finishedConversations: result.finished.length,
          wrongResults: result.wrongLastReplies + wrongAtStandIn,
          loadAverage: loadavg()[0]!,
          byTurn: result.byTurn,
        };
        rows.push(row);
        settings.log(
          `  round ${row.round}  ${target.padEnd(10)} ${delivery.padEnd(13)} c=${String(concurrency).padEnd(3)} ` +
            `${row.turnsPerSecond.toFixed(0).padStart(6)} turns/s  p50 ${row.p50Ms.toFixed(1)} ms  p99 ${row.p99Ms.toFixed(1)} ms  ` +
            `errors ${row.errors}  conversations ${row.finishedConversations} (${row.wrongResults} wrong)  load ${row.loadAverage.toFixed(1)}`,
        );
      }
    }
    return rows;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
