import type { Evaluation } from '../src/eligibility/evaluation';
import type { DatedPolicy } from '../src/eligibility/policy/policySet';
import { describeWindow } from '../src/eligibility/wording';
import type { DateWindow } from '../src/eligibility/window';
import type { Answers, AnswerField } from './answers';

export type QuestionId =
  | 'coSell'
  | 'offer'
  | 'designations'
  | 'billedSales'
  | 'netNew'
  | 'transactions'
  | 'uniqueCustomers'
  | 'commitment'
  | 'allTransactions';

export type AnswerKind = 'yesNo' | 'amount' | 'count' | 'transactionsFromCustomers' | 'designations';

export interface QuestionContext {
  answers: Answers;
  policy: DatedPolicy | undefined;
  asOf: string;
  window: DateWindow;
  /** The evaluation of the answers so far: follow-up questions are asked only when it still needs them. */
  evaluation: Evaluation;
}

/** One question of the guided check: what it asks, which answers it fills and when it is worth asking. */
export interface Question {
  id: QuestionId;
  kind: AnswerKind;
  fields: AnswerField[];
  text(context: QuestionContext): string;
  /** An example answer, shown when someone is stuck. */
  example: string;
  /** Choices offered as buttons (yes/no questions). */
  choices?: string[];
  isRelevant(context: QuestionContext): boolean;
}

const inWindow = (context: QuestionContext) => `in the trailing twelve months (${describeWindow(context.window)})`;
/** A follow-up is worth asking only when it is the last unknown standing between a criterion and its outcome. */
const stillNeeded = (context: QuestionContext, metric: string) =>
  context.evaluation.criteria.some(
    (criterion) => criterion.outcome === 'unknown' && criterion.missing.length === 1 && criterion.missing[0] === metric,
  );
const always = () => true;

/** The guided check's questions, in the order a partner would expect: eligibility first, then criterion by criterion. */
export const questions: Question[] = [
  {
    id: 'coSell',
    kind: 'yesNo',
    fields: ['azureIpCoSellEligible'],
    text: () =>
      'First: is your organisation **Azure IP co-sell eligible**? That includes having a transactable offer published in the commercial marketplace.',
    example: 'Answer yes, no or not sure.',
    choices: ['Yes', 'No', 'Not sure'],
    isRelevant: always,
  },
  {
    id: 'offer',
    kind: 'yesNo',
    fields: ['hasTransactableOffer'],
    text: () => 'Do you have a **transactable offer** published in the commercial marketplace (customers can buy it through the marketplace)?',
    example: 'Answer yes, no or not sure.',
    choices: ['Yes', 'No', 'Not sure'],
    isRelevant: (context) => context.answers.azureIpCoSellEligible !== true,
  },
  {
    id: 'designations',
    kind: 'designations',
    fields: ['designations'],
    text: () =>
      'Has your organisation attained a **Solutions Partner with certified software** designation (Azure or Security) or an **Industry AI** designation? If yes, on what date (YYYY-MM-DD)?',
    example: 'For example "yes, Azure, 2024-09-15" or "no".',
    choices: ['No', 'Not sure'],
    // Asked only while the policy in force grants the designation route on the as-of date.
    isRelevant: (context) =>
      context.policy?.criteria.some((c) => c.kind === 'designation' && c.activeFrom <= context.asOf && context.asOf <= c.activeTo) ?? false,
  },
  {
    id: 'billedSales',
    kind: 'amount',
    fields: ['marketplaceBilledSalesUsd'],
    text: (context) => `What were your **marketplace billed sales** (MBS) ${inWindow(context)}, in US dollars?`,
    example: 'For example "$3.6M", "4,200,000" or "none".',
    isRelevant: always,
  },
  {
    id: 'netNew',
    kind: 'count',
    fields: ['netNewCustomersOver10k'],
    text: (context) =>
      `How many **net-new customers** (new to the marketplace or to you) bought a deal of **more than USD 10,000** each ${inWindow(context)}?`,
    example: 'For example "10", "ten" or "none".',
    isRelevant: always,
  },
  {
    id: 'transactions',
    kind: 'transactionsFromCustomers',
    fields: ['transactionsOver100', 'uniqueCustomersOver100'],
    text: (context) =>
      `How many **marketplace transactions of at least USD 100** did you have ${inWindow(context)}, and from how many unique customers?`,
    example: 'For example "28 transactions from 7 customers".',
    isRelevant: always,
  },
  {
    id: 'uniqueCustomers',
    kind: 'count',
    fields: ['uniqueCustomersOver100'],
    text: () => 'And how many **unique customers** were those transactions from?',
    example: 'For example "7".',
    isRelevant: (context) => stillNeeded(context, 'uniqueCustomersOver100'),
  },
  {
    id: 'commitment',
    kind: 'amount',
    fields: ['consumptionCommitmentUsd'],
    text: () =>
      'Has your organisation **itself signed a cloud consumption commitment**? If so, for how much in US dollars? Say "none" if not.',
    example: 'For example "$35M", "200 million" or "none".',
    isRelevant: always,
  },
  {
    id: 'allTransactions',
    kind: 'count',
    fields: ['marketplaceTransactions'],
    text: (context) => `How many **marketplace transactions** did you have in total ${inWindow(context)}, of any value?`,
    example: 'For example "6".',
    isRelevant: (context) => stillNeeded(context, 'marketplaceTransactions'),
  },
];

export function questionById(id: QuestionId): Question {
  return questions.find((question) => question.id === id)!;
}
