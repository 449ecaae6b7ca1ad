import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { checkFromLegacyDialogStack } from '../../dialogs/legacyDialogStack';
import { createTestBot } from '../support/botHarness';

const CONVERSATION_KEY = 'webchat/conversations/conversation-1/';

/**
 * Exactly what version 0.1 (the check as a botbuilder-dialogs dialog) stored after "check eligibility" and "yes":
 * captured from that version's bot on MemoryStorage, the billed-sales question waiting for an answer.
 */
const PARKED_BY_VERSION_0_1 = {
  dialogState: {
    dialogStack: [
      {
        id: 'root',
        state: {
          dialogs: {
            dialogStack: [
              {
                id: 'eligibilityCheck',
                state: { answers: { azureIpCoSellEligible: true }, skipped: [], history: ['coSell'], attempts: 0, announced: [], current: 'billedSales' },
              },
            ],
          },
        },
        version: '-528135689',
      },
    ],
  },
  session: { offeringReuse: false },
};

describe('checks parked by the botbuilder-dialogs version', () => {
  it('are read out of the nested dialog stack', () => {
    expect(checkFromLegacyDialogStack(PARKED_BY_VERSION_0_1.dialogState)).toEqual({
      answers: { azureIpCoSellEligible: true },
      skipped: [],
      history: ['coSell'],
      attempts: 0,
      announced: [],
      current: 'billedSales',
    });
  });

  it.each([
    ['nothing', undefined],
    ['an empty stack', { dialogStack: [] }],
    ['a root with no check running', { dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [] } } }] }],
    ['another dialog', { dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [{ id: 'somethingElse', state: { answers: {} } }] } } }] }],
    ['a check state missing its lists', { dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [{ id: 'eligibilityCheck', state: { answers: {} } }] } } }] }],
  ])('give no check for %s', (_name, stored) => {
    expect(checkFromLegacyDialogStack(stored)).toBeUndefined();
  });

  it('carry on at the question they were parked on, and are stored in the new shape afterwards', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [CONVERSATION_KEY]: structuredClone(PARKED_BY_VERSION_0_1) });
    const bot = createTestBot({ storage });

    const reply = await bot.sayText('3.6 million');

    expect(reply).toContain('net-new customers');
    // Without the carried-over check, the figure would start a new check that asks about co-sell eligibility again.
    expect(reply).not.toContain('co-sell eligible');
    const stored = (await storage.read([CONVERSATION_KEY]))[CONVERSATION_KEY] as Record<string, unknown>;
    expect(stored.dialogState).toBeUndefined();
    expect(stored.check).toMatchObject({ answers: { azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 }, awaiting: { kind: 'answer', question: 'netNew' } });
  });
});
