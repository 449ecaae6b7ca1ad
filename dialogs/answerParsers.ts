import type { Designation } from '../src/eligibility/schema';
import { parseAmountUsd, parseCount, readCalendarDate, parseTransactionsFromCustomers, parseYesNo, readEstimate, saysNone, saysOnlyPlease, soundsUnsure } from '../src/language';
import { formatUsd } from '../src/eligibility/format';
import type { Answers } from './answers';
import { messages } from './messages';
import type { Question } from './questions';

/** The outcome of reading one answer to one question. */
export type AnswerReading =
  | { kind: 'answer'; values: Partial<Answers>; approximate?: boolean; approximateFields?: Array<keyof Answers> }
  | { kind: 'confirm'; values: Partial<Answers>; readBack: string }
  | { kind: 'unknown' }
  | { kind: 'invalid'; message: string };


function invalid(reason: string): AnswerReading {
  return { kind: 'invalid', message: messages.invalid[reason] ?? messages.invalid.unparseable! };
}

// A designation named in words: "certified software designation for Azure", "Industry AI", "we have a designation".
const NAMES_DESIGNATION = /\b(?:designations?|certified\s+software|industry\s+ai|solutions?\s+partner)\b/i;

/** Whether a message names a partner designation ("we have a designation", "certified software for Azure"). */
export function namesDesignation(text: string): boolean {
  return NAMES_DESIGNATION.test(text);
}

// "No designation", "we don't have any designation", "we hold no designations yet": a designation named only to deny it.
const NO_DESIGNATION =
  /^\s*(?:(?:no|nope|nah)[\s,.!-]+)?(?:(?:we|i)\s+(?:(?:don'?t|do\s+not|haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:have|hold|got|get|attain(?:ed)?)(?:\s+(?:a|any|one))?|(?:have|hold)\s+(?:no|none)|(?:have|hold)n'?t\s+(?:got\s+)?(?:a|any))\s+|none\s*,?\s*(?:no\s+)?|no\s+|not\s+any\s+|without\s+(?:a|any)\s+)?(?:partner\s+)?designations?(?:\s+(?:yet|at\s+all|so\s+far))?\s*[.!]?\s*$/i;
const DENIES_DESIGNATION = /^\s*(?:no|none|not\s+any|without|(?:we|i)\s+(?:don'?t|do\s+not|haven'?t|have\s+not|didn'?t|did\s+not|have\s+no|hold\s+no))\b/i;

function readDesignations(text: string): AnswerReading {
  const date = readCalendarDate(text);
  if (!date && NO_DESIGNATION.test(text) && DENIES_DESIGNATION.test(text)) return { kind: 'answer', values: { designations: [] } };
  if (!date) {
    const yesNo = parseYesNo(text);
    if (yesNo.kind === 'value' && !yesNo.value && !NAMES_DESIGNATION.test(text.replace(/^\s*no\b/i, ''))) return { kind: 'answer', values: { designations: [] } };
    if (yesNo.kind === 'unknown' && !NAMES_DESIGNATION.test(text)) return { kind: 'unknown' };
    // "Yes, we have a designation" or "certified software for Azure": the route needs the date it was attained.
    return { kind: 'invalid', message: messages.invalid.designationDate! };
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
 * returned for read-back, contradictions rejected with a reason the partner can act on. "We don't have one" is
 * none (never the number one); "about 4 million" is taken and marked approximate. `intent` is what the intent
 * model made of the message: a clear yes or no answers a yes/no question however it was worded.
 */
export function readAnswer(question: Question, typed: string, intent?: string): AnswerReading {
  const [field] = question.fields;
  if (question.kind !== 'yesNo' && question.kind !== 'designations' && saysNone(typed)) {
    return { kind: 'answer', values: question.kind === 'transactionsFromCustomers' ? { transactionsOver100: 0, uniqueCustomersOver100: 0 } : { [field!]: 0 } };
  }
  const estimate = readEstimate(typed);
  const reading = readPlainAnswer(question, estimate.text, intent);
  if (reading.kind !== 'answer' || !estimate.approximate) return reading;
  return { ...reading, approximate: true, approximateFields: hedgedFields(question, typed, reading.values) };
}

// "30ish from 8 customers": the hedge sits on one side of "from"; the other figure was given exactly.
const PAIR_SPLIT = /\s+(?:from|with|across|by|among|for)\s+|\s*\/\s*/i;

/** The figures a hedge sits on: in "30ish from 8 customers" only the transactions, not the 8. */
export function hedgedFields(question: Question, typed: string, values: Partial<Answers>): Array<keyof Answers> {
  const fields = Object.keys(values) as Array<keyof Answers>;
  if (question.kind !== 'transactionsFromCustomers' || fields.length < 2) return fields;
  const [transactions, ...rest] = typed.split(PAIR_SPLIT);
  const hedged: Array<keyof Answers> = [];
  if (readEstimate(transactions ?? '').approximate) hedged.push('transactionsOver100');
  if (readEstimate(rest.join(' ')).approximate) hedged.push('uniqueCustomersOver100');
  return hedged.length > 0 ? hedged : fields;
}

function readPlainAnswer(question: Question, text: string, intent?: string): AnswerReading {
  const [field] = question.fields;
  switch (question.kind) {
    case 'yesNo': {
      // "Please" alone is courtesy, whatever the intent model makes of it: ask for yes or no again.
      if (saysOnlyPlease(text)) return { kind: 'invalid', message: messages.invalid.yesNo! };
      if (intent === 'skip' || soundsUnsure(text)) return { kind: 'unknown' };
      if (intent === 'yes' || intent === 'no') {
        const parsedFirst = parseYesNo(text);
        if (parsedFirst.kind !== 'value') return { kind: 'answer', values: { [field!]: intent === 'yes' } };
      }
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
