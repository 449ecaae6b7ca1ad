import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { ChannelAuthenticationError, classifyAuthenticationFailure } from './channelAuthentication';

/** botbuilder turns these ISO strings into Dates before a turn (its `validateAndFixActivity`); so do we. */
const DATE_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['expiration', 'rawExpiration'],
  ['localTimestamp', 'rawLocalTimestamp'],
] as const;

/**
 * The CloudAdapter with authentication split from the turn. `CloudAdapter.process` answers a bad signature with
 * 500 and puts the error text in the body; here authentication failures surface as `ChannelAuthenticationError`
 * and turn failures as ordinary errors, so the HTTP route decides the status and keeps every body generic.
 * Everything else, replies included, is the CloudAdapter's own.
 */
export class AuthenticatedCloudAdapter extends CloudAdapter {
  /**
   * Authenticates the `Authorization` header against the activity (issuer, audience, signature, expiry, the
   * `serviceurl` claim), then runs the turn. Resolves with the invoke or expect-replies response, if any.
   *
   * @example
   * const response = await adapter.processAuthenticated(req.headers.authorization ?? '', activity, (context) => bot.run(context));
   */
  async processAuthenticated(authHeader: string, body: Record<string, unknown>, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const activity = withDates(body);
    const authentication = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader).catch((error: unknown) => {
      throw new ChannelAuthenticationError(classifyAuthenticationFailure(error), error instanceof Error ? error.message : String(error));
    });
    return this.processActivity(authentication, activity, logic);
  }
}

function withDates(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of DATE_FIELDS) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field]);
    }
  }
  return activity as unknown as Activity;
}
