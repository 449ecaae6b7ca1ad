import type { Storage } from 'botbuilder';
import { RootDialog } from '../../dialogs/rootDialog';
import type { DialogDependencies } from '../../dialogs/evaluateAnswers';
import type { CheckState } from '../../dialogs/eligibilityCheckDialog';
import type { Profile, Session } from '../../dialogs/session';
import { ETagConversationState } from '../state/eTagConversationState';
import { ETagUserState } from '../state/eTagUserState';
import type { LanguageNotice, LanguagePreference } from '../state/languagePreference';
import type { AttachmentSources } from './csvUpload';
import { EligibilityBot } from './eligibilityBot';

export interface BotSettings extends DialogDependencies {
  storage: Storage;
  allowedTenantIds?: readonly string[];
  /** No app id: the bot may fetch attachments over plain http from loopback (the built-in Direct Line). */
  localMode?: boolean;
  /** Where chat attachments may come from besides an authenticated channel's own service URL. */
  attachmentSources?: AttachmentSources;
  log?: (entry: Record<string, unknown>) => void;
}

/**
 * Wires state, dialogs and the activity handler over one Storage. Everything a test needs to drive the bot.
 *
 * @example
 * const { bot } = createBot({ storage: new MemoryStorage(), policies, today: () => '2026-11-26' });
 * await adapter.process(req, res, (context) => bot.run(context));
 */
export function createBot(settings: BotSettings) {
  // eTag-checked writes: two turns of one conversation on two instances must not overwrite each other.
  const conversationState = new ETagConversationState(settings.storage);
  const userState = new ETagUserState(settings.storage);
  const session = conversationState.createProperty<Session>('session');
  const profile = userState.createProperty<Profile>('profile');
  const check = conversationState.createProperty<CheckState | undefined>('check');
  const language = userState.createProperty<LanguagePreference | undefined>('language');
  const languageNotice = conversationState.createProperty<LanguageNotice>('languageNotice');
  const rootDialog = new RootDialog({ policies: settings.policies, today: settings.today }, { session, profile, check });
  const bot = new EligibilityBot({
    conversationState,
    userState,
    session,
    language,
    languageNotice,
    rootDialog,
    allowedTenantIds: settings.allowedTenantIds,
    localMode: settings.localMode,
    attachmentSources: settings.attachmentSources,
    log: settings.log,
  });
  return { bot, conversationState, userState, rootDialog, session, profile, check, language };
}
