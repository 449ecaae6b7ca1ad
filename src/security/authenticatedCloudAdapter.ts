import { ActivityTypes, Channels, CloudAdapter, type Activity, type InvokeResponse, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication, ConnectorClient } from 'botframework-connector';
import { ConnectorReplyPoster } from '../bot/connectorReplyPoster';
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
 *
 * Replies on the normal delivery path take a lean route to the Bot Connector ({@link ConnectorReplyPoster}).
 */
export class AuthenticatedCloudAdapter extends CloudAdapter {
  /** Absent when replies must take the SDK's pipeline (an outbound proxy is configured: only the SDK honours it). */
  private readonly replyPoster: ConnectorReplyPoster | undefined;

  constructor(botFrameworkAuthentication?: BotFrameworkAuthentication, options: { postRepliesDirectly?: boolean } = {}) {
    super(botFrameworkAuthentication);
    this.replyPoster = options.postRepliesDirectly === false ? undefined : new ConnectorReplyPoster();
  }

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

  /**
   * Posts each activity the way `CloudAdapterBase.sendActivities` would, through the same connector client's
   * service URL and credentials, but without the @azure/core-client pipeline. The fast path handles the common
   * success; anything else (a non-2xx answer, a network error, a client without a service URL) sends that one
   * activity through the SDK, which keeps every failure behaviour: its retries, its errors, `onTurnError`. What
   * the base does not post (delay, invokeResponse, trace outside the Emulator) goes to it unchanged. Order is kept
   * and there is one response per activity. `expectReplies` turns never get here: `TurnContext` buffers them.
   *
   * A fallback costs one extra request: a throttled connector sees the SDK's first try without the Retry-After
   * wait, and a connection that drops after the connector accepted the activity gets it posted twice, the same
   * risk the SDK's own retry policy takes on a reset.
   *
   * @example
   * const [response] = await adapter.sendActivities(context, [{ type: 'message', text: 'Hello' }]);
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    // The base's argument checks and errors stay its own.
    if (!context || !activities?.length || !this.replyPoster) return super.sendActivities(context, activities);
    const client = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      // The base drops the id before posting: the connector assigns it.
      delete activity.id;
      const posted = client && isPostedToConnector(activity) ? await this.replyPoster.post(client, activity) : undefined;
      responses.push(posted ?? (await super.sendActivities(context, [activity]))[0]!);
    }
    return responses;
  }
}

/** What `CloudAdapterBase.sendActivities` posts: everything but delays, invoke responses and non-Emulator traces. */
function isPostedToConnector(activity: Partial<Activity>): boolean {
  if (activity.type === 'delay' || activity.type === ActivityTypes.InvokeResponse) return false;
  return activity.type !== ActivityTypes.Trace || activity.channelId === Channels.Emulator;
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
