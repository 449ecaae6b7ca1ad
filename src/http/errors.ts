import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A request the API refuses, with the status, a stable machine-readable code and one sentence a person can act on.
 * Thrown by the request-reading helpers and turned into `{ error: { code, message, ...details } }` by the route.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

/**
 * Writes a JSON answer. When the request body was not read to its end (refused by size, type or a bad query),
 * the connection is closed after the answer: reading the rest would defeat the size cap, and leaving it unread
 * would leave the next request on that connection starting mid-body.
 *
 * @example
 * sendJson(req, res, 200, evaluation)
 */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  const unread = !req.complete;
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  if (unread) {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.socket.destroy());
  }
  res.end(text);
}

/** @example sendApiError(req, res, new ApiError(415, 'unsupported_media_type', 'Send JSON or CSV.')) */
export function sendApiError(req: IncomingMessage, res: ServerResponse, error: ApiError): void {
  if (typeof error.details.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(error.details.retryAfterSeconds));
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...error.details } };
  sendJson(req, res, error.status, body);
}

/**
 * Answers an unexpected failure with a generic message and a correlation id, and logs the detail under that id:
 * the caller learns nothing about the internals, and support can still find the stack trace.
 *
 * @example
 * sendInternalError(req, res, error, (line) => process.stderr.write(line))
 */
export function sendInternalError(req: IncomingMessage, res: ServerResponse, error: unknown, log: (line: string) => void): void {
  const correlationId = randomUUID();
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`[${new Date().toISOString()}] ${req.method ?? ''} ${req.url ?? ''} failed, correlation id ${correlationId}: ${detail}\n`);
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  sendJson(req, res, 500, {
    error: {
      code: 'internal_error',
      message: `Something went wrong on our side. Nothing you sent was kept; if it happens again, quote ${correlationId}.`,
      correlationId,
    },
  });
}
