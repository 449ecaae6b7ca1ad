import { evaluate } from '../src/eligibility/evaluate';
import type { Evaluation } from '../src/eligibility/evaluation';
import { policyInForce, type PolicySet } from '../src/eligibility/policy/policySet';
import { trailingWindow, type DateWindow } from '../src/eligibility/window';
import { parseEligibilityInput } from '../src/eligibility/schema';
import type { Answers } from './answers';
import { messages } from './messages';

/** What the dialogs need from outside: the rules and today's date (injected so tests fix the clock). */
export interface DialogDependencies {
  policies: PolicySet;
  /** Today's date as YYYY-MM-DD (UTC). */
  today(): string;
}

/**
 * Evaluates the answers as of a date (today unless the partner named one) through the same validation every
 * other caller uses. Answers are validated one by one as they are given, so a rejection here means two answers
 * contradict each other; the partner is told so in plain words, never with a field name.
 */
export function evaluateAnswers(
  answers: Answers,
  deps: DialogDependencies,
  asOf?: string,
): { ok: true; evaluation: Evaluation } | { ok: false; message: string } {
  const today = deps.today();
  const parsed = parseEligibilityInput({ ...answers, asOf: asOf ?? today });
  if (!parsed.ok) {
    const plain = parsed.issues.map((issue) => messages.contradictions[issue.path] ?? messages.contradictions.other!);
    return { ok: false, message: [...new Set(plain)].join(' ') };
  }
  return { ok: true, evaluation: evaluate(parsed.input, { policies: deps.policies, today }) };
}

/** The trailing window the rules in force on a date look at (today when no date is named). */
export function windowOn(deps: DialogDependencies, asOf?: string): DateWindow {
  const date = asOf ?? deps.today();
  return trailingWindow(date, policyInForce(deps.policies, date)?.window.trailingMonths ?? 12);
}
