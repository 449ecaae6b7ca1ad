import type { Request, Response, Server } from 'restify';
import { guarded } from '../guardedRoute';

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
  server.opts(path, guarded(async (_req, res) => {
    allowAnyOrigin(res);
    res.header('Access-Control-Allow-Methods', allowedMethods);
    res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  }));
}

/**
 * Whether a request's `Origin` may use a route: no `Origin` (not a browser, or a same-origin GET), the page's own
 * origin (same host as the request), or one listed in `allowedOrigins` (`*` allows any). Returns the value for
 * `Access-Control-Allow-Origin`, `''` when none is needed, or null when the origin is refused.
 *
 * @example
 * corsOriginFor(req, ['https://partner.example']) // 'https://partner.example' for a request from that page
 */
export function corsOriginFor(req: Request, allowedOrigins: readonly string[]): string | null {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === '') return '';
  if (allowedOrigins.includes('*')) return '*';
  if (allowedOrigins.includes(origin)) return origin;
  try {
    return new URL(origin).host === req.headers.host ? '' : null;
  } catch {
    return null;
  }
}

/**
 * Answers the CORS preflight for a route that only some origins may call.
 *
 * @example
 * registerOriginPreflight(server, '/api/directline/token', ['POST'], ['https://partner.example']);
 */
export function registerOriginPreflight(server: Server, path: string, methods: readonly string[], allowedOrigins: readonly string[]): void {
  const allowedMethods = [...methods, 'OPTIONS'].join(', ');
  server.opts(path, guarded(async (req, res) => {
    const allowed = corsOriginFor(req, allowedOrigins);
    if (allowed) {
      res.header('Access-Control-Allow-Origin', allowed);
      res.header('Vary', 'Origin');
      res.header('Access-Control-Allow-Methods', allowedMethods);
      res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.header('Access-Control-Max-Age', '600');
    }
    res.send(204);
  }));
}
