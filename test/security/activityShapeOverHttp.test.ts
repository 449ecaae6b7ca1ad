import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApp, type LocalApp } from '../support/localApp';
import { memoryLogger } from './support/memoryLogger';

let app: LocalApp;
const log = memoryLogger('info');
beforeAll(async () => {
  app = await startLocalApp({ logger: log.logger });
});
afterAll(() => app.close());

const VALID = {
  type: 'message',
  id: 'm1',
  channelId: 'webchat',
  serviceUrl: 'http://127.0.0.1:1',
  from: { id: 'u-shape' },
  recipient: { id: 'bot' },
  conversation: { id: 'shape-1' },
  text: 'help',
  deliveryMode: 'expectReplies',
  locale: 'en-US',
};

/** A raw request, so a dropped connection shows as `dropped` instead of a thrown fetch error. */
function post(body: unknown): Promise<{ status: number; body: string } | 'dropped'> {
  const text = JSON.stringify(body);
  const url = new URL('/api/messages', app.baseUrl);
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve('dropped'));
    });
    req.on('error', () => resolve('dropped'));
    req.end(text);
  });
}

function without(field: keyof typeof VALID): Record<string, unknown> {
  const { [field]: _removed, ...rest } = VALID;
  return rest;
}

describe('POST /api/messages with an activity in the wrong shape (local mode, no authentication)', () => {
  it.each([
    ['conversation null', { ...VALID, conversation: null }, 'conversation'],
    ['conversation {}', { ...VALID, conversation: {} }, 'conversation.id'],
    ['conversation {"id":5}', { ...VALID, conversation: { id: 5 } }, 'conversation.id'],
    ['conversation {"id":null}', { ...VALID, conversation: { id: null } }, 'conversation.id'],
    ['conversation an array', { ...VALID, conversation: ['x'] }, 'conversation'],
    ['no conversation', without('conversation'), 'conversation.id'],
    ['no from', without('from'), 'from.id'],
    ['from {"id":7}', { ...VALID, from: { id: 7 } }, 'from.id'],
    ['from a string', { ...VALID, from: 'u' }, 'from'],
    ['no channelId', without('channelId'), 'channelId'],
    ['a numeric channelId', { ...VALID, channelId: 5 }, 'channelId'],
    ['no serviceUrl', without('serviceUrl'), 'serviceUrl'],
    ['a numeric serviceUrl', { ...VALID, serviceUrl: 5 }, 'serviceUrl'],
    ['a serviceUrl that is not http', { ...VALID, serviceUrl: 'file:///etc/passwd' }, 'serviceUrl'],
    ['a numeric type', { ...VALID, type: 5 }, undefined],
    ['an empty type', { ...VALID, type: '' }, 'type'],
    ['recipient null', { ...VALID, recipient: null }, 'recipient'],
    ['a numeric recipient id', { ...VALID, recipient: { id: 1 } }, 'recipient.id'],
    ['a numeric tenant id', { ...VALID, conversation: { id: 'c', tenantId: 3 } }, 'conversation.tenantId'],
  ])('%s: 400 naming the field, and the process keeps answering', async (_case, activity, field) => {
    const answer = await post(activity);
    expect(answer).not.toBe('dropped');
    if (answer === 'dropped') return;
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.body) as { error: { code: string; message: string; field?: string } };
    expect(body.error.code).toBe('invalid_activity');
    if (field) {
      expect(body.error.field).toBe(field);
      expect(body.error.message).toContain(`"${field}"`);
    }
    expect((await fetch(`${app.baseUrl}/health`)).status).toBe(200);
  });

  it('the sequence that ended the process (numeric conversation id, then null, 5 ms apart) leaves it answering', async () => {
    const answers = await Promise.all([
      post({ ...VALID, conversation: { id: 5 } }),
      new Promise((resolve) => setTimeout(resolve, 5)).then(() => post({ ...VALID, conversation: null })),
      post({ ...VALID, conversation: { id: 'shape-fine' } }),
    ]);
    expect(answers.map((answer) => (answer === 'dropped' ? answer : answer.status))).toEqual([400, 400, 200]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${app.baseUrl}/health`)).status).toBe(200);
    expect(log.entries.filter((entry) => entry.level >= 50)).toEqual([]);
  });

  it('a well-formed activity still gets its normal answer', async () => {
    const answer = await post(VALID);
    expect(answer).not.toBe('dropped');
    if (answer !== 'dropped') {
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('activities');
    }
  });
});
