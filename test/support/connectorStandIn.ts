import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** How the stand-in answers the n-th post (1-based): a status and body, or a dropped connection. */
export type ConnectorAnswer = (n: number) => { status: number; headers?: Record<string, string>; body?: string } | 'drop';

/** The Bot Connector's usual answer: 200 with the new activity's id. */
export const acceptPost: ConnectorAnswer = (n) => ({ status: 200, body: JSON.stringify({ id: `reply-${n}` }) });

export interface ConnectorStandIn {
  /** The `serviceUrl` to put on incoming activities: replies come here. */
  serviceUrl: string;
  posts: ConnectorPost[];
  /** Replaceable at any time; {@link acceptPost} until then. */
  answer: ConnectorAnswer;
  close(): Promise<void>;
}

/**
 * The Bot Connector as the bot sees it, on loopback: records every POST (path, headers, JSON body) and answers as
 * `answer` says.
 *
 * @example
 * const connector = await startConnectorStandIn();
 * // ... a turn with serviceUrl: connector.serviceUrl ...
 * connector.posts.map((post) => post.body.text)
 */
export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const standIn: ConnectorStandIn = { serviceUrl: '', posts: [], answer: acceptPost, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      standIn.posts.push({
        path: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      const answer = standIn.answer(standIn.posts.length);
      if (answer === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return standIn;
}
