import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { RootDialog } from '../../dialogs/rootDialog';
import type { DialogDependencies } from '../../dialogs/evaluateAnswers';
import type { Profile, Session } from '../../dialogs/session';
import { EligibilityBot } from './eligibilityBot';

export interface BotSettings extends DialogDependencies {
  storage: Storage;
  allowedTenantIds?: readonly string[];
}

/** Wires state, dialogs and the activity handler over one Storage. Everything a test needs to drive the bot. */
export function createBot(settings: BotSettings) {
  const conversationState = new ConversationState(settings.storage);
  const userState = new UserState(settings.storage);
  const session = conversationState.createProperty<Session>('session');
  const profile = userState.createProperty<Profile>('profile');
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const rootDialog = new RootDialog({ policies: settings.policies, today: settings.today }, { session, profile });
  const bot = new EligibilityBot({
    conversationState,
    userState,
    dialogState,
    session,
    rootDialog,
    allowedTenantIds: settings.allowedTenantIds,
  });
  return { bot, conversationState, userState, rootDialog, session, profile, dialogState };
}
