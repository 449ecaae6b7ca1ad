import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recognizerUsage } from '../../src/language/recognizers';
import { call, openConversation, pollUntil, postMessage } from '../directLine/directLineClient';
import { startLocalApp, type LocalApp } from '../support/localApp';
import { MAX_RECOGNIZER_CALLS_PER_TURN } from './fuzz/botMessages';

let app: LocalApp;
beforeAll(async () => {
  app = await startLocalApp();
});
afterAll(() => app.close());

// The messages that froze the process: 498 s for the first, 2-3 s for the second (December review).
const worstMessages = [
  'twenty one thousand '.repeat(250),
  'one hundred and '.repeat(312),
  Array.from({ length: 400 }, (_, index) => `${['twenty', 'thirty', 'forty'][index % 3]} ${['one', 'two', 'three', 'four'][index % 4]} thousand`).join(', ').slice(0, 5_000),
];

describe('a Web Chat visitor sending the slowest messages found', () => {
  it.each(worstMessages.map((text) => [text.slice(0, 30), text] as const))(
    'gets an answer to "%s…" (5,000 characters) within the per-turn recognizer budget, and /health answers',
    async (_start, text) => {
      const session = await openConversation(app.baseUrl);
      const callsBefore = recognizerUsage.calls;
      const [posted, health] = await Promise.all([
        postMessage(app.baseUrl, session, { type: 'message', from: { id: session.userId }, text }),
        call(app.baseUrl, 'GET', '/health'),
      ]);
      expect(posted.status).toBe(200);
      expect(health.status).toBe(200);
      const activities = await pollUntil(app.baseUrl, session, (all) => all.some((activity) => activity.from.role === 'bot'), 30_000);
      expect(activities.some((activity) => activity.from.role === 'bot' && typeof activity.text === 'string')).toBe(true);
      expect(recognizerUsage.calls - callsBefore).toBeLessThanOrEqual(MAX_RECOGNIZER_CALLS_PER_TURN);
    },
    60_000,
  );
});
