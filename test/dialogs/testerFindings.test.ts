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
  shortCheck,
  toBilledSalesQuestion,
  toTransactionsQuestion,
  type Conversation,
  type Step,
} from '../support/conversationTable';

const HYPOTHETICAL = 'hypothetical';

/** A check that qualifies on MBS only: "about 4.3 million", 5 net-new, "30ish from 8 customers", no commitment. */
const hedgedQualifyingCheck: Step[] = [
  ...toBilledSalesQuestion,
  ['about 4.3 million', ['already meet']],
  ['Keep going', [NET_NEW_QUESTION]],
  ['5', [TRANSACTIONS]],
  ['30ish from 8 customers', [COMMITMENT_QUESTION]],
  ['none', ['You qualify']],
];

/**
 * The chat findings of a black-box tester who used the bot as partners and support staff do, each with the
 * tester's exact words and the ways others would say the same thing, played on Teams and on Web Chat.
 */
const conversations: Conversation[] = [
  // #17: a follow-up what-if stacks on the last what-if and never overwrites the real figures.
  ...['and 10 fewer transactions', '10 fewer transactions', 'and 10 less transactions', 'what about 10 fewer transactions'].map((followUp) => ({
    name: `"${followUp}" after a what-if stacks on it and leaves the real figures alone`,
    steps: [
      ...hedgedQualifyingCheck,
      [{ action: 'whatIf' }, ['Tell me what to change']],
      ['billed sales 3.5M', [HYPOTHETICAL, 'USD 4,300,000 → USD 3,500,000']],
      [followUp, [HYPOTHETICAL, 'Marketplace transactions of at least USD 100: 30 → 20', 'Not yet'], ['30 → 10']],
      ['summary', ['Result: qualifies', 'transactions of USD 100+: 30;', 'What-if figures (a scenario, not actuals): billed sales: USD 3,500,000; transactions of USD 100+: 20']],
      ['back to my real numbers', ['Back to your real numbers', 'You qualify']],
    ] as Step[],
  })),
  {
    name: 'a bare figure while a what-if is shown is another what-if; "actually" still corrects the real figures',
    steps: [
      ...shortCheck,
      ['what if we had 5 more transactions?', [HYPOTHETICAL, '25 → 30']],
      ['and 2 more customers', [HYPOTHETICAL, '6 → 8', 'You qualify']],
      ['billed sales 3.9M', [HYPOTHETICAL, 'USD 3,600,000 → USD 3,900,000']],
      ['actually our real billed sales was 3.7M', ['USD 3,600,000 → USD 3,700,000', 'Not yet'], [HYPOTHETICAL]],
      ['summary', ['Result: does not yet qualify', 'billed sales: USD 3,700,000'], ['What-if figures']],
    ],
  },
  {
    name: '"2 more customers" right after a result, with no what-if button, is a what-if',
    steps: [...shortCheck, ['2 more customers', [HYPOTHETICAL, '6 → 8']], ['summary', ['Result: does not yet qualify', 'unique customers: 6.', 'unique customers: 8.']]],
  },
  // #3: the summary keeps the real result while a what-if is shown, and labels the what-if figures.
  {
    name: 'the summary during what-ifs states the real result (the tester\'s 3.8M / 9 / 28 from 7 case)',
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['28 from 7', [COMMITMENT_QUESTION]],
      ['none', ['Not yet', 'USD 200,000 short']],
      ['what if we had 5 more transactions?', [HYPOTHETICAL]],
      ['and 2 more customers', [HYPOTHETICAL, 'You qualify']],
      [
        'summary',
        [
          'Result: does not yet qualify',
          'Closest route: USD 4 million in marketplace billed sales',
          'transactions of USD 100+: 28',
          'What-if figures (a scenario, not actuals): transactions of USD 100+: 33; unique customers: 9.',
          'With them: qualifies',
        ],
        ['Result: qualifies'],
      ],
    ],
  },
  // #22: a small dollar figure with no "$" or "million" is read back, however it is labelled.
  ...['MBS was about 3.6', 'billed sales 3.6', 'mbs: 3.6', 'our marketplace billed sales were 4.2'].map((answer) => ({
    name: `"${answer}" is read back before it counts, never stored as a few dollars`,
    steps: [
      ...toBilledSalesQuestion,
      [answer, ['I read that as', 'Is that right?'], [NET_NEW_QUESTION]],
      ['no, 3.6 million', [NET_NEW_QUESTION]],
      ['summary', ['marketplace billed sales: USD 3,600,000']],
    ] as Step[],
  })),
  {
    name: '"MBS was about 3.6" after a result is read back before it changes the result',
    steps: [...shortCheck, ['MBS was about 3.6', ['I read that as **USD 3.60**'], ['USD 3,999,996']], ['no, 4.1 million', ['You qualify']]],
  },
  {
    name: 'a labelled "MBS 3.6M" is taken without a read-back',
    steps: [...toBilledSalesQuestion, ['MBS was about 3.6M', [NET_NEW_QUESTION], ['I read that as']]],
  },
  // #1: a hedged count with typos is an answer, never small talk.
  ...['hmm we have like 9 new custmers i think', 'like 9 i think', 'uh maybe 9 new costumers', 'around 9 net new cusomers, thanks'].map((answer) => ({
    name: `"${answer}" at the net-new question is 9 net-new customers`,
    steps: [
      ...toBilledSalesQuestion,
      ['3.8M', [NET_NEW_QUESTION]],
      [answer, [TRANSACTIONS], ['You are welcome', NET_NEW_QUESTION]],
      ['summary', ['net-new customers over USD 10,000 each: 9']],
    ] as Step[],
  })),
  // #27: ownership said in the same message is taken.
  ...[
    'co-sell eligible yes, mbs 1M, 2 net-new, 4 transactions from 4 customers, we signed a 30M MACC ourselves',
    'co-sell eligible, MBS 1M, 4 transactions from 4 customers; our own MACC of 30M',
    'co-sell eligible yes, mbs 1M, 4 transactions from 4 customers, 30M MACC signed by us',
  ].map((paste) => ({
    name: `"${paste}" counts the partner's own commitment`,
    steps: [[paste, ['consumption commitment: USD 30,000,000'], ["customer's MACC", 'itself sign']]] as Step[],
  })),
  {
    name: "a customer's MACC in its own clause is still the customer's",
    steps: [['co-sell eligible, 4 transactions from 4 customers, the customer has a 30M MACC', ["customer's MACC (USD 30,000,000) is not counted"]]],
  },
  // #6: "one" as a pronoun is not a second number.
  ...['we signed one for 35 million', 'yes, we have one of 35M', 'signed one worth $35M'].map((answer) => ({
    name: `"${answer}" at the commitment question is USD 35,000,000`,
    steps: [
      ...toTransactionsQuestion('1.2M', '3'),
      ['10 from 4', [COMMITMENT_QUESTION]],
      [answer, ['You qualify', 'USD 30 million cloud consumption commitment'], ['more than one number']],
    ] as Step[],
  })),
  {
    name: '"35 from one customer" still counts the one customer',
    steps: [...toTransactionsQuestion('1.2M', '3'), ['35 from one customer', [COMMITMENT_QUESTION]], ['summary', ['unique customers behind those transactions: 1']]],
  },
  // #23: an unlabelled correction goes to the answer it corrects.
  ...['sorry i meant 3.6M not 3.8', 'oops, 3.6M not 3.8M', 'my mistake, it was $3.6 million', 'actually 3.6M', 'sorry, 3.6 not 3.8'].map((correction) => ({
    name: `"${correction}" at the transactions question corrects billed sales`,
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      [correction, ['USD 3,800,000 → USD 3,600,000', TRANSACTIONS], ['whole number']],
    ] as Step[],
  })),
  ...[
    ['sorry i meant 3.6M not 3.8', 'Marketplace billed sales: USD 3,800,000 → USD 3,600,000'],
    ['oops, it should be $3.6 million', 'Marketplace billed sales: USD 3,800,000 → USD 3,600,000'],
    ['sorry I meant 8 not 9', '9 → 8'],
    ['sorry, 3.6 not 3.8', 'Marketplace billed sales: USD 3,800,000 → USD 3,600,000'],
  ].map(([correction, change]) => ({
    name: `"${correction}" after the result corrects the real figures and says what changed`,
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['28 from 7', [COMMITMENT_QUESTION]],
      ['none', ['Not yet']],
      [correction!, [change!, 'Not yet'], [NOT_CAUGHT, HYPOTHETICAL]],
    ] as Step[],
  })),
  {
    name: 'an unlabelled correction that matches no answer asks which figure it is',
    steps: [...shortCheck, ['sorry, 12', ['Which figure is 12?'], [NOT_CAUGHT]]],
  },
  {
    name: '"sorry I meant 8 not 9" corrects the answer that was 9',
    steps: [...toTransactionsQuestion('3.8M', '9'), ['sorry I meant 8 not 9', ['9 → 8', TRANSACTIONS]]],
  },
  // Regression guard: "actually it's 9" at a count question answers that question.
  {
    name: 'a correction word with a figure that fits the open question answers it',
    steps: [...toBilledSalesQuestion, ['3.8M', [NET_NEW_QUESTION]], ["actually it's 9", [TRANSACTIONS]], ['summary', ['over USD 10,000 each: 9']]],
  },
  // #4: a spreadsheet copied with its header row.
  ...[
    'Partner\tMBS\tNet-new >10k\tTransactions\tUnique customers\tCommitment\nContoso\t4,150,000\t3\t12\t4\t0',
    'MBS\tNet-new >10k\tTransactions\tUnique customers\tCommitment\n4,150,000\t3\t12\t4\t0',
    'Billed sales (TTM)\tNet new customers over $10k\tTxns >= $100\tUnique customers\tMACC\n"$4,150,000"\t3\t12\t4\tnone',
    '| MBS | Net new | Transactions | Unique customers |\n| 4,150,000 | 3 | 12 | 4 |',
  ].map((paste) => ({
    name: `a header row and a data row are read by column: ${JSON.stringify(paste.slice(0, 40))}…`,
    steps: [
      [paste, ['marketplace billed sales: USD 4,150,000', 'net-new customers over USD 10,000 each: 3', CO_SELL_QUESTION], [NOT_CAUGHT]],
      ['yes', [/You qualify|already meet \*\*USD 4 million/]],
    ] as Step[],
  })),
  // #24: an answer typed at "Show my result / Keep going" keeps going with it.
  ...['none', 'no commitment', 'we have not signed one'].map((answer) => ({
    name: `"${answer}" at the show-or-keep-going prompt answers the next question`,
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['30 from 9', ['already meet', 'Keep going']],
      [answer, ['You qualify'], [COMMITMENT_QUESTION]],
    ] as Step[],
  })),
  // #9: a bare figure after a result that still needs answers.
  {
    name: 'a bare "12" after a result with several answers still needed asks which figure, starting with the first',
    steps: [
      ...toBilledSalesQuestion,
      ["we don't have one", [NET_NEW_QUESTION]],
      ['not sure', [TRANSACTIONS]],
      ['skip', [COMMITMENT_QUESTION]],
      ['none', ['Still needed']],
      ['12', ['Which figure is 12?', NET_NEW_QUESTION], [NOT_CAUGHT]],
      ['12', ['already meet **12 net-new']],
    ],
  },
  ...['12', 'about 12', '12.'].map((figure) => ({
    name: `"${figure}" after a result with one answer still needed is that answer`,
    steps: [
      ...toTransactionsQuestion('1.2M', '3'),
      ['skip', [COMMITMENT_QUESTION]],
      ['none', ['Still needed']],
      [figure, ['as your marketplace transactions of at least USD 100', 'Not yet'], [NOT_CAUGHT, 'Still needed']],
    ] as Step[],
  })),
  {
    name: 'a bare figure after a complete result asks what it is',
    steps: [...shortCheck, ['12', ['Which figure is 12?'], [NOT_CAUGHT]]],
  },
  // #10: who signed the MACC, in words.
  ...[
    ["it's the customer's", "customer's MACC (USD 40,000,000) is not counted"],
    ['its the customers', "customer's MACC (USD 40,000,000) is not counted"],
    ['the client signed it', "customer's MACC (USD 40,000,000) is not counted"],
    ['we did', 'You qualify'],
    ["it's ours", 'You qualify'],
  ].map(([answer, shows]) => ({
    name: `"${answer}" to "did your organisation itself sign it?" is understood`,
    steps: [
      ...toTransactionsQuestion('1M', '2'),
      ['6 from 4', [COMMITMENT_QUESTION]],
      ['we have a 40M MACC', ['itself sign']],
      [answer, [shows!], ['net-new customers** (new', NOT_CAUGHT]],
    ] as Step[],
  })),
  // #8 / #26: "back" and "Show my result" after the result.
  ...['back', 'go back', 'undo my last answer'].map((back) => ({
    name: `"${back}" after the result asks the last question again`,
    steps: [...shortCheck, [back, [COMMITMENT_QUESTION], [NOT_CAUGHT]], ['30M', ['You qualify', 'USD 30 million cloud consumption commitment']]] as Step[],
  })),
  ...['Show my result', 'Keep going'].map((button) => ({
    name: `"${button}" typed after the result shows the result again`,
    steps: [...shortCheck, [button, ['Not yet', 'USD 400,000 short'], [NOT_CAUGHT]]] as Step[],
  })),
  // #7: "what changed" lists an answer that was not known before and the status it flips.
  ...['actually we signed a 35M commitment ourselves', 'we signed a $35 million commitment', 'our own commitment is 35M'].map((correction) => ({
    name: `"${correction}" after "not sure" lists the new answer and the new status`,
    steps: [
      ...toTransactionsQuestion('1.2M', '3'),
      ['10 from 4', [COMMITMENT_QUESTION]],
      ['actually not sure about that', ['Need more answers', 'Still needed']],
      [correction, ['Signed cloud consumption commitment: not known → USD 35,000,000', 'Status:', 'You qualify'], ['same result as before']],
    ] as Step[],
  })),
  // #18: an exact figure given again is no longer an estimate; "30ish from 8" hedges only the 30.
  {
    name: 'estimate warnings follow the figures that were hedged, and go when the exact figure is given',
    steps: [
      ...hedgedQualifyingCheck.slice(0, -1),
      ['none', ['You gave an estimate for marketplace billed sales', 'You gave an estimate for marketplace transactions'], ['estimate for unique customers', 'figure was an estimate']],
      ['actually our real billed sales was 3.9M', ['USD 4,300,000 → USD 3,900,000'], ['estimate for marketplace billed sales']],
    ],
  },
  {
    name: '"30 from around 8" hedges only the customers',
    steps: [
      ...toBilledSalesQuestion,
      ['4.3M', ['already meet']],
      ['Keep going', [NET_NEW_QUESTION]],
      ['5', [TRANSACTIONS]],
      ['30 from around 8', [COMMITMENT_QUESTION]],
      ['none', ['You gave an estimate for unique customers'], ['estimate for marketplace transactions']],
    ],
  },
  // #5: another date after a result looks at another window: the bot asks whether the figures apply to it.
  ...[
    ['would they have qualified on 30 June 2024?', '30 Jun 2024', '1 Jul 2023 to 30 Jun 2024', 'rules in force from 1 Jul 2023'],
    ['as of March 2025', '31 Mar 2025', '1 Apr 2024 to 31 Mar 2025', 'rules in force from 1 Jul 2024'],
    ['what about at the end of FY24?', '30 Jun 2024', '1 Jul 2023 to 30 Jun 2024', 'rules in force from 1 Jul 2023'],
  ].map(([question, date, window, rules]) => ({
    name: `"${question}" after a result asks whether the figures were the same for ${window}`,
    steps: [
      ['Partner has $3.2M MBS, 10 net-new customers over $10k, 25 tx from 6 customers, no commitment', [CO_SELL_QUESTION]],
      ['yes', ['USD 800,000 short']],
      [question!, [date!, rules!, 'Your figures were for 27 Nov 2024 to 26 Nov 2025', `that date looks at ${window}`, 'Yes, same figures', 'No, new figures'], ['Checked as of']],
      ['Yes, same figures', [`Checked as of ${date}`]],
      ['summary', [`Figures for ${window}`, 'billed sales: USD 3,200,000']],
    ] as Step[],
  })),
  {
    name: '"No, new figures" to the other window asks for that window\'s figures, keeping co-sell eligibility',
    steps: [
      ['Partner has $3.2M MBS, 10 net-new customers over $10k, 25 tx from 6 customers, no commitment', [CO_SELL_QUESTION]],
      ['yes', ['USD 800,000 short']],
      ['would they have qualified on 30 June 2024?', ['Were your figures the same']],
      ['No, new figures', ['marketplace billed sales** (MBS) in the trailing twelve months (1 Jul 2023 to 30 Jun 2024)'], [CO_SELL_QUESTION]],
      ['4.5M', ['already meet']],
    ],
  },
  {
    name: 'a date named mid-check after figures were given says they are now read for the other window',
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['as of 30 June 2024', ['30 Jun 2024', 'The figures you already gave were for 27 Nov 2024 to 26 Nov 2025', 'figures for 1 Jul 2023 to 30 Jun 2024', TRANSACTIONS]],
    ],
  },
  // #15: the FY25 designation route, said in words.
  {
    name: 'the tester\'s FY25 designation case: "...in March 2025? we had the certified software designation for Azure then"',
    steps: [
      ['co-sell eligible, MBS 1.2M, 3 net-new, 10 tx from 4 customers, no commitment', ['Not yet']],
      ['would we have qualified in March 2025? we had the certified software designation for Azure then', ['31 Mar 2025', 'Were your figures the same']],
      ['Yes, same figures', ['Checked as of 31 Mar 2025', 'Which designation, and on what date did you attain it?']],
      ['September 2024', ['You qualify', 'designation']],
    ],
  },
  ...[
    'yes we have a designation',
    'we have the certified software designation for Azure',
    'designation: Solutions Partner with certified software for Azure',
  ].map((said) => ({
    name: `"${said}" after an FY25 result asks for the designation's date, then qualifies`,
    steps: [
      ['co-sell eligible, MBS 1.2M, 3 net-new, 10 tx from 4 customers, no commitment', ['Not yet']],
      ['as of March 2025', ['Were your figures the same']],
      ['yes', ['Checked as of 31 Mar 2025']],
      [said, ['Which designation, and on what date'], [NOT_CAUGHT]],
      ['Azure, 15 Sep 2024', ['You qualify', 'designation']],
    ] as Step[],
  })),
  ...['we are co-sell eligible. designation: Solutions Partner with certified software for Azure since 15 Sep 2024', 'certified software for Azure, 2024-09-15', 'Industry AI, September 2024'].map((said) => ({
    name: `"${said}" at the FY25 designation question is taken`,
    today: '2025-03-31',
    steps: [
      ['co-sell eligible, MBS 1.2M, 3 net-new, 10 tx from 4 customers, no commitment', [DESIGNATION_QUESTION]],
      [said, ['You qualify', 'designation'], [NOT_CAUGHT, DESIGNATION_QUESTION]],
    ] as Step[],
  })),
  {
    name: 'a designation said when the rules on that date have no designation route says so',
    steps: [...shortCheck, ['we have the certified software designation for Azure', ['do not count toward top-tier benefits under the rules in force on that date']]],
  },
  // The 2026 rules (today 7 Dec 2026, as the tester ran): the designation question comes last in whole checks.
  {
    name: 'on 7 Dec 2026: what-ifs stack, the summary stays real, and "back" after the result reopens the designation question',
    today: '2026-12-07',
    steps: [
      ...toTransactionsQuestion('3.8M', '9'),
      ['28 from 7', [COMMITMENT_QUESTION]],
      ['none', [DESIGNATION_QUESTION]],
      ['no', ['Not yet', 'USD 200,000 short']],
      ['what if we had 5 more transactions?', [HYPOTHETICAL, '28 → 33']],
      ['and 2 more customers', [HYPOTHETICAL, '7 → 9', 'You qualify']],
      ['summary', ['Result: does not yet qualify', 'With them: qualifies']],
      ['back', [DESIGNATION_QUESTION]],
      ['Industry AI, 2026-10-02', ['You qualify']],
    ],
  },
  {
    name: 'on 7 Dec 2026: "none" at show-or-keep-going, then a hedged typo count',
    today: '2026-12-07',
    steps: [
      ...toBilledSalesQuestion,
      ['4.2M', ['already meet']],
      ['none', [TRANSACTIONS], [NET_NEW_QUESTION]],
      ['back', [NET_NEW_QUESTION]],
      ['hmm we have like 9 new custmers i think', [TRANSACTIONS], ['You are welcome']],
      ['summary', ['over USD 10,000 each: 9']],
    ],
  },
  {
    name: 'the opening question still works after all this',
    steps: [['check eligibility', [CO_SELL_QUESTION], [NOT_CAUGHT]], ['yes', [BILLED_SALES_QUESTION]]],
  },
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`the tester's chat findings, on ${channelId}`, () => {
    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}
