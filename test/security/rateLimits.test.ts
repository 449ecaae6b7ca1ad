import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../dialogs/messages';
import { t } from '../../src/i18n';
import { createBot } from '../../src/bot/createBot';
import { createServer } from '../../src/http/createServer';
import { ConversationRateLimit } from '../../src/security/conversationRateLimit';
import { limitRequestsPerClient } from '../../src/http/perClientRateLimit';
import { policies, TODAY } from '../fixtures/policies';
import { startLocalApp, type LocalApp } from '../support/localApp';

const VALID_INPUT = JSON.stringify({ marketplaceBilledSalesUsd: 4_100_000, azureIpCoSellEligible: true, hasTransactableOffer: true });

describe('POST /api/evaluate per client address', () => {
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp({ config: { EVALUATE_RATE_LIMIT_PER_MINUTE: '5' } });
    baseUrl = app.baseUrl;
  });
  afterAll(() => app.close());

  const evaluate = (headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/api/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: VALID_INPUT });

  it('answers the first 5 requests in a minute, then 429 with Retry-After and an error message', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await evaluate()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await evaluate();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain(`${retryAfter} second`);
  });

  it('is not fooled by a client writing its own X-Forwarded-For when no proxy is trusted', async () => {
    const spoofed = await Promise.all(['198.51.100.1', '198.51.100.2', '198.51.100.3'].map((address) => evaluate({ 'x-forwarded-for': address })));
    expect(spoofed.map((response) => response.status)).toEqual([429, 429, 429]);
  });

  it('leaves other routes alone', async () => {
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  });
});

describe('limitRequestsPerClient on several routes', () => {
  it('makes the routes share one allowance per client, and leaves unlisted routes alone', async () => {
    const server = createServer();
    limitRequestsPerClient(server, {
      routes: [{ method: 'POST', path: '/api/evaluate' }, { method: 'POST', path: '/api/evaluate/batch' }],
      requestsPerMinute: 3,
      trustedProxyHops: 0,
    });
    for (const path of ['/api/evaluate', '/api/evaluate/batch', '/other']) {
      server.post(path, async (_req, res) => {
        res.json(200, { ok: true });
      });
    }
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const post = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST' })).status;
      const statuses = [await post('/api/evaluate'), await post('/api/evaluate/batch'), await post('/api/evaluate'), await post('/api/evaluate/batch'), await post('/other')];
      expect(statuses).toEqual([200, 200, 200, 429, 200]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the per-conversation and per-user message limit in the bot', () => {
  function limitedBot(options: { conversationId?: string } = {}) {
    let now = 0;
    const refused: string[] = [];
    const { bot } = createBot({ storage: new MemoryStorage(), policies, today: () => TODAY });
    const adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: 'msteams',
      conversation: { id: options.conversationId ?? 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'user-1', name: 'Pat' },
      recipient: { id: 'bot', name: 'Bot' },
    } as Partial<Activity>);
    adapter.use(new ConversationRateLimit({ messages: 20, windowMs: 10_000, slowDownReply: messages.slowDown, now: () => now, onRefused: (context) => refused.push(context.activity.text ?? '') }));
    async function say(text: string, extra: Partial<Activity> = {}) {
      adapter.activeQueue.splice(0);
      await adapter.processActivity({ type: 'message', text, ...extra });
      return adapter.activeQueue.splice(0).filter((reply) => reply.type === 'message');
    }
    return { say, refused, advance: (ms: number) => (now += ms) };
  }

  it('lets 20 messages in 10 seconds through, answers the 21st with slowDown, and drops the rest of the window silently', async () => {
    const bot = limitedBot();
    for (let i = 0; i < 20; i += 1) expect((await bot.say('help')).length).toBeGreaterThan(0);
    expect((await bot.say('help')).map((reply) => reply.text)).toEqual([messages.slowDown]);
    expect(await bot.say('help')).toEqual([]);
    expect(bot.refused).toHaveLength(2);
  });

  it('lets messages through again once the window has refilled', async () => {
    const bot = limitedBot();
    for (let i = 0; i < 21; i += 1) await bot.say('help');
    bot.advance(10_000);
    const replies = await bot.say('help');
    expect(replies.map((reply) => reply.text)).not.toContain(messages.slowDown);
    expect(replies.length).toBeGreaterThan(0);
  });

  it('limits one user across many conversations', async () => {
    const bot = limitedBot();
    for (let i = 0; i < 20; i += 1) await bot.say('help', { conversation: { id: `conversation-${i}` } as Activity['conversation'] });
    expect((await bot.say('help', { conversation: { id: 'conversation-new' } as Activity['conversation'] })).map((reply) => reply.text)).toEqual([messages.slowDown]);
  });

  it('limits one conversation across many users', async () => {
    const bot = limitedBot();
    for (let i = 0; i < 20; i += 1) await bot.say('help', { from: { id: `user-${i}`, name: 'Someone' } });
    expect((await bot.say('help', { from: { id: 'user-new', name: 'New' } })).map((reply) => reply.text)).toEqual([messages.slowDown]);
  });
});

describe('the message limit over HTTP', () => {
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp({ config: { BOT_RATE_LIMIT_MESSAGES: '5', BOT_RATE_LIMIT_WINDOW_SECONDS: '60' } });
    baseUrl = app.baseUrl;
  });
  afterAll(() => app.close());

  it('answers the message after the configured limit with slowDown', async () => {
    const texts: string[][] = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: `m${i}`, text: 'help', channelId: 'webchat', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/',
          from: { id: 'user-1' }, recipient: { id: 'bot' }, conversation: { id: 'limited-conversation' },
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { activities: Array<{ type: string; text?: string }> };
      texts.push(body.activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? ''));
    }
    expect(texts.slice(0, 5).every((replies) => replies.length > 0 && !replies.includes(messages.slowDown))).toBe(true);
    expect(texts[5]).toEqual([messages.slowDown]);
    expect(texts[6]).toEqual([]);
  });

  it("says slow down in the client's language (a Japanese client sending too fast)", async () => {
    let last: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: `j${i}`, text: 'はい', locale: 'ja-JP', channelId: 'webchat', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/',
          from: { id: 'user-ja' }, recipient: { id: 'bot' }, conversation: { id: 'limited-japanese' },
        }),
      });
      last = ((await response.json()) as { activities: Array<{ type: string; text?: string }> }).activities.map((activity) => activity.text ?? '');
    }
    expect(last).toEqual([t('chat.slowDown', undefined, 'ja')]);
    expect(last[0]).not.toBe(messages.slowDown);
  });
});
