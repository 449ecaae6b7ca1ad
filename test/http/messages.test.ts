import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** Drives the bot over real HTTP the way support tools do: expectReplies puts the replies in the response body. */
describe('POST /api/messages with deliveryMode expectReplies', () => {
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp();
    baseUrl = app.baseUrl;
  });
  afterAll(() => app.close());

  let sequence = 0;
  async function say(text: string | undefined, extra: Record<string, unknown> = {}) {
    sequence += 1;
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `activity-${sequence}`,
        text,
        channelId: 'webchat',
        deliveryMode: 'expectReplies',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: 'partner-1', name: 'Pat' },
        recipient: { id: 'bot', name: 'Bot' },
        conversation: { id: 'http-conversation-1' },
        ...extra,
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Array<{ type: string; text?: string; attachments?: Array<{ contentType: string }> }> };
    return body.activities.filter((activity) => activity.type === 'message');
  }

  it('runs a whole check from greeting to result card', async () => {
    const welcome = await say(undefined, { type: 'conversationUpdate', membersAdded: [{ id: 'partner-1' }] });
    expect(welcome[0]?.text).toContain('Azure IP co-sell top-tier benefits');
    expect((await say('check eligibility'))[0]?.text).toContain('co-sell eligible');
    expect((await say('yes'))[0]?.text).toContain('27 Nov 2025 to 26 Nov 2026');
    expect((await say('3.6 million'))[0]?.text).toContain('net-new');
    expect((await say('10'))[0]?.text).toContain('at least USD 100');
    expect((await say('28 transactions from 7 customers'))[0]?.text).toContain('commitment');
    expect((await say('none'))[0]?.text).toContain('Industry AI');
    const result = await say('no');
    const card = result.find((activity) => activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.attachments)).toContain('USD 400,000 short of USD 4,000,000');
  });

  it('answers a body that is not an activity with 400, never 500', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"oops":' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });
});
