import { ConversationState, type TurnContext } from 'botbuilder';
import { isGroupConversation } from './groupConversation';
import { eTagChecked } from './eTagChecked';

/**
 * botbuilder's `ConversationState` with eTag-checked writes: `saveChanges` throws an eTag conflict (see
 * `isETagConflict`) when another turn of the same conversation, on this instance or another, saved first. The
 * caller then reloads and replays the turn (`runDurableTurn`), so neither turn's answer is lost.
 *
 * In a group chat or channel the state is kept per person (conversation and user): a second person's "check
 * eligibility" starts their own check instead of answering the first person's open question.
 *
 * @example
 * const conversationState = new ETagConversationState(storage);
 * const session = conversationState.createProperty<Session>('session');
 */
export class ETagConversationState extends eTagChecked(ConversationState, 'refuse') {
  override getStorageKey(context: TurnContext): string | undefined {
    const conversationKey = super.getStorageKey(context);
    const userId = context.activity.from?.id;
    if (!conversationKey || !userId || !isGroupConversation(context.activity)) return conversationKey;
    return `${conversationKey}users/${userId}/`;
  }
}
