import type { BotState, Storage, TurnContext } from 'botbuilder';
import { isETagConflict } from '../storage/eTagConflictError';
import type { PendingWrite } from './eTagWrites';

/**
 * A bot state that can hand over the write its turn needs, so one storage call can save it together with others
 * (`ETagConversationState`, `ETagUserState`).
 */
export interface SavesWithOthers {
  readonly store: Storage;
  /** The write this turn's changes need; undefined when the turn changed nothing worth storing. */
  pendingWrite(context: TurnContext): Promise<PendingWrite | undefined>;
  /** Makes `pending` on its own, with the state's own conflict policy (refuse, or merge onto the newer copy). */
  writePending(context: TurnContext, pending: PendingWrite): Promise<void>;
  /** Records that `pending` was stored by a write made for several states at once. */
  written(context: TurnContext, pending: PendingWrite): void;
}

/**
 * A store whose multi-key write is all or nothing: one refused eTag and no key is written (`SqliteStorage`, one
 * transaction and so one fsync per call). botbuilder's MemoryStorage writes the keys it can and Blob storage writes
 * each key on its own, so neither says this.
 */
export interface AllOrNothingWrites {
  readonly writesAllOrNothing: true;
}

function savesWithOthers(state: BotState): state is BotState & SavesWithOthers {
  return typeof (state as Partial<SavesWithOthers>).pendingWrite === 'function';
}

function writesAllOrNothing(storage: Storage): boolean {
  return (storage as Partial<AllOrNothingWrites>).writesAllOrNothing === true;
}

/**
 * Saves a turn's user state, then its conversation state, each only if the turn changed it. When both changed and
 * their store writes all or nothing, both go in one storage call: one commit (one fsync) instead of two.
 *
 * The order and the policies stay those of two separate saves. User state merges onto a newer copy written by the
 * user's other conversations; conversation state refuses a stale write, which the caller answers by replaying the
 * turn. So when the joint write meets a refused eTag (and so wrote nothing), the two are saved one at a time, each
 * by its own policy.
 *
 * @example
 * await saveTurnState(context, { userState, conversationState }); // throws an eTag conflict for a stale conversation
 */
export async function saveTurnState(context: TurnContext, states: { userState: BotState; conversationState: BotState }): Promise<void> {
  const { userState, conversationState } = states;
  if (!savesWithOthers(userState) || !savesWithOthers(conversationState)) {
    await userState.saveChanges(context);
    await conversationState.saveChanges(context);
    return;
  }
  const user = await userState.pendingWrite(context);
  const conversation = await conversationState.pendingWrite(context);
  const storage = conversationState.store;
  if (user && conversation && userState.store === storage && writesAllOrNothing(storage)) {
    try {
      await storage.write({ [user.key]: user.item, [conversation.key]: conversation.item });
      userState.written(context, user);
      conversationState.written(context, conversation);
      return;
    } catch (error) {
      if (!isETagConflict(error)) throw error;
    }
  }
  if (user) await userState.writePending(context, user);
  if (conversation) await conversationState.writePending(context, conversation);
}
