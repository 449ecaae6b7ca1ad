import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAsChild } from './runAsChild';

/*
 * A local stand-in for the Bot Framework connector, the `serviceUrl` of every benchmarked activity. On the normal
 * delivery path the adapter posts each reply here (`POST /v3/conversations/:id/activities[/:replyTo]`) and waits for
 * `{ id }` before the turn ends, as it would with the real channel. It keeps each conversation's last message text
 * so the bench can check every finished conversation's result afterwards. Plain node:http in its own process: the
 * stand-in must cost the bot under test as little as possible and never share the load generator's event loop.
 */

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;

const lastTextByConversation = new Map<string, string>();
let activitiesReceived = 0;
let replyNumber = 0;

function answer(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const match = req.method === 'POST' ? ACTIVITIES_PATH.exec(req.url ?? '') : null;
  if (!match) {
    answer(res, 404, { error: { code: 'NotFound', message: `${req.method} ${req.url}` } });
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    activitiesReceived += 1;
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type?: string; text?: string };
    if (activity.type === 'message' && typeof activity.text === 'string') {
      lastTextByConversation.set(decodeURIComponent(match[1]!), activity.text);
    }
    replyNumber += 1;
    answer(res, 200, { id: `reply-${replyNumber}` });
  });
}

void runAsChild(
  async () => {
    const server = createServer({ keepAliveTimeout: 30_000 }, handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
  {
    /** The last message each named conversation received, then forgets them (memory stays flat across runs). */
    takeLastTexts: (request) => {
      const texts: Record<string, string | null> = {};
      for (const id of request.conversationIds as string[]) {
        texts[id] = lastTextByConversation.get(id) ?? null;
      }
      const received = activitiesReceived;
      lastTextByConversation.clear();
      activitiesReceived = 0;
      return { texts, activitiesReceived: received };
    },
  },
);
