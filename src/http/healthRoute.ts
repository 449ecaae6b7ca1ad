import type { Server } from 'restify';

/** `GET /health`: a liveness answer for load balancers and the README's quick check. */
export function registerHealthRoute(server: Server, version: string): void {
  // restify 11 wants handlers that are async or take `next`; async keeps them uniform.
  server.get('/health', async (_req, res) => {
    res.json(200, { status: 'ok', version });
  });
}
