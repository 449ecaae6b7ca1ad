import { describe, it } from 'vitest';
import {
  BILLED_SALES_QUESTION,
  CO_SELL_QUESTION,
  COMMITMENT_QUESTION,
  DESIGNATION_QUESTION,
  NET_NEW_QUESTION,
  NOT_CAUGHT,
  TRANSACTIONS_QUESTION as TRANSACTIONS,
  play,
  toBilledSalesQuestion,
  toTransactionsQuestion,
  type Conversation,
  type Step,
} from '../support/conversationTable';

// The findings of a second black-box tester (tester C), each with the tester's exact words and the ways others
// would say the same thing, played on Teams and on Web Chat.

const WHAT_IF_LATER = 'once your result is ready';
/** The 2026 rules ask the designation question last; the tester ran on 7 Dec 2026. */
const TESTER_DAY = '2026-12-07';

/** At the commitment question with 20 transactions from 5 customers (the tester's e3). */
const atCommitment: Step[] = [...toTransactionsQuestion('3m', '5'), ['20 transactions from 5 customers', [COMMITMENT_QUESTION]]];
/** At the designation question with 28 transactions from 7 customers and no commitment (the tester's c1). */
const atDesignation: Step[] = [...toTransactionsQuestion('3.8M', '9'), ['28 transactions from 7 customers', [COMMITMENT_QUESTION]], ['none', [DESIGNATION_QUESTION]]];

const whatIfsBeforeResult = [
  'what if we had 10 more transactions?',
  'and 1 more customer',
  'what if we had 2 more transactions?',
  'what if we had 5 more transactions?',
  'suppose we win two more customers',
  'what about 10 fewer transactions',
  'hypothetically, 40 transactions',
  'imagine MBS was 4.5M',
];

const conversations: Conversation[] = [
  // C1/C2: a what-if before the result never changes a real figure, and never reads its delta as the count.
  ...whatIfsBeforeResult.map((said) => ({
    name: `"${said}" at the commitment question changes no real figure`,
    today: TESTER_DAY,
    steps: [
      ...atCommitment,
      [said, [WHAT_IF_LATER, COMMITMENT_QUESTION], ['Changed:', 'cannot be more unique customers', NOT_CAUGHT]],
      ['summary', ['transactions of at least USD 100: 20', 'unique customers behind those transactions: 5', 'marketplace billed sales: USD 3,000,000'], ['20 → ']],
    ] as Step[],
  })),
  ...whatIfsBeforeResult.slice(0, 4).map((said) => ({
    name: `"${said}" at the designation question changes no real figure`,
    today: TESTER_DAY,
    steps: [
      ...atDesignation,
      [said, [WHAT_IF_LATER, DESIGNATION_QUESTION], ['Changed:', 'cannot be more unique customers', 'Which designation']],
      ['summary', ['transactions of at least USD 100: 28', 'unique customers behind those transactions: 7']],
    ] as Step[],
  })),
  ...["let's say 30 from 8", 'I suppose about 30 from 8 customers'].map((said) => ({
    name: `"${said}" at the transactions question is a hedged answer, not a what-if`,
    steps: [...toTransactionsQuestion('3m', '5'), [said, ['already meet'], [WHAT_IF_LATER]]] as Step[],
  })),
  {
    name: 'a labelled correction mid-check still corrects ("actually 30 transactions from 7 customers")',
    today: TESTER_DAY,
    steps: [...atCommitment, ['actually 30 transactions from 7 customers', ['Changed:', '20 → 30']]],
  },
  // C7: "back to my real numbers" before a result is no designation answer.
  ...['back to my real numbers', 'Back to my real numbers', 'go back to my real numbers please'].map((said) => ({
    name: `"${said}" at the designation question says no what-if is applied`,
    today: TESTER_DAY,
    steps: [...atDesignation, [said, ['real numbers', DESIGNATION_QUESTION], ['Which designation']]] as Step[],
  })),
  {
    name: '"back to my real numbers" at the billed-sales question asks it again',
    steps: [...toBilledSalesQuestion, ['back to my real numbers', ['real numbers', BILLED_SALES_QUESTION], [NOT_CAUGHT]]],
  },
  // C6: "Yes, same figures" typed mid-check after a date change.
  ...['Yes, same figures', 'yes same figures', 'same figures'].map((said) => ({
    name: `"${said}" after a date change mid-check keeps the figures`,
    steps: [
      ...toBilledSalesQuestion,
      ['3.6M', [NET_NEW_QUESTION]],
      ['as of March 2025', [NET_NEW_QUESTION]],
      [said, ['keep the figures', NET_NEW_QUESTION], [NOT_CAUGHT]],
      ['summary', ['USD 3,600,000']],
    ] as Step[],
  })),
  {
    name: 'a bare answer after all this still answers the open question',
    today: TESTER_DAY,
    steps: [...atCommitment, ['what if we had 10 more transactions?', [WHAT_IF_LATER]], ['none', [DESIGNATION_QUESTION]]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's chat findings, on ${channelId}`, () => {
    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C3: a "Customers" column next to "Transactions" in a pasted header row is the unique customers behind them.
const headerPastes = [
  'MBS\tNet-new\tTransactions\tCustomers\n3100000\t7\t29\t8',
  'MBS\tNet-new\tTransactions\t# Customers\n3100000\t7\t29\t8',
  'MBS | Net-new | Transactions | Clients\n3100000 | 7 | 29 | 8',
  'Billed sales\tNet new customers\tTx\tCustomers\n3,100,000\t7\t29\t8',
];
const pasteConversations: Conversation[] = headerPastes.map((paste) => ({
  name: `the header-row paste ${JSON.stringify(paste)} keeps the 8 customers and the closest route is 1 more transaction`,
  steps: [
    [paste, ['unique customers behind those transactions: 8', CO_SELL_QUESTION], [TRANSACTIONS]],
    ['yes', [COMMITMENT_QUESTION]],
    ['none', ['Not yet', 'closest route is 30 marketplace transactions', 'you are 1 short'], ['closest route is USD 4 million']],
    ['summary', ['transactions of USD 100+: 29', 'unique customers: 8']],
  ] as Step[],
}));

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's header-row pastes, on ${channelId}`, () => {
    it.each(pasteConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C4: a transaction count with no customers is followed by "from how many unique customers?".
const CUSTOMERS_QUESTION = 'how many **unique customers** were those transactions from';
const countOnlyConversations: Conversation[] = [
  ...['14 transactions', '9', '14', 'about 20 transactions', 'we had 28 transactions'].map((said) => ({
    name: `"${said}" at the transactions question asks for the unique customers behind them`,
    steps: [
      ...toTransactionsQuestion('3m', '5'),
      [said, [CUSTOMERS_QUESTION], [COMMITMENT_QUESTION]],
      ['7', [COMMITMENT_QUESTION]],
      ['summary', ['unique customers behind those transactions: 7']],
    ] as Step[],
  })),
  {
    name: '"not sure" at the customers follow-up moves on to the commitment',
    steps: [...toTransactionsQuestion('3m', '5'), ['14 transactions', [CUSTOMERS_QUESTION]], ['not sure', [COMMITMENT_QUESTION], [CUSTOMERS_QUESTION]]],
  },
  {
    name: '"20 transactions from 5 customers" asks no follow-up',
    steps: [...toTransactionsQuestion('3m', '5'), ['20 transactions from 5 customers', [COMMITMENT_QUESTION], [CUSTOMERS_QUESTION]]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's transaction counts without customers, on ${channelId}`, () => {
    it.each(countOnlyConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C5: "back" after a result reopens the last question and keeps its answer until another replaces it.
const commitmentResult: Step[] = [
  ...toTransactionsQuestion('1.5 million', '4'),
  ['12 transactions from 5 customers', [COMMITMENT_QUESTION]],
  ['we signed a 35M commitment ourselves', ['You qualify']],
];
const backConversations: Conversation[] = [
  ...['back', 'go back', 'Back'].map((said) => ({
    name: `"${said}" after a what-if on a commitment result keeps the USD 35M commitment`,
    steps: [
      ...commitmentResult,
      ['what if we had 3 more transactions', ['hypothetical']],
      [said, ['USD 35,000,000', COMMITMENT_QUESTION]],
      ['summary', ['USD 35,000,000']],
      ['we signed 35M ourselves', ['You qualify']],
    ] as Step[],
  })),
  {
    name: '"back" then a date keeps the commitment (the tester\'s c8)',
    steps: [...commitmentResult, ['back', [COMMITMENT_QUESTION]], ['as of March 2025', ['31 Mar 2025', 'You qualify']], ['summary', ['USD 35,000,000']]],
  },
  {
    name: '"back" then a new answer replaces the commitment',
    steps: [...commitmentResult, ['back', [COMMITMENT_QUESTION]], ['none', ['Not yet']], ['summary', ['USD 0'], ['USD 35,000,000']]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's "back" after a result, on ${channelId}`, () => {
    it.each(backConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C8/C9: who owns a MACC, said after the customer's MACC came up.
const CUSTOMER_MACC = "customer's MACC";
const maccConversations: Conversation[] = [
  ...["it's the customer's", "It's the customer's.", "the client's, not ours", 'theirs', 'the customer signed it', 'it belongs to the customer'].map((said) => ({
    name: `"${said}" after a customer's MACC at the billed-sales question says it is left out, not a glossary entry`,
    steps: [
      ...toBilledSalesQuestion,
      ['our customer Contoso has a 50M MACC', [CUSTOMER_MACC, BILLED_SALES_QUESTION]],
      [said, [CUSTOMER_MACC, BILLED_SALES_QUESTION], ['**Net-new**', NOT_CAUGHT]],
      ['3.6M', [NET_NEW_QUESTION]],
    ] as Step[],
  })),
  ...["the customer has a MACC of 60M, we don't have one", 'customer has a 60M MACC, we have none', "the customer's MACC is 60M; we didn't sign one"].map((said) => ({
    name: `"${said}" at the commitment question records none for the partner's own commitment`,
    steps: [
      ...toTransactionsQuestion('3m', '5'),
      ['14 transactions from 5 customers', [COMMITMENT_QUESTION]],
      [said, [CUSTOMER_MACC, 'Not yet'], [COMMITMENT_QUESTION]],
      ['summary', ['signed commitment: USD 0']],
    ] as Step[],
  })),
  {
    name: 'a customer MACC alone at the commitment question still asks for the partner\'s own',
    steps: [...toTransactionsQuestion('3m', '5'), ['14 transactions from 5 customers', [COMMITMENT_QUESTION]], ['the customer has a MACC of 60M', [CUSTOMER_MACC, COMMITMENT_QUESTION]]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's MACC ownership, on ${channelId}`, () => {
    it.each(maccConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C10: "none" (or a bare figure) at the "Show my result | Keep going" prompt says which question it answered.
const stopPromptConversations: Conversation[] = [
  ...['none', 'zero', '0', '3'].map((said) => ({
    name: `"${said}" at the show-or-keep-going prompt says it was taken as the net-new answer`,
    steps: [
      ...toBilledSalesQuestion,
      ['USD 4,200,000', ['already meet']],
      [said, [`took "${said}" as your net-new`, 'back', TRANSACTIONS]],
    ] as Step[],
  })),
  {
    name: '"5 net-new customers" at the show-or-keep-going prompt needs no such note',
    steps: [...toBilledSalesQuestion, ['USD 4,200,000', ['already meet']], ['5 net-new customers', [TRANSACTIONS], ['took "']]],
  },
  {
    name: '"Keep going" at the prompt still asks the next question plainly',
    steps: [...toBilledSalesQuestion, ['USD 4,200,000', ['already meet']], ['Keep going', [NET_NEW_QUESTION], ['took "']]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's answers at the show-or-keep-going prompt, on ${channelId}`, () => {
    it.each(stopPromptConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C11: "no" right after a result whose only missing answer is co-sell eligibility is that answer.
const pendingCoSell: Step[] = [
  ['check eligibility', [CO_SELL_QUESTION]],
  ['not sure', ['transactable offer']],
  ['yes', [BILLED_SALES_QUESTION]],
  ['3.6M', [NET_NEW_QUESTION]],
  ['eleven', [TRANSACTIONS]],
  ['skip', [COMMITMENT_QUESTION]],
  ['$210M signed by us', ['Need more answers', 'co-sell eligible']],
];
const yesNoConversations: Conversation[] = [
  ...['no', 'No', 'nope', 'no we are not'].map((said) => ({
    name: `"${said}" after a result needing only co-sell eligibility answers it`,
    steps: [...pendingCoSell, [said, ['as your answer on', 'Not yet'], [NOT_CAUGHT]], ['summary', ['Result: not Azure IP co-sell eligible']]] as Step[],
  })),
  ...['yes', 'yes we are'].map((said) => ({
    name: `"${said}" after a result needing only co-sell eligibility answers it`,
    steps: [...pendingCoSell, [said, ['as your answer on', 'You qualify'], [NOT_CAUGHT]]] as Step[],
  })),
  {
    name: '"no" after a complete result still gets the fallback',
    steps: [
      ...toTransactionsQuestion('3.6M', '8'),
      ['25 from 6', [COMMITMENT_QUESTION]],
      ['none', ['Not yet']],
      ['no', [NOT_CAUGHT], ['as your answer on']],
    ],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's yes/no after a result, on ${channelId}`, () => {
    it.each(yesNoConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}

// C12: the estimate note names only the hedged figure; "why?" and "what should I do next?" answer differently.
const notShort: Step[] = [...toTransactionsQuestion('3.95M', '11'), ['11 transactions from 8 customers', [COMMITMENT_QUESTION]], ['none', ['Not yet', 'USD 50,000 short']]];
const cosmeticConversations: Conversation[] = [
  ...['30ish transactions from 8 customers', 'about 30 transactions from 8 customers', '~30 tx from 8 customers'].map((said) => ({
    name: `"${said}" flags only the transactions as an estimate`,
    steps: [
      ...toTransactionsQuestion('3m', '10'),
      [said, ['already meet']],
      ['show my result', ['estimate for marketplace transactions'], ['estimate for unique customers']],
    ] as Step[],
  })),
  {
    name: '"why?" explains the result; "what should I do next?" gives the fastest next step',
    steps: [
      ...notShort,
      ['why?', ['do not yet qualify'], ['Fastest next step']],
      ['what should I do next?', ['Fastest next step: USD 50,000 more in marketplace billed sales'], ['do not yet qualify']],
      ['what next', ['Fastest next step']],
    ],
  },
  {
    name: '"what should I do next?" after a qualifying result says nothing more is needed',
    steps: [...toBilledSalesQuestion, ['4.3M', ['already meet']], ['show my result', ['You qualify']], ['what should I do next?', ['nothing more to qualify']]],
  },
  {
    name: '"why?" and "what should I do next?" mid-check answer differently',
    steps: [...toBilledSalesQuestion, ['why?', ['once I have the numbers', BILLED_SALES_QUESTION]], ['what should I do next?', ['open question', BILLED_SALES_QUESTION], ['once I have the numbers']]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester C's cosmetic findings, on ${channelId}`, () => {
    it.each(cosmeticConversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}
