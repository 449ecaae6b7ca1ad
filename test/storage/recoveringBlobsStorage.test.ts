import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOB_OPERATION_DEADLINE_MS, RecoveringBlobsStorage } from '../../src/storage/recoveringBlobsStorage';
import { StorageTimeoutError } from '../../src/storage/withDeadline';
import { createAzurite, type Azurite } from '../support/azurite';

// "Fails fast" for a turn: the deadline plus a little scheduling slack on a busy 2-core machine.
const FAILS_FAST_MS = BLOB_OPERATION_DEADLINE_MS + 500;

async function timed<T>(operation: Promise<T>): Promise<{ elapsedMs: number; outcome: PromiseSettledResult<T> }> {
  const started = performance.now();
  const [outcome] = await Promise.allSettled([operation]);
  return { elapsedMs: performance.now() - started, outcome: outcome as PromiseSettledResult<T> };
}

describe('RecoveringBlobsStorage', () => {
  let azurite: Azurite;

  beforeAll(async () => {
    // Created but not started: the first test begins with storage down.
    azurite = await createAzurite();
  });
  afterAll(() => azurite?.dispose());

  it('fails fast while storage is down at start-up, then works once storage is back, without a restart', async () => {
    const storage = new RecoveringBlobsStorage({ connectionString: azurite.connectionString, container: 'outage' });

    const down = await timed(storage.read(['webchat/conversations/abc/']));
    expect(down.outcome.status).toBe('rejected');
    expect(down.elapsedMs).toBeLessThan(FAILS_FAST_MS);

    await azurite.start();
    expect(await storage.read(['webchat/conversations/abc/'])).toEqual({});
    await storage.write({ 'webchat/conversations/abc/': { step: 1 } });
    expect(await storage.read(['webchat/conversations/abc/'])).toMatchObject({ 'webchat/conversations/abc/': { step: 1 } });
  });

  it('fails a write fast during a later outage and keeps the data written before it', async () => {
    await azurite.start();
    const storage = new RecoveringBlobsStorage({ connectionString: azurite.connectionString, container: 'later-outage' });
    await storage.write({ 'msteams/users/29:ana': { name: 'Ana' } });

    await azurite.stop();
    const down = await timed(storage.write({ 'msteams/users/29:ana': { name: 'Ana Maria' } }));
    expect(down.outcome.status).toBe('rejected');
    expect(down.elapsedMs).toBeLessThan(FAILS_FAST_MS);

    await azurite.start();
    expect(await storage.read(['msteams/users/29:ana'])).toMatchObject({ 'msteams/users/29:ana': { name: 'Ana' } });
    await storage.write({ 'msteams/users/29:ana': { name: 'Ana Maria' } });
    expect(await storage.read(['msteams/users/29:ana'])).toMatchObject({ 'msteams/users/29:ana': { name: 'Ana Maria' } });
  });

  it('names the caller\'s key, not the blob name, with statusCode and code 412 on an eTag conflict', async () => {
    await azurite.start();
    const storage = new RecoveringBlobsStorage({ connectionString: azurite.connectionString, container: 'conflicts' });
    const key = 'msteams/conversations/19:abc@thread.skype/';
    await storage.write({ [key]: { turn: 1 } });

    const error = await storage.write({ [key]: { turn: 2, eTag: '"0x0"' } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ETagConflictError', statusCode: 412, code: 412, key });
    expect((error as Error).message).toBe(`Storage: error writing "${key}" due to eTag conflict.`);
  });

  it('gives up at the deadline on a server that accepts connections and never answers', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    const { port } = silent.address() as AddressInfo;
    try {
      const storage = new RecoveringBlobsStorage({
        connectionString: azurite.connectionString.replace(/:\d+\//, `:${port}/`),
        container: 'black-hole',
      });
      const hung = await timed(storage.read(['key']));
      expect(hung.outcome).toMatchObject({ status: 'rejected', reason: expect.any(StorageTimeoutError) });
      expect(hung.elapsedMs).toBeGreaterThanOrEqual(BLOB_OPERATION_DEADLINE_MS - 50);
      expect(hung.elapsedMs).toBeLessThan(FAILS_FAST_MS);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((closed) => silent.close(closed));
    }
  });
});
