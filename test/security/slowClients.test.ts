import { connect, type Socket } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { DEFAULT_SERVER_TIMEOUTS } from '../../src/security/serverTimeouts';
import { policies } from '../fixtures/policies';
import { memoryLogger } from './support/memoryLogger';

interface SlowClient {
  socket: Socket;
  closed: Promise<number>;
  stop(): void;
}

/** A client that sends `opening` and then one more byte of `trickle` every 100 ms, forever: the slowloris pattern. */
function slowClient(port: number, opening: string, trickle: string, startedAt: number): SlowClient {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write(opening);
  let position = 0;
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(trickle[position++ % trickle.length]!);
  }, 100);
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now() - startedAt)));
  return { socket, closed, stop: () => (clearInterval(timer), socket.destroy()) };
}

describe('slow clients', () => {
  const app = createApp({
    config: loadConfig({}),
    policies,
    storage: new MemoryStorage(),
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: memoryLogger('silent').logger,
    // The production values scaled down (15 s / 60 s) so the test waits about a second, not a minute.
    serverTimeouts: { ...DEFAULT_SERVER_TIMEOUTS, headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, connectionsCheckingIntervalMs: 200 },
  });
  let baseUrl: string;
  let port: number;
  const clients: SlowClient[] = [];
  beforeAll(async () => {
    baseUrl = await app.listen(0, '127.0.0.1');
    port = Number(new URL(baseUrl).port);
  });
  afterAll(async () => {
    for (const client of clients) client.stop();
    await app.close();
  });

  it('sets Node’s request timeouts on the production server by default', () => {
    const production = createApp({ config: loadConfig({}), policies, storage: new MemoryStorage(), logger: memoryLogger('silent').logger });
    const server = production.server.server as typeof production.server.server & { connectionsCheckingInterval: number };
    expect(server.headersTimeout).toBe(15_000);
    expect(server.requestTimeout).toBe(60_000);
    expect(server.keepAliveTimeout).toBe(10_000);
    expect(server.connectionsCheckingInterval).toBe(2_000);
  });

  it('answers a normal request quickly while 50 slowloris clients hold connections, then drops them at the timeouts', async () => {
    const startedAt = performance.now();
    for (let i = 0; i < 25; i += 1) clients.push(slowClient(port, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: a\r\n', startedAt));
    for (let i = 0; i < 25; i += 1) {
      clients.push(
        slowClient(port, 'POST /api/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{', ' ', startedAt),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 300));

    const requestStarted = performance.now();
    const response = await fetch(`${baseUrl}/api/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ marketplaceBilledSalesUsd: 4_100_000, azureIpCoSellEligible: true, hasTransactableOffer: true }),
    });
    const elapsedMs = performance.now() - requestStarted;
    expect(response.status).toBe(200);
    expect(elapsedMs).toBeLessThan(500);

    const closedAfterMs = await Promise.all(clients.map((client) => client.closed));
    const slowHeaders = closedAfterMs.slice(0, 25);
    const slowBodies = closedAfterMs.slice(25);
    expect(Math.max(...slowHeaders)).toBeLessThan(1_000 + 200 + 500);
    expect(Math.max(...slowBodies)).toBeLessThan(2_000 + 200 + 500);
  });
});
