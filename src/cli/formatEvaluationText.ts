import { describeNotices } from '../cards/notices';
import type { ComponentResult, CriterionResult, Evaluation, Outcome, Status } from '../eligibility/evaluation';
import { formatDate, formatPercent } from '../eligibility/format';
import { describeWindow, formatMetricValue, metricLabels } from '../eligibility/wording';

const STATUS_LINES: Record<Status, string> = {
  qualified: 'QUALIFIED for Azure IP co-sell top-tier benefits',
  'not-qualified': 'NOT QUALIFIED (yet) for Azure IP co-sell top-tier benefits',
  undetermined: 'UNDETERMINED: more answers are needed',
  'not-co-sell-eligible': 'NOT CO-SELL ELIGIBLE: top-tier benefits first need Azure IP co-sell eligibility',
  'not-in-effect': 'NOT IN EFFECT: the program had not started on the as-of date',
};

const OUTCOME_TAGS: Record<Outcome, string> = {
  met: '[met]    ',
  'not-met': '[not met]',
  unknown: '[unknown]',
};

function requirement(component: ComponentResult): string {
  if (component.metric === 'designations') return 'a qualifying designation in force';
  if (typeof component.required === 'boolean') return 'yes';
  const amount = formatMetricValue(component.metric, component.required);
  return component.operator === 'over' ? `more than ${amount}` : `at least ${amount}`;
}

function actualValue(component: ComponentResult): string {
  if (component.actual === null) return 'not given';
  if (component.metric === 'designations') return component.actual === 0 ? 'none in force' : `${String(component.actual)} in force`;
  return formatMetricValue(component.metric, component.actual);
}

/** "marketplace billed sales: USD 3,600,000, needs at least USD 4,000,000, short by USD 400,000". */
function componentLine(component: ComponentResult): string {
  const parts = [`${metricLabels[component.metric]}: ${actualValue(component)}`, `needs ${requirement(component)}`];
  if (component.outcome === 'not-met' && typeof component.shortBy === 'number' && typeof component.required === 'number') {
    if (component.metric !== 'designations') parts.push(`short by ${formatMetricValue(component.metric, component.shortBy)}`);
  }
  return `      ${parts.join(', ')}`;
}

function criterionLines(criterion: CriterionResult): string[] {
  const lines = [`  ${OUTCOME_TAGS[criterion.outcome]} ${criterion.title}`, ...criterion.gaps.map(componentLine)];
  if (criterion.note) lines.push(`      (${criterion.note})`);
  return lines;
}

function policyLines(evaluation: Evaluation): string[] {
  const policy = evaluation.policy;
  if (!policy) return ['Policy: none loaded'];
  const until = policy.effectiveTo ? `to ${formatDate(policy.effectiveTo)}` : 'onward';
  return [
    `Policy: ${policy.title}, version ${policy.version}, in force ${formatDate(policy.effectiveFrom)} ${until}`,
    `Source: ${policy.source.title}, ${policy.source.url} (revised ${formatDate(policy.source.revised)})`,
  ];
}

/**
 * The evaluation as a terminal reads it: status, window, every criterion with actual against required and the
 * shortfall, the closest route, the explanation, the policy with its source, the disclaimer and the resources link.
 * Rendered from the evaluation's facts, never recomputed.
 *
 * @example
 * formatEvaluationText(evaluation).split('\n')[0] // 'NOT QUALIFIED (yet) for Azure IP co-sell top-tier benefits, as of 26 Nov 2026'
 */
export function formatEvaluationText(evaluation: Evaluation): string {
  const lines = [`${STATUS_LINES[evaluation.status]}, as of ${formatDate(evaluation.asOf)}`];
  lines.push(`Window: ${describeWindow(evaluation.window)} (trailing twelve months, both days included)`, ...describeNotices(evaluation), '');
  if (evaluation.criteria.length > 0) {
    lines.push('Criteria:');
    for (const criterion of evaluation.criteria) lines.push(...criterionLines(criterion));
    lines.push('');
  }
  const closest = evaluation.criteria.find((criterion) => criterion.id === evaluation.closest);
  if (closest) lines.push(`Closest route: ${closest.title} (${formatPercent(closest.progress)} of the way)`, '');
  lines.push(evaluation.explanation, '');
  const notes = evaluation.notes.filter((note) => !evaluation.criteria.some((criterion) => criterion.note === note));
  if (notes.length > 0) lines.push('Notes:', ...notes.map((note) => `  - ${note}`), '');
  lines.push(...policyLines(evaluation), '', evaluation.disclaimer, `Resources: ${evaluation.resourcesUrl}`);
  return `${lines.join('\n')}\n`;
}
