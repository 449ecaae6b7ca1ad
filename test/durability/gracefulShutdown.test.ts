import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type Azurite } from '../support/azurite';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { say, startChannel, stepOf, type Channel, type Partner } from './chat';

const STORAGE_DELAY_MS = 400;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A TCP relay to `targetPort` that holds every request chunk for `delayMs`: a slow storage service. */
async function startSlowRelay(targetPort: number, delayMs: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      setTimeout(() => upstream.write(chunk), delayMs);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((listening) => relay.listen(0, '127.0.0.1', listening));
  return {
    port: (relay.address() as AddressInfo).port,
    close: () =>
      new Promise((closed) => {
        for (const socket of sockets) socket.destroy();
        relay.close(() => closed());
      }),
  };
}

async function refusesConnections(baseUrl: string): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    return false;
  } catch {
    return true;
  }
}

describe('stopping the server with a signal', () => {
  let dataDir = '';
  let channel: Channel;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'durability-shutdown-'));
    channel = await startChannel();
  });
  afterAll(async () => {
    await channel?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exits with code 0 on SIGINT, and the saved conversation is there on the next start', async () => {
    const settings = { STORAGE: 'sqlite', DATA_DIR: dataDir };
    const partner: Partner = { conversationId: 'sigint-conversation', userId: 'sigint-partner', serviceUrl: channel.serviceUrl };
    const server = await startServerProcess(settings);
    await say(server.baseUrl, partner, 'check eligibility');

    const stoppedAt = Date.now();
    const exit = await server.kill('SIGINT');
    const stopMs = Date.now() - stoppedAt;

    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('SIGINT received');
    const restarted = await startServerProcess(settings, server.port);
    try {
      expect(stepOf((await say(restarted.baseUrl, partner, 'yes')).last)).toBe('billedSales');
    } finally {
      await restarted.kill('SIGKILL');
    }
    console.info(`shutdown: idle server exited 0 ${stopMs} ms after SIGINT`);
  });

  describe('while a turn is waiting on slow storage', () => {
    let azurite: Azurite;
    let relay: Awaited<ReturnType<typeof startSlowRelay>>;
    let server: ServerProcess | undefined;
    beforeAll(async () => {
      azurite = await startAzurite();
      relay = await startSlowRelay(azurite.port, STORAGE_DELAY_MS);
    });
    afterAll(async () => {
      await server?.kill('SIGKILL');
      await relay?.close();
      await azurite?.dispose();
    });

    it('stops taking connections at SIGTERM, finishes and saves the turn, then exits with code 0', async () => {
      const settings = {
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: azurite.connectionString.replace(`:${azurite.port}/`, `:${relay.port}/`),
        BLOB_CONTAINER: 'durability-shutdown',
      };
      const partner: Partner = { conversationId: 'sigterm-conversation', userId: 'sigterm-partner', serviceUrl: channel.serviceUrl };
      server = await startServerProcess(settings);
      await say(server.baseUrl, partner, 'check eligibility');

      const sentAt = Date.now();
      const inFlight = say(server.baseUrl, partner, 'yes');
      await pause(STORAGE_DELAY_MS / 2);
      const exited = server.kill('SIGTERM');
      await pause(100);
      const refusedWhileFinishing = await refusesConnections(server.baseUrl);
      const reply = await inFlight;
      const turnMs = Date.now() - sentAt;
      const exit = await exited;
      const exitMs = Date.now() - sentAt;

      expect(refusedWhileFinishing).toBe(true);
      expect(stepOf(reply.last)).toBe('billedSales');
      expect(turnMs).toBeGreaterThan(STORAGE_DELAY_MS);
      expect(exit, server.output()).toEqual({ code: 0, signal: null });
      expect(exitMs - turnMs).toBeLessThan(2_000);

      // Back at full speed (straight to the emulator): the turn answered during shutdown was saved.
      server = await startServerProcess({ ...settings, BLOB_CONNECTION_STRING: azurite.connectionString }, server.port);
      expect(stepOf((await say(server.baseUrl, partner, '3.6 million')).last)).toBe('netNew');
      console.info(`shutdown: SIGTERM at ${STORAGE_DELAY_MS / 2} ms, in-flight turn answered at ${turnMs} ms, exit code 0 at ${exitMs} ms`);
    });
  });
});
