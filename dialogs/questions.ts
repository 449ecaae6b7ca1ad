import type { Evaluation } from '../src/eligibility/evaluation';
import { designationRouteOpen } from '../src/eligibility/criteria';
import type { DatedPolicy } from '../src/eligibility/policy/policySet';
import { describeWindow } from '../src/eligibility/wording';
import type { DateWindow } from '../src/eligibility/window';
import type { Answers, AnswerField } from './answers';
import { messages } from './messages';

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
  /** An example answer, shown when someone is stuck (read at each use: it is in the turn's language). */
  readonly example: string;
  /** Choices offered as buttons (yes/no questions), titled in the turn's language. */
  readonly choices?: string[];
  isRelevant(context: QuestionContext): boolean;
}

const windowOf = (context: QuestionContext) => describeWindow(context.window);
/** A follow-up is worth asking only when it is the last unknown standing between a criterion and its outcome. */
const stillNeeded = (context: QuestionContext, metric: string) =>
  context.evaluation.criteria.some(
    (criterion) => criterion.outcome === 'unknown' && criterion.missing.length === 1 && criterion.missing[0] === metric,
  );
const always = () => true;
/** Whether the open designation route of the policy in force lists the Security designation (FY25 did; 2026 does not). */
const acceptsSecurityDesignation = (context: QuestionContext) =>
  context.policy?.criteria.some(
    (c) => c.kind === 'designation' && designationRouteOpen(c, context.asOf) && c.designationTypes.includes('certified-software-security'),
  ) ?? false;

/** The guided check's questions, in the order a partner would expect: eligibility first, then criterion by criterion. */
export const questions: Question[] = [
  {
    id: 'coSell',
    kind: 'yesNo',
    fields: ['azureIpCoSellEligible'],
    text: () => messages.questions.coSell,
    get example() { return messages.examples.yesNo; },
    get choices() { return [messages.buttons.yes, messages.buttons.no, messages.buttons.notSure]; },
    isRelevant: always,
  },
  {
    id: 'offer',
    kind: 'yesNo',
    fields: ['hasTransactableOffer'],
    text: () => messages.questions.offer,
    get example() { return messages.examples.yesNo; },
    get choices() { return [messages.buttons.yes, messages.buttons.no, messages.buttons.notSure]; },
    isRelevant: (context) => context.answers.azureIpCoSellEligible !== true,
  },
  {
    id: 'billedSales',
    kind: 'amount',
    fields: ['marketplaceBilledSalesUsd'],
    text: (context) => messages.questions.billedSales(windowOf(context)),
    get example() { return messages.examples.amount; },
    isRelevant: always,
  },
  {
    id: 'netNew',
    kind: 'count',
    fields: ['netNewCustomersOver10k'],
    text: (context) => messages.questions.netNew(windowOf(context), context.policy?.counting.netNewDeal.per === 'customer-total'),
    get example() { return messages.examples.netNew; },
    isRelevant: always,
  },
  {
    id: 'transactions',
    kind: 'transactionsFromCustomers',
    fields: ['transactionsOver100', 'uniqueCustomersOver100'],
    text: (context) => messages.questions.transactions(windowOf(context)),
    get example() { return messages.examples.transactions; },
    isRelevant: always,
  },
  {
    id: 'uniqueCustomers',
    kind: 'count',
    fields: ['uniqueCustomersOver100'],
    text: () => messages.questions.uniqueCustomers,
    get example() { return messages.examples.count; },
    isRelevant: (context) => stillNeeded(context, 'uniqueCustomersOver100'),
  },
  {
    id: 'commitment',
    kind: 'amount',
    fields: ['consumptionCommitmentUsd'],
    text: () => messages.questions.commitment,
    get example() { return messages.examples.commitment; },
    isRelevant: always,
  },
  {
    id: 'allTransactions',
    kind: 'count',
    fields: ['marketplaceTransactions'],
    text: (context) => messages.questions.allTransactions(windowOf(context)),
    get example() { return messages.examples.count; },
    isRelevant: (context) => stillNeeded(context, 'marketplaceTransactions'),
  },
  {
    id: 'designations',
    kind: 'designations',
    fields: ['designations'],
    text: (context) => messages.questions.designations(acceptsSecurityDesignation(context)),
    get example() { return messages.examples.designations; },
    get choices() { return [messages.buttons.no, messages.buttons.notSure]; },
    // Asked last, and only when it can change the answer: the policy in force grants the designation route on the
    // as-of date and no criterion is met yet (a partner who already qualifies is not asked for more).
    isRelevant: (context) =>
      (context.policy?.criteria.some((c) => c.kind === 'designation' && designationRouteOpen(c, context.asOf)) ?? false) &&
      !context.evaluation.criteria.some((criterion) => criterion.outcome === 'met'),
  },
];

export function questionById(id: QuestionId): Question {
  return questions.find((question) => question.id === id)!;
}
