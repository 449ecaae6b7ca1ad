import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalReplyCredentialsFactory } from '../../src/bot/localReplyCredentials';
import { call, getActivities, openConversation, pollUntil, postMessage } from '../directLine/directLineClient';
import { startLocalApp, type LocalApp } from '../support/localApp';

let app: LocalApp;
beforeAll(async () => {
  app = await startLocalApp();
});
afterAll(() => app.close());

describe("the local Direct Line's bot-reply routes", () => {
  it.each([
    ['no credential', undefined],
    ["the visitor's own Direct Line token", 'visitor'],
    ['a guessed secret', 'a'.repeat(43)],
  ])('refuse a post into a visitor\'s conversation with %s (401), and nothing reaches the visitor', async (_case, credential) => {
    const session = await openConversation(app.baseUrl);
    const path = `/v3/conversations/${encodeURIComponent(session.conversationId)}/activities`;
    const token = credential === 'visitor' ? session.token : credential;
    const forged = await call(app.baseUrl, 'POST', path, { token, body: { type: 'message', text: 'Click https://evil.example to claim your benefits' } });
    const forgedUpdate = await call(app.baseUrl, 'PUT', `${path}/x`, { token, body: { type: 'message', text: 'x' } });
    expect(forged.status).toBe(401);
    expect(forgedUpdate.status).toBe(401);
    const { activities } = await getActivities(app.baseUrl, session);
    expect(activities.map((activity) => activity.text ?? '').join('\n')).not.toContain('evil.example');
  });

  it("still carry the bot's own replies, which present this process's secret", async () => {
    const session = await openConversation(app.baseUrl);
    await postMessage(app.baseUrl, session, { type: 'message', from: { id: session.userId }, text: 'help' });
    const activities = await pollUntil(app.baseUrl, session, (all) => all.some((activity) => activity.from.role === 'bot' && /check/i.test(activity.text ?? '')), 15_000);
    expect(activities.length).toBeGreaterThan(1);
  });
});

describe('the reply secret and a serviceUrl that is not the built-in Direct Line', () => {
  it('a reply to a foreign serviceUrl carries no Authorization header', async () => {
    const received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
    const listener = createServer((req, res) => {
      received.push({ url: req.url ?? '', headers: req.headers });
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
      });
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const foreign = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    try {
      for (const serviceUrl of [foreign, `${foreign}/`, `http://localhost:${(listener.address() as AddressInfo).port}`]) {
        const response = await fetch(`${app.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl, conversation: { id: 'svcleak' }, from: { id: 'u' }, recipient: { id: 'bot' }, text: 'hi' }),
        });
        expect(response.status).toBeLessThan(300);
      }
      const deadline = Date.now() + 10_000;
      while (received.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received.length).toBeGreaterThanOrEqual(3);
      for (const request of received) {
        expect(request.url).toContain('/v3/conversations/svcleak/activities');
        expect(request.headers.authorization).toBeUndefined();
      }
    } finally {
      listener.closeAllConnections();
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    }
  });

  it.each([
    ['the own origin', 'http://127.0.0.1:4000/v3/conversations/c/activities', true],
    ['the own origin, trailing path', 'http://127.0.0.1:4000/', true],
    ['another port', 'http://127.0.0.1:4001/v3/conversations/c/activities', false],
    ['another host name for the same address', 'http://localhost:4000/v3/conversations/c/activities', false],
    ['https on the same host and port', 'https://127.0.0.1:4000/v3/conversations/c/activities', false],
    ['user info trick', 'http://127.0.0.1:4000@evil.example/v3', false],
    ['not a URL', 'not a url', false],
  ])('the credentials sign a request to %s: %s', async (_case, url, signed) => {
    const credentials = await new LocalReplyCredentialsFactory('s3cret', () => 'http://127.0.0.1:4000').createCredentials();
    const headers = new Map<string, string>();
    await credentials.signRequest({ url, headers: { set: (name: string, value: string) => headers.set(name, value) } } as never);
    expect(headers.get('authorization')).toBe(signed ? 'Bearer s3cret' : undefined);
  });

  it('sign nothing before the server listens', async () => {
    const credentials = await new LocalReplyCredentialsFactory('s3cret', () => undefined).createCredentials();
    const headers = new Map<string, string>();
    await credentials.signRequest({ url: 'http://127.0.0.1:4000/', headers: { set: (name: string, value: string) => headers.set(name, value) } } as never);
    expect(headers.size).toBe(0);
  });
});
