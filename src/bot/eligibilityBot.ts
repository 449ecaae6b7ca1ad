import { TeamsActivityHandler, type BotState, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type DialogState } from 'botbuilder-dialogs';
import { RootDialog } from '../../dialogs/rootDialog';
import { messages } from '../../dialogs/messages';
import type { Session } from '../../dialogs/session';
import { incomingText } from './incomingText';

export interface EligibilityBotOptions {
  conversationState: ConversationState;
  userState: BotState;
  dialogState: StatePropertyAccessor<DialogState>;
  session: StatePropertyAccessor<Session>;
  rootDialog: RootDialog;
  /** Teams tenants allowed to use the bot; empty allows all. */
  allowedTenantIds?: readonly string[];
  /** Longest message read, in characters; longer ones get a polite refusal instead of a parse. */
  maxMessageLength?: number;
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

    this.onMessage(async (context, next) => {
      const text = incomingText(context.activity);
      if (text.length > this.maxMessageLength) {
        await context.sendActivity(messages.messageTooLong);
      } else {
        context.activity.text = text;
        await runDialog(this.options.rootDialog, context, this.options.dialogState);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    if (!this.isAllowedTenant(context)) {
      if (context.activity.type === 'message') await context.sendActivity(messages.tenantRefused);
      return;
    }
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
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
