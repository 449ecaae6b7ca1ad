import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { activityLogFields } from '../logging/activityLogFields';
import { createLogger, type Logger } from '../logging/logger';
import type { AuthenticatedCloudAdapter } from '../security/authenticatedCloudAdapter';
import { bearerTokenProblem } from '../security/bearerTokenShape';
import { ChannelAuthenticationError } from '../security/channelAuthentication';
import { ClientGoneError, assertIdentityEncoding, readBodyWithLimit } from './bodyLimits';
import { assertActivityShape } from './activityShape';
import { ApiError, sendApiError, sendJson } from './errors';
import { guarded } from './guardedRoute';

export interface MessagesRouteOptions {
  adapter: AuthenticatedCloudAdapter;
  handleTurn(context: TurnContext): Promise<void>;
  maxActivityBytes: number;
  logger?: Logger;
}

/** Every refused token gets the same answer: which check failed is for the log, not for whoever holds the token. */
const UNAUTHORIZED = new ApiError(401, 'unauthorized', 'The request is not authorized.');

/** The Bot Connector and every Bot Framework client send JSON; nothing else is parsed. */
function assertJsonContentType(req: IncomingMessage): void {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json' && !(mediaType.startsWith('application/') && mediaType.endsWith('+json'))) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the activity as application/json.');
  }
}

async function readActivity(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  assertIdentityEncoding(req);
  assertJsonContentType(req);
  const raw = await readBodyWithLimit(req, maxBytes, 'activity');
  let activity: unknown;
  try {
    activity = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid_json', 'The activity is not valid JSON.');
  }
  if (!activity || typeof activity !== 'object' || Array.isArray(activity) || typeof (activity as { type?: unknown }).type !== 'string') {
    throw new ApiError(400, 'invalid_activity', 'The body must be a Bot Framework activity: a JSON object with a "type".');
  }
  assertActivityShape(activity as Record<string, unknown>);
  return activity as Record<string, unknown>;
}

/** A 5xx answer that names nothing but a correlation id; the detail goes to the log under the same id. */
function sendServerFault(req: Request, res: Response, status: 500 | 503, error: unknown, logger: Logger, fields: Record<string, unknown>): void {
  const correlationId = randomUUID();
  logger.error({ correlationId, err: error, status, ...fields }, status === 503 ? 'channel authentication unavailable' : 'activity failed');
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  sendJson(req, res, status, {
    error: {
      code: status === 503 ? 'service_unavailable' : 'internal_error',
      message: `Something went wrong on our side; if it happens again, quote ${correlationId}.`,
      correlationId,
    },
  });
}

/**
 * `POST /api/messages`: the Bot Framework endpoint for Teams, Direct Line and local tools. The body must be JSON
 * and is read with a hard size cap; the `Authorization` header is then checked by botbuilder (any failure is 401
 * with a generic body, and no turn runs), and the turn runs, answering `expectReplies` and invoke requests with
 * their response in the body. Every 5xx body is generic; the detail is logged under a correlation id.
 *
 * @example
 * registerMessagesRoute(server, { adapter, handleTurn: (context) => bot.run(context), maxActivityBytes: 256 * 1024, logger });
 */
export function registerMessagesRoute(server: Server, options: MessagesRouteOptions): void {
  const logger = options.logger ?? createLogger({ LOG_LEVEL: 'info' });
  const logFault = (line: string) => logger.error(line.trim());
  server.post('/api/messages', guarded(async (req: Request, res: Response) => {
    const started = performance.now();
    let activity: Record<string, unknown> | undefined;
    // Hashing the ids costs an HMAC each: only a line that is written pays for them.
    const fields = () => activityLogFields(activity);
    try {
      activity = await readActivity(req, options.maxActivityBytes);
      const authorization = req.headers.authorization ?? '';
      // A token that cannot be a channel token is refused before botbuilder would fetch Microsoft's keys for it.
      const tokenProblem = authorization === '' ? null : bearerTokenProblem(authorization);
      if (tokenProblem) throw new ChannelAuthenticationError('unauthorized', tokenProblem);
      const response = await options.adapter.processAuthenticated(authorization, activity, options.handleTurn);
      const status = response?.status ?? 200;
      if (response?.body === undefined) {
        res.statusCode = status;
        res.end();
      } else {
        sendJson(req, res, status, response.body);
      }
      // Answered: from here on nothing may throw into the catch below, which would answer a second time.
      logHandled(logger, fields, status, started);
    } catch (error) {
      if (res.headersSent) throw error;
      if (error instanceof ChannelAuthenticationError && error.kind === 'unauthorized') {
        logger.warn({ ...fields(), reason: error.reason }, 'channel authentication refused');
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendApiError(req, res, UNAUTHORIZED);
      } else if (error instanceof ChannelAuthenticationError) {
        sendServerFault(req, res, 503, error, logger, fields());
      } else if (error instanceof ApiError) {
        sendApiError(req, res, error);
      } else if (error instanceof ClientGoneError) {
        req.socket.destroy();
      } else {
        sendServerFault(req, res, 500, error, logger, fields());
      }
    }
  }, logFault));
}

function logHandled(logger: Logger, fields: () => Record<string, unknown>, status: number, started: number): void {
  try {
    if (logger.isLevelEnabled('info')) logger.info({ ...fields(), status, durationMs: Math.round(performance.now() - started) }, 'activity handled');
  } catch {
    // A log line is never worth a failed request.
  }
}
