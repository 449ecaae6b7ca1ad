import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Activity, TurnContext } from 'botbuilder';
import { createServer } from '../../src/http/createServer';
import { registerLocalDirectLine } from '../../src/http/directLine/local/registerLocalDirectLine';
import { registerTokenRoute } from '../../src/http/directLine/tokenRoute';
import { ECHO_WELCOME, EchoBot, startChatServer, type ChatServer } from '../support/echoBot';
import {
  activitiesPath,
  call,
  claimsOf,
  getActivities,
  openConversation,
  pollUntil,
  postMessage,
  unusedPort,
  type ConversationAccess,
  type Session,
} from './directLineClient';

const START = Date.parse('2025-03-03T09:00:00.000Z');
const MINUTE_MS = 60_000;
const PREFLIGHT_HEADERS = {
  Origin: 'https://partner.example',
  'Access-Control-Request-Method': 'POST',
  'Access-Control-Request-Headers': 'authorization,content-type',
};

/** The status a poll of the conversation gets with the token presented. */
async function pollStatus(baseUrl: string, access: ConversationAccess): Promise<number> {
  return (await call(baseUrl, 'GET', activitiesPath(access.conversationId), { token: access.token })).status;
}

/** The echo bot, plus a record of every activity the channel delivered to it. */
class RecordingEchoBot extends EchoBot {
  readonly received: Partial<Activity>[] = [];
  override async run(context: TurnContext): Promise<void> {
    this.received.push(context.activity);
    await super.run(context);
  }
}

describe('the local Direct Line endpoint', () => {
  let chat: ChatServer;
  let bot: RecordingEchoBot;
  let nowMs = START;

  beforeAll(async () => {
    bot = new RecordingEchoBot();
    chat = await startChatServer({ bot, localDirectLine: { now: () => nowMs } });
  });
  afterAll(() => chat.close());
  beforeEach(() => {
    nowMs = START;
  });

  it('hands the page a session for a fresh dl_ user whose token names that user', async () => {
    const first = await call(chat.baseUrl, 'POST', '/api/directline/token');
    const second = await call(chat.baseUrl, 'POST', '/api/directline/token');

    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const session = first.body as { token: string; userId: string; conversationId: string };
    expect(session).toEqual({
      token: expect.any(String),
      conversationId: expect.any(String),
      expires_in: 3600,
      userId: expect.stringMatching(/^dl_[0-9a-f]{32}$/),
      directLine: { domain: '/v3/directline', webSocket: false },
    });
    expect(claimsOf(session.token)).toMatchObject({ user: session.userId, conv: session.conversationId });
    expect((second.body as { userId: string }).userId).not.toBe(session.userId);
  });

  it('opens the conversation the token was issued for and tells the bot the user joined, once', async () => {
    const session = (await call(chat.baseUrl, 'POST', '/api/directline/token')).body as Session;

    const opened = await call(chat.baseUrl, 'POST', '/v3/directline/conversations', { token: session.token, body: {} });
    const reopened = await call(chat.baseUrl, 'POST', '/v3/directline/conversations', { token: session.token, body: {} });
    const activities = await pollUntil(chat.baseUrl, session, (stream) => stream.some((activity) => activity.text === ECHO_WELCOME));

    expect(opened.status).toBe(201);
    expect(opened.body).toEqual({ conversationId: session.conversationId, token: session.token, expires_in: 3600 });
    expect(reopened.status).toBe(200);
    expect(activities.filter((activity) => activity.text === ECHO_WELCOME)).toHaveLength(1);
    const joins = bot.received.filter(
      (activity) => activity.conversation?.id === session.conversationId && activity.type === 'conversationUpdate',
    );
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({
      channelId: 'webchat',
      serviceUrl: chat.baseUrl,
      membersAdded: [{ id: session.userId, role: 'user' }],
      recipient: { role: 'bot' },
    });
  });

  it('passes the browser’s language on: the join carries the page’s ?locale=, and a message keeps the locale Web Chat stamped on it', async () => {
    const session = (await call(chat.baseUrl, 'POST', '/api/directline/token?locale=de-DE')).body as Session;
    await call(chat.baseUrl, 'POST', '/v3/directline/conversations', { token: session.token, body: {} });
    await pollUntil(chat.baseUrl, session, (stream) => stream.some((activity) => activity.text === ECHO_WELCOME));
    const posted = await postMessage(chat.baseUrl, session, { type: 'message', text: 'hallo', locale: 'de-DE' });
    const id = (posted.body as { id: string }).id;
    await pollUntil(chat.baseUrl, session, (stream) => stream.some((activity) => activity.replyToId === id));
    const received = bot.received.filter((activity) => activity.conversation?.id === session.conversationId);
    expect(received.map((activity) => [activity.type, activity.locale])).toEqual([
      ['conversationUpdate', 'de-DE'],
      ['message', 'de-DE'],
    ]);
  });

  it('ignores a ?locale= that is not a language tag: the join carries none', async () => {
    const session = (await call(chat.baseUrl, 'POST', `/api/directline/token?locale=${encodeURIComponent('de"><script>')}`)).body as Session;
    await call(chat.baseUrl, 'POST', '/v3/directline/conversations', { token: session.token, body: {} });
    await pollUntil(chat.baseUrl, session, (stream) => stream.some((activity) => activity.text === ECHO_WELCOME));
    const join = bot.received.find((activity) => activity.conversation?.id === session.conversationId);
    expect(join?.type).toBe('conversationUpdate');
    expect(join).not.toHaveProperty('locale');
  });

  it("streams the user's own activity back with an id and timestamp, before the bot's reply to it", async () => {
    const session = await openConversation(chat.baseUrl);
    await pollUntil(chat.baseUrl, session, (stream) => stream.length === 1);
    nowMs = START + 5 * MINUTE_MS;

    const posted = await postMessage(chat.baseUrl, session, {
      type: 'message',
      text: 'hello',
      from: { id: 'someone-else', role: 'user' },
      channelData: { clientActivityID: 'client-1' },
    });
    const { activities, watermark } = await getActivities(chat.baseUrl, session);

    expect(posted.status).toBe(200);
    const [welcome, echoed, reply] = activities;
    expect(welcome?.text).toBe(ECHO_WELCOME);
    expect(echoed).toMatchObject({
      id: (posted.body as { id: string }).id,
      type: 'message',
      text: 'hello',
      timestamp: '2025-03-03T09:05:00.000Z',
      // Direct Line binds the sender to the token's user; what the client claims is ignored.
      from: { id: session.userId, role: 'user' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(reply).toMatchObject({ type: 'message', text: 'Echo: hello', replyToId: echoed?.id, from: { role: 'bot' } });
    expect(reply?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Say hello']);
    expect(watermark).toBe('3');
    expect(await getActivities(chat.baseUrl, session, watermark)).toEqual({ activities: [], watermark: '3' });
    expect(bot.received.find((activity) => activity.id === echoed?.id)).toMatchObject({
      channelId: 'webchat',
      serviceUrl: chat.baseUrl,
      from: { id: session.userId },
      conversation: { id: session.conversationId },
    });
  });

  it("refuses a missing, made-up or another conversation's token with 403", async () => {
    const mine = await openConversation(chat.baseUrl);
    const theirs = await openConversation(chat.baseUrl);
    const activitiesPath = `/v3/directline/conversations/${mine.conversationId}/activities`;
    const forged = `${mine.token.slice(0, -4)}AAAA`;

    const answers = await Promise.all([
      call(chat.baseUrl, 'GET', activitiesPath),
      call(chat.baseUrl, 'GET', activitiesPath, { token: forged }),
      call(chat.baseUrl, 'GET', activitiesPath, { token: theirs.token }),
      call(chat.baseUrl, 'POST', activitiesPath, { token: theirs.token, body: { type: 'message', text: 'hi' } }),
      call(chat.baseUrl, 'POST', '/v3/directline/conversations', { token: forged }),
      call(chat.baseUrl, 'POST', '/v3/directline/conversations'),
      call(chat.baseUrl, 'POST', '/v3/directline/tokens/refresh', { token: 'not-a-token' }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    expect(answers[0]?.body).toEqual({ error: { code: 'Forbidden', message: 'The token is missing, wrong or expired.' } });
  });

  it('says a conversation it does not know has ended (404), so Web Chat stops polling it', async () => {
    const session = await openConversation(chat.baseUrl);
    const answer = await call(chat.baseUrl, 'GET', '/v3/directline/conversations/no-such-conversation/activities', { token: session.token });
    expect(answer.status).toBe(404);
  });

  it('refreshes a token: the new one works, and the old one works until its own hour is up', async () => {
    const session = await openConversation(chat.baseUrl);
    nowMs = START + 15 * MINUTE_MS;

    const refreshed = await call(chat.baseUrl, 'POST', '/v3/directline/tokens/refresh', { token: session.token });
    const newToken = (refreshed.body as { token: string }).token;

    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ conversationId: session.conversationId, token: expect.any(String), expires_in: 3600 });
    expect(newToken).not.toBe(session.token);
    expect(await pollStatus(chat.baseUrl, session)).toBe(200);
    nowMs = START + 61 * MINUTE_MS;
    expect(await pollStatus(chat.baseUrl, session)).toBe(403);
    expect(await pollStatus(chat.baseUrl, { conversationId: session.conversationId, token: newToken })).toBe(200);
  });

  it('answers CORS preflights and lets any origin read its answers, so partner sites can embed the chat', async () => {
    const session = await openConversation(chat.baseUrl);
    // The token route answers only the origins ALLOWED_ORIGINS names (see tokenOrigins.test.ts); these need a token.
    const paths = ['/v3/directline/conversations', activitiesPath(session.conversationId), '/v3/directline/tokens/refresh'];
    const preflights = await Promise.all(paths.map((path) => call(chat.baseUrl, 'OPTIONS', path, { headers: PREFLIGHT_HEADERS })));
    const poll = await call(chat.baseUrl, 'GET', activitiesPath(session.conversationId), {
      token: session.token,
      headers: { Origin: 'https://partner.example' },
    });

    for (const preflight of preflights) {
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type/);
    }
    expect(poll.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('takes replies, updates and typing from the bot at its serviceUrl, with URL-encoded ids', async () => {
    const session = await openConversation(chat.baseUrl);
    await pollUntil(chat.baseUrl, session, (stream) => stream.length === 1);
    const botActivities = `/v3/conversations/${encodeURIComponent(session.conversationId)}/activities`;

    const token = chat.botReplySecret;
    const sent = await call(chat.baseUrl, 'POST', botActivities, { token, body: { type: 'message', text: 'Working on it' } });
    const sentId = (sent.body as { id: string }).id;
    const typing = await call(chat.baseUrl, 'POST', `${botActivities}/${encodeURIComponent(sentId)}`, { token, body: { type: 'typing' } });
    const updated = await call(chat.baseUrl, 'PUT', `${botActivities}/${encodeURIComponent(sentId)}`, {
      token,
      body: { type: 'message', id: sentId, text: 'Done' },
    });
    const neverSentId = encodeURIComponent(`${session.conversationId}|9999999`);
    const updateOfNothing = await call(chat.baseUrl, 'PUT', `${botActivities}/${neverSentId}`, { token, body: { type: 'message', text: 'x' } });
    const toNowhere = await call(chat.baseUrl, 'POST', '/v3/conversations/no-such-conversation/activities', {
      token,
      body: { type: 'message', text: 'x' },
    });
    const { activities } = await getActivities(chat.baseUrl, session);

    expect(sentId).toMatch(/\|\d{7}$/);
    expect(typing.status).toBe(200);
    expect(updated.body).toEqual({ id: sentId });
    expect(activities.slice(1).map(({ id, type, text, replyToId }) => ({ id, type, text, replyToId }))).toEqual([
      { id: sentId, type: 'message', text: 'Working on it', replyToId: undefined },
      { id: expect.any(String), type: 'typing', text: undefined, replyToId: sentId },
      { id: sentId, type: 'message', text: 'Done', replyToId: undefined },
    ]);
    expect(updateOfNothing.status).toBe(404);
    expect(toNowhere.status).toBe(404);
  });

  it.each([123, { a: 1 }, ['de-DE'], true])('refuses a locale that is not a string (%j) with 400 naming `locale`, and the conversation goes on', async (locale) => {
    const session = await openConversation(chat.baseUrl);
    const refused = await postMessage(chat.baseUrl, session, { type: 'message', text: 'まとめ', locale });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('`locale`');
    const received = bot.received.filter((activity) => activity.conversation?.id === session.conversationId);
    expect(received.some((activity) => activity.type === 'message')).toBe(false);
    const accepted = await postMessage(chat.baseUrl, session, { type: 'message', text: 'まとめ', locale: 'ja-JP' });
    expect(accepted.status).toBe(200);
  });

  it('rejects an activity without a type and a watermark that is not a number (400)', async () => {
    const session = await openConversation(chat.baseUrl);
    const untyped = await postMessage(chat.baseUrl, session, { text: 'no type' });
    const badWatermark = await call(chat.baseUrl, 'GET', `${activitiesPath(session.conversationId)}?watermark=abc`, {
      token: session.token,
    });
    expect(untyped.status).toBe(400);
    expect(badWatermark.status).toBe(400);
  });
});

describe('the local Direct Line endpoint under load', () => {
  let chat: ChatServer;
  beforeAll(async () => {
    chat = await startChatServer({ localDirectLine: { now: () => START, limits: { maxConversations: 2, maxActivitiesPerConversation: 3 } } });
  });
  afterAll(() => chat.close());

  it('keeps at most the configured number of conversations, dropping the least recently active', async () => {
    const first = await openConversation(chat.baseUrl);
    const second = await openConversation(chat.baseUrl);
    // The welcomes arrive on their own time and count as activity; let them land before the order matters.
    await pollUntil(chat.baseUrl, first, (stream) => stream.length === 1);
    await pollUntil(chat.baseUrl, second, (stream) => stream.length === 1);
    await postMessage(chat.baseUrl, first, { type: 'message', text: 'still here' });
    await openConversation(chat.baseUrl);

    expect(await pollStatus(chat.baseUrl, first)).toBe(200);
    expect(await pollStatus(chat.baseUrl, second)).toBe(404);
  });

  it('keeps at most the configured number of activities per conversation, dropping the oldest', async () => {
    const session = await openConversation(chat.baseUrl);
    await pollUntil(chat.baseUrl, session, (stream) => stream.length === 1);
    await postMessage(chat.baseUrl, session, { type: 'message', text: 'one' });
    await postMessage(chat.baseUrl, session, { type: 'message', text: 'two' });

    const { activities, watermark } = await getActivities(chat.baseUrl, session);

    expect(activities.map((activity) => activity.text)).toEqual(['Echo: one', 'two', 'Echo: two']);
    expect(watermark).toBe('5');
  });
});

describe('the local Direct Line endpoint without a bot', () => {
  it('answers 502 with a generic message when the bot cannot be reached, and says why server side', async () => {
    const deadPort = await unusedPort();
    const botErrors: unknown[] = [];
    const server = createServer();
    const localDirectLine = registerLocalDirectLine(server, {
      publicBaseUrl: () => baseUrl,
      botReplySecret: 'unused',
      botUrl: () => `http://127.0.0.1:${deadPort}`,
      onBotError: (error) => botErrors.push(error),
    });
    registerTokenRoute(server, localDirectLine.startSession);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const session = await openConversation(baseUrl);
      const posted = await postMessage(baseUrl, session, { type: 'message', text: 'anyone there?' });

      expect(posted.status).toBe(502);
      expect(posted.body).toEqual({ error: { code: 'BotError', message: 'The bot could not take the message. Please try again.' } });
      expect(botErrors.length).toBeGreaterThanOrEqual(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
