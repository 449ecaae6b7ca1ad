import type { CriterionResult, Evaluation } from '../eligibility/evaluation';
import { describeFinding, explanationSentences, joinSentences } from '../eligibility/wording';

/** A criterion as the API has always sent it: its finding, plus that finding worded as `note`. */
export type CriterionJson = CriterionResult & { note?: string };

/**
 * The API's and the CLI's JSON: the evaluation's facts, plus the words older clients read (`notes`, each
 * criterion's `note`, `explanation`), written here by the renderer. Fields are only ever added: `findings` and
 * `finding` carry the same facts as data.
 */
export type EvaluationJson = Omit<Evaluation, 'criteria'> & { criteria: CriterionJson[]; notes: string[]; explanation: string };

/**
 * @example
 * renderEvaluationJson(evaluation).explanation // 'You do not yet qualify for Azure IP co-sell top-tier benefits for ...'
 */
export function renderEvaluationJson(evaluation: Evaluation): EvaluationJson {
  return {
    ...evaluation,
    criteria: evaluation.criteria.map((criterion) => (criterion.finding ? { ...criterion, note: describeFinding(criterion.finding) } : criterion)),
    notes: evaluation.findings.map(describeFinding),
    explanation: renderExplanation(evaluation),
  };
}

/**
 * Two to five plain sentences for the API's `explanation`.
 *
 * @example
 * renderExplanation(qualified) // 'You qualify for Azure IP co-sell top-tier benefits through the marketplace performance pathway: ...'
 */
export function renderExplanation(evaluation: Evaluation): string {
  return joinSentences(explanationSentences(evaluation));
}
