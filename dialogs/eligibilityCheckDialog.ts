import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { trailingWindow } from '../src/eligibility/window';
import { renderCriteriaCard, renderCriteriaText, renderRulesText } from '../src/cards';
import { detectCommand, parseOneShot, parseYesNo } from '../src/language';
import { mergeAnswers, withoutFields, type Answers } from './answers';
import { readAnswer } from './answerParsers';
import { messageWithChoices } from './choices';
import { evaluateAnswers, type DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import { describeUnderstood } from './understood';
import { questionById, questions, type Question, type QuestionContext, type QuestionId } from './questions';

export interface CheckOptions {
  answers?: Answers;
  skipped?: QuestionId[];
}

export interface CheckResult {
  reason: 'done' | 'cancelled' | 'startOver';
  answers: Answers;
  skipped: QuestionId[];
}

/** Persisted between turns: kept to plain data and small, since every parked conversation holds one. */
export interface CheckState {
  answers: Answers;
  skipped: QuestionId[];
  history: QuestionId[];
  current?: QuestionId;
  attempts: number;
  confirm?: Partial<Answers>;
  offeringStop?: boolean;
  /** The partner chose the full picture: no more "you already meet" interruptions. */
  fullPicture?: boolean;
  announced: string[];
}

/**
 * What a turn of the check leaves: waiting for the partner's next message, or finished with the answers. The
 * caller keeps a waiting check's state and drops a finished one.
 */
export type CheckStep = { status: 'waiting' } | { status: 'complete'; result: CheckResult };

const WAITING: CheckStep = Object.freeze({ status: 'waiting' });

const MAX_ATTEMPTS = 3;
const SHOW_RESULT = /\b(show|result|stop|done|finish|that'?s enough)\b/i;
const KEEP_GOING = /\b(keep|continue|go on|carry on|full picture|more)\b/i;

/**
 * The guided check: asks for each metric that still matters, one question at a time, accepts interruptions at
 * every prompt, and ends with the answers for the caller to evaluate and render. A plain state machine over a
 * small state object rather than a botbuilder dialog: "back", "skip", pasted numbers and read-backs work at any
 * step, and a turn costs no dialog stack, memory scopes or state manager (about 150 microseconds a turn, measured
 * in `docs/performance.md`).
 *
 * @example
 * const state = check.start({ answers: { azureIpCoSellEligible: true } });
 * const step = await check.advance(context, state); // asks the next question: { status: 'waiting' }
 */
export class EligibilityCheckDialog {
  constructor(private readonly deps: DialogDependencies) {}

  /** A new check's state, starting from answers already known (pasted numbers, a paused check, a file). */
  start(options: CheckOptions = {}): CheckState {
    return { answers: options.answers ?? {}, skipped: options.skipped ?? [], history: [], attempts: 0, announced: [] };
  }

  /** Reads the partner's message as the answer to the pending question (or a command), then moves on. */
  async continue(context: TurnContext, state: CheckState): Promise<CheckStep> {
    const text = (context.activity.text ?? '').trim();
    const command = detectCommand(text);
    if (command) {
      const handled = await this.handleCommand(context, state, command);
      if (handled) return handled;
    }
    if (state.offeringStop) return this.handleStopOffer(context, state, text);
    if (state.confirm) {
      const yesNo = parseYesNo(text);
      if (yesNo.kind === 'value') {
        const confirmed = state.confirm;
        state.confirm = undefined;
        if (yesNo.value) return this.accept(context, state, confirmed);
        await context.sendActivity(messages.readBackRejected);
        return this.ask(context, state);
      }
      state.confirm = undefined;
    }
    // Several numbers pasted at once ("$3.2M MBS, 10 net-new ...") fill every answer they name; an answer to the
    // pending question alone ("28 transactions from 7 customers") is read as that answer below.
    const pasted = parseOneShot(text);
    const pending = this.currentQuestion(state)?.fields ?? [];
    if (pasted.understood.length >= 2 && pasted.understood.some((item) => !pending.includes(item.field as never))) {
      await context.sendActivity(describeUnderstood(pasted.understood));
      state.answers = mergeAnswers(state.answers, pasted.values as Partial<Answers>);
      return this.advance(context, state);
    }
    const question = this.currentQuestion(state);
    if (!question) return this.advance(context, state);
    const reading = readAnswer(question, text);
    switch (reading.kind) {
      case 'answer':
        return this.accept(context, state, reading.values);
      case 'confirm':
        state.confirm = reading.values;
        await context.sendActivity(messageWithChoices(context, messages.readBack(reading.readBack), [messages.buttons.yes, messages.buttons.no]));
        return WAITING;
      case 'unknown':
        return this.skip(context, state, question);
      case 'invalid':
        return this.retry(context, state, question, reading.message);
    }
  }

  private async handleCommand(context: TurnContext, state: CheckState, command: NonNullable<ReturnType<typeof detectCommand>>): Promise<CheckStep | undefined> {
    switch (command.kind) {
      case 'help':
        await context.sendActivity(messages.help);
        return this.ask(context, state);
      case 'cancel':
        await context.sendActivity(messages.cancelled);
        return this.finished('cancelled', state);
      case 'startOver':
        return this.finished('startOver', state);
      case 'back':
        return this.back(context, state);
      case 'skip': {
        const question = this.currentQuestion(state);
        return question ? this.skip(context, state, question) : this.advance(context, state);
      }
      case 'glossary':
        await context.sendActivity(messages.glossary[command.term] ?? messages.help);
        return this.ask(context, state);
      case 'criteria': {
        const policy = policyInForce(this.deps.policies, this.deps.today());
        if (policy) await sendCriteria(context, policy);
        return this.ask(context, state);
      }
      case 'rules':
        await context.sendActivity(renderRulesText(this.deps.policies));
        return this.ask(context, state);
      default:
        return undefined;
    }
  }

  private async handleStopOffer(context: TurnContext, state: CheckState, text: string): Promise<CheckStep> {
    const yesNo = parseYesNo(text);
    if (SHOW_RESULT.test(text) || (yesNo.kind === 'value' && yesNo.value)) return this.finished('done', state);
    if (KEEP_GOING.test(text) || (yesNo.kind === 'value' && !yesNo.value)) {
      state.offeringStop = false;
      state.fullPicture = true;
      return this.advance(context, state);
    }
    await context.sendActivity(this.stopOffer(context));
    return WAITING;
  }

  private async accept(context: TurnContext, state: CheckState, values: Partial<Answers>): Promise<CheckStep> {
    state.answers = mergeAnswers(state.answers, values);
    if (state.current) state.history.push(state.current);
    state.current = undefined;
    return this.advance(context, state);
  }

  private async skip(context: TurnContext, state: CheckState, question: Question): Promise<CheckStep> {
    if (!state.skipped.includes(question.id)) state.skipped.push(question.id);
    state.history.push(question.id);
    state.current = undefined;
    return this.advance(context, state);
  }

  private async retry(context: TurnContext, state: CheckState, question: Question, problem: string): Promise<CheckStep> {
    state.attempts += 1;
    if (state.attempts >= MAX_ATTEMPTS) {
      state.attempts = 0;
      await context.sendActivity(`${problem} ${messages.tooManyTries(question.example)}`);
    } else {
      await context.sendActivity(problem);
    }
    return this.ask(context, state);
  }

  private async back(context: TurnContext, state: CheckState): Promise<CheckStep> {
    const previous = state.history.pop();
    if (!previous) {
      await context.sendActivity(messages.nothingToGoBackTo);
      return this.ask(context, state);
    }
    const question = questionById(previous);
    state.answers = withoutFields(state.answers, question.fields);
    state.skipped = state.skipped.filter((id) => id !== previous);
    state.current = previous;
    state.attempts = 0;
    state.confirm = undefined;
    state.offeringStop = false;
    return this.ask(context, state);
  }

  private questionContext(state: CheckState): QuestionContext | undefined {
    const evaluated = evaluateAnswers(state.answers, this.deps);
    if (!evaluated.ok) return undefined;
    const asOf = this.deps.today();
    const policy = policyInForce(this.deps.policies, asOf);
    return { answers: state.answers, policy, asOf, window: trailingWindow(asOf, policy?.window.trailingMonths ?? 12), evaluation: evaluated.evaluation };
  }

  private nextQuestion(state: CheckState, context: QuestionContext): Question | undefined {
    return questions.find(
      (question) =>
        state.answers[question.fields[0]!] === undefined &&
        context.evaluation.metrics[question.fields[0] as keyof typeof context.evaluation.metrics] === undefined &&
        !state.skipped.includes(question.id) &&
        question.isRelevant(context),
    );
  }

  private currentQuestion(state: CheckState): Question | undefined {
    return state.current ? questionById(state.current) : undefined;
  }

  /** Moves to the next question that still matters, announcing a newly met criterion first. */
  async advance(context: TurnContext, state: CheckState): Promise<CheckStep> {
    const known = this.questionContext(state);
    if (!known) return this.finished('done', state);
    const next = this.nextQuestion(state, known);
    if (!next) return this.finished('done', state);
    const newlyMet = known.evaluation.criteria.filter((c) => c.outcome === 'met' && !state.announced.includes(c.id));
    // Eligibility comes first: "you already meet" means little until the partner has said they are co-sell eligible.
    const eligibilityPending = next.id === 'coSell' || next.id === 'offer';
    if (newlyMet.length > 0 && !state.fullPicture && !eligibilityPending) {
      state.announced.push(...newlyMet.map((c) => c.id));
      state.offeringStop = true;
      await context.sendActivity(messages.criterionMet(newlyMet[0]!.title));
      await context.sendActivity(this.stopOffer(context));
      return WAITING;
    }
    state.current = next.id;
    state.attempts = 0;
    return this.ask(context, state, known);
  }

  private async ask(context: TurnContext, state: CheckState, alreadyKnown?: QuestionContext): Promise<CheckStep> {
    if (state.offeringStop) {
      await context.sendActivity(this.stopOffer(context));
      return WAITING;
    }
    const question = this.currentQuestion(state);
    const known = alreadyKnown ?? this.questionContext(state);
    if (!question || !known) return this.advance(context, state);
    const choices = [...(question.choices ?? []), ...(question.choices?.includes(messages.buttons.notSure) ? [] : [messages.buttons.skip])];
    await context.sendActivity(messageWithChoices(context, question.text(known), question.kind === 'yesNo' || question.kind === 'designations' ? choices : []));
    return WAITING;
  }

  private stopOffer(context: TurnContext) {
    return messageWithChoices(context, messages.stopOrContinue, [messages.buttons.showResult, messages.buttons.keepGoing]);
  }

  private finished(reason: CheckResult['reason'], state: CheckState): CheckStep {
    return { status: 'complete', result: { reason, answers: state.answers, skipped: state.skipped } };
  }
}

export async function sendCriteria(context: TurnContext, policy: Parameters<typeof renderCriteriaCard>[0]): Promise<void> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderCriteriaCard(policy)));
  activity.text = renderCriteriaText(policy);
  await context.sendActivity(activity);
}
