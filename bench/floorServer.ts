import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { loadConfig } from '../src/config';
import { createServer } from '../src/http/createServer';
import { hardenServer } from '../src/http/hardenServer';
import { runAsChild } from './runAsChild';

/**
 * The floor: the bot's own restify setup (`createServer` and `hardenServer`, as `createApp` calls them) with one
 * JSON POST route that parses the activity and answers at once. No bot framework, no state: what HTTP and restify
 * alone cost per turn on this machine.
 */
void runAsChild(async () => {
  const server = createServer();
  hardenServer(server, loadConfig({}), { largestBodyBytes: 256 * 1024 });
  server.post('/api/messages', restify.plugins.jsonBodyParser(), async (req, res) => {
    res.json(200, { id: (req.body as { id?: string } | undefined)?.id ?? null });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
});
