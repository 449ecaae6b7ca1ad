import { formatDate } from '../src/eligibility/format';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { isQuestionForm, programAnswer, readAsOfDate, type GlossaryTerm, type ProgramQuestion } from '../src/language';
import type { DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import type { Action } from './understanding';

// Intents that give a value (or change one) are read as answers; everything else is a question or a command.
const answerActions: ReadonlySet<Action> = new Set<Action>(['answer', 'yes', 'no', 'None', 'correction', 'whatIf']);

export function isQuestionIntent(action: Action): boolean {
  return !answerActions.has(action);
}

/**
 * Whether a message is handled as a question or command rather than read for figures. Labelled figures win
 * ("Customer has a $35M MACC and 6 marketplace transactions" states figures, whatever words it shares with the
 * glossary), unless the message is itself a question ("does a $35M customer MACC count?").
 */
export function isQuestionOrCommand(action: Action, text: string, hasLabelledFigures: boolean): boolean {
  return isQuestionIntent(action) && (!hasLabelledFigures || isQuestionForm(text));
}

/** A glossary or program answer with its source line, or undefined for any other action. */
export function programReply(action: Action): string | undefined {
  const [kind, key] = action.split('.') as ['glossary' | 'program', string | undefined];
  if ((kind !== 'glossary' && kind !== 'program') || !key) return undefined;
  const answer = programAnswer(kind, key as GlossaryTerm | ProgramQuestion);
  return answer ? `${answer.text}\n\n${messages.chat.source(answer.sourceUrl)}` : undefined;
}

/**
 * The date the rules in force on `asOf` took effect ("1 Jul 2024"), formatted; the sentence around it ("under the
 * rules in force from 1 Jul 2024") is the catalogue's. Undefined when no rules were in force.
 */
export function rulesInForceFrom(asOf: string, deps: DialogDependencies): string | undefined {
  const policy = policyInForce(deps.policies, asOf);
  return policy ? formatDate(policy.effectiveFrom) : undefined;
}

// "As of today please", "back to today", "check it for today": the check's date moved back to today.
const AS_OF_TODAY =
  /^\s*(?:(?:and|ok(?:ay)?|now|so)[\s,]+)?(?:(?:please\s+)?(?:re-?check|check|show|run|what\s+about|how\s+about|go\s+back\s+to|back\s+to)\s+)?(?:it\s+|(?:my|our|the)\s+result\s+)?(?:(?:as\s+(?:of|at)|for|on)\s+)?(?:today|now)(?:'s\s+date)?(?:[\s,]+(?:please|pls|instead|again|then))*\s*[.!?]*\s*$/i;

/** Whether a message asks for the check as of today ("as of today please", "back to today"). */
export function asksForToday(text: string): boolean {
  return AS_OF_TODAY.test(text) && /\btoday\b|\b(?:as\s+of|for)\s+now\b/i.test(text);
}

/**
 * The evaluation date a message names and the sentence that confirms it ("I will check as of 30 Jun 2024, under
 * the rules in force from 1 Jul 2023"), or a refusal when no rules were in force then. Undefined without a date.
 */
export function asOfAnnouncement(text: string, deps: DialogDependencies): { asOf?: string; message: string } | undefined {
  const asOf = readAsOfDate(text) ?? (asksForToday(text) ? deps.today() : undefined);
  if (!asOf) return undefined;
  const rulesFrom = rulesInForceFrom(asOf, deps);
  if (!rulesFrom) return { message: messages.chat.asOfNoRules(formatDate(asOf)) };
  return { asOf, message: messages.chat.asOf(formatDate(asOf), rulesFrom) };
}
