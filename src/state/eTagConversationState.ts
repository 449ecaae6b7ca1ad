import { ConversationState, type TurnContext } from 'botbuilder';
import { ETagWrites, type StateObject } from './eTagWrites';

/**
 * botbuilder's `ConversationState` with eTag-checked writes: `saveChanges` throws an eTag conflict (see
 * `isETagConflict`) when another turn of the same conversation, on this instance or another, saved first. The
 * caller then reloads and replays the turn (`runDurableTurn`), so neither turn's answer is lost.
 *
 * @example
 * const conversationState = new ETagConversationState(storage);
 * const dialogState = conversationState.createProperty<DialogState>('dialogState');
 */
export class ETagConversationState extends ConversationState {
  private readonly writes = new ETagWrites('refuse');

  override async load(context: TurnContext, force = false): Promise<StateObject> {
    const state = (await super.load(context, force)) as StateObject;
    this.writes.remember(context, state);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = (this.get(context) as StateObject | undefined) ?? (force ? {} : undefined);
    if (!state) return;
    await this.writes.save(context, this.storage, await this.storageKey(context), state, force);
  }
}
