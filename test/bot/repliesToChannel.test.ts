import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { AuthenticatedCloudAdapter } from '../../src/security/authenticatedCloudAdapter';
import { memoryLogger } from '../security/support/memoryLogger';
import { postWithChannelToken, startAuthenticatedApp, teamsMessage } from '../security/support/authenticatedApp';
import { BOT_APP_ID, OUTBOUND_SCOPE, startMicrosoftStandIn, type MicrosoftStandIn } from '../security/support/microsoftStandIn';
import { acceptPost as accept, startConnectorStandIn, type ConnectorPost, type ConnectorStandIn } from '../support/connectorStandIn';
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
  { text: 'no' },
];

type ObservedSends = MockInstance<AuthenticatedCloudAdapter['sendActivities']>;

/** Every activity the bot handed to the adapter, in order, and what the adapter answered for each. */
function sentThroughAdapter(spy: ObservedSends) {
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

async function postActivity(baseUrl: string, activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
}

/** Runs the whole check in one conversation; returns the incoming activities as sent. */
async function runWholeCheck(baseUrl: string, serviceUrl: string, conversationId: string) {
  const sent: Array<Record<string, unknown>> = [];
  for (const [index, fields] of WHOLE_CHECK.entries()) {
    const activity = incoming(serviceUrl, conversationId, index + 1, fields);
    sent.push(activity);
    const response = await postActivity(baseUrl, activity);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
  }
  return sent;
}

function activitiesPath(conversationId: string, replyToId?: unknown): string {
  const base = `/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
  return typeof replyToId === 'string' ? `${base}/${encodeURIComponent(replyToId)}` : base;
}

/** The message replies the connector received for one incoming activity (replyToActivity puts its id in the path). */
function repliesTo(posts: ConnectorPost[], activityId: string) {
  return posts.filter((post) => post.path.endsWith(`/activities/${activityId}`) && post.body.type === 'message');
}

describe('replies through botbuilder’s own CloudAdapter and connector client (real app, local mode)', () => {
  const log = memoryLogger('info');
  let app: LocalApp;
  let sendActivities: ObservedSends;
  let connector: ConnectorStandIn;
  let other: ConnectorStandIn;
  let sequence = 0;

  beforeAll(async () => {
    [connector, other] = await Promise.all([startConnectorStandIn(), startConnectorStandIn()]);
    app = await startLocalApp({ config: RATE_LIMIT, logger: log.logger });
    // Observed, never replaced: the SDK still does the sending.
    sendActivities = vi.spyOn(app.adapter, 'sendActivities');
  });
  beforeEach(() => {
    connector.posts.length = 0;
    other.posts.length = 0;
    log.entries.length = 0;
    sendActivities.mockClear();
  });
  afterEach(() => {
    connector.answer = accept;
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([connector.close(), other.close()]);
  });

  async function help(): Promise<number> {
    sequence += 1;
    const response = await postActivity(app.baseUrl, incoming(connector.serviceUrl, `help-${sequence}`, 1, { text: 'help' }));
    await response.arrayBuffer();
    return response.status;
  }

  it('a whole check posts every reply once, in order, to its conversation, and the bot gets the connector ids back', async () => {
    const conversationId = 'a:check/1 #?';
    const sent = await runWholeCheck(app.baseUrl, connector.serviceUrl, conversationId);
    const { activities, responses } = sentThroughAdapter(sendActivities);
    expect(activities.length).toBeGreaterThanOrEqual(WHOLE_CHECK.length);
    expect(connector.posts.map((post) => [post.body.type, post.body.text])).toEqual(activities.map((activity) => [activity.type, activity.text]));
    expect(responses).toEqual(connector.posts.map((_, index) => ({ id: `reply-${index + 1}` })));
    for (const post of connector.posts) {
      const replyTo = post.body.replyToId === undefined ? undefined : sent.find((activity) => activity.id === post.body.replyToId);
      expect(post.path).toBe(activitiesPath(conversationId, replyTo?.id));
      expect(post.body).toMatchObject({
        channelId: 'webchat',
        serviceUrl: connector.serviceUrl,
        conversation: { id: conversationId },
        from: { id: 'bot', name: 'Bot' },
        recipient: { id: 'partner-1', name: 'Pat' },
      });
      // Local mode signs replies with the built-in Direct Line's reply secret, and only replies to that origin:
      // this stand-in is another origin, so it must get no credential at all.
      expect(post.headers.authorization).toBeUndefined();
    }
    expect(connector.posts[0]!.body.text).toContain('Azure IP co-sell top-tier benefits');
    const card = connector.posts.find((post) => (post.body.attachments as Array<{ contentType: string }> | undefined)?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    // Card channels get the card alone: its short fallback text names the gap.
    expect(card?.body.text).toBeUndefined();
    expect((card?.body.attachments as Array<{ content: { fallbackText: string } }>)[0]!.content.fallbackText).toContain('USD 400,000');
    expect(card?.body.replyToId).toBe(sent.at(-1)!.id);
  });

  it('three conversations at once: the connector receives exactly as many posts as the bot sent replies, each to its own conversation', async () => {
    const conversations = ['count-1', 'count-2', 'count-3'];
    await Promise.all(conversations.map((id) => runWholeCheck(app.baseUrl, connector.serviceUrl, id)));
    const { activities } = sentThroughAdapter(sendActivities);
    expect(activities.length).toBeGreaterThanOrEqual(conversations.length * WHOLE_CHECK.length);
    expect(connector.posts).toHaveLength(activities.length);
    for (const id of conversations) {
      const toConversation = connector.posts.filter((post) => (post.body.conversation as { id: string }).id === id);
      expect(toConversation).toHaveLength(activities.filter((activity) => activity.conversation?.id === id).length);
    }
  });

  it('a turn from a second service URL is answered there and only there', async () => {
    const response = await postActivity(app.baseUrl, incoming(other.serviceUrl, 'elsewhere', 1, { text: 'help' }));
    expect(response.status).toBe(200);
    expect(repliesTo(other.posts, 'elsewhere-in-1')).not.toHaveLength(0);
    expect(connector.posts).toHaveLength(0);
  });

  it('an expectReplies turn answers in the HTTP body and posts nothing to the connector', async () => {
    const response = await postActivity(app.baseUrl, incoming(connector.serviceUrl, 'expect-replies', 1, { text: 'help', deliveryMode: 'expectReplies' }));
    const body = (await response.json()) as { activities: Array<{ type: string; text?: string }> };
    expect(response.status).toBe(200);
    expect(body.activities.some((activity) => activity.type === 'message' && activity.text?.includes('I ask a few questions'))).toBe(true);
    expect(connector.posts).toHaveLength(0);
  });

  it('an invoke response goes back in the HTTP answer, never to the connector', async () => {
    // A search invoke without a query: botbuilder answers 400 through an invokeResponse activity.
    const response = await postActivity(app.baseUrl, incoming(connector.serviceUrl, 'invoke-1', 1, { type: 'invoke', name: 'application/search', value: {} }));
    await response.arrayBuffer();
    expect(response.status).toBe(400);
    expect(connector.posts).toHaveLength(0);
  });

  it('a connector that answers 503 once: the SDK retries the same reply and the turn succeeds', async () => {
    connector.answer = (n) => (n === 1 ? { status: 503, body: '{"error":{"code":"ServiceUnavailable","message":"try later"}}' } : accept(n));
    expect(await help()).toBe(200);
    expect(connector.posts).toHaveLength(2);
    expect(connector.posts[1]!.path).toBe(connector.posts[0]!.path);
    expect(connector.posts[1]!.body).toEqual(connector.posts[0]!.body);
    expect(sentThroughAdapter(sendActivities).responses).toEqual([{ id: 'reply-2' }]);
    expect(log.entries.filter((entry) => entry.msg === 'turn failed')).toHaveLength(0);
  });

  it('a connector that keeps refusing fails the turn: the SDK retries, then onTurnError logs its RestError', async () => {
    connector.answer = () => ({ status: 429, headers: { 'retry-after': '0' }, body: '{"error":{"code":"Throttled","message":"slow down"}}' });
    expect(await help()).toBe(200);
    expect(log.entries.find((entry) => entry.msg === 'turn failed')?.err).toMatchObject({ type: 'RestError', statusCode: 429 });
    expect(log.entries.find((entry) => entry.msg === 'could not tell the user about a failed turn')?.err).toMatchObject({ type: 'RestError', statusCode: 429 });
    // Two activities (the reply, then the apology), each tried more than once.
    const texts = [...new Set(connector.posts.map((post) => post.body.text))];
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(connector.posts.filter((post) => post.body.text === text).length).toBeGreaterThan(1);
    expect(sendActivities.mock.settledResults.map((result) => result.type)).toEqual(['rejected', 'rejected']);
  });
});

describe('replies signed with the bot’s token (authenticated mode)', () => {
  let standIn: MicrosoftStandIn;
  let baseUrl: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // jsonwebtoken checks expiry against the clock, so the clock itself is fixed (Date only; timers stay real).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    standIn = await startMicrosoftStandIn(() => Date.now());
    ({ baseUrl, close } = await startAuthenticatedApp(standIn, { now: NOW, config: RATE_LIMIT }));
  });
  afterAll(async () => {
    await close();
    await standIn.close();
    vi.useRealTimers();
  });

  it('20 turns: every reply carries the bearer token the login endpoint issued for the connector, fetched once', async () => {
    for (let n = 1; n <= 20; n += 1) {
      const response = await postWithChannelToken(baseUrl, standIn, teamsMessage(standIn, { id: `signed-${n}`, conversation: { id: 'a:signed-conversation', tenantId: 'tenant-1' } }));
      expect(response.status).toBe(200);
    }
    const messages = standIn.replies.filter((reply) => reply.activity.type === 'message');
    expect(messages.map((reply) => reply.activity.replyToId)).toEqual(Array.from({ length: 20 }, (_, index) => `signed-${index + 1}`));
    expect(messages[0]?.path).toBe('/connector/v3/conversations/a%3Asigned-conversation/activities/signed-1');
    // botbuilder's own token cache: one request for all 20 turns.
    expect(standIn.tokenRequests).toHaveLength(1);
    const token = standIn.issuedAccessTokens[0]!;
    expect(decodeJwt(token)).toMatchObject({ appid: BOT_APP_ID, aud: OUTBOUND_SCOPE });
    for (const reply of standIn.replies) expect(reply.authorization).toBe(`Bearer ${token}`);
  });
});
