import { describeNotices } from './notices';
import type { Evaluation } from '../eligibility/evaluation';
import { formatDate } from '../eligibility/format';
import { describeCriterionGap, describeWindow, formatMetricValue, metricLabels } from '../eligibility/wording';

const statusLines: Record<Evaluation['status'], string> = {
  qualified: 'Qualifies for Azure IP co-sell top-tier benefits',
  'not-qualified': 'Does not yet qualify for Azure IP co-sell top-tier benefits',
  undetermined: 'Cannot be determined yet (answers missing)',
  'not-co-sell-eligible': 'Not Azure IP co-sell eligible yet (a prerequisite for top-tier benefits)',
  'not-in-effect': 'The top-tier rules were not in effect on the as-of date',
};

/**
 * A plain-text summary a support person pastes into an email or a ticket: the partner's numbers, the window, the
 * outcome, the gap, the link, and the rules used. No markdown, so it survives any mail client.
 *
 * @example
 * renderSummaryText(evaluation).split('\n')[0] // 'Azure IP co-sell top-tier eligibility summary (as of 26 Nov 2026)'
 */
export function renderSummaryText(evaluation: Evaluation): string {
  const lines = [`Azure IP co-sell top-tier eligibility summary (as of ${formatDate(evaluation.asOf)})`, ''];
  lines.push(`Outcome: ${statusLines[evaluation.status]}`);
  lines.push(`Window: trailing twelve months, ${describeWindow(evaluation.window)}`, ...describeNotices(evaluation));
  lines.push('', 'Figures used:');
  const entries = Object.entries(evaluation.metrics) as Array<[keyof typeof metricLabels, number | boolean]>;
  if (entries.length === 0) lines.push('- none given');
  for (const [metric, value] of entries) lines.push(`- ${metricLabels[metric]}: ${formatMetricValue(metric, value)}`);
  if (evaluation.qualifiedBy.length > 0) {
    lines.push('', `Met: ${evaluation.criteria.filter((c) => c.outcome === 'met').map((c) => c.title).join('; ')}`);
  }
  const closest = evaluation.criteria.find((c) => c.id === evaluation.closest);
  if (closest && evaluation.status !== 'qualified') {
    const gap = describeCriterionGap(closest);
    lines.push('', `Closest route: ${closest.title}${gap ? ` (${gap})` : ''}`);
  }
  if (evaluation.missing.length > 0) lines.push(`Still needed: ${evaluation.missing.join(', ')}`);
  lines.push('', evaluation.explanation);
  if (evaluation.policy) {
    const policy = evaluation.policy;
    lines.push(
      '',
      `Rules: ${policy.title}, version ${policy.version}, in force from ${formatDate(policy.effectiveFrom)}${policy.effectiveTo ? ` to ${formatDate(policy.effectiveTo)}` : ''}.`,
      `Source: ${policy.source.title}, ${policy.source.url} (revised ${formatDate(policy.source.revised)}).`,
    );
  }
  lines.push(`Resources: ${evaluation.resourcesUrl}`, evaluation.disclaimer);
  return lines.join('\n');
}
