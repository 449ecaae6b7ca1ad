import type { Server } from 'restify';
import { guarded } from './guardedRoute';

export interface HealthOptions {
  /** Whether the conversation store takes writes; without it, health says only that the process answers. */
  storageReady?: () => Promise<boolean>;
}

/**
 * `GET /health`: 200 `{ status: 'ok', version }` when the process answers and its store takes writes; 503
 * `{ status: 'unavailable', version, storage: 'not ready' }` when writes fail, so a load balancer stops sending
 * turns that could not be saved.
 *
 * @example
 * registerHealthRoute(server, '1.0.0', { storageReady: storageProbe(storage) });
 */
export function registerHealthRoute(server: Server, version: string, options: HealthOptions = {}): void {
  // restify 11 wants handlers that are async or take `next`; async keeps them uniform.
  server.get('/health', guarded(async (_req, res) => {
    if (options.storageReady && !(await options.storageReady())) {
      res.json(503, { status: 'unavailable', version, storage: 'not ready' });
      return;
    }
    res.json(200, { status: 'ok', version });
  }));
}
