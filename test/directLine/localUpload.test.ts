import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, TurnContext } from 'botbuilder';
import { EchoBot, startChatServer, type ChatServer } from '../support/echoBot';
import {
  activitiesPath,
  call,
  getActivities,
  openConversation,
  pollUntil,
  type ConversationAccess,
  type Session,
  type StreamedActivity,
} from './directLineClient';

const MIB = 1024 * 1024;
const SMALL_CSV = readFileSync(path.resolve(__dirname, '..', 'fixtures', 'transactions-small.csv'));
const BAD_ROWS_CSV = readFileSync(path.resolve(__dirname, '..', 'fixtures', 'transactions-bad-rows.csv'));
const TOO_LARGE = {
  error: { code: 'PayloadTooLarge', message: 'The upload is too large: send at most 3 files, up to 5 MB each and 6 MB in all.' },
};

interface FilePart {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** What DirectLineJS's postMessageWithAttachments sends: the activity as a Blob part, then one part per file. */
function uploadForm(activity: Record<string, unknown> | undefined, files: FilePart[]): FormData {
  const form = new FormData();
  if (activity !== undefined) {
    form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  }
  for (const file of files) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  return form;
}

/** The message Web Chat builds for attached files (its contentUrls stay in the browser and are left out). */
function messageWith(session: Session, files: FilePart[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    from: { id: session.userId },
    attachments: files.map((file) => ({ contentType: file.type, name: file.name })),
    channelData: { attachmentSizes: files.map((file) => file.bytes.length), clientActivityID: 'client-upload-1' },
    ...extra,
  };
}

async function upload(baseUrl: string, access: ConversationAccess, body: FormData | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/v3/directline/conversations/${access.conversationId}/upload?userId=dl_whoever`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${access.token}`, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown };
}

/** Fetches an uploaded file with a conversation's token or the bot's reply secret (or nothing). */
async function download(url: string, token: string | undefined) {
  const response = await fetch(url, { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

function csv(name: string, bytes: Uint8Array = SMALL_CSV): FilePart {
  return { name, type: 'text/csv', bytes };
}

function filled(bytes: number): Uint8Array {
  return new Uint8Array(bytes).fill(0x61);
}

/** The echo bot, plus a record of every activity the channel delivered to it. */
class RecordingEchoBot extends EchoBot {
  readonly received: Partial<Activity>[] = [];
  override async run(context: TurnContext): Promise<void> {
    this.received.push(context.activity);
    await super.run(context);
  }
}

describe('uploading files through the local Direct Line endpoint', () => {
  let chat: ChatServer;
  let bot: RecordingEchoBot;

  beforeAll(async () => {
    bot = new RecordingEchoBot();
    chat = await startChatServer({ bot });
  });
  afterAll(() => chat.close());

  it('hands the bot a CSV as an attachment on its own serviceUrl origin, whose URL serves the exact bytes', async () => {
    const session = await openConversation(chat.baseUrl);
    const file = csv('transactions-small.csv');

    const answer = await upload(chat.baseUrl, session, uploadForm(messageWith(session, [file], { text: 'my transactions' }), [file]));
    const id = (answer.body as { id: string }).id;
    const stream = await pollUntil(chat.baseUrl, session, (activities) => activities.some((activity) => activity.replyToId === id));
    const delivered = bot.received.find((activity) => activity.id === id);
    const contentUrl = delivered?.attachments?.[0]?.contentUrl ?? '';
    const served = await download(contentUrl, session.token);

    expect(answer.status).toBe(200);
    expect(stream.find((activity) => activity.id === id)).toMatchObject({
      type: 'message',
      text: 'my transactions',
      from: { id: session.userId, role: 'user' },
      attachments: [{ contentType: 'text/csv', contentUrl, name: 'transactions-small.csv' }],
      channelData: { attachmentSizes: [SMALL_CSV.length], clientActivityID: 'client-upload-1' },
    });
    expect(delivered).toMatchObject({ channelId: 'webchat', serviceUrl: chat.baseUrl, conversation: { id: session.conversationId } });
    expect(delivered?.attachments).toEqual([{ contentType: 'text/csv', contentUrl, name: 'transactions-small.csv' }]);
    expect(new URL(contentUrl).origin).toBe(new URL(delivered?.serviceUrl ?? '').origin);
    expect(contentUrl).toMatch(new RegExp(`/v3/directline/conversations/${session.conversationId}/attachments/[\\w-]{24}$`));
    expect(served.status).toBe(200);
    expect(served.bytes.equals(SMALL_CSV)).toBe(true);
    expect(served.headers.get('content-type')).toBe('text/csv');
    expect(served.headers.get('content-disposition')).toBe(
      `attachment; filename="transactions-small.csv"; filename*=UTF-8''transactions-small.csv`,
    );
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('takes three files in one upload as three attachments, in order, under the names sent', async () => {
    const session = await openConversation(chat.baseUrl);
    const files = [csv('transactions-small.csv'), csv('transactions-bad-rows.csv', BAD_ROWS_CSV), csv('Überblick 2026 (Q1).csv')];

    const answer = await upload(chat.baseUrl, session, uploadForm(messageWith(session, files), files));
    const { activities } = await getActivities(chat.baseUrl, session);
    const attachments = activities.find((activity) => activity.id === (answer.body as { id: string }).id)?.attachments as {
      name: string;
      contentUrl: string;
    }[];
    const served = await Promise.all(attachments.map((attachment) => download(attachment.contentUrl, session.token)));

    expect(answer.status).toBe(200);
    expect(attachments.map((attachment) => attachment.name)).toEqual(files.map((file) => file.name));
    expect(new Set(attachments.map((attachment) => attachment.contentUrl)).size).toBe(3);
    expect(served.map((answer) => answer.bytes.equals(Buffer.from(files[served.indexOf(answer)]?.bytes ?? [])))).toEqual([true, true, true]);
    expect(served[2]?.headers.get('content-disposition')).toBe(
      `attachment; filename="_berblick 2026 (Q1).csv"; filename*=UTF-8''%C3%9Cberblick%202026%20%28Q1%29.csv`,
    );
  });

  it('makes a message of the files alone when the form has no activity part', async () => {
    const session = await openConversation(chat.baseUrl);

    const answer = await upload(chat.baseUrl, session, uploadForm(undefined, [csv('transactions-small.csv')]));
    const { activities } = await getActivities(chat.baseUrl, session);

    expect(answer.status).toBe(200);
    expect(activities.find((activity) => activity.id === (answer.body as { id: string }).id)).toMatchObject({
      type: 'message',
      attachments: [{ name: 'transactions-small.csv', contentType: 'text/csv' }],
    });
  });

  it.each([
    ['a file one byte over 5 MB', [{ name: 'big.csv', type: 'text/csv', bytes: filled(5 * MIB + 1) }]],
    ['a file whose declared length alone is over the caps', [{ name: 'huge.csv', type: 'text/csv', bytes: filled(7 * MIB) }]],
    ['two files of 3.5 MB, over 6 MB together', [csv('a.csv', filled(3.5 * MIB)), csv('b.csv', filled(3.5 * MIB))]],
    ['four files', [csv('1.csv'), csv('2.csv'), csv('3.csv'), csv('4.csv')]],
  ])('refuses %s with 413 and a generic message, and passes nothing on', async (_case, files) => {
    const session = await openConversation(chat.baseUrl);
    await pollUntil(chat.baseUrl, session, (activities) => activities.length === 1);

    const answer = await upload(chat.baseUrl, session, uploadForm(messageWith(session, files), files));
    const { activities } = await getActivities(chat.baseUrl, session);

    expect(answer).toEqual({ status: 413, body: TOO_LARGE });
    expect(activities).toHaveLength(1);
    expect(bot.received.filter((activity) => activity.conversation?.id === session.conversationId && activity.type === 'message')).toEqual([]);
  });

  it("refuses a made-up token and another conversation's token with 403, and stores nothing", async () => {
    const mine = await openConversation(chat.baseUrl);
    const theirs = await openConversation(chat.baseUrl);
    const file = csv('transactions-small.csv');
    const forged = { conversationId: mine.conversationId, token: `${mine.token.slice(0, -4)}AAAA` };
    const borrowed = { conversationId: mine.conversationId, token: theirs.token };

    const answers = await Promise.all(
      [forged, borrowed].map((access) => upload(chat.baseUrl, access, uploadForm(messageWith(mine, [file]), [file]))),
    );
    const { activities } = await getActivities(chat.baseUrl, mine);

    expect(answers).toEqual([
      { status: 403, body: { error: { code: 'Forbidden', message: 'The token is missing, wrong or expired.' } } },
      { status: 403, body: { error: { code: 'Forbidden', message: 'The token is missing, wrong or expired.' } } },
    ]);
    expect(activities.filter((activity: StreamedActivity) => activity.from.role === 'user')).toEqual([]);
  });

  /** Uploads the small CSV into a conversation and returns the URL the stream shows for it. */
  async function uploadedFileUrl(session: Session): Promise<string> {
    const file = csv('transactions-small.csv');
    const answer = await upload(chat.baseUrl, session, uploadForm(messageWith(session, [file]), [file]));
    const { activities } = await getActivities(chat.baseUrl, session);
    const attachments = activities.find((activity) => activity.id === (answer.body as { id: string }).id)?.attachments as { contentUrl: string }[];
    return attachments[0]?.contentUrl ?? '';
  }

  it("serves a file only under its own conversation's URL, and nothing for a made-up id", async () => {
    const mine = await openConversation(chat.baseUrl);
    const theirs = await openConversation(chat.baseUrl);
    const contentUrl = await uploadedFileUrl(mine);

    const own = await download(contentUrl, mine.token);
    const underTheirs = await download(contentUrl.replace(mine.conversationId, theirs.conversationId), chat.botReplySecret);
    const madeUp = await download(contentUrl.replace(/[\w-]{24}$/, 'A'.repeat(24)), mine.token);

    expect(own.status).toBe(200);
    expect(underTheirs.status).toBe(404);
    expect(underTheirs.bytes.toString('utf8')).not.toContain('customerId');
    expect(madeUp.status).toBe(404);
  });

  it("serves a file only to its conversation's token or the bot's secret: no token, another conversation's token or a guess get 403", async () => {
    const mine = await openConversation(chat.baseUrl);
    const theirs = await openConversation(chat.baseUrl);
    const contentUrl = await uploadedFileUrl(mine);

    const refused = await Promise.all([undefined, theirs.token, 'x'.repeat(43)].map((token) => download(contentUrl, token)));
    const allowed = await Promise.all([mine.token, chat.botReplySecret].map((token) => download(contentUrl, token)));

    expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403]);
    for (const answer of refused) expect(answer.bytes.toString('utf8')).not.toContain('customerId');
    expect(allowed.map((answer) => answer.status)).toEqual([200, 200]);
    expect(allowed.map((answer) => answer.bytes.equals(SMALL_CSV))).toEqual([true, true]);
  });

  it('refuses a form without files, with a non-message or a second activity (400), and a body that is not multipart (415)', async () => {
    const session = await openConversation(chat.baseUrl);
    const file = csv('transactions-small.csv');
    const twoActivities = uploadForm(messageWith(session, [file]), [file]);
    twoActivities.append('activity', new Blob([JSON.stringify({ type: 'message', text: 'me too' })], { type: 'application/vnd.microsoft.activity' }));

    const answers = await Promise.all([
      upload(chat.baseUrl, session, uploadForm(messageWith(session, []), [])),
      upload(chat.baseUrl, session, uploadForm({ type: 'event', name: 'x' }, [file])),
      upload(chat.baseUrl, session, twoActivities),
      upload(chat.baseUrl, session, '{"type":"message"}', { 'Content-Type': 'application/json' }),
      upload(chat.baseUrl, session, 'not a form', { 'Content-Type': 'multipart/form-data; boundary=x' }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 415, 400]);
  });

  it('answers the CORS preflight for the upload route, so partner sites can send files', async () => {
    const session = await openConversation(chat.baseUrl);
    const preflight = await call(chat.baseUrl, 'OPTIONS', `/v3/directline/conversations/${session.conversationId}/upload`, {
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,x-ms-bot-agent',
      },
    });

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*x-ms-bot-agent/);
  });
});

describe('uploaded files in memory', () => {
  let chat: ChatServer;
  beforeAll(async () => {
    chat = await startChatServer({
      localDirectLine: {
        limits: { maxConversations: 2, maxAttachmentBytesPerConversation: 2 * SMALL_CSV.length, maxAttachmentBytesInAll: 3 * SMALL_CSV.length },
      },
    });
  });
  afterAll(() => chat.close());

  /** A conversation whose welcome has landed, so only the uploads decide which is least recently active. */
  async function openQuietly(): Promise<Session> {
    const session = await openConversation(chat.baseUrl);
    await pollUntil(chat.baseUrl, session, (activities) => activities.length === 1);
    return session;
  }

  async function uploadOne(session: Session, name: string): Promise<string> {
    const file = csv(name);
    const answer = await upload(chat.baseUrl, session, uploadForm(messageWith(session, [file]), [file]));
    const { activities } = await getActivities(chat.baseUrl, session);
    const attachments = activities.find((activity) => activity.id === (answer.body as { id: string }).id)?.attachments as { contentUrl: string }[];
    return attachments[0]?.contentUrl ?? '';
  }

  async function statuses(urls: string[]): Promise<number[]> {
    return Promise.all(urls.map(async (url) => (await download(url, chat.botReplySecret)).status));
  }

  it("drops a conversation's oldest file once its files pass the per-conversation cap", async () => {
    const session = await openQuietly();
    const urls = [await uploadOne(session, 'one.csv'), await uploadOne(session, 'two.csv'), await uploadOne(session, 'three.csv')];

    expect(await statuses(urls)).toEqual([404, 200, 200]);
  });

  it("drops the least recently active conversation's oldest file first once all files pass the overall cap", async () => {
    const quiet = await openQuietly();
    const busy = await openQuietly();
    const quietUrls = [await uploadOne(quiet, 'q1.csv'), await uploadOne(quiet, 'q2.csv')];
    const busyUrls = [await uploadOne(busy, 'b1.csv'), await uploadOne(busy, 'b2.csv')];

    expect(await statuses([...quietUrls, ...busyUrls])).toEqual([404, 200, 200, 200]);
  });

  it('drops the files of a conversation evicted for a newer one', async () => {
    const first = await openQuietly();
    const url = await uploadOne(first, 'first.csv');
    await openQuietly();
    await openQuietly();

    expect(await statuses([url])).toEqual([404]);
    expect((await call(chat.baseUrl, 'GET', activitiesPath(first.conversationId), { token: first.token })).status).toBe(404);
  });
});
