import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { messages } from '../../dialogs/messages';
import { visibleText } from '../cards/adaptiveCardRules';

/** One partner's conversation, addressed to whichever server a turn goes to. */
export interface Partner {
  conversationId: string;
  userId: string;
  /** Where the channel takes activities the bot sends outside the reply: see {@link startChannel}. */
  serviceUrl: string;
}

/** A stand-in for the channel's connector service. */
export interface Channel {
  serviceUrl: string;
  close(): Promise<void>;
}

/**
 * A channel that accepts whatever the bot posts to it. Replies travel in the `expectReplies` response, but a turn
 * slower than 800 ms (a loaded machine, slow storage) makes botbuilder's typing middleware post a typing indicator
 * to `serviceUrl` directly; a channel that cannot be reached would turn that into a failed turn.
 *
 * @example
 * const channel = await startChannel();
 * const partner = { conversationId: 'c-1', userId: 'u-1', serviceUrl: channel.serviceUrl };
 */
export async function startChannel(): Promise<Channel> {
  const channel = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"accepted"}');
    });
  });
  await new Promise<void>((listening) => channel.listen(0, '127.0.0.1', listening));
  return {
    serviceUrl: `http://127.0.0.1:${(channel.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((closed) => {
        channel.closeAllConnections();
        channel.close(() => closed());
      }),
  };
}

interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content?: unknown }>;
}

/** What a reply says: its text, or, for a result sent as the card alone, every line of the card (details included). */
function replyText(activity: ReplyActivity): string {
  const cards = (activity.attachments ?? []).filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
  return [activity.text ?? '', ...cards.map((card) => visibleText(card.content))].filter(Boolean).join('\n');
}

let activitySequence = 0;

/** The bot's message replies to one turn. */
export interface Reply {
  /** Every reply's text, joined by newlines. */
  text: string;
  /** The last reply's text: the question the bot is now waiting on. */
  last: string;
}

/**
 * Sends one message to `baseUrl` with `deliveryMode: 'expectReplies'` and returns the bot's message replies.
 * Asserts the HTTP exchange itself is sound: 200, and no stack trace in the body.
 *
 * @example
 * const reply = await say(server.baseUrl, partner, 'check eligibility');
 */
export function say(baseUrl: string, partner: Partner, text: string): Promise<Reply> {
  return send(baseUrl, partner, { type: 'message', text });
}

/**
 * Sends any activity (`type` and its own fields) the way {@link say} sends a message.
 *
 * @example
 * const reply = await send(server.baseUrl, partner, { type: 'conversationUpdate', membersAdded: [{ id: 'partner-1' }] });
 */
export async function send(baseUrl: string, partner: Partner, activity: { type: string } & Record<string, unknown>): Promise<Reply> {
  activitySequence += 1;
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: `durability-${process.pid}-${activitySequence}`,
      channelId: 'webchat',
      deliveryMode: 'expectReplies',
      serviceUrl: partner.serviceUrl,
      from: { id: partner.userId, name: 'Pat' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: partner.conversationId },
      ...activity,
    }),
  });
  const body = await response.text();
  expect(response.status, body).toBe(200);
  expect(body).not.toMatch(/\bat .+\.(ts|js):\d+/);
  const { activities } = JSON.parse(body) as { activities: ReplyActivity[] };
  const texts = activities.filter((activity) => activity.type === 'message').map(replyText);
  return { text: texts.join('\n'), last: texts.at(-1) ?? '' };
}

/**
 * The guided check for one partner, with a phrase each reply must contain. The phrases never mention dates, so
 * the server's own clock (it runs with the real "today") cannot change the outcome.
 */
export const GUIDED_CHECK: ReadonlyArray<{ answer: string; replyContains: string }> = [
  { answer: 'check eligibility', replyContains: 'co-sell eligible' },
  { answer: 'yes', replyContains: 'marketplace billed sales' },
  { answer: '3.6 million', replyContains: 'net-new customers' },
  { answer: '10', replyContains: 'at least USD 100' },
  { answer: '28 transactions from 7 customers', replyContains: 'consumption commitment' },
  { answer: 'none', replyContains: 'Industry AI' },
  { answer: 'no', replyContains: 'USD 400,000 short of USD 4,000,000' },
];

/** Lines of the result that show every earlier answer survived: each comes from a different step. */
export const RESULT_SHOWS_EVERY_ANSWER = [
  'Marketplace billed sales: USD 3,600,000 of USD 4,000,000',
  'Net-new customers over USD 10,000 each: 10 of 12',
  'Marketplace transactions of at least USD 100: 28 of 30',
  'Unique customers behind those transactions: 7 of 8',
  'Signed cloud consumption commitment: USD 0 of USD 30,000,000',
  'USD 400,000 short of USD 4,000,000',
];

/** The step of the guided check a reply shows, so replies compare without their dates. */
export type Step = 'coSell' | 'billedSales' | 'readBack' | 'netNew' | 'transactions' | 'commitment' | 'designations' | 'result' | 'resend' | 'other';

/**
 * Names the question (or outcome) a reply shows.
 *
 * @example
 * stepOf('How many **net-new customers** ...') // 'netNew'
 */
export function stepOf(reply: string): Step {
  if (reply.includes(messages.saveError)) return 'resend';
  if (reply.includes('short of')) return 'result';
  if (reply.includes('I read that as')) return 'readBack';
  if (reply.includes('Industry AI')) return 'designations';
  if (reply.includes('marketplace billed sales')) return 'billedSales';
  if (reply.includes('net-new customers')) return 'netNew';
  if (reply.includes('at least USD 100')) return 'transactions';
  if (reply.includes('consumption commitment')) return 'commitment';
  if (reply.includes('co-sell eligible')) return 'coSell';
  return 'other';
}
