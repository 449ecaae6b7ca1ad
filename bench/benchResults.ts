import type { BadCsvReading } from './badCsv';
import type { CsvPathTiming } from './csvPath';
import type { EvaluatorThroughput } from './evaluatorThroughput';
import type { MessageCost } from './messageCost';
import type { DerivationTiming } from './metricsScaling';
import type { ParkedMemory } from './parkedConversations';
import type { StartTiming } from './startToListening';
import type { ThroughputRow } from './throughputRound';

/** A throughput row with its ratios to the rows it is judged against, measured in the same round. */
export interface ComparedRow extends ThroughputRow {
  /** Turns/s over the stock echo bot's on the same delivery path and concurrency (the floor: over echo expectReplies). */
  vsEcho: number;
  /** SQLite rows only: turns/s over the same bot on MemoryStorage. */
  vsMemory?: number;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** Everything one `npm run bench` measured: printed as tables and written to `bench/results.json`. */
export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  settings: {
    rounds: number;
    concurrencies: number[];
    durationSeconds: number;
    warmUpSeconds: number;
    parkByTurnsUpTo: Record<string, number>;
  };
  throughput: ComparedRow[];
  parked: ParkedMemory[];
  startToListening: StartTiming;
  evaluator: EvaluatorThroughput;
  derivation: DerivationTiming[];
  csv: CsvPathTiming;
  /** Abuse resistance: the worst message the fuzz shapes found, and a 25 MB CSV of bad rows against a fresh server. */
  messageCost: MessageCost;
  badCsv: BadCsvReading;
  targets: TargetCheck[];
  /** Wall time of each phase, to keep `npm run bench` within its five minutes. */
  phaseSeconds: Record<string, number>;
  totalSeconds: number;
}

/**
 * Adds each row's ratio to the stock echo bot (and, for SQLite, to memory) from the same round, concurrency and
 * delivery path: ratios across rounds would compare a quiet minute of the machine with a busy one.
 *
 * @example
 * compareRows(rows).find((row) => row.target === 'bot-memory')?.vsEcho // e.g. 0.42
 */
export function compareRows(rows: readonly ThroughputRow[]): ComparedRow[] {
  const find = (like: ThroughputRow, target: ThroughputRow['target'], delivery = like.delivery) =>
    rows.find((row) => row.round === like.round && row.concurrency === like.concurrency && row.target === target && row.delivery === delivery);
  return rows.map((row) => {
    const echo = find(row, 'echo');
    const memory = row.target === 'bot-sqlite' ? find(row, 'bot-memory') : undefined;
    return {
      ...row,
      vsEcho: echo ? row.turnsPerSecond / echo.turnsPerSecond : Number.NaN,
      ...(memory ? { vsMemory: row.turnsPerSecond / memory.turnsPerSecond } : {}),
    };
  });
}
