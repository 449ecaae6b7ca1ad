import { UserState } from 'botbuilder';
import { eTagChecked } from './eTagChecked';

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
export class ETagUserState extends eTagChecked(UserState, 'mergeProperties') {}
