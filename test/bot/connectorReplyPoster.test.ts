import type { Activity, ResourceResponse } from 'botbuilder';
import { ConnectorClient, TokenCredentials } from 'botframework-connector';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ConnectorReplyPoster } from '../../src/bot/connectorReplyPoster';
import type { AuthenticatedCloudAdapter } from '../../src/security/authenticatedCloudAdapter';
import { memoryLogger, type MemoryLog } from '../security/support/memoryLogger';
import { postWithChannelToken, startAuthenticatedApp, teamsMessage } from '../security/support/authenticatedApp';
import { BOT_APP_ID, OUTBOUND_SCOPE, startMicrosoftStandIn, type MicrosoftStandIn } from '../security/support/microsoftStandIn';
import { acceptPost as accept, startConnectorStandIn, type ConnectorStandIn } from '../support/connectorStandIn';
import { startLocalApp, type LocalApp } from '../support/localApp';

const NOW = Date.parse('2026-11-26T12:00:00Z');
/** Well above the turns here, so the per-conversation rate limit never answers instead of the bot. */
const RATE_LIMIT = { BOT_RATE_LIMIT_MESSAGES: '1000' };

/** A whole check, from the welcome (a conversationUpdate without an id: no replyToId) to the result card. */
const WHOLE_CHECK: Array<Record<string, unknown>> = [
  { type: 'conversationUpdate', membersAdded: [{ id: 'partner-1' }] },
  { text: 'check eligibility' },
  { text: 'yes' },
  { text: '3.6 million' },
  { text: '10' },
  { text: '28 transactions from 7 customers' },
  { text: 'none' },
];

type ObservedSends = MockInstance<AuthenticatedCloudAdapter['sendActivities']>;

/** The real app in local mode, its adapter's `sendActivities` observed (called through, never replaced). */
async function startObservedApp(log: MemoryLog): Promise<{ app: LocalApp; sendActivities: ObservedSends }> {
  const app = await startLocalApp({ config: RATE_LIMIT, logger: log.logger });
  return { app, sendActivities: vi.spyOn(app.adapter, 'sendActivities') };
}

/** Every activity the bot handed to the adapter, in order, and what the adapter answered for each. */
function sentThroughAdapter(spy: MockInstance<AuthenticatedCloudAdapter['sendActivities']>) {
  const activities = spy.mock.calls.flatMap((call) => call[1]);
  const responses = spy.mock.settledResults.flatMap((result) => (result.type === 'fulfilled' ? result.value : []));
  return { activities, responses };
}

function incoming(serviceUrl: string, conversationId: string, n: number, fields: Record<string, unknown>) {
  const activity: Record<string, unknown> = {
    type: 'message',
    id: `${conversationId}-in-${n}`,
    channelId: 'webchat',
    serviceUrl,
    locale: 'en-US',
    timestamp: '2026-11-26T11:59:00.000Z',
    from: { id: 'partner-1', name: 'Pat' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversationId },
    ...fields,
  };
  if (activity.type === 'conversationUpdate') delete activity.id;
  return activity;
}

async function postActivity(baseUrl: string, activity: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await response.arrayBuffer();
  return response.status;
}

/** Runs the whole check in one conversation; returns the incoming activities as sent. */
async function runWholeCheck(baseUrl: string, serviceUrl: string, conversationId: string) {
  const sent: Array<Record<string, unknown>> = [];
  for (const [index, fields] of WHOLE_CHECK.entries()) {
    const activity = incoming(serviceUrl, conversationId, index + 1, fields);
    sent.push(activity);
    expect(await postActivity(baseUrl, activity)).toBe(200);
  }
  return sent;
}

function activitiesPath(conversationId: string, replyToId?: unknown): string {
  const base = `/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
  return typeof replyToId === 'string' ? `${base}/${encodeURIComponent(replyToId)}` : base;
}

describe('replies on the normal delivery path (real app, local mode)', () => {
  const log = memoryLogger('silent');
  let app: LocalApp;
  let sendActivities: ObservedSends;
  let baseUrl: string;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    ({ app, sendActivities } = await startObservedApp(log));
    baseUrl = app.baseUrl;
  });
  beforeEach(() => {
    connector.posts.length = 0;
    sendActivities.mockClear();
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  it('a whole check posts every reply once, in order, to its path, with the JSON botbuilder builds, and the bot gets the connector ids back', async () => {
    const conversationId = 'a:check/1 #?';
    const sent = await runWholeCheck(baseUrl, connector.serviceUrl, conversationId);
    const { activities, responses } = sentThroughAdapter(sendActivities);
    expect(activities.length).toBeGreaterThanOrEqual(WHOLE_CHECK.length);
    expect(connector.posts.map((post) => post.sentBy)).toEqual(activities.map(() => 'fastPath'));
    expect(connector.posts.map((post) => [post.body.type, post.body.text])).toEqual(activities.map((activity) => [activity.type, activity.text]));
    expect(responses).toEqual(connector.posts.map((_, index) => ({ id: `reply-${index + 1}` })));

    for (const post of connector.posts) {
      const replyTo = post.body.replyToId === undefined ? undefined : sent.find((activity) => activity.id === post.body.replyToId);
      expect(post.path).toBe(activitiesPath(conversationId, replyTo?.id));
      expect(post.body).not.toHaveProperty('id');
      expect(post.body).toMatchObject({
        channelId: 'webchat',
        serviceUrl: connector.serviceUrl,
        locale: 'en-US',
        conversation: { id: conversationId },
        from: { id: 'bot', name: 'Bot' },
        recipient: { id: 'partner-1', name: 'Pat' },
      });
      expect(post.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(post.headers.accept).toBe('application/json');
      expect(post.headers['user-agent']).toMatch(/^Microsoft-BotFramework\/3\.1 botframework-connector\/\d+\.\d+\.\d+ /);
      // Local mode has no app id: the credentials sign with the built-in Direct Line's per-process reply secret.
      expect(post.headers.authorization).toMatch(/^Bearer [A-Za-z0-9_-]{43}$/);
      expect(post.headers['x-ms-conversation-id']).toBe(replyTo ? conversationId : undefined);
    }
    const welcome = connector.posts[0]!;
    expect(welcome.path).toBe(activitiesPath(conversationId));
    expect(welcome.body.text).toContain('Azure IP co-sell top-tier benefits');
    const messages = connector.posts.filter((post) => post.body.type === 'message');
    expect(messages.map((post) => post.body.replyToId)).toEqual(expect.arrayContaining(sent.slice(1).map((activity) => activity.id)));
    const card = messages.find((post) => (post.body.attachments as Array<{ contentType: string }> | undefined)?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card?.body.text).toContain('USD 400,000 short of USD 4,000,000');
    expect(card?.body.replyToId).toBe(sent.at(-1)!.id);
  });

  it('three conversations at once: the connector receives exactly as many posts as the bot sent replies', async () => {
    const conversations = ['count-1', 'count-2', 'count-3'];
    await Promise.all(conversations.map((id) => runWholeCheck(baseUrl, connector.serviceUrl, id)));
    const { activities, responses } = sentThroughAdapter(sendActivities);
    expect(activities.length).toBeGreaterThanOrEqual(conversations.length * WHOLE_CHECK.length);
    expect(connector.posts).toHaveLength(activities.length);
    expect(new Set(responses.map((response) => response.id)).size).toBe(activities.length);
    for (const id of conversations) {
      const toConversation = connector.posts.filter((post) => (post.body.conversation as { id: string }).id === id);
      expect(toConversation).toHaveLength(activities.filter((activity) => activity.conversation?.id === id).length);
    }
  });

  it('delays and traces outside the Emulator are not posted, an Emulator trace is, and each activity gets its response in order', async () => {
    // The turn's own logic, so the adapter's answer for each activity can be read (onTurnError would swallow a failed expect).
    async function sendMixed(channelId: string): Promise<ResourceResponse[]> {
      let responses: ResourceResponse[] = [];
      await app.adapter.processAuthenticated('', incoming(connector.serviceUrl, `mixed-${channelId}`, 1, { channelId, text: 'help' }), async (context) => {
        responses = await context.sendActivities([
          { type: 'message', text: 'one' },
          { type: 'trace', name: 'diagnostics' },
          { type: 'delay', value: 1 },
          { type: 'message', text: 'two' },
        ]);
      });
      return responses;
    }
    const posted = () => connector.posts.map((post) => [post.sentBy, post.body.type, post.body.text ?? post.body.name]);
    expect(await sendMixed('webchat')).toEqual([{ id: 'reply-1' }, { id: '' }, { id: '' }, { id: 'reply-2' }]);
    expect(posted()).toEqual([
      ['fastPath', 'message', 'one'],
      ['fastPath', 'message', 'two'],
    ]);
    connector.posts.length = 0;
    expect(await sendMixed('emulator')).toEqual([{ id: 'reply-1' }, { id: 'reply-2' }, { id: '' }, { id: 'reply-3' }]);
    expect(posted()).toEqual([
      ['fastPath', 'message', 'one'],
      ['fastPath', 'trace', 'diagnostics'],
      ['fastPath', 'message', 'two'],
    ]);
  });

  it('an invoke response goes back in the HTTP answer, never to the connector', async () => {
    // A search invoke without a query: botbuilder answers 400 through an invokeResponse activity.
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(incoming(connector.serviceUrl, 'invoke-1', 1, { type: 'invoke', name: 'application/search', value: {} })),
    });
    expect(response.status).toBe(400);
    expect(connector.posts).toHaveLength(0);
  });
});

describe('replies signed with the bot’s token (authenticated mode)', () => {
  let standIn: MicrosoftStandIn;
  let baseUrl: string;
  let close: () => Promise<void>;
  let posted: MockInstance<ConnectorReplyPoster['post']>;

  beforeAll(async () => {
    // jsonwebtoken checks expiry against the clock, so the clock itself is fixed (Date only; timers stay real).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    posted = vi.spyOn(ConnectorReplyPoster.prototype, 'post');
    standIn = await startMicrosoftStandIn(() => Date.now());
    ({ baseUrl, close } = await startAuthenticatedApp(standIn, { now: NOW, config: RATE_LIMIT }));
  });
  afterAll(async () => {
    await close();
    await standIn.close();
    posted.mockRestore();
    vi.useRealTimers();
  });

  it('every reply carries the bearer token the login endpoint issued for the connector, fetched once', async () => {
    for (let n = 1; n <= 3; n += 1) {
      const response = await postWithChannelToken(baseUrl, standIn, teamsMessage(standIn, { id: `signed-${n}`, conversation: { id: 'a:signed-conversation', tenantId: 'tenant-1' } }));
      expect(response.status).toBe(200);
    }
    const messages = standIn.replies.filter((reply) => reply.activity.type === 'message');
    expect(messages.map((reply) => reply.activity.replyToId)).toEqual(['signed-1', 'signed-2', 'signed-3']);
    expect(messages[0]?.path).toBe('/connector/v3/conversations/a%3Asigned-conversation/activities/signed-1');
    expect(standIn.tokenRequests).toHaveLength(1);
    const token = standIn.issuedAccessTokens[0]!;
    expect(decodeJwt(token)).toMatchObject({ appid: BOT_APP_ID, aud: OUTBOUND_SCOPE });
    for (const reply of standIn.replies) expect(reply.authorization).toBe(`Bearer ${token}`);
    // Each reply went out on the fast path (the SDK would have signed it too): one post each, each answered.
    const fastResults = await Promise.all(posted.mock.results.map((result) => result.value as Promise<ResourceResponse | undefined>));
    expect(fastResults).toEqual(standIn.replies.map((_, index) => ({ id: `reply-${index + 1}` })));
  });
});

describe('when the connector does not answer 2xx, the SDK sends the reply (real app, local mode)', () => {
  const log = memoryLogger('info');
  let app: LocalApp;
  let sendActivities: ObservedSends;
  let baseUrl: string;
  let connector: ConnectorStandIn;
  let sequence = 0;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    ({ app, sendActivities } = await startObservedApp(log));
    baseUrl = app.baseUrl;
  });
  beforeEach(() => {
    connector.posts.length = 0;
    log.entries.length = 0;
    sendActivities.mockClear();
  });
  afterEach(() => {
    connector.answer = accept;
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  async function help(): Promise<number> {
    sequence += 1;
    return postActivity(baseUrl, incoming(connector.serviceUrl, `fallback-${sequence}`, 1, { text: 'help' }));
  }

  it('a 503 to the fast post is followed by exactly one SDK post of the same reply, and the turn succeeds', async () => {
    connector.answer = (n) => (n === 1 ? { status: 503, body: '{"error":{"code":"ServiceUnavailable","message":"try later"}}' } : accept(n));
    expect(await help()).toBe(200);
    expect(connector.posts.map((post) => post.sentBy)).toEqual(['fastPath', 'sdk']);
    expect(connector.posts[1]!.path).toBe(connector.posts[0]!.path);
    expect(connector.posts[1]!.body).toEqual(connector.posts[0]!.body);
    expect(sentThroughAdapter(sendActivities).responses).toEqual([{ id: 'reply-2' }]);
    expect(log.entries.filter((entry) => entry.msg === 'turn failed')).toHaveLength(0);
  });

  it('a connection dropped before the answer falls back to the SDK, which posts once more, and the turn succeeds', async () => {
    connector.answer = (n) => (n === 1 ? 'drop' : accept(n));
    expect(await help()).toBe(200);
    expect(connector.posts.map((post) => post.sentBy)).toEqual(['fastPath', 'sdk']);
    expect(sentThroughAdapter(sendActivities).responses).toEqual([{ id: 'reply-2' }]);
    expect(log.entries.filter((entry) => entry.msg === 'turn failed')).toHaveLength(0);
  });

  it('through a whole check, each refused fast post is followed by one SDK post to the same path with the same JSON', async () => {
    // Odd posts are the fast path's first try, refused with 429; the SDK's post of the same reply is accepted.
    connector.answer = (n) => (n % 2 === 1 ? { status: 429, headers: { 'retry-after': '0' }, body: '{}' } : accept(n));
    await runWholeCheck(baseUrl, connector.serviceUrl, 'fallback-whole-check');
    const { activities, responses } = sentThroughAdapter(sendActivities);
    expect(connector.posts).toHaveLength(2 * activities.length);
    for (let index = 0; index < connector.posts.length; index += 2) {
      const [fast, sdk] = [connector.posts[index]!, connector.posts[index + 1]!];
      expect([fast.sentBy, sdk.sentBy]).toEqual(['fastPath', 'sdk']);
      expect(sdk.path).toBe(fast.path);
      expect(sdk.body).toEqual(fast.body);
    }
    expect(responses).toEqual(activities.map((_, index) => ({ id: `reply-${2 * (index + 1)}` })));
  });

  it('a connector that keeps refusing fails the turn as before: the SDK retries, then onTurnError logs its RestError', async () => {
    connector.answer = () => ({ status: 429, headers: { 'retry-after': '0' }, body: '{"error":{"code":"Throttled","message":"slow down"}}' });
    expect(await help()).toBe(200);
    const failed = log.entries.find((entry) => entry.msg === 'turn failed');
    expect(failed?.err).toMatchObject({ type: 'RestError', statusCode: 429 });
    const apologyFailed = log.entries.find((entry) => entry.msg === 'could not tell the user about a failed turn');
    expect(apologyFailed?.err).toMatchObject({ type: 'RestError', statusCode: 429 });
    // Two activities (the reply, then the apology): each tried once by the fast path, then by the SDK and its retries.
    const texts = [...new Set(connector.posts.map((post) => post.body.text))];
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      const posts = connector.posts.filter((post) => post.body.text === text);
      expect(posts[0]?.sentBy).toBe('fastPath');
      expect(posts.filter((post) => post.sentBy === 'fastPath')).toHaveLength(1);
      expect(posts.filter((post) => post.sentBy === 'sdk').length).toBeGreaterThan(1);
    }
    expect(sendActivities.mock.settledResults.map((result) => result.type)).toEqual(['rejected', 'rejected']);
  });
});

describe('ConnectorReplyPoster with a real ConnectorClient', () => {
  const poster = new ConnectorReplyPoster();
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
  });
  beforeEach(() => {
    connector.posts.length = 0;
  });
  afterEach(() => {
    connector.answer = accept;
  });
  afterAll(async () => {
    poster.close();
    await connector.close();
  });

  const client = (credentials = new TokenCredentials('token-1'), path = 'base/') => new ConnectorClient(credentials, { baseUri: `${connector.serviceUrl}${path}` });
  const message = (fields: Partial<Activity> = {}): Partial<Activity> => ({ type: 'message', text: 'hi', conversation: { id: 'a:b/c d', isGroup: false, name: '', conversationType: '' }, ...fields });

  it('without a replyToId it posts to the conversation, signed by the client’s credentials, with dates as ISO strings', async () => {
    const timestamp = new Date('2026-11-26T12:00:00Z');
    expect(await poster.post(client(), message({ timestamp }))).toEqual({ id: 'reply-1' });
    const [post] = connector.posts;
    expect(post?.path).toBe('/base/v3/conversations/a%3Ab%2Fc%20d/activities');
    expect(post?.headers.authorization).toBe('Bearer token-1');
    expect(post?.headers['x-ms-conversation-id']).toBeUndefined();
    expect(post?.body).toEqual({ type: 'message', text: 'hi', conversation: { id: 'a:b/c d', isGroup: false, name: '', conversationType: '' }, timestamp: '2026-11-26T12:00:00.000Z' });
  });

  it('with a replyToId it replies to that activity, from a service URL without a trailing slash', async () => {
    await poster.post(client(undefined, 'base'), message({ replyToId: 'in/1' }));
    expect(connector.posts[0]?.path).toBe('/base/v3/conversations/a%3Ab%2Fc%20d/activities/in%2F1');
    expect(connector.posts[0]?.headers['x-ms-conversation-id']).toBe('a:b/c d');
  });

  it('a 2xx with an empty or a non-JSON body is a success with an empty id, posted once', async () => {
    connector.answer = (n) => (n === 1 ? { status: 201, body: '' } : { status: 202, body: 'accepted' });
    expect(await poster.post(client(), message())).toEqual({ id: '' });
    expect(await poster.post(client(), message())).toEqual({ id: '' });
    expect(connector.posts).toHaveLength(2);
  });

  it('a non-2xx answer, a refused connection or credentials that cannot sign leave the activity to the SDK', async () => {
    connector.answer = () => ({ status: 500, body: '{}' });
    expect(await poster.post(client(), message())).toBeUndefined();
    const closed = await startConnectorStandIn();
    await closed.close();
    expect(await poster.post(new ConnectorClient(new TokenCredentials('token-1'), { baseUri: closed.serviceUrl }), message())).toBeUndefined();
    const unsigned = { signRequest: () => Promise.reject(new Error('token endpoint unreachable')) } as unknown as TokenCredentials;
    expect(await poster.post(client(unsigned), message())).toBeUndefined();
    expect(connector.posts).toHaveLength(1);
  });
});

describe('replies when an outbound proxy is configured (real app, local mode)', () => {
  // Only the config names the proxy: the SDK itself reads process.env, which the test leaves alone, so its posts
  // still reach the stand-in directly, and its user agent tells them apart from the fast path's.
  let app: LocalApp;
  let baseUrl: string;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    app = await startLocalApp({ config: { ...RATE_LIMIT, HTTPS_PROXY: 'http://proxy.contoso.example:8080' } });
    baseUrl = app.baseUrl;
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  it('go through the SDK pipeline, which honours the proxy, for every reply of a whole check', async () => {
    await runWholeCheck(baseUrl, connector.serviceUrl, 'proxied-1');
    expect(connector.posts.length).toBeGreaterThanOrEqual(WHOLE_CHECK.length);
    expect(new Set(connector.posts.map((post) => post.sentBy))).toEqual(new Set(['sdk']));
  });
});
