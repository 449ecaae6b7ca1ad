import { MemoryStorage, TestAdapter, type Activity, type Attachment, type Storage } from 'botbuilder';
import { expect } from 'vitest';
import { ClaimsIdentity } from 'botframework-connector';
import type { AttachmentSources } from '../../src/bot/csvUpload';
import { createBot } from '../../src/bot/createBot';
import { policies, TODAY } from '../fixtures/policies';

export interface TestBotOptions {
  channelId?: 'msteams' | 'webchat' | string;
  today?: string;
  storage?: Storage;
  userId?: string;
  conversationId?: string;
  allowedTenantIds?: string[];
  /** Where chat files may come from (the stand-in file host of the upload tests). */
  attachmentSources?: AttachmentSources;
  /** Turns carry a verified channel identity, as after the Bot Connector's token was checked. */
  channelAuthenticated?: boolean;
  /** The client's language on every activity (`activity.locale`, as Teams and Web Chat send it); en-US unless given. */
  locale?: string;
}

/** Every word a reply shows a person: its text, card texts and facts, and button titles. */
export function visibleText(activity: Partial<Activity>): string {
  const parts: string[] = [activity.text ?? ''];
  for (const action of activity.suggestedActions?.actions ?? []) parts.push(String(action.title ?? action.value ?? ''));
  for (const attachment of activity.attachments ?? []) parts.push(...attachmentText(attachment));
  return parts.filter(Boolean).join('\n');
}

function attachmentText(attachment: Attachment): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['text', 'title', 'value', 'altText', 'fallbackText'].includes(key)) texts.push(value);
      else walk(value);
    }
  };
  walk(attachment.content);
  return texts;
}

/**
 * The real bot (activity handler, dialogs, state) on botbuilder's TestAdapter with a fixed "today". `say` sends one
 * message and returns the bot's message replies for that turn.
 */
export function createTestBot(options: TestBotOptions = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const today = options.today ?? TODAY;
  const { bot } = createBot({
    storage,
    policies,
    today: () => today,
    allowedTenantIds: options.allowedTenantIds,
    localMode: true,
    attachmentSources: options.attachmentSources,
  });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: options.channelId ?? 'webchat',
    conversation: { id: options.conversationId ?? 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: options.userId ?? 'user-1', name: 'Pat' },
    recipient: { id: 'bot-1', name: 'Eligibility Bot' },
    locale: options.locale ?? 'en-US',
  } as Partial<Activity>);

  if (options.channelAuthenticated) {
    adapter.use(async (context, next) => {
      context.turnState.set(context.adapter.BotIdentityKey, new ClaimsIdentity([{ type: 'aud', value: 'bot-app-id' }], true));
      await next();
    });
  }

  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0).filter((reply) => reply.type === 'message');
  }

  return {
    adapter,
    storage,
    send,
    say: (text: string, extra: Partial<Activity> = {}) => send({ type: 'message', text, ...extra }),
    /** The reply texts of one turn joined, for "contains" assertions. */
    async sayText(text: string, extra: Partial<Activity> = {}): Promise<string> {
      return (await send({ type: 'message', text, ...extra })).map(visibleText).join('\n---\n');
    },
    join: () =>
      send({ type: 'conversationUpdate', membersAdded: [{ id: options.userId ?? 'user-1', name: 'Pat' }, { id: 'bot-1', name: 'Eligibility Bot' }] }),
  };
}

/** Asserts that a turn's reply shows every expected text (or pattern) and none of the unexpected ones. */
export function expectReply(reply: string, userSaid: string, shows: ReadonlyArray<string | RegExp>, neverShows: ReadonlyArray<string | RegExp> = []): void {
  for (const expected of shows) {
    if (typeof expected === 'string') expect(reply, `after "${userSaid}"`).toContain(expected);
    else expect(reply, `after "${userSaid}"`).toMatch(expected);
  }
  for (const unexpected of neverShows) {
    if (typeof unexpected === 'string') expect(reply, `after "${userSaid}"`).not.toContain(unexpected);
    else expect(reply, `after "${userSaid}"`).not.toMatch(unexpected);
  }
}
