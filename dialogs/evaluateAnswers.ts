import { evaluate } from '../src/eligibility/evaluate';
import type { Evaluation } from '../src/eligibility/evaluation';
import type { PolicySet } from '../src/eligibility/policy/policySet';
import { parseEligibilityInput } from '../src/eligibility/schema';
import type { Answers } from './answers';

/** What the dialogs need from outside: the rules and today's date (injected so tests fix the clock). */
export interface DialogDependencies {
  policies: PolicySet;
  /** Today's date as YYYY-MM-DD (UTC). */
  today(): string;
}

/**
 * Evaluates the answers as of today through the same validation every other caller uses. Answers are validated
 * one by one as they are given, so a rejection here means two answers contradict each other.
 */
export function evaluateAnswers(answers: Answers, deps: DialogDependencies): { ok: true; evaluation: Evaluation } | { ok: false; message: string } {
  const today = deps.today();
  const parsed = parseEligibilityInput({ ...answers, asOf: today });
  if (!parsed.ok) return { ok: false, message: parsed.issues.map((issue) => issue.message).join('; ') };
  return { ok: true, evaluation: evaluate(parsed.input, { policies: deps.policies, today }) };
}
