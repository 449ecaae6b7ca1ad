import { setImmediate as nextTurn } from 'node:timers/promises';

export interface MemoryReading {
  heapUsedBytes: number;
  rssBytes: number;
  externalBytes: number;
}

/**
 * `process.memoryUsage()` after full collections, so the heap figure is what is still reachable rather than what
 * the collector has not got round to yet. Needs `--expose-gc`.
 *
 * @example
 * const { heapUsedBytes } = await readMemoryAfterGc();
 */
export async function readMemoryAfterGc(): Promise<MemoryReading> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('start the process with --expose-gc to read memory');
  // Several rounds with a turn of the event loop between: weak callbacks and finalizers free more on the second.
  for (let round = 0; round < 4; round += 1) {
    gc();
    await nextTurn();
  }
  const usage = process.memoryUsage();
  return { heapUsedBytes: usage.heapUsed, rssBytes: usage.rss, externalBytes: usage.external };
}
