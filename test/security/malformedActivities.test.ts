import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvUpload } from '../../src/bot/csvUpload';
import { createTestBot } from '../support/botHarness';

const TURN_ERROR = 'something went wrong on my side';

describe('fields a client sent in the wrong shape', () => {
  it.each([
    ['a mention without its fields', { text: 'help', entities: [{ type: 'mention' }] }],
    ['a mention with a null "mentioned"', { text: 'help', entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: null }] }],
    ['entities that are not a list', { text: 'help', entities: 'mention' }],
    ['a null entity', { text: 'help', entities: [null] }],
    ['a number as text', { text: 42 }],
    ['an object as text', { text: { toString: 'x' } }],
    ['a null attachment', { text: 'help', attachments: [null] }],
    ['an attachment list that is a string', { text: 'help', attachments: 'file.csv' }],
    ['an attachment with a numeric name and content type', { text: 'help', attachments: [{ contentType: 5, name: 7, contentUrl: 'http://127.0.0.1:9/x.csv' }] }],
  ])('%s is treated as absent, not as a failed turn', async (_case, fields) => {
    for (const channelId of ['webchat', 'msteams']) {
      const bot = createTestBot({ channelId });
      const replies = await bot.send({ type: 'message', ...(fields as unknown as Partial<Activity>) });
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.map((reply) => reply.text ?? '').join('\n')).not.toContain(TURN_ERROR);
    }
  });
});

describe('a file host that answers slowly', () => {
  let slowHost: Server;
  let url: string;
  beforeAll(async () => {
    // Sends the headers and one row, then nothing: a body that never ends.
    slowHost = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write('date,customerId,amountUsd,netNew\n');
    });
    await new Promise<void>((resolve) => slowHost.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(slowHost.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    slowHost.closeAllConnections();
    return new Promise<void>((resolve) => slowHost.close(() => resolve()));
  });

  it('gets "could not download" when the body is not in by the deadline', async () => {
    const upload = await readCsvUpload(
      { channelId: 'webchat', serviceUrl: `${url}/`, attachments: [{ contentType: 'text/csv', contentUrl: `${url}/slow.csv`, name: 'slow.csv' }] },
      { maxBytes: 1024 * 1024, localMode: true, localDirectLineOrigin: () => url, downloadTimeoutMs: 300 },
    );
    expect(upload).toEqual({ kind: 'refused', reason: 'download-failed', fileName: 'slow.csv' });
  });
});
