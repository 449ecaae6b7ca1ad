import { ConversationState } from 'botbuilder';
import { eTagChecked } from './eTagChecked';

/**
 * botbuilder's `ConversationState` with eTag-checked writes: `saveChanges` throws an eTag conflict (see
 * `isETagConflict`) when another turn of the same conversation, on this instance or another, saved first. The
 * caller then reloads and replays the turn (`runDurableTurn`), so neither turn's answer is lost.
 *
 * @example
 * const conversationState = new ETagConversationState(storage);
 * const session = conversationState.createProperty<Session>('session');
 */
export class ETagConversationState extends eTagChecked(ConversationState, 'refuse') {}
