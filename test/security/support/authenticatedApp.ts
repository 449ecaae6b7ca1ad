import type { Storage } from 'botbuilder';
import { MemoryStorage } from 'botbuilder';
import { createApp } from '../../../src/app';
import type { CredentialsFactory } from '../../../src/bot/createAdapter';
import { loadConfig } from '../../../src/config';
import type { Logger } from '../../../src/logging/logger';
import { policies } from '../../fixtures/policies';
import { LocalTokenCredentialsFactory } from './localTokenCredentials';
import { memoryLogger } from './memoryLogger';
import { BOT_APP_ID, BOT_APP_PASSWORD, type MicrosoftStandIn } from './microsoftStandIn';

export interface AuthenticatedAppOptions {
  /** The app's fixed clock (tests fix `Date` too: jsonwebtoken checks expiry against it). */
  now: number;
  storage?: Storage;
  logger?: Logger;
  /** Settings beside the app id and password (a higher rate limit, say). */
  config?: Record<string, string>;
  /** How replies get their token; by default from the stand-in's login endpoint. */
  credentialsFactory?: CredentialsFactory;
}

/**
 * The real app with a Microsoft app id (authenticated mode): channel tokens are checked against the stand-in's
 * OpenID metadata and keys, and the bot's own tokens come from its login endpoint. Listening on a free loopback port.
 *
 * @example
 * const { baseUrl, close } = await startAuthenticatedApp(standIn, { now: NOW });
 */
export async function startAuthenticatedApp(standIn: MicrosoftStandIn, options: AuthenticatedAppOptions): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const app = createApp({
    config: loadConfig({ MicrosoftAppId: BOT_APP_ID, MicrosoftAppPassword: BOT_APP_PASSWORD, MicrosoftAppType: 'MultiTenant', ...options.config }),
    policies,
    storage: options.storage ?? new MemoryStorage(),
    now: () => new Date(options.now),
    logger: options.logger ?? memoryLogger('silent').logger,
    botAuthentication: {
      authOverrides: standIn.authOverrides,
      credentialsFactory: options.credentialsFactory ?? new LocalTokenCredentialsFactory(BOT_APP_ID, BOT_APP_PASSWORD),
    },
  });
  const baseUrl = await app.listen(0, '127.0.0.1');
  return { baseUrl, close: () => app.close() };
}

/**
 * A Teams message to the bot, as the stand-in's channel sends it: "help" from a partner in tenant-1, replies to
 * the stand-in's connector. `fields` replace any of it.
 *
 * @example
 * teamsMessage(standIn, { id: 'signed-1', conversation: { id: 'a:signed', tenantId: 'tenant-1' } })
 */
export function teamsMessage(standIn: MicrosoftStandIn, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text: 'help',
    channelId: 'msteams',
    serviceUrl: standIn.serviceUrl,
    from: { id: '29:partner-user', name: 'Pat' },
    recipient: { id: `28:${BOT_APP_ID}`, name: 'Eligibility' },
    conversation: { id: 'a:conversation-1', tenantId: 'tenant-1' },
    ...fields,
  };
}

/**
 * Posts `activity` to `/api/messages` with a fresh channel token from the stand-in, as the Bot Connector would.
 *
 * @example
 * expect((await postWithChannelToken(baseUrl, standIn, teamsMessage(standIn))).status).toBe(200)
 */
export async function postWithChannelToken(baseUrl: string, standIn: MicrosoftStandIn, activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await standIn.channelToken()}` },
    body: JSON.stringify(activity),
  });
}
