import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createServer } from '../../src/http/createServer';
import { registerEvaluateRoute, type EvaluateRouteOptions } from '../../src/http/evaluateRoute';
import type { EvaluationJson } from '../../src/cards/evaluationJson';
import { policies } from '../fixtures/policies';

/** 23:30 UTC: still 26 Nov in UTC whatever the machine's time zone, so the default as-of is 2026-11-26. */
const NOW = new Date('2026-11-26T23:30:00Z');

async function startServer(options: Partial<EvaluateRouteOptions> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer();
  registerEvaluateRoute(server, { policies, now: () => NOW, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/evaluate` };
}

interface ErrorAnswer {
  error: { code: string; message: string; issues?: Array<{ path: string; message: string }>; correlationId?: string };
}

describe('POST /api/evaluate with JSON', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => ({ server, url } = await startServer()));
  afterAll(() => server.close());

  const postJson = (body: unknown, query = '') =>
    fetch(`${url}${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  async function expectInvalid(body: unknown, path: string): Promise<ErrorAnswer> {
    const response = await postJson(body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.issues?.[0]?.path).toBe(path);
    expect(answer.error.message).toContain(path);
    expect(answer.error.message).toMatch(/\.$/);
    return answer;
  }

  it('a partner with USD 4 million in billed sales who is co-sell eligible qualifies', async () => {
    const response = await postJson({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_000_000 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const evaluation = (await response.json()) as EvaluationJson;
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toEqual(['marketplace.billedSales']);
    expect(evaluation.policy?.version).toBe(3);
  });

  it('an answer from 1 Jan 2026 carries the PRACR transition as structured notices; one from 31 Dec 2025 carries none', async () => {
    const after = (await (await postJson({ asOf: '2026-01-01', azureIpCoSellEligible: true, designations: [{ type: 'certified-software-security', attainedOn: '2025-10-01' }] })).json()) as EvaluationJson;
    expect(after.notices.map((notice) => notice.code)).toEqual(['pracr-transition', 'designation-security-not-named']);
    for (const notice of after.notices) {
      // `short` is the summary's and speech's form (at most 150 characters); `text` stays the full notice.
      expect(Object.keys(notice)).toEqual(['code', 'text', 'short', 'source']);
      expect(notice.source).toBe('https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue');
    }
    const before = (await (await postJson({ asOf: '2025-12-31', azureIpCoSellEligible: true })).json()) as EvaluationJson;
    expect(before.notices).toEqual([]);
  });

  it('a certified software (Azure) designation counts from the first day of the next month', async () => {
    const designations = [{ type: 'certified-software-azure', attainedOn: '2026-03-31' }];
    const lastDay = (await (await postJson({ asOf: '2026-03-31', azureIpCoSellEligible: true, designations })).json()) as EvaluationJson;
    const firstOfNext = (await (await postJson({ asOf: '2026-04-01', azureIpCoSellEligible: true, designations })).json()) as EvaluationJson;
    expect(lastDay.qualifiedBy).toEqual([]);
    expect(firstOfNext.status).toBe('qualified');
    expect(firstOfNext.qualifiedBy).toEqual(['designation.certifiedSoftware']);
  });

  it('a partner short on every route is not qualified, with the gap to the closest route', async () => {
    const response = await postJson({
      asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 10,
      transactionsOver100: 25, uniqueCustomersOver100: 6, marketplaceTransactions: 40, consumptionCommitmentUsd: 0, designations: [],
    });
    expect(response.status).toBe(200);
    const evaluation = (await response.json()) as EvaluationJson;
    expect(evaluation.status).toBe('not-qualified');
    expect(evaluation.closest).toBe('marketplace.billedSales');
    expect(evaluation.criteria[0]!.gaps[0]).toMatchObject({ actual: 3_600_000, required: 4_000_000, shortBy: 400_000 });
    expect(evaluation.explanation).toContain('USD 400,000 short');
  });

  it('keeps the words older clients read (notes, each criterion note, explanation) beside the facts they come from', async () => {
    // 26 Nov 2025: rules version 2, whose FY25 designation route ended on 30 Jun 2025 (a finding with a note).
    const response = await postJson({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 });
    const evaluation = (await response.json()) as EvaluationJson;
    const designation = evaluation.criteria.find((criterion) => criterion.id === 'designation.fy25')!;
    expect(designation.finding).toEqual({ code: 'routeEnded', criterionId: 'designation.fy25', activeFrom: '2024-07-01', activeTo: '2025-06-30' });
    expect(designation.note).toContain('says nothing about it after that');
    expect(evaluation.findings).toEqual([designation.finding]);
    expect(evaluation.notes).toEqual([designation.note]);
    expect(evaluation.explanation).toMatch(/^You qualify for Azure IP co-sell top-tier benefits/);
    expect(evaluation.policy?.benefits.map((benefit) => benefit.id)).toEqual(['seller-incentives', 'pracr']);
    for (const key of ['status', 'notices', 'asOf', 'window', 'policy', 'metrics', 'metricSources', 'qualifiedBy', 'criteria', 'closest', 'missing', 'notes', 'explanation', 'resourcesUrl', 'disclaimer']) {
      expect(evaluation).toHaveProperty(key);
    }
  });

  it('without an as-of date it evaluates as of today in UTC and lists what it still needs', async () => {
    const response = await postJson({ marketplaceBilledSalesUsd: 1_000_000 });
    expect(response.status).toBe(200);
    const evaluation = (await response.json()) as EvaluationJson;
    expect(evaluation.status).toBe('undetermined');
    expect(evaluation.asOf).toBe('2026-11-26');
    expect(evaluation.window).toEqual({ start: '2025-11-27', end: '2026-11-26' });
    expect(evaluation.missing).toContain('azureIpCoSellEligible');
  });

  it('a JSON body of transactions is evaluated from its rows', async () => {
    const transactions = Array.from({ length: 12 }, (_, index) => ({ date: '2026-03-01', customerId: `c${index}`, amountUsd: 10_001, netNew: true }));
    const response = await postJson({ asOf: '2026-11-26', azureIpCoSellEligible: true, transactions });
    const evaluation = (await response.json()) as EvaluationJson;
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.metrics.netNewCustomersOver10k).toBe(12);
  });

  it('a negative amount is a 400 naming the field', async () => {
    await expectInvalid({ marketplaceBilledSalesUsd: -1 }, 'marketplaceBilledSalesUsd');
  });

  it('a fractional count is a 400 naming the field', async () => {
    const answer = await expectInvalid({ netNewCustomersOver10k: 2.5 }, 'netNewCustomersOver10k');
    expect(answer.error.message).toContain('whole number');
  });

  it('a date that does not exist is a 400 naming the field', async () => {
    await expectInvalid({ asOf: '2026-02-30' }, 'asOf');
  });

  it('more unique customers than transactions is a 400', async () => {
    await expectInvalid({ transactionsOver100: 5, uniqueCustomersOver100: 6 }, 'uniqueCustomersOver100');
  });

  it('co-sell eligible without a transactable offer is a 400', async () => {
    await expectInvalid({ azureIpCoSellEligible: true, hasTransactableOffer: false }, 'hasTransactableOffer');
  });

  it('an unknown field is a 400 naming it', async () => {
    const answer = await expectInvalid({ marketplaceBilledSales: 4_000_000 }, 'marketplaceBilledSales');
    expect(answer.error.message).toContain('is not a field the evaluator knows');
  });

  it('a currency other than USD is a 400, at the top level and on a transaction', async () => {
    await expectInvalid({ currency: 'EUR', marketplaceBilledSalesUsd: 1 }, 'currency');
    await expectInvalid({ transactions: [{ date: '2026-01-05', customerId: 'c1', amountUsd: 100, currency: 'EUR' }] }, 'transactions.0.currency');
  });

  it('several problems are all listed, and the message names the first and counts the rest', async () => {
    const response = await postJson({ marketplaceBilledSalesUsd: -1, netNewCustomersOver10k: 'ten', bogus: 1 });
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.issues).toHaveLength(3);
    expect(answer.error.message).toContain('and 2 more problems');
  });

  it('malformed JSON is a 400 invalid_json', async () => {
    const response = await postJson('{"marketplaceBilledSalesUsd": 4000000');
    expect(response.status).toBe(400);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('invalid_json');
    expect(answer.error.message).toMatch(/^The body is not valid JSON/);
  });

  it('an empty body is a 400 invalid_json', async () => {
    const response = await postJson('');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('invalid_json');
  });

  it.each([['an array', [{ marketplaceBilledSalesUsd: 1 }]], ['null', null], ['a number', 42], ['a string', 'hello']])(
    '%s body is a 400 that asks for an object',
    async (_name, body) => {
      const answer = await expectInvalid(JSON.stringify(body), '');
      expect(answer.error.message).toContain('must be a JSON object');
    },
  );

  it('a JSON body with a byte order mark is read', async () => {
    const response = await postJson(`\uFEFF${JSON.stringify({ asOf: '2026-11-26' })}`);
    expect(response.status).toBe(200);
  });

  it('a query parameter next to a JSON body is a 400 rather than silently ignored', async () => {
    const response = await postJson({ marketplaceBilledSalesUsd: 1 }, '?asOf=2025-01-01');
    expect(response.status).toBe(400);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.issues?.[0]?.path).toBe('asOf');
  });

  it('a JSON body over 1 MB is a 413', async () => {
    const body = JSON.stringify({ asOf: '2026-11-26', padding: 'x'.repeat(1024 * 1024) });
    const response = await postJson(body);
    expect(response.status).toBe(413);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('payload_too_large');
    expect(answer.error.message).toContain('1 MB');
  });

  it('a streamed JSON body with no length is cut off at 1 MB with a 413', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Never-ending whitespace: only a cap enforced while reading can answer this request.
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('payload_too_large');
    expect(sent).toBeGreaterThan(1024 * 1024);
  });

  it('a body just under the cap is read in full', async () => {
    const json = JSON.stringify({ asOf: '2026-11-26' });
    const response = await postJson(json + ' '.repeat(1024 * 1024 - json.length));
    expect(response.status).toBe(200);
  });

  it('a body that is neither JSON nor CSV is a 415', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'billed sales 4m' });
    expect(response.status).toBe(415);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('unsupported_media_type');
    expect(answer.error.message).toContain('text/csv');
  });

  it('a JSON body in a charset other than UTF-8 is a 415', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{}' });
    expect(response.status).toBe(415);
  });

  it('a gzip-compressed body is a 415: compressed bodies are refused, not inflated', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ asOf: '2026-11-26' })),
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('unsupported_content_encoding');
  });

  it('the connection keeps serving requests after a refused body', async () => {
    await postJson('x'.repeat(1024 * 1024 + 10));
    const response = await postJson({ asOf: '2026-11-26' });
    expect(response.status).toBe(200);
  });
});

describe('POST /api/evaluate when something of ours fails', () => {
  it('answers 500 with a generic message and a correlation id, and logs the detail under that id', async () => {
    const logged: string[] = [];
    const { server, url } = await startServer({
      now: () => {
        throw new Error('clock unavailable');
      },
      logError: (line) => logged.push(line),
    });
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(500);
      const answer = (await response.json()) as ErrorAnswer;
      expect(answer.error.code).toBe('internal_error');
      expect(answer.error.message).not.toContain('clock');
      expect(answer.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.error.message).toContain(answer.error.correlationId);
      expect(logged.join('')).toContain(answer.error.correlationId!);
      expect(logged.join('')).toContain('clock unavailable');
    } finally {
      server.close();
    }
  });
});
