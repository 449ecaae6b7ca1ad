import { UserState, type Storage, type TurnContext } from 'botbuilder';
import { ETagWrites, type PendingWrite } from './eTagWrites';
import type { StateObject } from './stateJson';
import type { SavesWithOthers } from './saveTurnState';

/**
 * botbuilder's `UserState` with eTag-checked writes that merge instead of failing. User state is shared by all of
 * a user's conversations, and each of its properties (the profile: the latest answers) is a "latest wins" value:
 * when another conversation wrote first, this turn's changed properties are put on top of the newer copy, and the
 * properties this turn did not touch keep the other conversation's values.
 *
 * A user whose state holds nothing yet (a profile read but never filled in) is not written at all.
 *
 * @example
 * const userState = new ETagUserState(storage);
 * const profile = userState.createProperty<Profile>('profile');
 */
export class ETagUserState extends UserState implements SavesWithOthers {
  private readonly writes = new ETagWrites('mergeProperties');

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
