import { renderExplanation } from '../cards/evaluationJson';
import { describeNotices } from '../cards/notices';
import { benefitsToShow, generalFindings } from '../cards/resultText';
import type { CriterionResult, Evaluation } from '../eligibility/evaluation';
import { cliPhrases, closestCriterion, describeFinding } from '../eligibility/wording';

const INDENT = '  ';

function criterionLines(criterion: CriterionResult): string[] {
  const lines = [`${INDENT}${cliPhrases.criterion(criterion)}`, ...criterion.gaps.map((component) => `${INDENT.repeat(3)}${cliPhrases.component(component)}`)];
  if (criterion.finding) lines.push(`${INDENT.repeat(3)}${cliPhrases.finding(criterion.finding)}`);
  return lines;
}

function policyLines(evaluation: Evaluation): string[] {
  const policy = evaluation.policy;
  return policy ? [cliPhrases.policy(policy), cliPhrases.source(policy)] : [cliPhrases.noPolicy];
}

/**
 * The evaluation as a terminal reads it: status, window, the notices, every criterion with actual against required and the
 * shortfall, the closest route, the explanation, the benefits for a yes, the policy with its source, the
 * disclaimer and the resources link. Support staff want every criterion, so nothing is collapsed here. Worded by
 * the phrase module, rendered from the evaluation's facts.
 *
 * @example
 * formatEvaluationText(evaluation).split('\n')[0] // 'NOT QUALIFIED (yet) for Azure IP co-sell top-tier benefits, as of 26 Nov 2026'
 */
export function formatEvaluationText(evaluation: Evaluation): string {
  const lines = [cliPhrases.statusLine(evaluation), cliPhrases.window(evaluation.window), ...describeNotices(evaluation), ''];
  if (evaluation.criteria.length > 0) lines.push(cliPhrases.criteria, ...evaluation.criteria.flatMap(criterionLines), '');
  const closest = closestCriterion(evaluation);
  if (closest) lines.push(cliPhrases.closest(closest), '');
  lines.push(renderExplanation(evaluation), '');
  const benefits = benefitsToShow(evaluation);
  if (benefits.length > 0) lines.push(cliPhrases.benefits, ...benefits.map((benefit) => `${INDENT}- ${benefit}`), '');
  const notes = generalFindings(evaluation).map(describeFinding);
  if (notes.length > 0) lines.push(cliPhrases.notes, ...notes.map((note) => `${INDENT}- ${note}`), '');
  lines.push(...policyLines(evaluation), '', evaluation.disclaimer, cliPhrases.resources(evaluation.resourcesUrl));
  return `${lines.join('\n')}\n`;
}
