import { numericMetricNames } from '../src/eligibility/policy/schema';
import type { EligibilityRequest } from '../src/eligibility/schema';

/**
 * What the partner has told the bot so far: the evaluator's own input shape, so nothing is translated twice.
 * Kept small (numbers and booleans only) because it lives in conversation state for every parked conversation.
 */
export type Answers = Omit<EligibilityRequest, 'transactions' | 'asOf' | 'currency'>;
export type AnswerField = keyof Answers;

export const answerFieldOrder: AnswerField[] = ['azureIpCoSellEligible', 'hasTransactableOffer', 'designations', ...numericMetricNames];

/** Copies only the fields that have a value, so an absent answer never overwrites a given one. */
export function mergeAnswers(base: Answers, changes: Partial<Answers>): Answers {
  const merged: Answers = { ...base };
  for (const [field, value] of Object.entries(changes) as Array<[AnswerField, Answers[AnswerField]]>) {
    if (value !== undefined) (merged as Record<string, unknown>)[field] = value;
  }
  return merged;
}

export function withoutFields(answers: Answers, fields: readonly AnswerField[]): Answers {
  const copy: Answers = { ...answers };
  for (const field of fields) delete copy[field];
  return copy;
}
