import { capitalize, formatMetricValue, metricLabels } from '../src/eligibility/wording';
import { messages } from './messages';

/**
 * "Here is what I understood" as a list, in the bot's own words and numbers: never the user's raw text, so
 * nothing a user types is echoed back as markup.
 */
export function describeUnderstood(understood: ReadonlyArray<{ field: string; value: number | boolean }>): string {
  const lines = understood.map(({ field, value }) => {
    const metric = field as keyof typeof metricLabels;
    return messages.understoodLine(metricLabels[metric] ?? field, formatMetricValue(metric, value));
  });
  return [messages.understood, ...lines].join('\n');
}

/** "Billed sales: USD 3,600,000 → USD 4,200,000" for each answer a message changed. */
export function describeCorrections(before: Readonly<Record<string, unknown>>, changes: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(changes)
    .filter(([field, value]) => before[field] !== undefined && before[field] !== value && (typeof value === 'number' || typeof value === 'boolean'))
    .map(([field, value]) => {
      const metric = field as keyof typeof metricLabels;
      const label = metricLabels[metric] ?? field;
      const old = before[field] as number | boolean;
      return messages.correctionLine(capitalize(label), formatMetricValue(metric, old), formatMetricValue(metric, value as number | boolean));
    });
}
