import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StorageKind } from '../src/storage/createStorage';
import { startChild } from './childProcess';
import { expectedGap, guidedCheckTurns, PARKED_CHECK_TURNS } from './conversationScript';
import type { MemoryReading } from './readMemoryAfterGc';
import { runConversations } from './runConversations';

export interface ParkedReading {
  conversations: number;
  /** Of those, how many were parked by real HTTP turns (the rest are copies of a parked one's stored state). */
  parkedByTurns: number;
  heapUsedBytes: number;
  rssBytes: number;
  /** Since the baseline, over all parked conversations. */
  heapPerConversationBytes: number;
  rssPerConversationBytes: number;
  /** Since the previous checkpoint, over the conversations added since: flat means this matches the line above. */
  heapPerAddedConversationBytes: number;
  /** How the conversations since the previous checkpoint were added. */
  addedBy: 'turns' | 'copies' | 'turns and copies';
  /** Guided checks run at this checkpoint, after the memory reading, with every parked conversation in the store. */
  probe: ParkedLatencyProbe;
}

/** Turn latency with this many conversations parked: flat means the store's size does not slow a turn down. */
export interface ParkedLatencyProbe {
  concurrency: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The slowest turn of the script's p99, each connection's first conversation left out (no connection ramp). */
  steadyP99Ms: number;
  errors: number;
  /** Finished checks whose result card did not name their own gap. */
  wrongLastReplies: number;
}

export interface ParkedMemory {
  storage: StorageKind;
  baseline: MemoryReading;
  readings: ParkedReading[];
  /** JSON size of one parked conversation's stored conversation state and user state. */
  storedStateBytes: { conversation: number; user: number };
  /** Non-2xx answers and connection errors while parking. */
  errors: number;
  seconds: number;
}

export interface ParkingPlan {
  storage: StorageKind;
  /** Conversation counts to read memory at, ascending, e.g. [10_000, 100_000]. */
  checkpoints: readonly number[];
  /** Conversations parked through real turns; above this, stored state is copied (a real turn costs milliseconds). */
  parkByTurnsUpTo: number;
  concurrency: number;
  serviceUrl: string;
  /** The latency probe at each checkpoint: guided checks at this concurrency for this long (expectReplies). */
  probe: { concurrency: number; durationSeconds: number; warmUpSeconds: number };
}

const WARM_UP_CONVERSATIONS = 500;

/**
 * Memory per parked conversation: each conversation answers the first question and stops ("check eligibility",
 * "yes"), as a partner who walks away would. Readings are `process.memoryUsage()` in the server process after a
 * forced GC, against a baseline taken after a warm-up, so they count what the parked conversations keep alive.
 * At each checkpoint a short run of full guided checks then measures turn latency with all of them in the store.
 *
 * Up to `parkByTurnsUpTo`, conversations are parked by real turns over HTTP; beyond it, the stored state of one
 * real parked conversation is copied under fresh ids with the bot's own `Storage.write`. The per-turn cost of the
 * bot is measured elsewhere; here what matters is what stays behind.
 *
 * @example
 * await measureParkedMemory({ storage: 'memory', checkpoints: [10_000, 100_000], parkByTurnsUpTo: 10_000, concurrency: 50, serviceUrl, probe: { concurrency: 100, durationSeconds: 3, warmUpSeconds: 1 } })
 */
export async function measureParkedMemory(plan: ParkingPlan): Promise<ParkedMemory> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'cosell-bench-park-'));
  const bot = await startChild({
    script: 'botServer.js',
    args: ['--storage', plan.storage, '--data-dir', dataDir],
    execArgv: ['--expose-gc', '--max-old-space-size=4096'],
  });
  try {
    const park = (prefix: string, conversations: number) =>
      runConversations({
        url: bot.url,
        concurrency: plan.concurrency,
        conversations,
        script: () => PARKED_CHECK_TURNS,
        delivery: 'expectReplies',
        serviceUrl: plan.serviceUrl,
        prefix,
      });

    // Loads the lazy modules (recognizers, dialogs) and warms the JIT, so the baseline is not the cold process.
    await park('park-warm', WARM_UP_CONVERSATIONS);
    const baseline = await bot.request<MemoryReading>('memoryUsage');

    const readings: ParkedReading[] = [];
    let parked = 0;
    let parkedByTurns = 0;
    let errors = 0;
    /** One conversation parked by real turns, whose stored state the copies repeat. */
    let template: { conversationId: string; userId: string } | undefined;
    let previous = { conversations: 0, heapUsedBytes: baseline.heapUsedBytes, byTurns: 0 };
    for (const checkpoint of plan.checkpoints) {
      const byTurns = Math.max(0, Math.min(checkpoint, plan.parkByTurnsUpTo) - parkedByTurns);
      if (byTurns > 0) {
        // Whole rounds of `concurrency` conversations: autocannon splits the turns evenly over the connections.
        const rounded = Math.ceil(byTurns / plan.concurrency) * plan.concurrency;
        const prefix = `park-${parkedByTurns}`;
        const run = await park(prefix, rounded);
        errors += run.errors;
        parkedByTurns += rounded;
        parked += rounded;
        const first = run.finished[0];
        if (!template && first !== undefined) template = { conversationId: `${prefix}-${first}`, userId: `${prefix}-${first}-user` };
      }
      if (checkpoint > parked) {
        if (!template) throw new Error('no conversation was parked by real turns to copy');
        await bot.request('copyParkedState', { template, ids: { prefix: 'park-copy', from: parked, to: checkpoint } });
        parked = checkpoint;
      }
      const reading = await bot.request<MemoryReading>('memoryUsage');
      // After the reading, so the probe's own few hundred finished checks count at the next checkpoint, not this one.
      // A warm-up first, as in the throughput runs: parking ran only the first two turns, so the rest of the check
      // (amounts, evaluation, the result card) would otherwise be compiled during the measured run.
      const probe = (prefix: string, durationSeconds: number) =>
        runConversations({
          url: bot.url,
          concurrency: plan.probe.concurrency,
          durationSeconds,
          script: guidedCheckTurns,
          delivery: 'expectReplies',
          serviceUrl: plan.serviceUrl,
          prefix,
          expectInLastReply: expectedGap,
        });
      await probe(`probe-warm-${checkpoint}`, plan.probe.warmUpSeconds);
      const probeRun = await probe(`probe-${checkpoint}`, plan.probe.durationSeconds);
      readings.push({
        conversations: parked,
        parkedByTurns,
        heapUsedBytes: reading.heapUsedBytes,
        rssBytes: reading.rssBytes,
        heapPerConversationBytes: (reading.heapUsedBytes - baseline.heapUsedBytes) / parked,
        rssPerConversationBytes: (reading.rssBytes - baseline.rssBytes) / parked,
        heapPerAddedConversationBytes: (reading.heapUsedBytes - previous.heapUsedBytes) / (parked - previous.conversations),
        addedBy: parkedByTurns === previous.byTurns ? 'copies' : parkedByTurns - previous.byTurns === parked - previous.conversations ? 'turns' : 'turns and copies',
        probe: {
          concurrency: plan.probe.concurrency,
          turnsPerSecond: probeRun.turnsPerSecond,
          p50Ms: probeRun.p50Ms,
          p99Ms: probeRun.p99Ms,
          steadyP99Ms: Math.max(...probeRun.byTurn.map((turn) => turn.p99Ms)),
          errors: probeRun.errors,
          wrongLastReplies: probeRun.wrongLastReplies,
        },
      });
      previous = { conversations: parked, heapUsedBytes: reading.heapUsedBytes, byTurns: parkedByTurns };
    }
    if (!template) throw new Error('no conversation was parked by real turns');
    const storedStateBytes = await bot.request<{ conversation: number; user: number }>('storedStateSize', { template });
    return { storage: plan.storage, baseline, readings, storedStateBytes, errors, seconds: (Date.now() - started) / 1000 };
  } finally {
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
