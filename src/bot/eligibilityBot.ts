import { TeamsActivityHandler, type BotState, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { RootDialog } from '../../dialogs/rootDialog';
import { messages } from '../../dialogs/messages';
import type { Session } from '../../dialogs/session';
import { runDurableTurn } from '../state/runDurableTurn';
import { isChannelAuthenticated, readCsvUpload, type AttachmentSources, type CsvUploadOptions } from './csvUpload';
import { incomingText } from './incomingText';
import { addressReplies } from './addressReplies';
import { forgetUser, lifecycleStep } from './teamsLifecycle';

export interface EligibilityBotOptions {
  conversationState: ConversationState;
  userState: BotState;
  session: StatePropertyAccessor<Session>;
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
    context.activity.text = text;
    // The file reaches the dialogs as an argument: fetched here, where the network is allowed, and read there.
    const upload = context.activity.attachments?.length ? await readCsvUpload(context.activity, this.uploadOptions(context)) : undefined;
    await this.options.rootDialog.run(context, upload);
  }

  override async run(context: TurnContext): Promise<void> {
    if (!this.isAllowedTenant(context)) {
      if (context.activity.type === 'message') await context.sendActivity(messages.tenantRefused);
      return;
    }
    addressReplies(context);
    // Replies wait for the save; a stale conversation write replays the turn once; storage trouble is said plainly.
    await runDurableTurn(context, {
      conversationState: this.options.conversationState,
      userState: this.options.userState,
      turn: () => super.run(context),
      notSavedReply: () => messages.saveError,
      log: this.options.log,
    });
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
    await context.sendActivity(RootDialog.welcome(context));
  }
}
