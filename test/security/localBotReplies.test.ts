import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
