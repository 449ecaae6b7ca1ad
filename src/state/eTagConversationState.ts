import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { ETagWrites, type PendingWrite } from './eTagWrites';
import type { StateObject } from './stateJson';
import type { SavesWithOthers } from './saveTurnState';

/**
 * botbuilder's `ConversationState` with eTag-checked writes: `saveChanges` throws an eTag conflict (see
 * `isETagConflict`) when another turn of the same conversation, on this instance or another, saved first. The
 * caller then reloads and replays the turn (`runDurableTurn`), so neither turn's answer is lost.
 *
 * @example
 * const conversationState = new ETagConversationState(storage);
 * const dialogState = conversationState.createProperty<DialogState>('dialogState');
 */
export class ETagConversationState extends ConversationState implements SavesWithOthers {
  private readonly writes = new ETagWrites('refuse');

  get store(): Storage {
    return this.storage;
  }

  override async load(context: TurnContext, force = false): Promise<StateObject> {
    return this.writes.load(context, this.storage, await this.storageKey(context), force);
  }

  override get(context: TurnContext): StateObject | undefined {
    return this.writes.get(context);
  }

  override async clear(context: TurnContext): Promise<void> {
    this.writes.clear(context);
  }

  override async delete(context: TurnContext): Promise<void> {
    this.writes.forget(context);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    await this.writes.save(context, this.storage, await this.storageKey(context), force);
  }

  async pendingWrite(context: TurnContext): Promise<PendingWrite | undefined> {
    return this.writes.pendingWrite(context, await this.storageKey(context));
  }

  async writePending(context: TurnContext, pending: PendingWrite): Promise<void> {
    await this.writes.write(context, this.storage, pending);
  }

  written(context: TurnContext, pending: PendingWrite): void {
    this.writes.written(context, pending);
  }
}
