import { formatCount, formatUsd } from '../src/eligibility/format';
import { metricLabels } from '../src/eligibility/wording';
import { messages } from './messages';

const usdFields = new Set(['marketplaceBilledSalesUsd', 'consumptionCommitmentUsd']);

/**
 * "Here is what I understood" as a list, in the bot's own words and numbers: never the user's raw text, so
 * nothing a user types is echoed back as markup.
 */
export function describeUnderstood(understood: ReadonlyArray<{ field: string; value: number | boolean }>): string {
  const lines = understood.map(({ field, value }) => {
    const label = metricLabels[field as keyof typeof metricLabels] ?? field;
    if (typeof value === 'boolean') return `- ${label}: ${value ? 'yes' : 'no'}`;
    return `- ${label}: ${usdFields.has(field) ? formatUsd(value) : formatCount(value)}`;
  });
  return [messages.understood, ...lines].join('\n');
}
