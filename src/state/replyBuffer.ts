import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';

/**
 * Holds a turn's outgoing activities until its state is saved, so a reply never promises what the store then
 * refuses: a turn replayed after an eTag conflict sends only the replay's replies, and a turn whose state could
 * not be saved sends none of them (the caller says "please send it again" instead).
 *
 * Works for every delivery mode: held activities go out through `context.sendActivities` on release, which
 * appends them to the `expectReplies` body or posts them to the channel.
 *
 * @example
 * const replies = ReplyBuffer.hold(context);
 * await runTheTurn(context);
 * await saveState(context);
 * await replies.release();
 */
export class ReplyBuffer {
  private held: Partial<Activity>[] = [];
  private holding = true;

  private constructor(private readonly context: TurnContext) {}

  /** Starts holding every activity the turn sends from now on. */
  static hold(context: TurnContext): ReplyBuffer {
    const buffer = new ReplyBuffer(context);
    context.onSendActivities(async (_context, activities, next) => {
      if (!buffer.holding) return next();
      buffer.held.push(...activities);
      // No id yet: nothing was sent. Our dialogs never update or delete a reply by id.
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
    return buffer;
  }

  /** How many activities are waiting. */
  get size(): number {
    return this.held.length;
  }

  /** Forgets everything held so far and keeps holding (a replay is about to send its own replies). */
  discard(): void {
    this.held = [];
  }

  /** Sends what is held, in order, and lets later activities straight through. */
  async release(): Promise<void> {
    const held = this.held;
    this.held = [];
    this.holding = false;
    if (held.length > 0) await this.context.sendActivities(held);
  }

  /** Drops what is held and lets later activities straight through (the error message, say). */
  abandon(): void {
    this.held = [];
    this.holding = false;
  }
}
