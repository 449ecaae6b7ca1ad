import type { Server } from 'node:http';

export interface ServerTimeouts {
  /** Time allowed to send the request line and headers; slowloris clients trickle headers forever. */
  headersTimeoutMs: number;
  /** Time allowed for the whole request, body included (a 25 MB CSV on a slow link still fits). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is held open for the next request. */
  keepAliveTimeoutMs: number;
  /** How often Node checks connections against the two timeouts above (its default, 30 s, lets a slow client linger). */
  connectionsCheckingIntervalMs: number;
  /** Most requests served on one connection before it is closed. */
  maxRequestsPerSocket: number;
}

export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 10_000,
  connectionsCheckingIntervalMs: 2_000,
  maxRequestsPerSocket: 1_000,
};

/**
 * Sets Node's own defences against slow clients on the HTTP server restify wraps (`server.server`). Must be called
 * before `listen`: Node starts its connection checker on `listening` with the interval set at that moment.
 *
 * @example
 * applyServerTimeouts(server.server, DEFAULT_SERVER_TIMEOUTS);
 */
export function applyServerTimeouts(server: Server, timeouts: ServerTimeouts = DEFAULT_SERVER_TIMEOUTS): void {
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.maxRequestsPerSocket = timeouts.maxRequestsPerSocket;
  // Not in @types/node's Server type, but read by Node 20 when the server starts listening.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = timeouts.connectionsCheckingIntervalMs;
}
