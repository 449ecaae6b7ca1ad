import type { Next, Request, Response, Server } from 'restify';
import { sendApiError, ApiError } from './errors';
import { clientAddress, rateLimitKey } from '../security/clientAddress';
import { TokenBucket } from '../security/tokenBucket';

export interface PerClientRateLimitOptions {
  /** The routes to limit, as registered (`server.post('/api/evaluate', ...)`); they share one allowance per client. */
  routes: ReadonlyArray<{ method: string; path: string }>;
  requestsPerMinute: number;
  /** Proxies in front of the server whose `X-Forwarded-For` entry is believed (0: use the socket peer). */
  trustedProxyHops: number;
  /** A monotonic clock in milliseconds, for tests. */
  now?: () => number;
}

/**
 * Limits routes per client address (IPv6 per /64), answering over-limit requests `429` with `Retry-After` in
 * whole seconds and the usual `{ error: { code, message } }` body. It runs as restify `use` middleware, after
 * routing, so only requests that really reached the route count, and the route's own file stays untouched.
 *
 * @example
 * limitRequestsPerClient(server, { routes: [{ method: 'POST', path: '/api/evaluate' }], requestsPerMinute: 120, trustedProxyHops: 0 });
 */
export function limitRequestsPerClient(server: Server, options: PerClientRateLimitOptions): TokenBucket {
  const bucket = new TokenBucket({ limit: options.requestsPerMinute, windowMs: 60_000, now: options.now });
  const limited = new Set(options.routes.map((route) => `${route.method.toUpperCase()} ${route.path}`));
  server.use(function perClientRateLimit(req: Request, res: Response, next: Next) {
    const route = req.getRoute();
    if (!route || !limited.has(`${route.method.toUpperCase()} ${String(route.path)}`)) return next();
    const decision = bucket.take(rateLimitKey(clientAddress(req, options.trustedProxyHops)));
    if (decision.allowed) return next();
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    res.setHeader('Retry-After', String(seconds));
    sendApiError(
      req,
      res,
      new ApiError(429, 'rate_limited', `Too many requests from your address; please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`, {
        retryAfterSeconds: seconds,
      }),
    );
    return next(false);
  });
  return bucket;
}
