import type { Designation } from '../src/eligibility/schema';
import { parseAmountUsd, parseCount, parseTransactionsFromCustomers, parseYesNo } from '../src/language';
import { formatUsd } from '../src/eligibility/format';
import type { Answers } from './answers';
import { messages } from './messages';
import type { Question } from './questions';

/** The outcome of reading one answer to one question. */
export type AnswerReading =
  | { kind: 'answer'; values: Partial<Answers> }
  | { kind: 'confirm'; values: Partial<Answers>; readBack: string }
  | { kind: 'unknown' }
  | { kind: 'invalid'; message: string };

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

function invalid(reason: string): AnswerReading {
  return { kind: 'invalid', message: messages.invalid[reason] ?? messages.invalid.unparseable! };
}

function readDesignations(text: string): AnswerReading {
  const date = ISO_DATE.exec(text)?.[1];
  if (!date) {
    const yesNo = parseYesNo(text);
    if (yesNo.kind === 'unknown') return { kind: 'unknown' };
    if (yesNo.kind === 'value' && !yesNo.value) return { kind: 'answer', values: { designations: [] } };
    return { kind: 'invalid', message: messages.invalid.invalidDate! };
  }
  const type: Designation['type'] = /industry|\bai\b/i.test(text)
    ? 'industry-ai'
    : /security/i.test(text)
      ? 'certified-software-security'
      : 'certified-software-azure';
  return { kind: 'answer', values: { designations: [{ type, attainedOn: date }] } };
}

/**
 * Reads a typed answer for a question: amounts and counts through the shared language parser, ambiguous amounts
 * returned for read-back, contradictions rejected with a reason the partner can act on.
 */
export function readAnswer(question: Question, text: string): AnswerReading {
  const [field] = question.fields;
  switch (question.kind) {
    case 'yesNo': {
      const parsed = parseYesNo(text);
      if (parsed.kind === 'unknown') return { kind: 'unknown' };
      if (parsed.kind === 'invalid') return { kind: 'invalid', message: messages.invalid.yesNo! };
      return { kind: 'answer', values: { [field!]: parsed.value } };
    }
    case 'amount': {
      const parsed = parseAmountUsd(text);
      if (parsed.kind === 'unknown') return { kind: 'unknown' };
      if (parsed.kind === 'invalid') {
        // "No" to "did you sign a commitment?" is an answer: none.
        const yesNo = parseYesNo(text);
        if (yesNo.kind === 'value' && !yesNo.value) return { kind: 'answer', values: { [field!]: 0 } };
        return invalid(parsed.reason);
      }
      const values = { [field!]: parsed.value };
      return parsed.ambiguous ? { kind: 'confirm', values, readBack: formatUsd(parsed.value) } : { kind: 'answer', values };
    }
    case 'count': {
      const parsed = parseCount(text);
      if (parsed.kind === 'unknown') return { kind: 'unknown' };
      if (parsed.kind === 'invalid') return invalid(parsed.reason);
      return { kind: 'answer', values: { [field!]: parsed.value } };
    }
    case 'transactionsFromCustomers': {
      const parsed = parseTransactionsFromCustomers(text);
      if (parsed.kind === 'unknown') return { kind: 'unknown' };
      if (parsed.kind === 'invalid') return invalid(parsed.reason);
      const { transactions, customers } = parsed.value;
      if (customers !== null && customers > transactions) return { kind: 'invalid', message: messages.invalid.customersExceedTransactions! };
      // No transactions means no customers behind them; there is nothing left to ask.
      const unique = customers ?? (transactions === 0 ? 0 : undefined);
      return { kind: 'answer', values: { transactionsOver100: transactions, ...(unique === undefined ? {} : { uniqueCustomersOver100: unique }) } };
    }
    case 'designations':
      return readDesignations(text);
  }
}
