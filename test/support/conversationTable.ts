import { createTestBot, expectReply } from './botHarness';

// Conversation tables shared by the tables of what partners type: steps played against the real bot.

/** `[userSays, botShows, botNeverShows]`; a step may send a card submit instead of text. */
export type Step = [userSays: string | { action: string }, botShows: Array<string | RegExp>, botNeverShows?: Array<string | RegExp>];
export interface Conversation {
  name: string;
  today?: string;
  steps: Step[];
}

export const CO_SELL_QUESTION = 'Azure IP co-sell eligible';
export const BILLED_SALES_QUESTION = 'marketplace billed sales** (MBS)';
export const NET_NEW_QUESTION = 'net-new customers** (new to the marketplace';
export const TRANSACTIONS_QUESTION = 'marketplace transactions of at least USD 100** did you have';
export const COMMITMENT_QUESTION = 'itself signed a cloud consumption commitment';
export const NOT_CAUGHT = /did not (catch|follow) that|could not read a number/;
/** Asked last in a whole check from 2026 (rules version 3), and only when a designation could change the answer. */
export const DESIGNATION_QUESTION = 'If yes, which one, and on what date';

export const toBilledSalesQuestion: Step[] = [
  ['check eligibility', [CO_SELL_QUESTION]],
  ['yes', [BILLED_SALES_QUESTION]],
];
export const toTransactionsQuestion = (billedSales: string, netNew: string): Step[] => [
  ...toBilledSalesQuestion,
  [billedSales, [NET_NEW_QUESTION]],
  [netNew, [TRANSACTIONS_QUESTION]],
];
/** A check that ends not qualified: MBS 3.6M, 8 net-new, 25 transactions from 6 customers, no commitment. */
export const shortCheck: Step[] = [...toTransactionsQuestion('3.6M', '8'), ['25 from 6', [COMMITMENT_QUESTION]], ['none', ['Not yet', 'USD 400,000 short']]];

/**
 * The day conversations run on unless they name one: under rules version 2 after its designation route ended
 * (30 Jun 2025), so a whole check ends at the commitment question. Conversations about the 2026 rules, whose
 * designation question comes last, name their own day.
 */
export const RULES_V2_TODAY = '2025-11-26';

/** Plays one conversation, asserting each step's reply. */
export async function play(channelId: string, conversation: Conversation, bot = createTestBot({ channelId, today: conversation.today ?? RULES_V2_TODAY })) {
  for (const [userSays, shows, neverShows = []] of conversation.steps) {
    const label = typeof userSays === 'string' ? userSays : JSON.stringify(userSays);
    const reply = typeof userSays === 'string' ? await bot.sayText(userSays) : await bot.sayText('', { value: userSays });
    expectReply(reply, label, shows, neverShows);
  }
}

