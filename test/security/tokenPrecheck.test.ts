import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerTokenProblem } from '../../src/security/bearerTokenShape';
import { unusedPort } from '../directLine/directLineClient';
import { startAuthenticatedApp, teamsMessage } from './support/authenticatedApp';
import { startMicrosoftStandIn, type MicrosoftStandIn } from './support/microsoftStandIn';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (header: Record<string, unknown>, signature = 'c2lnbmF0dXJl') => `${segment(header)}.${segment({ aud: 'bot' })}.${signature}`;

let standIn: MicrosoftStandIn;
let app: { baseUrl: string; close(): Promise<void> };
beforeAll(async () => {
  standIn = await startMicrosoftStandIn(() => NOW);
  // Microsoft's key endpoints are down: a token that waits for them gets 503, one refused at once gets 401.
  const down = `http://127.0.0.1:${await unusedPort()}`;
  const authOverrides = Object.fromEntries(Object.entries(standIn.authOverrides).map(([name, url]) => [name, url.replace(standIn.baseUrl, down)]));
  app = await startAuthenticatedApp({ ...standIn, authOverrides }, { now: NOW });
});
afterAll(async () => {
  await app.close();
  await standIn.close();
});

async function post(authorization: string): Promise<number> {
  const response = await fetch(`${app.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(teamsMessage(standIn)),
  });
  return response.status;
}

describe('a channel token that cannot be one', () => {
  it.each([
    ['not a JWT', 'Bearer abc'],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['alg none', `Bearer ${segment({ alg: 'none', typ: 'JWT' })}.${segment({ aud: 'bot' })}.`],
    ['alg HS256', `Bearer ${token({ alg: 'HS256', kid: 'stand-in-key-1' })}`],
    ['alg RS512', `Bearer ${token({ alg: 'RS512', kid: 'stand-in-key-1' })}`],
    ['RS256 without a key id', `Bearer ${token({ alg: 'RS256' })}`],
    ['a header that is not JSON', `Bearer bm90IGpzb24.${segment({})}.c2ln`],
  ])('(%s) is refused with 401 at once, keys never fetched', async (_case, authorization) => {
    expect(await post(authorization)).toBe(401);
  });

  it('a well-formed RS256 token waits for the keys, and gets 503 while they cannot be fetched', async () => {
    expect(await post(`Bearer ${await standIn.channelToken()}`)).toBe(503);
  });

  it.each([
    ['Bearer abc', 'not a JSON Web Token'],
    [`Bearer ${token({ alg: 'RS256', kid: 'k' })}`, null],
    [`bearer   ${token({ alg: 'RS256', kid: 'k' })}`, null],
  ])('%s: %s', (authorization, problem) => {
    expect(bearerTokenProblem(authorization)).toBe(problem);
  });
});
