import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { policies } from '../fixtures/policies';
import { runEvaluateFuzz } from './fuzz/evaluateBodies';
import { memoryLogger } from './support/memoryLogger';

/** Fixed for a repeatable `npm test`; `scripts/fuzz.ts` runs 50,000 bodies with a fresh seed (10,000 take 5-25 s here). */
const SEED = 20261126;
const REQUESTS = 2_000;

describe('POST /api/evaluate under random bodies, over real HTTP', () => {
  const log = memoryLogger('error');
  const app = createApp({
    // The per-address limit is lifted: this test is about the answers, not the limit.
    config: loadConfig({ EVALUATE_RATE_LIMIT_PER_MINUTE: '1000000' }),
    policies,
    storage: new MemoryStorage(),
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: log.logger,
  });
  let baseUrl: string;
  beforeAll(async () => {
    baseUrl = await app.listen(0, '127.0.0.1');
  });
  afterAll(() => app.close());

  it(`${REQUESTS.toLocaleString('en-US')} random JSON and CSV bodies are each answered 200 or 4xx with an error message, never 5xx`, async () => {
    const report = await runEvaluateFuzz(`${baseUrl}/api/evaluate`, { requests: REQUESTS, seed: SEED });
    console.info(`evaluate fuzz: ${JSON.stringify(report)}`);
    expect(report.requests).toBe(REQUESTS);
    expect(log.entries).toEqual([]);
    // The generator must reach both sides, or the property says little.
    expect(report.statuses[200]).toBeGreaterThan(REQUESTS / 20);
    expect(report.statuses[400]).toBeGreaterThan(REQUESTS / 20);
  }, 120_000);
});
