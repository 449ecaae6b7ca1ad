import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { policies } from '../fixtures/policies';
import { CountingStorage } from './support/countingStorage';
import { LocalTokenCredentialsFactory } from './support/localTokenCredentials';
import { startAuthenticatedApp, teamsMessage } from './support/authenticatedApp';
import { memoryLogger } from './support/memoryLogger';
import { BOT_APP_ID, BOT_APP_PASSWORD, OUTBOUND_SCOPE, SIGNING_KEY_ID, startMicrosoftStandIn, type MicrosoftStandIn } from './support/microsoftStandIn';

/** jsonwebtoken checks expiry against the clock, so the clock itself is fixed (Date only; timers stay real). */
const NOW = Date.parse('2026-11-26T12:00:00Z');
const NOW_SECONDS = NOW / 1000;

const GENERIC_401 = { error: { code: 'unauthorized', message: 'The request is not authorized.' } };

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('POST /api/messages with a Microsoft app id configured', () => {
  let standIn: MicrosoftStandIn;
  let baseUrl: string;
  let close: () => Promise<void>;
  const storage = new CountingStorage();
  const log = memoryLogger('info');
  let sequence = 0;

  beforeAll(async () => {
    // botbuilder prints every refused token's error, and the public keys, with console.error; keep test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    standIn = await startMicrosoftStandIn(() => Date.now());
    ({ baseUrl, close } = await startAuthenticatedApp(standIn, { now: NOW, storage, logger: log.logger }));
  });
  afterAll(async () => {
    await close();
    await standIn.close();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function activity(overrides: Record<string, unknown> = {}) {
    sequence += 1;
    return teamsMessage(standIn, { id: `activity-${sequence}`, ...overrides });
  }

  async function post(authorization: string | undefined, body = activity()) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== undefined) headers.authorization = authorization;
    return fetch(`${baseUrl}/api/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
  }

  const refusals: Array<[string, () => Promise<string | undefined>]> = [
    ['no Authorization header', async () => undefined],
    ['an empty bearer token', async () => 'Bearer '],
    ['a token that is not a JWT', async () => 'Bearer not-a-jwt'],
    ['a token whose payload was changed after signing (bad signature)', async () => {
      const [header, , signature] = (await standIn.channelToken()).split('.');
      const payload = base64url({ iss: 'https://api.botframework.test', aud: BOT_APP_ID, serviceurl: standIn.serviceUrl, exp: NOW_SECONDS + 7200, iat: NOW_SECONDS, extra: 'x' });
      return `Bearer ${header}.${payload}.${signature}`;
    }],
    ['a token signed by a foreign key under an unknown key id', async () => {
      const foreign = await generateKeyPair('RS256');
      return `Bearer ${await standIn.channelToken({ key: foreign.privateKey, kid: 'attacker-key' })}`;
    }],
    ['a token signed by a foreign key claiming the published key id', async () => {
      const foreign = await generateKeyPair('RS256');
      return `Bearer ${await standIn.channelToken({ key: foreign.privateKey, kid: SIGNING_KEY_ID })}`;
    }],
    ['a token that expired 10 minutes ago (beyond the 5-minute clock skew)', async () =>
      `Bearer ${await standIn.channelToken({ claims: { iat: NOW_SECONDS - 4200, nbf: NOW_SECONDS - 4200, exp: NOW_SECONDS - 600 } })}`],
    ['a token not valid until 10 minutes from now', async () =>
      `Bearer ${await standIn.channelToken({ claims: { nbf: NOW_SECONDS + 600 } })}`],
    ['a token for another bot (wrong audience)', async () => `Bearer ${await standIn.channelToken({ claims: { aud: 'another-bot' } })}`],
    ['a token from another issuer', async () => `Bearer ${await standIn.channelToken({ claims: { iss: 'https://issuer.attacker.example' } })}`],
    ['a token issued for another serviceUrl', async () => `Bearer ${await standIn.channelToken({ claims: { serviceurl: 'https://connector.attacker.example/' } })}`],
    ['a valid token under the Basic scheme', async () => `Basic ${await standIn.channelToken()}`],
    ['an unsigned token (alg none)', async () =>
      `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: 'https://api.botframework.test', aud: BOT_APP_ID, serviceurl: standIn.serviceUrl, exp: NOW_SECONDS + 3600 })}.`],
    ['an HS256 token keyed with the published public key (algorithm confusion)', async () => {
      const pair = await generateKeyPair('RS256', { extractable: true });
      const secret = new TextEncoder().encode(await exportSPKI(pair.publicKey));
      return `Bearer ${await new SignJWT({ iss: 'https://api.botframework.test', aud: BOT_APP_ID, serviceurl: standIn.serviceUrl, exp: NOW_SECONDS + 3600 })
        .setProtectedHeader({ alg: 'HS256', kid: SIGNING_KEY_ID })
        .sign(secret)}`;
    }],
  ];

  for (const [name, authorization] of refusals) {
    it(`refuses ${name} with 401 and a generic body`, async () => {
      const response = await post(await authorization());
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual(GENERIC_401);
    });
  }

  it('ran no turn, fetched no outgoing token and sent nothing out for any refused request', () => {
    expect(storage.reads).toBe(0);
    expect(storage.writes).toBe(0);
    expect(standIn.tokenRequests).toHaveLength(0);
    expect(standIn.replies).toHaveLength(0);
    const refusedLines = log.entries.filter((entry) => entry.msg === 'channel authentication refused');
    expect(refusedLines).toHaveLength(refusals.length);
  });

  it('accepts a valid channel token: 200, and the reply reaches the connector signed with a token from the login endpoint', async () => {
    const response = await post(`Bearer ${await standIn.channelToken()}`);
    expect(response.status).toBe(200);
    expect(storage.reads).toBeGreaterThan(0);
    expect(standIn.tokenRequests).toHaveLength(1);
    expect(standIn.tokenRequests[0]?.get('grant_type')).toBe('client_credentials');
    expect(standIn.tokenRequests[0]?.get('scope')).toBe(`${OUTBOUND_SCOPE}/.default`);
    const messages = standIn.replies.filter((reply) => reply.activity.type === 'message');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]?.path).toMatch(/^\/connector\/v3\/conversations\/a%3Aconversation-1\/activities/);
    expect(JSON.stringify(messages[0]?.activity)).toContain('I ask a few questions');
    for (const reply of standIn.replies) expect(reply.authorization).toBe(`Bearer ${standIn.issuedAccessTokens[0]}`);
  });

  it('accepts a token that expired 2 minutes ago, inside the 5-minute clock skew', async () => {
    const repliesBefore = standIn.replies.length;
    const response = await post(`Bearer ${await standIn.channelToken({ claims: { iat: NOW_SECONDS - 3720, nbf: NOW_SECONDS - 3720, exp: NOW_SECONDS - 120 } })}`);
    expect(response.status).toBe(200);
    expect(standIn.replies.length).toBeGreaterThan(repliesBefore);
  });

  it('never writes a token or the message text into the log', () => {
    const everything = log.lines.join('\n');
    for (const token of standIn.issuedAccessTokens) expect(everything).not.toContain(token);
    expect(everything).not.toMatch(/eyJ[\w-]{10,}\.eyJ/);
    expect(everything).not.toContain('"help"');
    expect(everything).not.toContain('29:partner-user');
  });
});

describe('POST /api/messages when the channel signing keys cannot be fetched', () => {
  it('answers 503 with a correlation id and nothing else, and logs the detail under that id', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const standIn = await startMicrosoftStandIn(() => Date.now());
    const log = memoryLogger('info');
    const app = createApp({
      config: loadConfig({ MicrosoftAppId: BOT_APP_ID, MicrosoftAppPassword: BOT_APP_PASSWORD, MicrosoftAppType: 'MultiTenant' }),
      policies,
      storage: new CountingStorage(),
      logger: log.logger,
      botAuthentication: {
        authOverrides: { ...standIn.authOverrides, ToBotFromChannelOpenIdMetadataUrl: `${standIn.baseUrl}/missing/openid` },
        credentialsFactory: new LocalTokenCredentialsFactory(BOT_APP_ID, BOT_APP_PASSWORD),
      },
    });
    try {
      const baseUrl = await app.listen(0, '127.0.0.1');
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await standIn.channelToken()}` },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: standIn.serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; message: string; correlationId: string } };
      expect(body.error.code).toBe('service_unavailable');
      expect(body.error.message).not.toMatch(/openid|404|metadata|Error/i);
      const logged = log.entries.find((entry) => entry.correlationId === body.error.correlationId);
      expect(JSON.stringify(logged)).toContain('Failed to load openID config: 404');
      expect(standIn.replies).toHaveLength(0);
    } finally {
      await app.close();
      await standIn.close();
      vi.useRealTimers();
    }
  });
});
