import { describe, it } from 'vitest';
import {
  CO_SELL_QUESTION,
  COMMITMENT_QUESTION,
  DESIGNATION_QUESTION,
  NET_NEW_QUESTION,
  NOT_CAUGHT,
  play,
  shortCheck,
  toBilledSalesQuestion,
  toTransactionsQuestion,
  type Conversation,
  type Step,
} from '../support/conversationTable';

// The findings of a third black-box tester (tester D), each with the tester's exact words and the ways others
// would say the same thing, played on Teams and on Web Chat.

const TESTER_DAY = '2026-12-07';
const GLOSSARY = 'transactable offer** is';
const BILLED_QUESTION_TEXT = 'marketplace billed sales** (MBS)';
const atDesignation: Step[] = [...toTransactionsQuestion('3.8M', '9'), ['28 transactions from 7 customers', [COMMITMENT_QUESTION]], ['none', [DESIGNATION_QUESTION]]];

const conversations: Conversation[] = [
  // D1: a "fewer"/"more" what-if after a result is a what-if, never a glossary entry.
  ...['what if we had 10 fewer transactions', 'suppose we had 10 fewer transactions', 'imagine 10 fewer transactions', 'What if we had 10 fewer transactions?', '10 fewer transactions'].map((said) => ({
    name: `"${said}" after a result is a what-if with 25 → 15 transactions`,
    steps: [...shortCheck, [said, ['hypothetical', '25 → 15'], [GLOSSARY, NOT_CAUGHT]], ['summary', ['transactions of USD 100+: 25']]] as Step[],
  })),
  {
    name: '"what is a transactable offer?" after a result is still the glossary entry',
    steps: [...shortCheck, ['what is a transactable offer?', [GLOSSARY]]],
  },
  // D2: a hedged yes/no at a yes/no question is that answer.
  ...['yeah I think so', 'I think so', 'I believe so', 'yes I think so', 'probably'].map((said) => ({
    name: `"${said}" at the co-sell question is yes`,
    steps: [['check eligibility', [CO_SELL_QUESTION]], [said, [BILLED_QUESTION_TEXT], ['You are welcome']]] as Step[],
  })),
  ...["I don't think so", 'probably not', 'I do not think so', "don't think so"].map((said) => ({
    name: `"${said}" at the co-sell question is no`,
    steps: [['check eligibility', [CO_SELL_QUESTION]], [said, ['transactable offer'], ['You are welcome', BILLED_QUESTION_TEXT]]] as Step[],
  })),
  // D3: "no designation" at the designation question.
  ...['no designation', 'none', "we don't have any designation", 'not yet', 'No designation.', 'we have no designation'].map((said) => ({
    name: `"${said}" at the designation question is no designation`,
    today: TESTER_DAY,
    steps: [...atDesignation, [said, ['Not yet'], ['Which designation', DESIGNATION_QUESTION]]] as Step[],
  })),
  // D6: a correction at the show-or-keep-going prompt names the metric that changed.
  ...['oh wait, actually 13 net-new customers', 'actually 13 net-new customers', 'sorry, 13 net-new customers'].map((said) => ({
    name: `"${said}" at the show-or-keep-going prompt reports only the net-new change`,
    steps: [
      ...toBilledSalesQuestion,
      ['3.6M', [NET_NEW_QUESTION]],
      ['30ish', ['already meet']],
      [said, ['Net-new', '30 → 13'], ['as your marketplace transactions', 'took "']],
    ] as Step[],
  })),
  // D7: the date message names the rules in plain words, the date once.
  ...['would we have qualified on 30 June 2025?', 'as of 30 June 2025'].map((said) => ({
    name: `"${said}" mid-check names the rules by the day they came into force`,
    steps: [
      ...toBilledSalesQuestion,
      [said, ['30 Jun 2025', 'under the rules in force from 1 Jul 2024.'], ['rules version', 'FY25 revision', '((']],
      ['3.6M', [NET_NEW_QUESTION]],
      ['8', []],
      ['25 from 6', [COMMITMENT_QUESTION]],
      ['none', [DESIGNATION_QUESTION]],
      ['no designation', ['Checked as of 30 Jun 2025 under the rules in force from 1 Jul 2024.'], ['rules version']],
    ] as Step[],
  })),
  // D6: "as of today please" and "not sure" after a result are understood.
  ...['as of today please', 'as of today', 'check it as of today', 'back to today', 'for today please'].map((said) => ({
    name: `"${said}" after a result checked on 30 Jun 2025 goes back to today`,
    steps: [
      ...shortCheck,
      ['as of 30 June 2025', ['30 Jun 2025']],
      ['Yes, same figures', ['Checked as of 30 Jun 2025']],
      [said, ['26 Nov 2025'], [NOT_CAUGHT]],
    ] as Step[],
  })),
  ...['not sure', 'Not sure.', "I'm not sure", 'dunno'].map((said) => ({
    name: `"${said}" after a result says what can be done next`,
    steps: [...shortCheck, [said, ['**why?**', '**what if**'], [NOT_CAUGHT]]] as Step[],
  })),
];

for (const channelId of ['msteams', 'webchat']) {
  describe(`tester D's chat findings, on ${channelId}`, () => {
    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
      await play(channelId, conversation);
    });
  });
}
