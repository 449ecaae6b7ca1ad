import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/rawHttp';
import { startLocalApp, type LocalApp } from '../support/localApp';

const TEN_MB = 10 * 1024 * 1024;

/** A JSON document of `bytes` bytes: valid, so only its size can be the reason for refusing it. */
function bigJson(bytes: number): Buffer {
  const head = '{"marketplaceBilledSalesUsd":1,"padding":"';
  return Buffer.concat([Buffer.from(head), Buffer.alloc(bytes - head.length - 2, 'a'), Buffer.from('"}')]);
}

function* inChunks(buffer: Buffer, size = 64 * 1024): Iterable<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += size) yield buffer.subarray(offset, offset + size);
}

/** About 200 KB of gzip that inflates to 200 MB of zeros, made in a stream so the test itself never holds 200 MB. */
async function gzipBomb(inflatedMb: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < inflatedMb; i += 1) gzip.write(zeros);
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('bounded input on every route', () => {
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp({ config: { EVALUATE_RATE_LIMIT_PER_MINUTE: '100000' } });
    baseUrl = app.baseUrl;
  });
  afterAll(() => app.close());

  for (const path of ['/api/messages', '/api/evaluate']) {
    it(`refuses a 10 MB JSON body to ${path} with 413`, async () => {
      const answer = await rawRequest(`${baseUrl}${path}`, { headers: { 'content-type': 'application/json' }, body: bigJson(TEN_MB) });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.code).toBe('payload_too_large');
    });

    it(`refuses a 10 MB JSON body sent chunked (no Content-Length) to ${path} with 413`, async () => {
      const answer = await rawRequest(`${baseUrl}${path}`, { headers: { 'content-type': 'application/json' }, body: inChunks(bigJson(TEN_MB)) });
      expect(answer.status).toBe(413);
    });
  }

  it('refuses a declared body larger than any route accepts on any path, before routing', async () => {
    const answer = await rawRequest(`${baseUrl}/no/such/route`, { headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) }, body: inChunks(Buffer.alloc(1024)) });
    expect(answer.status).toBe(413);
  });

  const refusedMediaTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/html'];
  for (const contentType of refusedMediaTypes) {
    for (const path of ['/api/messages', '/api/evaluate']) {
      it(`refuses ${contentType} to ${path} with 415`, async () => {
        const answer = await rawRequest(`${baseUrl}${path}`, { headers: { 'content-type': contentType }, body: '{"type":"message","text":"hi"}' });
        expect(answer.status).toBe(415);
        expect(JSON.parse(answer.body).error.code).toMatch(/^unsupported_/);
      });
    }
  }

  it('refuses an activity with no Content-Type with 415', async () => {
    const answer = await rawRequest(`${baseUrl}/api/messages`, { body: '{"type":"message","text":"hi"}' });
    expect(answer.status).toBe(415);
  });

  it('still parses CSV where the evaluator takes it', async () => {
    const answer = await rawRequest(`${baseUrl}/api/evaluate?asOf=2026-11-26`, {
      headers: { 'content-type': 'text/csv' },
      body: 'date,customerId,amountUsd\n2026-01-05,c1,1000\n',
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.status).not.toBe(415);
  });

  it('rejects gzip bombs on every route without the process growing more than 50 MB', async () => {
    const bomb = await gzipBomb(200);
    expect(bomb.length).toBeLessThan(256 * 1024);
    const paths = ['/api/messages', '/api/evaluate', '/v3/directline/conversations/any/activities', '/api/directline/token', '/health'];
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    try {
      for (const path of paths) {
        const answer = await rawRequest(`${baseUrl}${path}`, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
        expect(answer.status, path).toBe(415);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect((peak - before) / (1024 * 1024)).toBeLessThan(50);
  });
});
