import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/http/createServer';
import { registerHealthRoute } from '../../src/http/healthRoute';
import { startLocalApp } from '../support/localApp';

describe('GET /health', () => {
  let server: Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = createServer();
    registerHealthRoute(server, '9.9.9');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('answers 200 with a JSON status', async () => {
    const response = await fetch(`${baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9' });
  });
});

describe('GET /health on the real app', () => {
  it('answers 503 "storage not ready" while the store refuses writes, and 200 with a store that takes them', async () => {
    const broken = Object.assign(new MemoryStorage(), { write: async () => Promise.reject(new Error('SQLITE_CORRUPT: database disk image is malformed')) });
    const failing = await startLocalApp({ storage: broken });
    const healthy = await startLocalApp();
    try {
      const down = await fetch(`${failing.baseUrl}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', version: '0.1.0', storage: 'not ready' });
      expect((await fetch(`${healthy.baseUrl}/health`)).status).toBe(200);
    } finally {
      await failing.close();
      await healthy.close();
    }
  });
});
