import { randomUUID } from 'node:crypto';
import { ActivityTypes, type BotState, type TurnContext } from 'botbuilder';
import { isETagConflict } from '../storage/eTagConflictError';
import { ReplyBuffer } from './replyBuffer';
import { saveTurnState } from './saveTurnState';
import { snapshotTurn } from './turnSnapshot';
import { hashId } from '../logging/activityLogFields';

export interface DurableTurnOptions {
  /** Refuses stale writes (an `ETagConversationState`); a conflict here replays the turn. */
  conversationState: BotState;
  /** Saved before the conversation, so a refused conversation write leaves nothing half-done that matters. */
  userState: BotState;
  /** The turn's logic. It may run twice, so it must only change state and send replies, both held until saved. */
  turn: () => Promise<void>;
  /** What the user reads when their message could not be saved (plain words; no detail); a function is read when sent, in that turn's language. */
  notSavedReply: string | (() => string);
  log?: (entry: Record<string, unknown>) => void;
}

/** How the turn ended: saved first time, saved on the replay after another turn saved first, or not saved. */
export type DurableTurnOutcome = 'saved' | 'replayed' | 'notSaved';

/** One replay: a second conflict means the conversation is busy elsewhere, and the user is asked to resend. */
const MAX_ATTEMPTS = 2;

/** A state read or write failed: the storage, not the turn's logic, is at fault. */
class StateNotSaved extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'StateNotSaved';
  }
}

async function storageCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw new StateNotSaved(error);
  }
}

const logToStderr = (entry: Record<string, unknown>) => console.error(JSON.stringify(entry));

/**
 * Runs one turn so that its answer is either saved and confirmed, or plainly refused, never silently lost.
 *
 * - State is loaded up front; a store that cannot be read fails the turn before the dialog runs.
 * - Replies are held ({@link ReplyBuffer}) until user and conversation state are both written (only what the turn
 *   changed; in one storage call where the store writes all or nothing, see {@link saveTurnState}).
 * - A conversation write refused for a stale eTag (another turn of the same conversation saved first, perhaps on
 *   another instance) reloads state and replays the turn once, discarding the first attempt's replies.
 * - Any storage failure (outage, timeout, a second conflict) sends `notSavedReply` instead of the held replies (to
 *   a message; other activities get no reply) and logs the detail under a correlation id. Nothing is deleted, so
 *   the conversation resumes once storage is back.
 * - An error in the turn's own logic is rethrown for the adapter's `onTurnError`, with the held replies dropped.
 *
 * @example
 * await runDurableTurn(context, {
 *   conversationState,
 *   userState,
 *   turn: () => super.run(context),
 *   notSavedReply: () => messages.saveError,
 * });
 */
export async function runDurableTurn(context: TurnContext, options: DurableTurnOptions): Promise<DurableTurnOutcome> {
  const log = options.log ?? logToStderr;
  const start = snapshotTurn(context);
  const replies = ReplyBuffer.hold(context);
  try {
    for (let attempt = 1; ; attempt += 1) {
      await storageCall(() => Promise.all([options.conversationState.load(context), options.userState.load(context)]));
      await options.turn();
      try {
        await storageCall(() => saveTurnState(context, options));
      } catch (error) {
        const conflict = error instanceof StateNotSaved && isETagConflict(error.reason);
        if (!conflict || attempt >= MAX_ATTEMPTS) throw error;
        log({ level: 'warn', msg: 'conversation saved by another turn first; replaying this turn', conversation: hashId(context.activity.conversation?.id, 'conv'), attempt });
        start.restore();
        replies.discard();
        continue;
      }
      await replies.release();
      return attempt === 1 ? 'saved' : 'replayed';
    }
  } catch (error) {
    replies.abandon();
    if (!(error instanceof StateNotSaved)) throw error;
    const correlationId = randomUUID();
    const reason = error.reason instanceof Error ? error.reason : new Error(String(error.reason));
    log({ level: 'error', msg: 'turn not saved', correlationId, conversation: hashId(context.activity.conversation?.id, 'conv'), activityType: context.activity.type, error: reason.message, stack: reason.stack });
    // Only a person's message asks for an answer; a join or a typing event failing to save needs no apology.
    if (context.activity.type === ActivityTypes.Message) await context.sendActivity(typeof options.notSavedReply === 'function' ? options.notSavedReply() : options.notSavedReply);
    return 'notSaved';
  }
}
