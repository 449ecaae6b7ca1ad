import { Agent, request } from 'node:http';
import fc from 'fast-check';

const FIELDS = [
  'asOf', 'azureIpCoSellEligible', 'hasTransactableOffer', 'marketplaceBilledSalesUsd', 'netNewCustomersOver10k',
  'transactionsOver100', 'uniqueCustomersOver100', 'marketplaceTransactions', 'consumptionCommitmentUsd', 'transactions',
  'designations', 'currency', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'unknownField',
];

/** JSON number literals that JSON.parse turns into Infinity, -0 or a rounded value, written into the body as text. */
const RAW_NUMBER_LITERALS = ['1e309', '-1e309', '1e-400', '-0', '-0.0', '0e0', '1E+21', '123456789012345678901234567890', '4000000.0000000001', '0.1e1', '-1'];

const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 1e12, 1e13, 1e308, -0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, '2026-02-30', '2026-11-26', '2023-06-30', 'yes', 'no', '', 'USD', 'EUR', '4M', '$3.6M', 'NaN', 'Infinity', '1e309', null, true, false, [], {}),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const transaction = fc.record(
  {
    date: fc.oneof(fc.constantFrom('2026-01-05', '2026-01-05T10:00:00Z', '2025-02-29', '0000-01-01', '9999-12-31', 'yesterday'), fc.string()),
    customerId: fc.oneof(fc.constantFrom('c1', 'c2', ' ', '', '=cmd|calc', '__proto__'), fc.string()),
    amountUsd: fc.oneof(fc.constantFrom(100, 10_001, -5, 1e13, 1e308), fc.double(), fc.string()),
    netNew: fc.oneof(fc.boolean(), edgeValue),
    offerId: fc.oneof(fc.constantFrom('offer-1'), fc.string()),
    privateOffer: fc.oneof(fc.boolean(), edgeValue),
    currency: fc.constantFrom('USD', 'usd', 'EUR', ''),
  },
  { requiredKeys: [] },
);

const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: edgeValue },
  { weight: 1, arbitrary: fc.array(transaction, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.record({ type: fc.constantFrom('industry-ai', 'gold', ''), attainedOn: fc.constantFrom('2024-08-15', 'x') }, { requiredKeys: [] }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A JSON object of evaluator fields with one value replaced by a raw literal JSON.parse reads oddly. */
const withRawLiteral = fc
  .tuple(fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 6 }), fc.constantFrom(...FIELDS), fc.constantFrom(...RAW_NUMBER_LITERALS))
  .map(([input, field, literal]) => {
    const text = JSON.stringify(input);
    return `{"${field}":${literal}${text === '{}' ? '' : `,${text.slice(1, -1)}`}}`;
  });

const deeplyNested = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => {
  const close = open === '[' ? ']' : '}';
  return `{"transactions":${open.repeat(depth)}1${close.repeat(depth)}}`;
});

/** Well-formed input with values anywhere in their valid ranges, so the evaluator itself is exercised, not only the schema. */
const plausibleInput = fc
  .record(
    {
      asOf: fc.constantFrom('2026-11-26', '2025-07-01', '2024-06-30'),
      azureIpCoSellEligible: fc.boolean(),
      hasTransactableOffer: fc.boolean(),
      marketplaceBilledSalesUsd: fc.oneof(fc.nat({ max: 20_000_000 }), fc.constant(null)),
      netNewCustomersOver10k: fc.oneof(fc.nat({ max: 40 }), fc.constant(null)),
      transactionsOver100: fc.nat({ max: 60 }),
      uniqueCustomersOver100: fc.nat({ max: 20 }),
      consumptionCommitmentUsd: fc.oneof(fc.nat({ max: 300_000_000 }), fc.constant(null)),
    },
    { requiredKeys: ['azureIpCoSellEligible', 'hasTransactableOffer'] },
  )
  .map((input) => JSON.stringify(input));

/** JSON bodies, from almost-right evaluator input to arbitrary JSON and text that is not JSON at all. */
const jsonBody = fc.oneof(
  { weight: 3, arbitrary: plausibleInput },
  { weight: 8, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 9 }).map((input) => JSON.stringify(input)) },
  { weight: 2, arbitrary: withRawLiteral },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '{', '[]', 'null', '"text"', '{"asOf":', '\uFEFF{}', '{"a":1}{"b":2}', '1e999', 'NaN', '{"marketplaceBilledSalesUsd":NaN}', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}') },
);

const CSV_HEADERS = ['date,customerId,amountUsd', 'Date,Customer ID,Amount (USD),Net New,Offer ID,Private Offer,Currency', 'date;customerId;amountUsd', 'amount', '', '\uFEFFdate,customerId,amountUsd,currency'];
const csvCell = fc.oneof(
  fc.constantFrom('2026-01-05', '2025-12-01', 'c1', 'c2', '100', '10001', '-5', '1e309', 'NaN', '=HYPERLINK("http://evil")', '+cmd', '@SUM(A1)', '"quoted, comma"', '"unterminated', 'yes', 'no', 'USD', 'EUR', ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.double().map(String),
);
const csvBody = fc
  .tuple(fc.constantFrom(...CSV_HEADERS), fc.array(fc.array(csvCell, { minLength: 0, maxLength: 8 }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([header, rows, newline]) => [header, ...rows.map((row) => row.join(','))].join(newline));

const QUERY_NAMES = ['asOf', 'currency', 'azureIpCoSellEligible', 'hasTransactableOffer', 'consumptionCommitmentUsd', 'marketplaceBilledSalesUsd', 'netNewCustomersOver10k', 'x', '__proto__'];
const queryString = fc
  .dictionary(fc.constantFrom(...QUERY_NAMES), fc.oneof(fc.constantFrom('2026-11-26', 'yes', 'true', '0', '1e309', 'NaN', '-0', '$30M', ''), fc.string({ maxLength: 10 })), { maxKeys: 4 })
  .map((params) => new URLSearchParams(params as Record<string, string>).toString());

export interface EvaluateRequest {
  contentType: string;
  query: string;
  body: string;
}

/** One request: mostly JSON, some CSV with query fields, and a few with media types that are not JSON or CSV at all. */
export const fuzzEvaluateRequest: fc.Arbitrary<EvaluateRequest> = fc.oneof(
  { weight: 7, arbitrary: jsonBody.map((body) => ({ contentType: 'application/json', query: '', body })) },
  { weight: 3, arbitrary: fc.tuple(csvBody, queryString).map(([body, query]) => ({ contentType: 'text/csv', query, body })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('application/json; charset=latin1', 'application/vnd.api+json', 'text/plain', 'application/xml', '', 'multipart/form-data'), jsonBody).map(([contentType, body]) => ({ contentType, query: '', body })),
  },
);

export interface EvaluateFuzzReport {
  requests: number;
  statuses: Record<number, number>;
  elapsedMs: number;
}

function post(agent: Agent, url: string, request_: EvaluateRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-length': String(Buffer.byteLength(request_.body)) };
    if (request_.contentType) headers['content-type'] = request_.contentType;
    const req = request(`${url}${request_.query ? `?${request_.query}` : ''}`, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(request_.body);
  });
}

/**
 * Sends random bodies to `POST /api/evaluate` over real HTTP on one keep-alive connection and fails (with the
 * shrunk counterexample and seed) unless every answer is 200 with an evaluation, or 4xx with an error message.
 *
 * @example
 * const report = await runEvaluateFuzz(`${baseUrl}/api/evaluate`, { requests: 10_000, seed: 42 });
 */
export async function runEvaluateFuzz(url: string, options: { requests: number; seed: number }): Promise<EvaluateFuzzReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const report: EvaluateFuzzReport = { requests: 0, statuses: {}, elapsedMs: 0 };
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(fuzzEvaluateRequest, async (request_) => {
        const answer = await post(agent, url, request_);
        report.requests += 1;
        report.statuses[answer.status] = (report.statuses[answer.status] ?? 0) + 1;
        const parsed = JSON.parse(answer.body) as { status?: unknown; error?: { code?: unknown; message?: unknown } };
        if (answer.status === 200) {
          if (typeof parsed.status !== 'string') throw new Error('a 200 without an evaluation status');
          return;
        }
        if (answer.status < 400 || answer.status >= 500) throw new Error(`answered ${answer.status}: ${answer.body.slice(0, 300)}`);
        if (typeof parsed.error?.message !== 'string' || parsed.error.message.trim() === '') throw new Error(`a ${answer.status} without an error message`);
      }),
      { seed: options.seed, numRuns: options.requests, endOnFailure: true },
    );
  } finally {
    agent.destroy();
    report.elapsedMs = Math.round(performance.now() - started);
  }
  return report;
}
