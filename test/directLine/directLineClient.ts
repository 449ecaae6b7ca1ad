import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A few lines of Direct Line v3 client for the tests: what Web Chat's DirectLineJS does over HTTP when it polls
 * (`webSocket: false`), spelled out so a test can also do what Web Chat never would (wrong tokens, bad bodies).
 */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<HttpAnswer> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` }),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export interface Session {
  token: string;
  conversationId: string;
  expires_in: number;
  userId: string;
  directLine: { domain: string; webSocket: boolean };
}

export interface StreamedActivity {
  id: string;
  type: string;
  timestamp: string;
  text?: string;
  replyToId?: string;
  from: { id: string; role?: string; name?: string };
  channelData?: Record<string, unknown>;
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
  [key: string]: unknown;
}

/** What the page does: ask the bot server for a session, then open the conversation with Direct Line. */
export async function openConversation(baseUrl: string): Promise<Session> {
  const session = (await call(baseUrl, 'POST', '/api/directline/token')).body as Session;
  const started = await call(baseUrl, 'POST', '/v3/directline/conversations', { token: session.token, body: { user: {} } });
  if (started.status !== 201) throw new Error(`Starting the conversation answered ${started.status}`);
  return session;
}

/** The conversation a test talks to, and the token it presents (not always the right one). */
export interface ConversationAccess {
  conversationId: string;
  token: string;
}

export function activitiesPath(conversationId: string): string {
  return `/v3/directline/conversations/${conversationId}/activities`;
}

export async function getActivities(
  baseUrl: string,
  session: ConversationAccess,
  watermark = '',
): Promise<{ activities: StreamedActivity[]; watermark: string }> {
  const answer = await call(baseUrl, 'GET', `${activitiesPath(session.conversationId)}?watermark=${watermark}`, { token: session.token });
  if (answer.status !== 200) throw new Error(`Polling answered ${answer.status}`);
  return answer.body as { activities: StreamedActivity[]; watermark: string };
}

/** Polls (as Web Chat does, though faster) until the stream holds what the test waits for. */
export async function pollUntil(
  baseUrl: string,
  session: ConversationAccess,
  isComplete: (activities: StreamedActivity[]) => boolean,
  timeoutMs = 5_000,
): Promise<StreamedActivity[]> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { activities } = await getActivities(baseUrl, session);
    if (isComplete(activities)) return activities;
    if (performance.now() > deadline) throw new Error(`The stream never completed: ${JSON.stringify(activities)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function postMessage(baseUrl: string, session: ConversationAccess, activity: Record<string, unknown>): Promise<HttpAnswer> {
  return call(baseUrl, 'POST', activitiesPath(session.conversationId), { token: session.token, body: activity });
}

export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A loopback port nothing listens on: the address of a service that is down. */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
