import type { AddressInfo } from 'node:net';
import type { Storage } from 'botbuilder';
import type { Config } from './config';
import { createAdapter } from './bot/createAdapter';
import { createBot } from './bot/createBot';
import type { PolicySet } from './eligibility/policy/policySet';
import { todayUtc } from './eligibility/isoDate';
import { createServer } from './http/createServer';
import { registerEvaluateRoute } from './http/evaluateRoute';
import { registerHealthRoute } from './http/healthRoute';
import { registerMessagesRoute } from './http/messagesRoute';
import { registerWebChat, webChatModeFromConfig } from './http/webChat/registerWebChat';

export interface AppDependencies {
  config: Config;
  policies: PolicySet;
  storage: Storage;
  /** The clock; tests fix it so "today" and the trailing window never depend on when they run. */
  now?: () => Date;
  version?: string;
}

function loopbackUrl(address: AddressInfo): string {
  return address.family === 'IPv6' && address.address !== '::' ? `http://[::1]:${address.port}` : `http://127.0.0.1:${address.port}`;
}

/** Activities are small; a generous cap still stops a multi-megabyte body before botbuilder parses it. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * Assembles the whole service on one restify server: health, the evaluator API, the bot endpoint. Separate from
 * `index.ts` so tests run the real thing on an ephemeral port with their own storage and clock.
 */
export function createApp(deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  const server = createServer();
  registerHealthRoute(server, deps.version ?? '0.1.0');
  registerEvaluateRoute(server, {
    policies: deps.policies,
    now,
    maxJsonBytes: deps.config.MAX_JSON_BYTES,
    maxCsvBytes: deps.config.MAX_CSV_BYTES,
  });
  const adapter = createAdapter(deps.config);
  const { bot } = createBot({ storage: deps.storage, policies: deps.policies, today: () => todayUtc(now()) });
  registerMessagesRoute(server, { adapter, handleTurn: (context) => bot.run(context), maxActivityBytes: MAX_ACTIVITY_BYTES });
  // The built-in Direct Line endpoint calls the bot, and the bot replies to it, over this server's own loopback port.
  registerWebChat(server, { mode: webChatModeFromConfig(deps.config, () => loopbackUrl(server.address() as AddressInfo)) });

  return {
    server,
    adapter,
    /** Starts listening; resolves with the base URL (port 0 picks a free port). */
    listen(port: number, host: string): Promise<string> {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      });
    },
    close(): Promise<void> {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
