import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/createBot';
import { policies, TODAY } from '../fixtures/policies';

const CONVERSATION = {
  channelId: 'webchat',
  conversation: { id: 'handlers-1', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'user-1', name: 'Pat' },
  recipient: { id: 'bot-1', name: 'Eligibility Bot' },
  locale: 'en-US',
} as Partial<Activity>;

/** The real bot on botbuilder's TestAdapter; `seen` records what handlers added the samples' way observed. */
function botWithSampleHandlers() {
  const { bot } = createBot({ storage: new MemoryStorage(), policies, today: () => TODAY, localMode: true });
  const seen: string[] = [];
  bot.onMessage(async (context, next) => {
    seen.push(`message: ${context.activity.text}`);
    await next();
  });
  bot.onDialog(async (context, next) => {
    seen.push(`dialog: ${context.activity.type}`);
    await next();
  });
  const adapter = new TestAdapter((context) => bot.run(context), CONVERSATION);
  return { adapter, seen };
}

describe('EligibilityBot on ActivityHandler’s own event chain', () => {
  it('a handler added with this.onMessage, as the samples add one, runs on every message after the bot has answered', async () => {
    const { adapter, seen } = botWithSampleHandlers();
    await adapter.send('help').assertReply((reply) => expect(reply.text).toContain('I ask a few questions'));
    await adapter.send('check eligibility').assertReply((reply) => expect(JSON.stringify(reply)).toMatch(/co-sell/i));
    expect(seen.filter((line) => line.startsWith('message:'))).toEqual(['message: help', 'message: check eligibility']);
  });

  it('onDialog handlers run after every activity, messages and joins alike', async () => {
    const { adapter, seen } = botWithSampleHandlers();
    await adapter.processActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'Pat' }] });
    await adapter.processActivity({ type: 'message', text: 'help' });
    expect(seen).toEqual(['dialog: conversationUpdate', 'message: help', 'dialog: message']);
  });

  it('the text a handler sees is the cleaned text the dialogs read (mention removed)', async () => {
    const { adapter, seen } = botWithSampleHandlers();
    await adapter.processActivity({
      type: 'message',
      text: '<at>Eligibility Bot</at> help',
      entities: [{ type: 'mention', mentioned: { id: 'bot-1', name: 'Eligibility Bot' }, text: '<at>Eligibility Bot</at>' }],
    });
    expect(seen).toContain('message: help');
  });
});
