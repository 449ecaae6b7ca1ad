import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DirectLineUnavailableError } from '../../src/http/directLine/directLineTokenExchange';
import { startChatServer, type ChatServer } from '../support/echoBot';
import { call, unusedPort, type Session } from './directLineClient';

const SECRET = 'dl-secret-5e6f7a8b9c0d-never-in-a-browser';

type StandInBehaviour = 'issues tokens' | 'fails' | 'answers nonsense' | 'repeats the secret in its error';

interface GenerateRequest {
  method: string | undefined;
  url: string | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/**
 * A stand-in for directline.botframework.com's `tokens/generate`, on loopback, that records what it was asked.
 * It can also misbehave the ways a real upstream does.
 */
interface DirectLineStandIn {
  baseUrl: string;
  requests: GenerateRequest[];
  behave(as: StandInBehaviour): void;
  close(): Promise<void>;
}

async function startDirectLineStandIn(): Promise<DirectLineStandIn> {
  const requests: GenerateRequest[] = [];
  let behaviour: StandInBehaviour = 'issues tokens';
  const server: HttpServer = createHttpServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    requests.push({
      method: req.method,
      url: req.url,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body: JSON.parse(raw || 'null'),
    });
    res.setHeader('Content-Type', 'application/json');
    if (behaviour === 'fails') {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'Upstream broke' } }));
    } else if (behaviour === 'answers nonsense') {
      res.end('{"unexpected": true}');
    } else if (behaviour === 'repeats the secret in its error') {
      res.statusCode = 403;
      res.end(JSON.stringify({ error: { code: 'BadArgument', message: `Unknown secret ${SECRET}` } }));
    } else {
      res.end(JSON.stringify({ conversationId: 'Conv-42-us', token: 'dl-token-issued-by-stand-in', expires_in: 3600, streamUrl: 'wss://x' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    behave: (as) => {
      behaviour = as;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('POST /api/directline/token with a Direct Line secret', () => {
  let standIn: DirectLineStandIn;
  let chat: ChatServer;

  beforeAll(async () => {
    standIn = await startDirectLineStandIn();
    chat = await startChatServer({ directLineService: { secret: SECRET, baseUrl: `${standIn.baseUrl}/` } });
  });
  afterAll(async () => {
    await chat.close();
    await standIn.close();
  });
  beforeEach(() => {
    standIn.behave('issues tokens');
    standIn.requests.length = 0;
    chat.errors.length = 0;
  });

  it('exchanges the secret for a token bound to a fresh dl_ user id, server to server', async () => {
    const answer = await call(chat.baseUrl, 'POST', '/api/directline/token');
    const session = answer.body as Session;

    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(session).toEqual({
      token: 'dl-token-issued-by-stand-in',
      conversationId: 'Conv-42-us',
      expires_in: 3600,
      userId: expect.stringMatching(/^dl_[0-9a-f]{32}$/),
      directLine: { domain: `${standIn.baseUrl}/v3/directline`, webSocket: true },
    });
    expect(standIn.requests).toEqual([
      {
        method: 'POST',
        url: '/v3/directline/tokens/generate',
        authorization: `Bearer ${SECRET}`,
        contentType: 'application/json',
        body: { user: { id: session.userId } },
      },
    ]);
  });

  it('gives every visitor a different user id', async () => {
    const sessions = await Promise.all([1, 2, 3].map(async () => (await call(chat.baseUrl, 'POST', '/api/directline/token')).body as Session));
    expect(new Set(sessions.map((session) => session.userId)).size).toBe(3);
  });

  it.each<StandInBehaviour>(['fails', 'answers nonsense', 'repeats the secret in its error'])(
    'answers 502 with a generic message when Direct Line %s',
    async (behaviour) => {
      standIn.behave(behaviour);
      const answer = await call(chat.baseUrl, 'POST', '/api/directline/token');
      expect(answer.status).toBe(502);
      expect(answer.body).toEqual({
        error: { code: 'DirectLineUnavailable', message: 'The chat is unavailable right now. Please try again later.' },
      });
      expect(chat.errors.at(-1)).toBeInstanceOf(DirectLineUnavailableError);
    },
  );

  it('answers 502 with a generic message when Direct Line cannot be reached', async () => {
    const unreachable = await startChatServer({ directLineService: { secret: SECRET, baseUrl: `http://127.0.0.1:${await unusedPort()}` } });
    try {
      const answer = await call(unreachable.baseUrl, 'POST', '/api/directline/token');
      expect(answer.status).toBe(502);
      expect(answer.text).not.toContain(SECRET);
      expect(unreachable.errors).toEqual([expect.any(DirectLineUnavailableError)]);
    } finally {
      await unreachable.close();
    }
  });

  it('never registers the local Direct Line endpoint next to a secret', async () => {
    const session = (await call(chat.baseUrl, 'POST', '/api/directline/token')).body as Session;
    const answers = await Promise.all([
      call(chat.baseUrl, 'POST', '/v3/directline/conversations', { token: session.token }),
      call(chat.baseUrl, 'POST', '/v3/directline/tokens/refresh', { token: session.token }),
      call(chat.baseUrl, 'POST', '/v3/conversations/Conv-42-us/activities', { body: { type: 'message', text: 'injected' } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
  });

  it('lets the page reach Direct Line, over HTTPS and its WebSocket, in its Content-Security-Policy', async () => {
    const page = await call(chat.baseUrl, 'GET', '/');
    const connectSrc = page.headers.get('content-security-policy')?.split('; ').find((directive) => directive.startsWith('connect-src'));
    expect(connectSrc).toBe(`connect-src 'self' blob: ${standIn.baseUrl} ${standIn.baseUrl.replace('http', 'ws')}`);
  });

  it('puts the secret in no response body or header of any route it serves', async () => {
    const session = (await call(chat.baseUrl, 'POST', '/api/directline/token')).body as Session;
    const requests: [string, string, Parameters<typeof call>[3]?][] = [
      ['GET', '/'],
      ['GET', '/webchat/webchat.js?v=4.18.1'],
      ['GET', '/webchat/webchat.js.LICENSE.txt'],
      ['POST', '/api/directline/token'],
      ['OPTIONS', '/api/directline/token', { headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'POST' } }],
      ['GET', '/api/directline/token'],
      ['POST', '/api/directline/token/refresh', { token: session.token }],
      ['POST', '/v3/directline/conversations', { token: session.token }],
      ['GET', '/no-such-page'],
    ];
    const answers = [];
    for (const [method, path, options] of requests) answers.push({ path, ...(await call(chat.baseUrl, method, path, options)) });
    for (const behaviour of ['fails', 'answers nonsense', 'repeats the secret in its error'] as const) {
      standIn.behave(behaviour);
      answers.push({ path: `/api/directline/token (${behaviour})`, ...(await call(chat.baseUrl, 'POST', '/api/directline/token')) });
    }

    const leaks = answers.filter(({ text, headers }) => text.includes(SECRET) || JSON.stringify([...headers]).includes(SECRET));
    expect(leaks.map(({ path }) => path)).toEqual([]);
    expect(answers.find(({ path }) => path === '/webchat/webchat.js?v=4.18.1')?.text.length).toBeGreaterThan(1_000_000);
  });
});
