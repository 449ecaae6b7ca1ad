import { describe, expect, it, vi } from 'vitest';
import { runBotFuzz } from './fuzz/botMessages';

/** Every input the evaluator is handed, recorded on the way through to the real function. */
const evaluatorInputs = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/eligibility/evaluate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/eligibility/evaluate')>();
  return {
    ...original,
    evaluate: (...args: Parameters<typeof original.evaluate>) => {
      evaluatorInputs.push(args[0]);
      return original.evaluate(...args);
    },
  };
});

/**
 * The fixed seed keeps `npm test` repeatable. 10,000 turns take about 10 s on an idle two-core machine and three
 * times that on a busy one, so `npm test` runs 2,000 and `scripts/fuzz.ts` runs 50,000 with a fresh seed each time.
 */
const SEED = 20261126;
const TURNS = 2_000;

describe('the bot under random messages', () => {
  it(`${TURNS.toLocaleString('en-US')} random messages at random states: no exception, every turn answered, no non-finite number reaches the evaluator`, async () => {
    const report = await runBotFuzz({ turns: TURNS, seed: SEED, takeEvaluatorInputs: () => evaluatorInputs.splice(0) });
    expect(report.turns).toBeGreaterThanOrEqual(TURNS);
    expect(report.evaluations).toBeGreaterThan(0);
    expect(report.unhandledRejections).toBe(0);
    console.info(`bot fuzz: ${JSON.stringify(report)}`);
  }, 120_000);
});
