import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

/** The names the bot is configured with; the stand-in signs and checks tokens against them. */
export const BOT_APP_ID = '00000000-0000-4000-8000-00000000b07a';
export const BOT_APP_PASSWORD = 'test-only-password';
export const CHANNEL_ISSUER = 'https://api.botframework.test';
export const OUTBOUND_SCOPE = 'https://api.botframework.test';
export const SIGNING_KEY_ID = 'stand-in-key-1';

export interface ReceivedReply {
  path: string;
  authorization: string | undefined;
  activity: { type?: string; text?: string; replyToId?: string };
}

export interface MicrosoftStandIn {
  baseUrl: string;
  /** The activity's `serviceUrl`: where the bot posts replies (the Bot Connector stand-in). */
  serviceUrl: string;
  /** botbuilder's auth overrides pointing every Microsoft endpoint at this server. */
  authOverrides: Record<string, string>;
  /** Replies the bot posted to the connector stand-in. */
  replies: ReceivedReply[];
  /** Client-credential token requests the bot made for its outgoing replies. */
  tokenRequests: URLSearchParams[];
  /** Access tokens the token endpoint issued; replies must carry one of these. */
  issuedAccessTokens: string[];
  /** Signs a channel token the way the Bot Connector would, with any claim or key overridden. */
  channelToken(overrides?: { claims?: Record<string, unknown>; key?: CryptoKey; kid?: string; alg?: string }): Promise<string>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * Every Microsoft service the bot talks to, on one loopback port: the channel's OpenID metadata and signing keys
 * (`ToBotFromChannelOpenIdMetadataUrl`), the login endpoint that issues tokens for outgoing replies
 * (`ToChannelFromBotLoginUrl`), and the Bot Connector that receives the replies (the activity's `serviceUrl`),
 * counting everything it receives.
 *
 * @example
 * const standIn = await startMicrosoftStandIn(() => Date.parse('2026-11-26T12:00:00Z'));
 * const token = await standIn.channelToken();
 */
export async function startMicrosoftStandIn(now: () => number): Promise<MicrosoftStandIn> {
  const channelKeys = await generateKeyPair('RS256', { extractable: true });
  const connectorKeys = await generateKeyPair('RS256', { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(channelKeys.publicKey)), kid: SIGNING_KEY_ID, use: 'sig', alg: 'RS256' };
  const replies: ReceivedReply[] = [];
  const tokenRequests: URLSearchParams[] = [];
  const issuedAccessTokens: string[] = [];
  let baseUrl = '';

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    const body = await readBody(req);
    if (req.method === 'GET' && (path === '/channel/openid' || path === '/emulator/openid')) {
      return json(res, 200, { issuer: CHANNEL_ISSUER, jwks_uri: `${baseUrl}/channel/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (req.method === 'GET' && path === '/channel/keys') {
      return json(res, 200, { keys: [{ ...publicJwk, endorsements: ['msteams', 'webchat'] }] });
    }
    if (req.method === 'POST' && /^\/login\/[^/]+\/oauth2\/v2\.0\/token$/.test(path)) {
      const form = new URLSearchParams(body);
      tokenRequests.push(form);
      if (form.get('client_id') !== BOT_APP_ID || form.get('client_secret') !== BOT_APP_PASSWORD) return json(res, 401, { error: 'invalid_client' });
      const issuedAt = Math.floor(now() / 1000);
      const accessToken = await new SignJWT({ appid: BOT_APP_ID })
        .setProtectedHeader({ alg: 'RS256', kid: 'connector-login' })
        .setIssuer(`${baseUrl}/login`)
        .setAudience(OUTBOUND_SCOPE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + 3600)
        .sign(connectorKeys.privateKey);
      issuedAccessTokens.push(accessToken);
      return json(res, 200, { token_type: 'Bearer', expires_in: 3600, access_token: accessToken });
    }
    if (req.method === 'POST' && path.startsWith('/connector/v3/conversations/')) {
      replies.push({ path, authorization: req.headers.authorization, activity: JSON.parse(body) as ReceivedReply['activity'] });
      return json(res, 200, { id: `reply-${replies.length}` });
    }
    json(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serviceUrl = `${baseUrl}/connector/`;

  return {
    baseUrl,
    serviceUrl,
    replies,
    tokenRequests,
    issuedAccessTokens,
    authOverrides: {
      ToBotFromChannelOpenIdMetadataUrl: `${baseUrl}/channel/openid`,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToBotFromEmulatorOpenIdMetadataUrl: `${baseUrl}/emulator/openid`,
      ToChannelFromBotLoginUrl: `${baseUrl}/login/botframework.test`,
      ToChannelFromBotOAuthScope: OUTBOUND_SCOPE,
      OAuthUrl: `${baseUrl}/oauth`,
      CallerId: 'urn:botframework:test',
      ValidateAuthority: 'false',
    },
    async channelToken(overrides = {}) {
      const issuedAt = Math.floor(now() / 1000);
      const claims = { iss: CHANNEL_ISSUER, aud: BOT_APP_ID, serviceurl: serviceUrl, iat: issuedAt, nbf: issuedAt - 60, exp: issuedAt + 3600, ...overrides.claims };
      const header = { alg: overrides.alg ?? 'RS256', kid: overrides.kid ?? SIGNING_KEY_ID, typ: 'JWT' };
      return new SignJWT(claims).setProtectedHeader(header).sign(overrides.key ?? channelKeys.privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
