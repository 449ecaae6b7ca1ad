import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluateFuzz } from './fuzz/evaluateBodies';
import { memoryLogger } from './support/memoryLogger';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** Fixed for a repeatable `npm test`; `scripts/fuzz.ts` runs 50,000 bodies with a fresh seed (10,000 take 5-25 s here). */
const SEED = 20261126;
const REQUESTS = 2_000;

describe('POST /api/evaluate under random bodies, over real HTTP', () => {
  const log = memoryLogger('error');
  // The per-address limit is lifted: this test is about the answers, not the limit.
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp({ config: { EVALUATE_RATE_LIMIT_PER_MINUTE: '1000000' }, logger: log.logger });
    baseUrl = app.baseUrl;
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
