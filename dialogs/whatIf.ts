import type { Status } from '../src/eligibility/evaluation';
import { capitalize, formatMetricValue, metricLabels } from '../src/eligibility/wording';
import type { FieldName } from '../src/language';
import type { Answers } from './answers';
import { messages } from './messages';

export interface AnswerChange {
  field: FieldName;
  operation: 'add' | 'subtract' | 'set';
  value: number | boolean;
}

/** Applies "add 2 net-new customers" / "change billed sales to 4.1M" to the last answers; never below zero. */
export function applyWhatIf(answers: Answers, changes: readonly AnswerChange[]): Answers {
  const next: Record<string, unknown> = { ...answers };
  for (const change of changes) {
    const current = next[change.field];
    if (typeof change.value === 'boolean' || change.operation === 'set') {
      next[change.field] = change.value;
      continue;
    }
    const base = typeof current === 'number' ? current : 0;
    next[change.field] = Math.max(0, change.operation === 'add' ? base + change.value : base - change.value);
  }
  // More qualifying transactions than customers is fine; more customers than transactions is not, so follow along.
  if (typeof next.transactionsOver100 === 'number' && typeof next.uniqueCustomersOver100 === 'number' && next.uniqueCustomersOver100 > next.transactionsOver100) {
    next.uniqueCustomersOver100 = next.transactionsOver100;
  }
  if (typeof next.transactionsOver100 === 'number' && typeof next.marketplaceTransactions === 'number' && next.marketplaceTransactions < next.transactionsOver100) {
    next.marketplaceTransactions = next.transactionsOver100;
  }
  return next as Answers;
}

function show(field: string, value: unknown): string {
  if (value === undefined) return messages.whatIf.notKnown;
  if (typeof value === 'boolean' || typeof value === 'number') return formatMetricValue(field as keyof typeof metricLabels, value);
  return String(value);
}

/** "Net-new customers ...: 10 → 12" for each changed answer, then the status change if any. */
export function describeChanges(before: Answers, after: Answers, statusBefore: Status, statusAfter: Status): string[] {
  const lines: string[] = [];
  for (const field of Object.keys({ ...before, ...after }) as Array<keyof Answers>) {
    if (field === 'designations') continue;
    if (before[field] !== after[field]) {
      const label = metricLabels[field as keyof typeof metricLabels] ?? field;
      lines.push(messages.whatIf.change(capitalize(label), show(field, before[field]), show(field, after[field])));
    }
  }
  if (statusBefore !== statusAfter) lines.push(messages.whatIf.statusChange(messages.statusWords[statusBefore], messages.statusWords[statusAfter]));
  return lines;
}
