import { UserState, type TurnContext } from 'botbuilder';
import { ETagWrites, type StateObject } from './eTagWrites';

/**
 * botbuilder's `UserState` with eTag-checked writes that merge instead of failing. User state is shared by all of
 * a user's conversations, and each of its properties (the profile: the latest answers) is a "latest wins" value:
 * when another conversation wrote first, this turn's changed properties are put on top of the newer copy, and the
 * properties this turn did not touch keep the other conversation's values.
 *
 * @example
 * const userState = new ETagUserState(storage);
 * const profile = userState.createProperty<Profile>('profile');
 */
export class ETagUserState extends UserState {
  private readonly writes = new ETagWrites('mergeProperties');

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
