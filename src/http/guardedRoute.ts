import type { Request, Response } from 'restify';
import { sendInternalError } from './errors';

export type RouteHandler = (req: Request, res: Response) => Promise<void>;

/**
 * Wraps an async route handler so that it never rejects. restify passes a rejected handler's error to `next(err)`,
 * which then sends its own error response; when our handler had already answered (a log line after the reply
 * threw, say) that second send throws `ERR_HTTP_HEADERS_SENT` outside any handler and ends the process. Here an
 * error before the answer becomes a generic 500 with a correlation id, and one after it is only logged (and the
 * connection closed if the answer was cut short), so a request can never both be answered and fail.
 *
 * @example
 * server.get('/health', guarded(async (_req, res) => { res.json(200, { status: 'ok' }); }));
 */
export function guarded(handler: RouteHandler, log: (line: string) => void = (line) => process.stderr.write(line)): RouteHandler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      try {
        if (res.headersSent && res.writableEnded) log(`[${new Date().toISOString()}] ${req.method ?? ''} ${req.url ?? ''} failed after its answer: ${describe(error)}\n`);
        else sendInternalError(req, res, error, log);
      } catch {
        // Logging itself failed: nothing more can be told, and the request is over either way.
        req.socket.destroy();
      }
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
