import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_FILE_DOWNLOAD_INFO } from '../../src/bot/csvUpload';
import { openConversation, pollUntil, postMessage, type StreamedActivity } from '../directLine/directLineClient';
import { startLocalApp, type LocalApp } from '../support/localApp';

const SECRET = 'date,customerId,amountUsd,netNew\nINTERNAL-SECRET-d41d8cd98f00b204e9800998ecf8427e,c1,1,yes\n';

/** An internal service on loopback the bot must never read for a visitor: it counts every request it gets. */
let internal: Server;
let internalUrl: string;
const fetched: string[] = [];
let app: LocalApp;

beforeAll(async () => {
  internal = createServer((req, res) => {
    if (req.method === 'GET') fetched.push(req.url ?? '');
    res.setHeader('content-type', 'text/csv');
    res.end(req.method === 'GET' ? SECRET : '{}');
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
  app = await startLocalApp();
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => internal.close(() => resolve()));
});

const botTexts = (activities: StreamedActivity[]) => activities.filter((activity) => activity.from.role === 'bot').map((activity) => activity.text ?? '');

describe('a Web Chat visitor pointing the bot at an internal URL', () => {
  it.each([
    ['the Teams download-info form', { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'x.csv', content: () => ({ downloadUrl: `${internalUrl}/secret.csv`, fileType: 'csv' }) }],
    ['a plain CSV attachment', { contentType: 'text/csv', name: 'x.csv', contentUrl: () => `${internalUrl}/secret.csv` }],
  ])('with %s gets a refusal, and the internal service is never asked', async (_shape, shape) => {
    const session = await openConversation(app.baseUrl);
    const attachment = {
      contentType: shape.contentType,
      name: shape.name,
      ...('content' in shape ? { content: shape.content() } : {}),
      ...('contentUrl' in shape ? { contentUrl: shape.contentUrl() } : {}),
    };
    expect((await postMessage(app.baseUrl, session, { type: 'message', from: { id: session.userId }, attachments: [attachment] })).status).toBe(200);
    const activities = await pollUntil(app.baseUrl, session, (all) => botTexts(all).length > 0, 15_000);
    expect(botTexts(activities).join('\n')).toContain('only open files shared directly in this chat');
    expect(botTexts(activities).join('\n')).not.toContain('INTERNAL-SECRET');
    expect(fetched).toEqual([]);
  });

  it('posting straight to /api/messages as "msteams" with its own serviceUrl fetches nothing either', async () => {
    const response = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'a1',
        channelId: 'msteams',
        serviceUrl: `${internalUrl}/`,
        from: { id: 'attacker' },
        recipient: { id: 'bot' },
        conversation: { id: 'c-attack' },
        attachments: [
          { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'x.csv', content: { downloadUrl: `${internalUrl}/teams.csv`, fileType: 'csv' } },
          { contentType: 'text/csv', name: 'y.csv', contentUrl: `${internalUrl}/plain.csv` },
        ],
      }),
    });
    expect(response.status).toBeLessThan(500);
    expect(fetched).toEqual([]);
  });
});
