import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/http/createServer';
import { sendJson } from '../../src/http/errors';
import { guarded } from '../../src/http/guardedRoute';

describe('a route handler that fails', () => {
  const server = createServer();
  const logged: string[] = [];
  let baseUrl: string;
  beforeAll(async () => {
    const log = (line: string) => logged.push(line);
    // The crash the review found: answered with a raw write, then a log line threw.
    server.get('/answers-then-throws', guarded(async (req, res) => {
      sendJson(req, res, 200, { ok: true });
      throw new TypeError('the log line failed');
    }, log));
    server.get('/throws-first', guarded(async () => {
      throw new Error('internal detail');
    }, log));
    server.get('/health', guarded(async (_req, res) => {
      res.json(200, { status: 'ok' });
    }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('after answering: the answer stands, the error is logged, the process keeps serving', async () => {
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${baseUrl}/answers-then-throws`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    expect(logged.filter((line) => line.includes('the log line failed'))).toHaveLength(3);
  });

  it('before answering: a generic 500 with a correlation id, the detail only in the log', async () => {
    const response = await fetch(`${baseUrl}/throws-first`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('internal detail');
    const { correlationId } = (JSON.parse(text) as { error: { correlationId: string } }).error;
    expect(logged.some((line) => line.includes(correlationId) && line.includes('internal detail'))).toBe(true);
  });
});

describe('every route the app registers', () => {
  function sourceFiles(directory: string): string[] {
    return readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  it('is wrapped in guarded(), so no handler can both answer and hand restify an error', () => {
    const unguarded: string[] = [];
    for (const file of sourceFiles(join(__dirname, '../../src'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*server\.(get|post|put|del|patch|opts|head)\(([^\n]*)/gm)) {
        const handler = match[2]!;
        if (!/guarded\(|receiveFromBot\(/.test(handler)) unguarded.push(`${file}: ${match[0]}`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});
