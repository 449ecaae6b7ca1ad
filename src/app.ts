import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions, Storage } from 'botbuilder';
import type { Config } from './config';
import { messages } from '../dialogs/messages';
import { defaultLocale, matchLocale, runInLocale } from './i18n';
import { createAdapter, type CredentialsFactory } from './bot/createAdapter';
import { createBot } from './bot/createBot';
import type { PolicySet } from './eligibility/policy/policySet';
import { todayUtc } from './eligibility/isoDate';
import { createServer } from './http/createServer';
import { registerBatchRoute } from './http/batchRoute';
import { registerEvaluateRoute } from './http/evaluateRoute';
import { registerHealthRoute } from './http/healthRoute';
import { registerMessagesRoute } from './http/messagesRoute';
import { createLogger, type Logger } from './logging/logger';
import { ConversationRateLimit } from './security/conversationRateLimit';
import { hardenServer } from './http/hardenServer';
import type { ServerTimeouts } from './security/serverTimeouts';
import { registerWebChat, webChatModeFromConfig } from './http/webChat/registerWebChat';
import { LocalReplyCredentialsFactory } from './bot/localReplyCredentials';
import { channelLocaleOf } from './bot/channelLocale';
import { newBotReplySecret } from './http/directLine/local/botReplySecret';
import { storageProbe } from './storage/storageProbe';
import { HeavyJobLimit } from './security/heavyJobLimit';

export interface AppDependencies {
  config: Config;
  policies: PolicySet;
  storage: Storage;
  /** The clock; tests fix it so "today" and the trailing window never depend on when they run. */
  now?: () => Date;
  version?: string;
  /** Structured logs; one is made from `config.LOG_LEVEL` when not given. Tests pass one writing to memory. */
  logger?: Logger;
  /** Shorter slow-client timeouts for tests. */
  serverTimeouts?: ServerTimeouts;
  /** The cap on CSV jobs across the evaluator routes and chat uploads; tests pass a small one to count against. */
  heavyCsvJobs?: HeavyJobLimit;
  /** Local OpenID metadata and token endpoints in tests (sovereign clouds would use the same overrides). */
  botAuthentication?: { authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>; credentialsFactory?: CredentialsFactory };
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
  const logger = deps.logger ?? createLogger(deps.config);
  const server = createServer();
  // One cap for every route that parses a large CSV: each valid 25 MB file costs about 190 MB while it is read.
  const heavyJobs = deps.heavyCsvJobs ?? new HeavyJobLimit();
  hardenServer(server, deps.config, { largestBodyBytes: MAX_ACTIVITY_BYTES, timeouts: deps.serverTimeouts });
  registerHealthRoute(server, deps.version ?? '0.1.0', { storageReady: storageProbe(deps.storage) });
  registerEvaluateRoute(server, {
    policies: deps.policies,
    now,
    maxJsonBytes: deps.config.MAX_JSON_BYTES,
    maxCsvBytes: deps.config.MAX_CSV_BYTES,
    logError: (line) => logger.error(line.trim()),
    heavyJobs,
  });
  const rateLimit = new ConversationRateLimit({
    messages: deps.config.BOT_RATE_LIMIT_MESSAGES,
    windowMs: deps.config.BOT_RATE_LIMIT_WINDOW_SECONDS * 1000,
    // Ahead of the bot, so before the turn's language is decided: the client's language (Teams, Web Chat) says it.
    slowDownReply: (context) => runInLocale(matchLocale(channelLocaleOf(context.activity)) ?? defaultLocale, () => messages.slowDown),
  });
  // Local mode: the built-in Direct Line takes replies only from the bot's own connector client, which signs them
  // with this process's secret (no app id means no Microsoft token to check), and presents it to no other origin.
  const botReplySecret = newBotReplySecret();
  const ownOrigin = () => (server.address() ? loopbackUrl(server.address() as AddressInfo) : undefined);
  const localReplies = deps.config.MicrosoftAppId ? {} : { credentialsFactory: new LocalReplyCredentialsFactory(botReplySecret, ownOrigin) };
  const adapter = createAdapter({
    ...deps.config,
    ...localReplies,
    ...deps.botAuthentication,
    logger,
    middleware: [rateLimit],
  });
  const { bot } = createBot({
    storage: deps.storage,
    policies: deps.policies,
    today: () => todayUtc(now()),
    allowedTenantIds: deps.config.ALLOWED_TENANT_IDS,
    localMode: !deps.config.MicrosoftAppId,
    // In local mode the built-in Direct Line is the only channel, and the only place a chat file may come from.
    attachmentSources: { heavyJobs, ...(deps.config.MicrosoftAppId ? {} : { localDirectLineOrigin: ownOrigin, localDirectLineSecret: botReplySecret }) },
    log: ({ level, msg, ...fields }) => logger[level === 'error' || level === 'warn' ? level : 'info'](fields, String(msg)),
  });
  registerBatchRoute(server, {
    policies: deps.policies,
    now,
    maxJsonBytes: deps.config.MAX_JSON_BYTES,
    maxCsvBytes: deps.config.MAX_CSV_BYTES,
    maxRows: deps.config.BATCH_MAX_ROWS,
    logError: (line) => logger.error(line.trim()),
    heavyJobs,
  });
  registerMessagesRoute(server, { adapter, handleTurn: (context) => bot.run(context), maxActivityBytes: MAX_ACTIVITY_BYTES, logger });
  if (deps.config.DIRECT_LINE_SECRET || !deps.config.MicrosoftAppId) {
    // The built-in Direct Line endpoint calls the bot, and the bot replies to it, over this server's own loopback port.
    registerWebChat(server, {
      mode: webChatModeFromConfig(deps.config, () => loopbackUrl(server.address() as AddressInfo), botReplySecret),
      allowedOrigins: deps.config.ALLOWED_ORIGINS,
    });
  } else {
    // An authenticated bot rejects the built-in endpoint's unsigned activities, so the page would only show errors.
    logger.warn('Web Chat page not served: set DIRECT_LINE_SECRET to serve it with an authenticated bot');
  }

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
