import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/batch/evaluateBatch';
import { createServer } from '../../src/http/createServer';
import { registerBatchRoute } from '../../src/http/batchRoute';
import { policies } from '../fixtures/policies';

const NOW = new Date('2026-11-26T12:00:00Z');
const MAX_ROWS = 50;
const MAX_JSON_BYTES = 4096;

interface ErrorAnswer {
  error: { code: string; message: string; issues?: Array<{ path: string; message: string }> };
}

describe('POST /api/evaluate/batch', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer();
    registerBatchRoute(server, { policies, now: () => NOW, maxRows: MAX_ROWS, maxJsonBytes: MAX_JSON_BYTES, maxCsvBytes: 8192 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/evaluate/batch`;
  });
  afterAll(() => server.close());

  const post = (body: string, contentType: string, query = '', accept = 'application/json') =>
    fetch(`${url}${query}`, { method: 'POST', headers: { 'content-type': contentType, accept }, body });

  it('evaluates a CSV of partners, with a bad row reported by its line', async () => {
    const response = await post('partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd\nP1,yes,4200000\nP2,yes,-1\n', 'text/csv; charset=utf-8');
    expect(response.status).toBe(200);
    const result = (await response.json()) as BatchResult;
    expect(result.mode).toBe('partners');
    expect(result.rows.map((row) => [row.row, row.partnerId, row.status])).toEqual([
      [2, 'P1', 'qualified'],
      [3, 'P2', 'error'],
    ]);
    expect(result.rows[1]!.errors).toEqual(['line 3: marketplaceBilledSalesUsd cannot be negative']);
    expect(result.summary.byStatus).toMatchObject({ qualified: 1, error: 1 });
  });

  it('evaluates a JSON array, as of the date in the query for partners without one', async () => {
    const response = await post(JSON.stringify([{ partnerId: 'P1', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_000_000 }]), 'application/json', '?asOf=2024-02-29');
    expect(response.status).toBe(200);
    const result = (await response.json()) as BatchResult;
    expect(result.rows[0]).toMatchObject({ status: 'qualified', windowStart: '2023-03-01', windowEnd: '2024-02-29', policyVersion: 1 });
  });

  it('answers with the results CSV when the client accepts text/csv, formulas neutralised', async () => {
    const response = await post('partnerId,marketplaceBilledSalesUsd\n=HYPERLINK("x"),1\n', 'text/csv', '', 'text/csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="results.csv"');
    const text = await response.text();
    expect(text.split('\r\n')[1]).toMatch(/^"2","'=HYPERLINK\(""x""\)","undetermined",/);
  });

  it('more partners than the row limit is a 413 saying to split the file', async () => {
    const body = `partnerId\n${Array.from({ length: MAX_ROWS + 1 }, (_, index) => `P${index}`).join('\n')}\n`;
    const response = await post(body, 'text/csv');
    expect(response.status).toBe(413);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error).toEqual({ code: 'too_many_rows', message: `The file has more than ${MAX_ROWS} partners, the most one batch accepts; split it into smaller files.` });
  });

  it('exactly the row limit is evaluated', async () => {
    const body = `partnerId\n${Array.from({ length: MAX_ROWS }, (_, index) => `P${index}`).join('\n')}\n`;
    const response = await post(body, 'text/csv');
    expect(response.status).toBe(200);
    expect(((await response.json()) as BatchResult).summary.rows).toBe(MAX_ROWS);
  });

  it('a JSON array over the row limit is a 413 too', async () => {
    const response = await post(JSON.stringify(Array.from({ length: MAX_ROWS + 1 }, (_, index) => ({ partnerId: `P${index}` }))), 'application/json');
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('too_many_rows');
  });

  it('a body over the byte cap is a 413 before it is evaluated', async () => {
    const response = await post(JSON.stringify([{ partnerId: 'x'.repeat(MAX_JSON_BYTES) }]), 'application/json');
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('payload_too_large');
  });

  it.each([
    ['a JSON object instead of an array', '{"partnerId":"P1"}', 'application/json', 400, 'invalid_input'],
    ['broken JSON', '[{', 'application/json', 400, 'invalid_json'],
    ['an empty body', '', 'application/json', 400, 'invalid_json'],
    ['a CSV without a partner id column', 'marketplaceBilledSalesUsd\n1\n', 'text/csv', 400, 'invalid_csv'],
    ['an empty CSV', '', 'text/csv', 400, 'invalid_csv'],
    ['plain text', 'hello', 'text/plain', 415, 'unsupported_media_type'],
    ['a Latin-1 CSV', 'partnerId\nP1\n', 'text/csv; charset=iso-8859-1', 415, 'unsupported_media_type'],
  ])('%s is a %s %s', async (_name, body, contentType, status, code) => {
    const response = await post(body, contentType);
    expect(response.status).toBe(status);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe(code);
  });

  it.each([
    ['?asOf=2026-02-30', 'asOf "2026-02-30" must be a real date written YYYY-MM-DD'],
    ['?billedSales=1', 'billedSales is not a query parameter of the batch route (known: asOf)'],
    ['?asOf=2026-01-01&asOf=2026-01-02', 'asOf is given more than once; give it once'],
  ])('the query %s is a 400 naming the parameter', async (query, message) => {
    const response = await post('partnerId\nP1\n', 'text/csv', query);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.message).toBe(`${message}.`);
  });

  it('a compressed body is refused with a 415', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip' }, body: 'partnerId\nP1\n' });
    expect(response.status).toBe(415);
  });
});
