import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/http/createServer';
import { registerEvaluateRoute } from '../../src/http/evaluateRoute';
import { policies } from '../fixtures/policies';

const FIELDS = [
  'asOf', 'azureIpCoSellEligible', 'hasTransactableOffer', 'marketplaceBilledSalesUsd', 'netNewCustomersOver10k',
  'transactionsOver100', 'uniqueCustomersOver100', 'marketplaceTransactions', 'consumptionCommitmentUsd',
  'transactions', 'designations', 'currency', '__proto__', 'constructor', 'unknownField',
];

/** Values near the edges the schema guards: signs, fractions, huge numbers, impossible dates, wrong types. */
const edgeValue = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 2.5, 1e12, 1e13, 1e308, -0, '2026-02-30', '2026-11-26', '2023-06-30', 'yes', '', 'USD', 'EUR', null, true, false),
  fc.integer(),
  fc.double(),
  fc.string(),
);

const transaction = fc.record(
  {
    date: fc.oneof(fc.constantFrom('2026-01-05', '2026-01-05T10:00:00Z', '2025-02-29', 'yesterday'), fc.string()),
    customerId: fc.oneof(fc.constantFrom('c1', 'c2', ' ', ''), fc.string()),
    amountUsd: fc.oneof(fc.constantFrom(100, 10_001, -5, 1e13), fc.double(), fc.string()),
    netNew: fc.oneof(fc.boolean(), edgeValue),
    offerId: fc.oneof(fc.constantFrom('offer-1'), fc.string()),
    privateOffer: fc.oneof(fc.boolean(), edgeValue),
    currency: fc.constantFrom('USD', 'EUR'),
  },
  { requiredKeys: [] },
);

const fieldValue = fc.oneof(
  { weight: 3, arbitrary: edgeValue },
  { weight: 1, arbitrary: fc.array(transaction, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.record({ type: fc.constantFrom('industry-ai', 'gold'), attainedOn: fc.constantFrom('2024-08-15', 'x') }, { requiredKeys: [] }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Bodies from "almost right" evaluator input to arbitrary JSON and text that is not JSON at all. */
const body = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 8 }).map((input) => JSON.stringify(input)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('{', '[]', 'null', '"text"', '{"asOf":', '\uFEFF{}', '{"a":1}{"b":2}', '1e999', '[[[[[[[[[[]]]]]]]]]]') },
);

describe('POST /api/evaluate under random JSON bodies', () => {
  let server: Server;
  let url: string;
  const logged: string[] = [];
  beforeAll(async () => {
    server = createServer();
    registerEvaluateRoute(server, {
      policies,
      now: () => new Date('2026-11-26T12:00:00Z'),
      logError: (line) => logged.push(line),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/evaluate`;
  });
  afterAll(() => server.close());

  it('300 random bodies are each answered 200 or 4xx with an error message, never 5xx', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
        const answer = (await response.json()) as { status?: string; error?: { code: string; message: string } };
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 200) {
          expect(answer.status).toMatch(/^(qualified|not-qualified|undetermined|not-co-sell-eligible|not-in-effect)$/);
        } else {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(answer.error?.message).toMatch(/\S/);
          expect(answer.error?.code).toMatch(/^[a-z_]+$/);
        }
      }),
      { seed: 20_261_126, numRuns: 300 },
    );
    expect(logged).toEqual([]);
    // The generator must reach both sides, or the property says little.
    expect(statuses.get(200)).toBeGreaterThan(10);
    expect(statuses.get(400)).toBeGreaterThan(10);
  });
});
