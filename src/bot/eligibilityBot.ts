import { ActivityTypes, TeamsActivityHandler, type BotState, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { RootDialog } from '../../dialogs/rootDialog';
import { messages } from '../../dialogs/messages';
import type { Session } from '../../dialogs/session';
import { runDurableTurn } from '../state/runDurableTurn';
import { CSV_UPLOAD_KEY } from '../../dialogs/uploadedTransactions';
import { isChannelAuthenticated, readCsvUpload, type AttachmentSources, type CsvUploadOptions } from './csvUpload';
import { incomingText } from './incomingText';

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
 * Teams-aware (mentions, card submits) while staying channel-neutral for Web Chat.
 */
export class EligibilityBot extends TeamsActivityHandler {
  private readonly maxMessageLength: number;

  constructor(private readonly options: EligibilityBotOptions) {
    super();
    this.maxMessageLength = options.maxMessageLength ?? 5000;

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient?.id);
      if (joined) await this.welcome(context);
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.welcome(context);
      await next();
    });
  }

  /** A partner's message: too long is refused politely; a CSV attachment is fetched first; then the dialogs run. */
  private async onMessageTurn(context: TurnContext): Promise<void> {
    const text = incomingText(context.activity);
    if (text.length > this.maxMessageLength) {
      await context.sendActivity(messages.messageTooLong);
      return;
    }
    context.activity.text = text;
    if (context.activity.attachments?.length) {
      context.turnState.set(CSV_UPLOAD_KEY, await readCsvUpload(context.activity, this.uploadOptions(context)));
    }
    await this.options.rootDialog.run(context);
  }

  override async run(context: TurnContext): Promise<void> {
    if (!this.isAllowedTenant(context)) {
      if (context.activity.type === 'message') await context.sendActivity(messages.tenantRefused);
      return;
    }
    // Replies wait for the save; a stale conversation write replays the turn once; storage trouble is said plainly.
    await runDurableTurn(context, {
      conversationState: this.options.conversationState,
      userState: this.options.userState,
      // Messages, six turns in seven, go straight to their handler: the ActivityHandler's event chain (about ten
      // nested async steps) buys them nothing. Joins, events and Teams invokes take the handler's usual route.
      turn: () => (context.activity.type === ActivityTypes.Message ? this.onMessageTurn(context) : super.run(context)),
      notSavedReply: messages.saveError,
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
