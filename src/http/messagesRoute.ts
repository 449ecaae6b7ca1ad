import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { assertIdentityEncoding, readBodyWithLimit } from './bodyLimits';
import { ApiError, sendApiError, sendInternalError } from './errors';

export interface MessagesRouteOptions {
  adapter: CloudAdapter;
  handleTurn(context: TurnContext): Promise<void>;
  maxActivityBytes: number;
  log?: (line: string) => void;
}

/**
 * `POST /api/messages`: the Bot Framework endpoint for Teams, Direct Line and local tools. The body is read with
 * a hard size cap before botbuilder sees it; botbuilder then authenticates and runs the turn, and answers
 * `expectReplies` requests with the replies in the body.
 */
export function registerMessagesRoute(server: Server, options: MessagesRouteOptions): void {
  const log = options.log ?? ((line: string) => process.stderr.write(line));
  server.post('/api/messages', async (req, res) => {
    try {
      assertIdentityEncoding(req);
      const raw = await readBodyWithLimit(req, options.maxActivityBytes, 'activity');
      let activity: unknown;
      try {
        activity = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new ApiError(400, 'invalid_json', 'The activity is not valid JSON.');
      }
      if (!activity || typeof activity !== 'object' || Array.isArray(activity) || typeof (activity as { type?: unknown }).type !== 'string') {
        throw new ApiError(400, 'invalid_activity', 'The body must be a Bot Framework activity: a JSON object with a "type".');
      }
      (req as unknown as { body: unknown }).body = activity;
      await options.adapter.process(req, res, options.handleTurn);
    } catch (error) {
      if (error instanceof ApiError) sendApiError(req, res, error);
      else sendInternalError(req, res, error, log);
    }
  });
}
