import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { TokenBucket } from './tokenBucket';

export interface ConversationRateLimitOptions {
  /** Messages allowed per window, per conversation and, separately, per user. */
  messages: number;
  windowMs: number;
  /**
   * The one answer to the first refused message in a window (the wiring passes the dialogs' wording); a function is
   * called with the refused turn when the answer is sent, so it can be worded in the client's language.
   */
  slowDownReply: string | ((context: TurnContext) => string);
  /** A monotonic clock in milliseconds, for tests. */
  now?: () => number;
  /** Told (with the refused activity) whenever a message is refused; for logs and tests. */
  onRefused?: (context: TurnContext) => void;
}

/**
 * A per-conversation and per-user message limit, as botbuilder middleware ahead of the bot. Counting by IP would
 * be useless here: every Teams and Direct Line message arrives from Microsoft's own addresses.
 *
 * An over-limit message never reaches the dialogs. The first one in a window is answered with
 * `slowDownReply`; later ones in the same window are dropped silently, so a flood of messages cannot make the
 * bot send a flood of replies (which Teams would throttle in turn).
 *
 * @example
 * adapter.use(new ConversationRateLimit({ messages: 20, windowMs: 10_000, slowDownReply: () => messages.slowDown }));
 */
export class ConversationRateLimit implements Middleware {
  private readonly byConversation: TokenBucket;
  private readonly byUser: TokenBucket;
  private readonly lastWarned = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: ConversationRateLimitOptions) {
    this.now = options.now ?? (() => performance.now());
    this.byConversation = new TokenBucket({ limit: options.messages, windowMs: options.windowMs, now: this.now });
    this.byUser = new TokenBucket({ limit: options.messages, windowMs: options.windowMs, now: this.now });
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message) return next();
    const channel = activity.channelId ?? '';
    const conversationKey = `${channel}\u0000${activity.conversation?.id ?? ''}`;
    const userKey = `${channel}\u0000${activity.from?.id ?? ''}`;
    const conversationAllowed = this.byConversation.take(conversationKey).allowed;
    const userAllowed = this.byUser.take(userKey).allowed;
    if (conversationAllowed && userAllowed) return next();
    this.options.onRefused?.(context);
    if (this.shouldWarn(conversationKey)) await context.sendActivity(typeof this.options.slowDownReply === 'function' ? this.options.slowDownReply(context) : this.options.slowDownReply);
  }

  /** One warning per conversation per window; the map is pruned as it goes so it stays small. */
  private shouldWarn(conversationKey: string): boolean {
    const now = this.now();
    const last = this.lastWarned.get(conversationKey);
    if (last !== undefined && now - last < this.options.windowMs) return false;
    this.lastWarned.delete(conversationKey);
    this.lastWarned.set(conversationKey, now);
    for (const [key, at] of this.lastWarned) {
      if (now - at < this.options.windowMs) break;
      this.lastWarned.delete(key);
    }
    return true;
  }
}
