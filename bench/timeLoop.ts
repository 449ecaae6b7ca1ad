import { performance } from 'node:perf_hooks';

/**
 * Calls `work` in batches until `seconds` have passed and returns calls per second. Batches keep the clock out of
 * the measurement; the sum of results keeps the optimiser from dropping the work.
 *
 * @example
 * callsPerSecond(() => evaluate(input, context).criteria.length, 1)
 */
export function callsPerSecond(work: () => number, seconds: number, batch = 1000): { perSecond: number; calls: number; checksum: number } {
  let calls = 0;
  let checksum = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  let now = started;
  while (now < until) {
    for (let i = 0; i < batch; i += 1) checksum += work();
    calls += batch;
    now = performance.now();
  }
  return { perSecond: calls / ((now - started) / 1000), calls, checksum };
}

/**
 * Milliseconds `work` takes: the median of as many runs as fit in `budgetMs` (at least three), after one unmeasured
 * run that lets the JIT settle. Short work gets many runs, so a millisecond-long measurement is not one noisy sample.
 *
 * @example
 * medianMilliseconds(() => deriveMarketplaceMetrics(rows, window, counting), 500)
 */
export function medianMilliseconds(work: () => unknown, budgetMs: number): number {
  const first = performance.now();
  work();
  const repeats = Math.max(3, Math.min(1000, Math.ceil(budgetMs / Math.max(0.01, performance.now() - first))));
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
