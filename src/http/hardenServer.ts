import type { Server } from 'restify';
import { guardRequestBodies } from './bodyGuard';
import { limitRequestsPerClient } from './perClientRateLimit';
import { applyServerTimeouts, DEFAULT_SERVER_TIMEOUTS, type ServerTimeouts } from '../security/serverTimeouts';

export interface HardeningSettings {
  MAX_JSON_BYTES: number;
  MAX_CSV_BYTES: number;
  EVALUATE_RATE_LIMIT_PER_MINUTE: number;
  TOKEN_RATE_LIMIT_PER_MINUTE?: number;
  TRUSTED_PROXY_HOPS: number;
}

/**
 * The server-wide defences, in one call before any route is registered: Node's timeouts against slow clients, no
 * compressed bodies and no declared body beyond the largest cap on any route, and the per-client limit on the
 * evaluator API (single and batch). Per-route caps, media types and authentication stay with each route.
 *
 * @example
 * hardenServer(server, config, { largestBodyBytes: 256 * 1024 });
 */
export function hardenServer(
  server: Server,
  settings: HardeningSettings,
  options: { largestBodyBytes?: number; timeouts?: ServerTimeouts; now?: () => number } = {},
): void {
  applyServerTimeouts(server.server, options.timeouts ?? DEFAULT_SERVER_TIMEOUTS);
  guardRequestBodies(server, { maxBodyBytes: Math.max(settings.MAX_JSON_BYTES, settings.MAX_CSV_BYTES, options.largestBodyBytes ?? 0) });
  limitRequestsPerClient(server, {
    // The batch route evaluates many partners per request; it draws on the same allowance.
    routes: [
      { method: 'POST', path: '/api/evaluate' },
      { method: 'POST', path: '/api/evaluate/batch' },
    ],
    requestsPerMinute: settings.EVALUATE_RATE_LIMIT_PER_MINUTE,
    trustedProxyHops: settings.TRUSTED_PROXY_HOPS,
    now: options.now,
  });
  // Each session costs a Direct Line call (and, locally, a slot among the live conversations): one client minted
  // 600 in 0.9 s and evicted every other visitor's conversation.
  limitRequestsPerClient(server, {
    routes: [{ method: 'POST', path: '/api/directline/token' }],
    requestsPerMinute: settings.TOKEN_RATE_LIMIT_PER_MINUTE ?? 30,
    trustedProxyHops: settings.TRUSTED_PROXY_HOPS,
    now: options.now,
  });
}
