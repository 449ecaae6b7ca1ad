import type { Response, Server } from 'restify';

/**
 * Partners embed the chat on their own sites, so the token route and the local Direct Line endpoint answer any
 * origin. That is safe because nothing rides on cookies: every call carries its token in `Authorization`, which a
 * foreign page can only have obtained the same way any visitor does.
 */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'x-ms-bot-agent', 'X-Requested-With'].join(', ');

/** Adds the CORS answer headers to a response. */
export function allowAnyOrigin(res: Response): void {
  res.header('Access-Control-Allow-Origin', '*');
  res.header('Access-Control-Expose-Headers', 'Content-Type');
}

/**
 * Answers the browser's CORS preflight (`OPTIONS`) for one route path.
 *
 * @example
 * registerPreflight(server, '/api/directline/token', ['POST']);
 */
export function registerPreflight(server: Server, path: string, methods: readonly string[]): void {
  const allowedMethods = [...methods, 'OPTIONS'].join(', ');
  server.opts(path, async (_req, res) => {
    allowAnyOrigin(res);
    res.header('Access-Control-Allow-Methods', allowedMethods);
    res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  });
}
