import { MemoryStorage } from 'botbuilder';
import { describe, it } from 'vitest';
import { createTestBot } from '../support/botHarness';
import {
  BILLED_SALES_QUESTION,
  CO_SELL_QUESTION,
  COMMITMENT_QUESTION,
  NET_NEW_QUESTION,
  NOT_CAUGHT,
  TRANSACTIONS_QUESTION,
  play,
  shortCheck,
  toBilledSalesQuestion,
  toTransactionsQuestion,
  type Conversation,
  type Step,
} from '../support/conversationTable';

/** Every failure listed in issue 15, and each behaviour it asks for, as conversation cases run on both channels. */
const conversations: Conversation[] = [
  // Openings and small talk.
  ...['hi', 'hello there!', 'good morning'].map((greeting) => ({
    name: `"${greeting}" is greeted with what the bot does and the starting buttons`,
    steps: [[greeting, ['Azure IP co-sell top-tier benefits', 'Check eligibility'], [NOT_CAUGHT]]] as Step[],
  })),
  ...['Do we qualify for top tier?', "can you see if we're eligible", 'Check my eligibility for top-tier benefits', 'chek eligibilty pls'].map((opening) => ({
    name: `"${opening}" starts the check`,
    steps: [[opening, [CO_SELL_QUESTION], [NOT_CAUGHT]]] as Step[],
  })),
  {
    name: 'thanks, why, what next, closing the gap and bye after a result are all answered',
    steps: [
      ...shortCheck,
      ['thanks', ['You are welcome'], [NOT_CAUGHT]],
      ['why?', ['closest route', 'USD 400,000 short'], [NOT_CAUGHT]],
      ['what should I do next?', ['closest route'], [NOT_CAUGHT]],
      ['how can I close the gap fastest?', ['closest route'], [NOT_CAUGHT]],
      ['bye', ['Goodbye'], [NOT_CAUGHT]],
    ],
  },
  {
    name: 'the welcome card\'s "Explain the criteria" button shows the criteria',
    steps: [['Explain the criteria', ['USD 4 million', '12 net-new'], [NOT_CAUGHT]]],
  },
  {
    name: 'a card submit arrives as a named action',
    steps: [[{ action: 'criteria' }, ['USD 4 million'], [NOT_CAUGHT]]],
  },
  {
    name: 'small talk mid-check is answered and the open question asked again',
    steps: [
      ...toBilledSalesQuestion,
      ['hello?', ['middle of your check', BILLED_SALES_QUESTION]],
      ['thanks!', ['You are welcome', BILLED_SALES_QUESTION]],
    ],
  },
  {
    name: '"not sure if we\'re co-sell eligible" is not sure, never a no',
    steps: [
      ['check eligibility', [CO_SELL_QUESTION]],
      ["I'm not sure if we're co-sell eligible", ['transactable offer']],
      ['yes', [BILLED_SALES_QUESTION]],
      ['summary', ['a transactable offer in the commercial marketplace: yes'], ['Azure IP co-sell eligibility: no']],
    ],
  },
  // Answers filed under the metric they name.
  {
    name: '"14 transactions" at the net-new question is 14 transactions, never 14 net-new customers',
    steps: [
      ...toBilledSalesQuestion,
      ['3.6M', [NET_NEW_QUESTION]],
      ['14 transactions', ['marketplace transactions of at least USD 100: 14', NET_NEW_QUESTION], ['already meet', 'net-new customers over USD 10,000 each: 14']],
    ],
  },
  {
    name: '"12 net new customers" at the transactions question is 12 net-new customers',
    steps: [
      ...toTransactionsQuestion('3.6M', 'skip'),
      ['12 net new customers', ['net-new customers over USD 10,000 each: 12', 'already meet'], ['transactions of at least USD 100: 12']],
    ],
  },
  {
    name: '"actually billed sales was 4.2M" at the transactions question corrects billed sales and says what changed',
    steps: [
      ...toTransactionsQuestion('3.6M', '8'),
      ['actually billed sales was 4.2M', ['Changed:', 'USD 3,600,000 → USD 4,200,000', 'already meet'], ['4,200,000 transactions']],
    ],
  },
  {
    name: 'a correction after the result keeps the other answers and says what changed',
    steps: [
      ...shortCheck,
      ['actually billed sales was 4.2M', ['USD 3,600,000 → USD 4,200,000', 'You qualify'], [CO_SELL_QUESTION]],
      ['12 net new customers', ['8 → 12', 'You qualify'], [CO_SELL_QUESTION]],
    ],
  },
  // Commitments.
  {
    name: "a customer's MACC is explained and not counted as the partner's own commitment",
    steps: [
      ['Customer has a $35M MACC and 6 marketplace transactions', ["customer's MACC (USD 35,000,000) is not counted", CO_SELL_QUESTION]],
      ['yes', [BILLED_SALES_QUESTION]],
      ['skip', [NET_NEW_QUESTION]],
      ['skip', [COMMITMENT_QUESTION]],
      ['none', [/cannot tell yet|Not yet|Need more answers/], ['You qualify']],
    ],
  },
  {
    name: 'a MACC of unclear ownership is confirmed before it counts',
    steps: [
      ...toBilledSalesQuestion,
      ['we have a 35M MACC', ['itself sign', 'USD 35,000,000']],
      ['no', ["customer's MACC", BILLED_SALES_QUESTION]],
    ],
  },
  {
    name: "a customer's MACC mentioned after the result is explained and the other answers are kept",
    steps: [...shortCheck, ['the customer has a $40M MACC', ["customer's MACC (USD 40,000,000) is not counted", 'Not yet', 'USD 400,000 short'], [CO_SELL_QUESTION]]],
  },
  {
    name: 'a commitment the partner signed counts toward the USD 30M route',
    steps: [
      ['we signed a $35M commitment ourselves and have 6 transactions from 3 customers, co-sell eligible', ['USD 35,000,000', 'already meet']],
    ],
  },
  // Negations and estimates.
  ...["we don't have one", 'we have not signed one', 'nothing signed', 'not yet'].map((none) => ({
    name: `"${none}" to the commitment question is none, never USD 1`,
    steps: [...toTransactionsQuestion('3.6M', '8'), ['25 from 6', [COMMITMENT_QUESTION]], [none, ['Not yet'], ['USD 1 ', 'I read that as']]] as Step[],
  })),
  {
    name: '"about 4 million" qualifies with a word that the figure was an estimate near the threshold',
    steps: [
      ...toBilledSalesQuestion,
      ['about 4 million', ['already meet']],
      ['show my result', ['You qualify', 'You gave an estimate for marketplace billed sales', 'within 10% of the USD 4,000,000 threshold']],
    ],
  },
  {
    name: 'an estimate far from the threshold carries no warning',
    steps: [
      ...toBilledSalesQuestion,
      ['about 9 million', ['already meet']],
      ['show my result', ['You qualify'], ['gave an estimate']],
    ],
  },
  {
    name: '"11ish" is read as 11 and marked an estimate',
    steps: [
      ...toTransactionsQuestion('3.6M', '11ish'),
      ['skip', [COMMITMENT_QUESTION]],
      ['none', ['You gave an estimate for net-new customers over USD 10,000 each']],
    ],
  },
  {
    name: '"no, 4 million" after the read-back of "4" is taken, not thrown away',
    steps: [
      ...toBilledSalesQuestion,
      ['4', ['I read that as', 'USD 4']],
      ['no, 4 million', ['already meet'], ['try again']],
    ],
  },
  {
    name: 'a paragraph with one labelled figure is read, not refused for "more than one number"',
    steps: [
      ...toBilledSalesQuestion,
      ['billed sales over the period were 3.1M, mostly from two deals', [NET_NEW_QUESTION], ['more than one number']],
    ],
  },
  {
    name: '"25 tx from 6 customers" in a paste is kept',
    steps: [['MBS $3.6M, 8 net new, 25 tx from 6 customers, no commitment', ['transactions of at least USD 100: 25', 'unique customers behind those transactions: 6']]],
  },
  {
    name: '"co-sell ready but no transactable offer" gets plain words, never a field name',
    steps: [
      ['check eligibility', [CO_SELL_QUESTION]],
      ["we're co-sell ready but we don't have a transactable offer yet", ['includes having a transactable offer'], ['hasTransactableOffer', 'azureIpCoSellEligible']],
    ],
  },
  {
    name: 'spreadsheet rows pasted with tabs are read row by row',
    steps: [
      [
        'Partner: Contoso Ltd\nMBS (TTM)\t$3,450,000\nNet-new customers >$10k\t7\nTransactions >= $100\t26 from 7 customers\nCommitment\tnone',
        ['marketplace billed sales: USD 3,450,000', 'net-new customers over USD 10,000 each: 7', 'transactions of at least USD 100: 26', 'unique customers behind those transactions: 7', CO_SELL_QUESTION],
      ],
    ],
  },
  {
    name: '"MBS was more like 4.1M" at the transactions question corrects billed sales, never 4,100,000 transactions',
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['oh actually MBS was more like 4.1M, forgot a deal', ['USD 3,800,000 → USD 4,100,000', 'already meet'], ['4,100,000 transactions', 'of at least USD 100: 4,100,000']],
    ],
  },
  {
    name: 'a figure next to another metric\'s name that cannot be filed is asked about, not taken for the open question',
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['revenue last year 4.1', ['names another figure', TRANSACTIONS_QUESTION]],
    ],
  },
  {
    name: 'a read-back interrupted by a question is asked again, then answered',
    steps: [
      ...toBilledSalesQuestion,
      ['4', ['I read that as']],
      ['what is TTM?', ['trailing twelve months', 'I read that as']],
      ['no, 4.2 million', ['already meet']],
    ],
  },
  {
    name: 'a date named mid-check changes the rules and so the questions (no designation question before FY25)',
    today: '2025-01-15',
    steps: [
      ['check eligibility', [CO_SELL_QUESTION]],
      ['yes', [BILLED_SALES_QUESTION]],
      ['what about as of 30 June 2024?', ['30 Jun 2024', 'rules in force from 1 Jul 2023', BILLED_SALES_QUESTION], ['Industry AI']],
      ['$1M', [NET_NEW_QUESTION]],
      ['none', ['at least USD 100']],
      ['none', [COMMITMENT_QUESTION]],
      ['none', ['Not yet'], ['Industry AI']],
    ],
  },
  // What-ifs.
  {
    name: 'what-ifs change the USD 100+ transactions, stack, are labelled hypothetical, and never become the real numbers',
    steps: [
      ...shortCheck,
      ['what if we had 5 more transactions', ['hypothetical', 'Marketplace transactions of at least USD 100: 25 → 30']],
      ['what if we had 2 more customers', ['hypothetical', 'Unique customers behind those transactions: 6 → 8', 'You qualify']],
      ['summary', ['What-if figures (a scenario, not actuals): ', 'transactions of USD 100+: 30', 'unique customers: 8'], ['all transactions: 30;']],
      ['back to my real numbers', ['Back to your real numbers', 'Not yet']],
    ],
  },
  {
    name: 'a what-if can scale a figure: "double our MBS", "20% more transactions"',
    steps: [
      ...shortCheck,
      ['what if we double our MBS', ['hypothetical', 'USD 3,600,000 → USD 7,200,000', 'You qualify']],
      ['back to my real numbers', ['Back to your real numbers']],
      ['what if we had 20% more transactions', ['hypothetical', '25 → 30']],
    ],
  },
  {
    name: 'a bare change right after "Try a what-if" is a what-if, not a new check',
    steps: [
      ...shortCheck,
      [{ action: 'whatIf' }, ['Tell me what to change']],
      ['2 more net-new customers', ['hypothetical', '8 → 10'], [CO_SELL_QUESTION]],
    ],
  },
  // Program questions and as-of dates.
  ...(
    [
      ['what counts as a transaction?', 'offer-customer combination'],
      ['what benefits do I get with top tier?', 'seller incentivization'],
      ['how do I become co-sell eligible?', 'transactable offer published'],
      ['does a private offer count?', 'private offers count as separate transactions'],
      ['does Azure consumed revenue count?', 'Not for these pathways'],
      ['is this the same as Marketplace Rewards?', 'does not mention Marketplace Rewards'],
      ['what is PRACR?', 'December 31, 2025'],
      ['what is a MACC?', "customer's Microsoft Azure Consumption Commitment"],
    ] as const
  ).map(([question, answer]) => ({
    name: `"${question}" mid-check is answered from the program's pages with the source, then the question is asked again`,
    steps: [
      ...toBilledSalesQuestion,
      [question, [answer, 'Source: https://', BILLED_SALES_QUESTION], [NOT_CAUGHT]],
    ] as Step[],
  })),
  {
    name: '"would they have qualified on 30 June 2024?" checks as of that date and names the rules version',
    steps: [
      ['would they have qualified on 30 June 2024?', ['30 Jun 2024', 'rules in force from 1 Jul 2023', CO_SELL_QUESTION]],
      ['yes', ['1 Jul 2023 to 30 Jun 2024']],
      ['4.5M', ['already meet']],
      ['show my result', ['You qualify', 'Checked as of 30 Jun 2024 under the rules in force from 1 Jul 2023']],
    ],
  },
  {
    name: '"as of March 2025" after a result re-checks the same answers on that date once the partner says they apply',
    steps: [...shortCheck, ['as of March 2025', ['31 Mar 2025', 'rules in force from 1 Jul 2024', 'Were your figures the same']], ['Yes, same figures', ['Checked as of 31 Mar 2025']]],
  },
  {
    name: 'a date before any published rules is refused in plain words',
    steps: [['as of 1 January 2020', ['no published top-tier rules in force']]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`what partners actually type, on ${channelId}`, () => {
    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });

    it('"yes" to "Shall I reuse those answers?" reuses them', async () => {
      const storage = new MemoryStorage();
      await createTestBot({ channelId, storage, conversationId: 'first' }).say('co-sell eligible, $4.5M MBS, 0 net-new customers, 0 transactions, no commitment');
      await play(channelId, { name: 'reuse', steps: [['check eligibility', ['Shall I reuse']], ['yes', ['You qualify'], [NOT_CAUGHT]]] }, createTestBot({ channelId, storage, conversationId: 'second' }));
    });
  });
}
