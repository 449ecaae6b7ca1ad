import restify, { type Server } from 'restify';

export interface ServerLimits {
  maxJsonBytes: number;
}

/**
 * The one restify server every route shares. Body parsing is left to each route, so each can set
 * its own size cap and content types (JSON for most, CSV for the evaluator).
 */
export function createServer(): Server {
  const server = restify.createServer({ name: 'cosell-eligibility-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  return server;
}
