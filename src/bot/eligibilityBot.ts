import { ActivityTypes, TeamsActivityHandler, type BotState, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { RootDialog } from '../../dialogs/rootDialog';
import { messages } from '../../dialogs/messages';
import type { Session } from '../../dialogs/session';
import { runDurableTurn } from '../state/runDurableTurn';
import { isChannelAuthenticated, readCsvUpload, type AttachmentSources, type CsvUploadOptions } from './csvUpload';
import { incomingText } from './incomingText';
import { addressReplies } from './addressReplies';
import { forgetUser, lifecycleStep } from './teamsLifecycle';
import { currentLocale, defaultLocale, localeNames, matchLocale, runInLocale, supportedLocales, t } from '../i18n';
import type { LanguageNotice, LanguagePreference } from '../state/languagePreference';
import { decideTurnLanguage, type TurnLanguage } from './turnLanguage';
import { simplifiedChinese } from './simplifiedChinese';
import { labelReplyLanguage } from './replyLanguage';
import { channelLocaleOf } from './channelLocale';

export interface EligibilityBotOptions {
  conversationState: ConversationState;
  userState: BotState;
  session: StatePropertyAccessor<Session>;
  /** The user's chosen language (user state: every conversation, kept across restarts). */
  language: StatePropertyAccessor<LanguagePreference | undefined>;
  /** Whether this conversation was told its language has no catalogue. */
  languageNotice: StatePropertyAccessor<LanguageNotice>;
  rootDialog: RootDialog;
  /** Teams tenants allowed to use the bot; empty allows all. */
  allowedTenantIds?: readonly string[];
  /** Longest message read, in characters; longer ones get a polite refusal instead of a parse. */
  maxMessageLength?: number;
  /** Largest CSV file fetched from a chat, in bytes. */
  maxUploadBytes?: number;
  /** No app id: plain-http loopback attachment URLs (the built-in Direct Line) are allowed. */
  localMode?: boolean;
  attachmentSources?: AttachmentSources;
  /** Structured log for state saves (replays, storage failures); stderr JSON when not given. */
  log?: (entry: Record<string, unknown>) => void;
}

/** Where the turn's language decision waits for the handlers (the turn's own state, restored on a replay). */
const TURN_LANGUAGE = Symbol('turnLanguage');

/**
 * The activity handler: greets on join, routes messages into the root dialog, and saves state once per turn.
 * Teams-aware (mentions, card submits) while staying channel-neutral for Web Chat. Every activity takes
 * `ActivityHandler`'s own route, so a handler added the way the samples add one (`this.onMessage`) runs too.
 */
export class EligibilityBot extends TeamsActivityHandler {
  private readonly maxMessageLength: number;

  constructor(private readonly options: EligibilityBotOptions) {
    super();
    this.maxMessageLength = options.maxMessageLength ?? 5000;

    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });

    // Installs, joins and uninstalls, read as Teams sends them (src/bot/teamsLifecycle.ts).
    const lifecycle = async (context: TurnContext, next: () => Promise<void>) => {
      const step = lifecycleStep(context.activity);
      if (step === 'welcome') await this.welcome(context);
      if (step === 'forget') await forgetUser(context, this.options);
      await next();
    };
    this.onMembersAdded(lifecycle).onMembersRemoved(lifecycle).onInstallationUpdate(lifecycle);

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.welcome(context);
      await next();
    });
  }

  /** A partner's message: too long is refused politely; a CSV attachment is fetched first; then the dialogs run. */
  private async answerMessage(context: TurnContext): Promise<void> {
    const text = incomingText(context.activity);
    if (text.length > this.maxMessageLength) {
      await context.sendActivity(messages.messageTooLong(this.maxMessageLength));
      return;
    }
    // Partners in Taiwan and Hong Kong type Traditional characters; the Chinese turn reads the Simplified ones.
    context.activity.text = currentLocale() === 'zh-Hans' ? simplifiedChinese(text) : text;
    const language = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    if (language) await this.sayLanguage(context, language);
    if (language?.request) {
      // Only asked for the language: carry on where the partner was, in that language. Said with more
      // ("in Spanish please, do we qualify?"): the rest is the message.
      if (!language.request.rest && !context.activity.attachments?.length) {
        await this.options.rootDialog.askAgain(context);
        return;
      }
      context.activity.text = currentLocale() === 'zh-Hans' ? simplifiedChinese(language.request.rest) : language.request.rest;
    }
    // The file reaches the dialogs as an argument: fetched here, where the network is allowed, and read there.
    const upload = context.activity.attachments?.length ? await readCsvUpload(context.activity, this.uploadOptions(context)) : undefined;
    await this.options.rootDialog.run(context, upload);
  }

  override async run(context: TurnContext): Promise<void> {
    // Before any state is read, the channel's language: a refusal or a "not saved" apology is said in it.
    await runInLocale(matchLocale(channelLocaleOf(context.activity)) ?? defaultLocale, async () => {
      if (!this.isAllowedTenant(context)) {
        if (context.activity.type === 'message') await context.sendActivity(messages.tenantRefused);
        return;
      }
      addressReplies(context);
      // Registered ahead of the durable turn's hold on replies, so each reply is labelled when the turn says it.
      labelReplyLanguage(context);
      // Replies wait for the save; a stale conversation write replays the turn once; storage trouble is said plainly.
      await runDurableTurn(context, {
        conversationState: this.options.conversationState,
        userState: this.options.userState,
        turn: () => this.runInTurnLanguage(context),
        notSavedReply: () => messages.saveError,
        log: this.options.log,
      });
    });
  }

  /**
   * Decides the turn's language once, before any handler or dialog runs (state is loaded by then), remembers a
   * new choice, and runs the whole turn in it: every phrase, format and parser awaited during the turn reads it.
   */
  private async runInTurnLanguage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const language = decideTurnLanguage({
      text: activity.type === ActivityTypes.Message ? incomingText(activity) : undefined,
      remembered: await this.options.language.get(context),
      channelLocale: channelLocaleOf(activity),
    });
    if (language.remember) await this.options.language.set(context, language.remember);
    context.turnState.set(TURN_LANGUAGE, language);
    await runInLocale(language.locale, () => super.run(context));
  }

  /**
   * Says what the turn's language needs said before the reply: the switch the partner asked for, a switch read
   * from their text (with the way back), or (once per conversation, and whenever asked for one) that their language
   * has no catalogue and the answers are in English.
   */
  private async sayLanguage(context: TurnContext, language: TurnLanguage): Promise<void> {
    const requested = language.request?.locale;
    if (requested && requested !== 'unsupported') {
      // Named mid-sentence in the sentence's own language ("en français", "auf Deutsch", "en español"); the
      // autonyms of `localeNames` are for lists read by someone who may not read the current language.
      const language = new Intl.DisplayNames(currentLocale(), { type: 'language' }).of(requested) ?? localeNames[requested];
      await context.sendActivity(t('chat.language.switched', { language }));
      return;
    }
    if (language.switchedFrom) {
      // Read from their text, not asked for: say so once, with the way back in the language they had.
      const key = language.simplifiedForTraditional ? 'chat.language.simplifiedForTraditional' : 'chat.language.switchedByText';
      await context.sendActivity(t(key, { back: t('chat.language.wayBack', undefined, language.switchedFrom) }));
      return;
    }
    if (requested !== 'unsupported' && !language.unsupportedChannelLanguage) return;
    const notice = await this.options.languageNotice.get(context, {});
    if (requested !== 'unsupported' && notice.unsupportedSaid) return;
    notice.unsupportedSaid = true;
    const others = supportedLocales.filter((locale) => locale !== defaultLocale).map((locale) => localeNames[locale]);
    const languages = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(others);
    await context.sendActivity(t('chat.language.unsupported', { languages }));
  }

  private uploadOptions(context: TurnContext): CsvUploadOptions {
    return {
      maxBytes: this.options.maxUploadBytes ?? 5 * 1024 * 1024,
      localMode: this.options.localMode ?? false,
      ...this.options.attachmentSources,
      channelAuthenticated: isChannelAuthenticated(context.turnState.get(context.adapter.BotIdentityKey)),
      // Direct Line serves attachments to the bot with the bot's own token; the connector client holds it.
      token: async () => {
        const client = context.turnState.get(context.adapter.ConnectorClientKey) as
          | { credentials?: { getToken?: () => Promise<string> } }
          | undefined;
        return client?.credentials?.getToken ? client.credentials.getToken().catch(() => undefined) : undefined;
      },
    };
  }

  private isAllowedTenant(context: TurnContext): boolean {
    const allowed = this.options.allowedTenantIds ?? [];
    if (allowed.length === 0 || context.activity.channelId !== 'msteams') return true;
    const tenantId = (context.activity.conversation as { tenantId?: string } | undefined)?.tenantId ?? (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    return tenantId !== undefined && allowed.includes(tenantId);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const session = await this.options.session.get(context, {});
    if (session.welcomed) return;
    session.welcomed = true;
    const language = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    if (language) await this.sayLanguage(context, language);
    await context.sendActivity(RootDialog.welcome(context));
  }
}
