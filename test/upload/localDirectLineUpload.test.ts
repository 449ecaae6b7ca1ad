import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation, pollUntil } from '../directLine/directLineClient';
import { startLocalApp, type LocalApp } from '../support/localApp';

const SMALL_CSV = readFileSync(path.resolve(__dirname, '..', 'fixtures', 'transactions-small.csv'));

let app: LocalApp;
beforeAll(async () => {
  app = await startLocalApp();
});
afterAll(() => app.close());

describe('a file uploaded through the built-in Direct Line (local mode, the real app)', () => {
  it("is read by the bot, which presents its own credential, while the file's URL alone gets 403", async () => {
    const session = await openConversation(app.baseUrl);
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message', from: { id: session.userId } })], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', new Blob([SMALL_CSV], { type: 'text/csv' }), 'transactions-small.csv');
    const upload = await fetch(`${app.baseUrl}/v3/directline/conversations/${session.conversationId}/upload?userId=${session.userId}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}` },
      body: form,
    });
    expect(upload.status).toBe(200);
    const activities = await pollUntil(app.baseUrl, session, (all) => all.some((activity) => activity.from.role === 'bot' && /transaction rows? from/i.test(activity.text ?? '')), 15_000);
    const reply = activities.filter((activity) => activity.from.role === 'bot').map((activity) => activity.text ?? '').join('\n');
    expect(reply).toContain('from transactions-small.csv');
    expect(reply).not.toMatch(/could not download/i);

    const contentUrl = (activities.find((activity) => activity.from.role === 'user' && activity.attachments)?.attachments as Array<{ contentUrl: string }>)[0]!.contentUrl;
    expect((await fetch(contentUrl)).status).toBe(403);
    expect((await fetch(contentUrl, { headers: { Authorization: `Bearer ${session.token}` } })).status).toBe(200);
  });
});
