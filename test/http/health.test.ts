import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/http/createServer';
import { registerHealthRoute } from '../../src/http/healthRoute';

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
