import { formatMetricValue, metricLabels } from '../src/eligibility/wording';
import { messages } from './messages';

/**
 * "Here is what I understood" as a list, in the bot's own words and numbers: never the user's raw text, so
 * nothing a user types is echoed back as markup.
 */
export function describeUnderstood(understood: ReadonlyArray<{ field: string; value: number | boolean }>): string {
  const lines = understood.map(({ field, value }) => {
    const metric = field as keyof typeof metricLabels;
    return `- ${metricLabels[metric] ?? field}: ${formatMetricValue(metric, value)}`;
  });
  return [messages.understood, ...lines].join('\n');
}
