import { describe, expect, it } from 'vitest';
import { createTestBot, expectReply, visibleText } from '../support/botHarness';

type Step = [userSays: string, botShows: Array<string | RegExp>, botNeverShows?: Array<string | RegExp>];
interface Conversation {
  name: string;
  today?: string;
  steps: Step[];
}

const GAP = 'USD 400,000 short of USD 4,000,000';

/** Conversation cases as data (the shape of BotBuilder-Samples' core-bot tests), run on both channels. */
const conversations: Conversation[] = [
  {
    name: 'a full check that falls short names the gap, the window and the resources gallery',
    steps: [
      ['check eligibility', ['Azure IP co-sell eligible']],
      ['yes', ['marketplace billed sales', '27 Nov 2025 to 26 Nov 2026']],
      ['$3.6M', ['net-new customers']],
      ['ten', ['at least USD 100']],
      ['28 transactions from 7 customers', ['consumption commitment']],
      ['none', ['certified software', 'Industry AI', 'does not name the Security designation']],
      ['no', [GAP, 'https://aka.ms/azureipcosellresources', '27 Nov 2025', /rules in force from 1 Jan 2026/i, "Microsoft's PRACR page says"]],
    ],
  },
  {
    name: 'meeting a criterion early is announced, and the partner can stop there',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['4.2 million', ['already meet', 'Show my result', 'Keep going']],
      ['show my result', ['You qualify', 'marketplace performance']],
    ],
  },
  {
    name: 'after an early success the partner can keep going for the full picture',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['USD 4,200,000', ['already meet']],
      ['keep going', ['net-new customers']],
      ['12', ['at least USD 100']],
      ['30 from 8', ['consumption commitment']],
      ['none', ['You qualify', 'You also meet']],
    ],
  },
  {
    name: 'skipping every question leaves the result undetermined with what would settle it',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['not sure', ['transactable offer']],
      ['skip', ['billed sales']],
      ['skip', ['net-new']],
      ["don't know", ['at least USD 100']],
      ['skip', ['consumption commitment']],
      ['skip', ['Industry AI']],
      ['skip', [/need more answers|cannot tell yet/i]],
    ],
  },
  {
    name: 'interruptions are answered and the pending question repeated; back and cancel work',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['what does net-new mean?', ['net-new to the Microsoft commercial marketplace', 'billed sales']],
      ['what is MACC?', ['Azure Consumption Commitment', 'billed sales']],
      ['help', ['skip', 'billed sales']],
      ['back', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['cancel', ['Stopped']],
      ['check eligibility', ['billed sales'], ['co-sell eligible']],
    ],
  },
  {
    name: 'nonsense is re-prompted, and after three tries the bot offers help instead of looping',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['banana', ['could not read', 'billed sales']],
      ['blue', ['could not read']],
      ['purple', ['Let me help', 'skip']],
      ['$1M', ['net-new']],
    ],
  },
  {
    name: 'non-USD, negative and European-format amounts get a clear re-prompt',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['€4M', ['US dollars']],
      ['-5', ['negative']],
      ['4.000.000', ['US format']],
      ['4,000,000', ['already meet']],
    ],
  },
  {
    name: 'an ambiguous bare number is read back before it is used',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['4', ['I read that as', 'USD 4']],
      ['no', ['try again', 'billed sales']],
      ['4', ['I read that as']],
      ['yes', ['net-new']],
    ],
  },
  {
    name: 'a one-shot message is parsed whole and only the missing answer is asked',
    steps: [
      ['Partner has $3.2M MBS, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment', ['understood', 'USD 3,200,000', 'co-sell eligible']],
      ['yes', ['Industry AI']],
      ['no', ['USD 800,000 short of USD 4,000,000']],
      ['what if we add 2 net-new customers?', ['10 → 12', 'Status: not yet qualified → qualified', 'You qualify']],
      ['summary', ['Azure IP co-sell top tier, as of', 'USD 3,200,000', 'https://aka.ms/azureipcosellresources']],
      ['change billed sales to 4.1M', ['USD 4,100,000']],
    ],
  },
  {
    name: 'which rules do you use lists the versions and what changed',
    steps: [['which rules do you use?', [/version 1/i, /version 2/i, /designation/i]]],
  },
  {
    name: 'the designation question is asked last while the FY25 route is in force, naming Security too',
    today: '2025-01-15',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['$1M', ['net-new']],
      ['none', ['at least USD 100']],
      ['none', ['consumption commitment']],
      ['none', ['Industry AI', '(Azure or Security)']],
      ['yes, Azure, 2024-09-15', ['You qualify']],
    ],
  },
  {
    name: 'from 2026 a designation for Azure attained last month qualifies, counted from the first of this month',
    today: '2026-03-01',
    steps: [
      ['Partner has $1M MBS, no net-new customers, no transactions, no commitment', ['understood', 'co-sell eligible']],
      ['yes', ['designation for **Azure**', 'Industry AI']],
      ['yes, Azure, 2026-02-27', ['You qualify', "Microsoft's PRACR page says"]],
    ],
  },
  {
    name: 'from 2026 a Security designation is not counted, and the answer says the PRACR page does not name it',
    today: '2026-03-01',
    steps: [
      ['Partner has $1M MBS, no net-new customers, no transactions, no commitment', ['understood', 'co-sell eligible']],
      ['yes', ['does not name the Security designation']],
      ['yes, Security, 2026-01-10', ['does not name the certified software designation for Security'], ['You qualify']],
    ],
  },
  {
    name: 'a partner who already meets a criterion is not asked about designations',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales']],
      ['USD 4,200,000', ['already meet']],
      ['keep going', ['net-new customers']],
      ['12', ['at least USD 100']],
      ['30 from 8', ['consumption commitment']],
      ['none', ['You qualify'], ['Industry AI designation on Azure?']],
    ],
  },
  {
    name: 'the designation question is not asked after FY25',
    steps: [
      ['check eligibility', ['co-sell eligible']],
      ['yes', ['billed sales'], ['Industry AI']],
    ],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`the guided check on ${channelId}`, () => {
    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      const bot = createTestBot({ channelId, today: conversation.today });
      for (const [userSays, shows, neverShows = []] of conversation.steps) {
        expectReply(await bot.sayText(userSays), userSays, shows, neverShows);
      }
    });
  });
}

describe('channel behaviour', () => {
  it('welcomes a new member with the three starting buttons, once', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    const replies = await bot.join();
    expect(replies).toHaveLength(1);
    const titles = replies[0]!.suggestedActions?.actions.map((a) => a.title);
    expect(titles).toEqual(['Check eligibility', 'Explain the criteria', 'Help']);
    expect(await bot.join()).toHaveLength(0);
  });

  it('Teams gets the welcome buttons on an Adaptive Card, since it has no suggested actions in channels', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const [welcome] = await bot.join();
    expect(welcome!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect((welcome!.attachments?.[0]?.content as { actions: unknown[] }).actions).toEqual(
      ['Check eligibility', 'Explain the criteria', 'Help'].map((title) => ({ type: 'Action.Submit', title, data: { text: title } })),
    );
  });

  it('a Teams button press (a submit carrying the button\'s words, no text) answers like typing them', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const [question] = await bot.send({ type: 'message', value: { text: 'Check eligibility' } });
    expect(visibleText(question!)).toContain('co-sell eligible');
    const [next] = await bot.send({ type: 'message', value: { text: 'Yes' } });
    expect(visibleText(next!)).toContain('billed sales');
  });

  it('a Web Chat join event is welcomed too', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    const replies = await bot.send({ type: 'event', name: 'webchat/join' });
    expect(replies[0]?.text).toContain('Azure IP co-sell top-tier benefits');
  });

  it('an @mention in a Teams channel is removed before the text is read', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const mention = { type: 'mention', mentioned: { id: 'bot-1', name: 'Eligibility Bot' }, text: '<at>Eligibility Bot</at>' };
    expect(await bot.sayText('<at>Eligibility Bot</at> check eligibility', { entities: [mention] })).toContain('co-sell eligible');
    await bot.sayText('<at>Eligibility Bot</at> yes', { entities: [mention] });
    expect(await bot.sayText('<at>Eligibility Bot</at> $1M', { entities: [mention] })).toContain('net-new');
    expect(await bot.sayText('<at>Bot</at> 12')).toContain('already meet');
  });

  it('an Adaptive Card submit is handled like the words it stands for', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    expect(await bot.sayText('', { value: { action: 'checkEligibility' } })).toContain('co-sell eligible');
    expect(await bot.sayText('', { value: { action: 'startOver' } })).toContain('Starting over');
  });

  it('a returning user is offered their last answers and can reuse them', async () => {
    const storage = (await import('botbuilder')).MemoryStorage;
    const shared = new storage();
    const first = createTestBot({ storage: shared, conversationId: 'first' });
    await first.say('$4.5M MBS, 0 net-new customers, 0 transactions, no commitment');
    await first.say('yes');
    const second = createTestBot({ storage: shared, conversationId: 'second' });
    const offer = await second.sayText('check eligibility');
    expect(offer).toContain('Welcome back');
    expect(offer).toContain('USD 4,500,000');
    expect(await second.sayText('reuse my answers')).toContain('You qualify');
  });

  it('a message over the length cap gets a polite refusal and reaches no dialog', async () => {
    const bot = createTestBot();
    expect(await bot.sayText('4'.repeat(6000))).toContain('too long');
  });

  it('tenants outside the allow-list are refused politely and reach no dialog', async () => {
    const bot = createTestBot({ channelId: 'msteams', allowedTenantIds: ['tenant-a'] });
    const refused = await bot.sayText('check eligibility', { channelData: { tenant: { id: 'tenant-b' } } });
    expect(refused).toContain('not available');
    expect(refused).not.toContain('co-sell eligible');
    expect(await bot.sayText('check eligibility', { channelData: {} })).toContain('not available');
    expect(await bot.sayText('check eligibility', { channelData: { tenant: { id: 'tenant-a' } } })).toContain('co-sell eligible');
  });
});
