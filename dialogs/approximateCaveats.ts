import type { Evaluation } from '../src/eligibility/evaluation';
import { formatMetricValue, metricLabels } from '../src/eligibility/wording';
import type { AnswerField } from './answers';
import { messages } from './messages';

/** How close an estimate may sit to a threshold before the result says it depends on the exact figure. */
const CLOSE_SHARE = 0.1;

/**
 * One sentence for each estimated figure ("about 4 million") that sits within 10% of a threshold it is measured
 * against: the outcome could flip with the exact figure.
 *
 * @example
 * approximateCaveats(evaluation, ['marketplaceBilledSalesUsd']); // ['Your marketplace billed sales figure was an estimate ...']
 */
export function approximateCaveats(evaluation: Evaluation, approximate: readonly AnswerField[]): string[] {
  const lines = new Set<string>();
  for (const criterion of evaluation.criteria) {
    for (const component of criterion.gaps) {
      if (!approximate.includes(component.metric as AnswerField)) continue;
      if (typeof component.actual !== 'number' || typeof component.required !== 'number' || component.required === 0) continue;
      if (Math.abs(component.actual - component.required) / component.required > CLOSE_SHARE) continue;
      const metric = component.metric as keyof typeof metricLabels;
      lines.add(messages.chat.approximate(metricLabels[metric] ?? metric, formatMetricValue(metric, component.required)));
    }
  }
  return [...lines];
}
