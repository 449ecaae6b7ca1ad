import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../dialogs/messages';
import { memoryLogger, type MemoryLog } from './support/memoryLogger';
import { startLocalApp } from '../support/localApp';

const SECRET_DETAIL = 'disk /var/lib/bot/state.sqlite is corrupt at page 7';
const PRIVATE_TEXT = 'Our billed sales are 3.6M, ask pat.jones@contoso.example';

/** A message that makes the bot evaluate at once, so it needs today's date. */
const ONE_SHOT = '$4.1M MBS, 12 net-new customers over $10k, 30 transactions from 8 customers, no commitment';

/** A clock that fails the way an internal fault would: with a message that must never reach the user. */
const brokenClock = (): Date => {
  throw new Error(SECRET_DETAIL);
};

describe('5xx answers and logs', () => {
  const running: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of running.splice(0)) await close();
  });

  async function start(log: MemoryLog, now: () => Date = () => new Date('2026-11-26T12:00:00Z')) {
    const app = await startLocalApp({ config: { LOG_LEVEL: 'info' }, now, logger: log.logger });
    const baseUrl = app.baseUrl;
    running.push(() => app.close());
    const say = (text: string) =>
      fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: 'a1', text, channelId: 'msteams', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/',
          from: { id: '29:pat-jones', name: 'Pat Jones' }, recipient: { id: '28:bot' }, conversation: { id: 'a:private-conversation', tenantId: 'tenant-x' },
        }),
      });
    return { app, say };
  }

  it('a failed turn tells the user plainly and logs the detail under a correlation id', async () => {
    const log = memoryLogger('info');
    const { say } = await start(log, brokenClock);
    const response = await say(ONE_SHOT);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Array<{ text?: string }> };
    expect(body.activities.map((activity) => activity.text)).toContain(messages.turnError);
    expect(JSON.stringify(body)).not.toContain(SECRET_DETAIL);
    const failure = log.entries.find((entry) => entry.msg === 'turn failed');
    expect(failure?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(failure)).toContain(SECRET_DETAIL);
  });

  it('an error that escapes the turn is a 500 with a generic body; the detail is only in the log, under the same id', async () => {
    const log = memoryLogger('info');
    const { app, say } = await start(log, brokenClock);
    app.adapter.onTurnError = async (_context, error) => {
      throw error;
    };
    const response = await say(ONE_SHOT);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain(SECRET_DETAIL);
    expect(text).not.toMatch(/Error|at .*\.ts|stack/);
    const body = JSON.parse(text) as { error: { code: string; message: string; correlationId: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).toContain(body.error.correlationId);
    const logged = log.entries.find((entry) => entry.correlationId === body.error.correlationId && entry.msg === 'activity failed');
    expect(JSON.stringify(logged)).toContain(SECRET_DETAIL);
  });

  it('at info level logs the activity type, channel and hashed ids, never the message text, names or raw ids', async () => {
    const log = memoryLogger('info');
    const { say } = await start(log);
    expect((await say(PRIVATE_TEXT)).status).toBe(200);
    const handled = log.entries.find((entry) => entry.msg === 'activity handled');
    expect(handled).toMatchObject({ activityType: 'message', channelId: 'msteams', status: 200, textLength: PRIVATE_TEXT.length });
    expect(handled?.conversation).toMatch(/^c_[0-9a-f]{12}$/);
    expect(handled?.user).toMatch(/^u_[0-9a-f]{12}$/);
    expect(handled?.tenant).toMatch(/^t_[0-9a-f]{12}$/);
    const everything = log.lines.join('\n');
    for (const secret of ['3.6M', 'contoso', 'Pat Jones', 'pat-jones', 'private-conversation', 'tenant-x']) expect(everything).not.toContain(secret);
  });

  it('writes nothing below the configured level', async () => {
    const log = memoryLogger('warn');
    const { say } = await start(log);
    await say('help');
    expect(log.entries.filter((entry) => entry.level < 40)).toEqual([]);
  });
});
