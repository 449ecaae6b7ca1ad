import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { trailingWindow } from '../src/eligibility/window';
import { renderCriteriaCard, renderCriteriaText, renderRulesText } from '../src/cards';
import { detectCommand, parseOneShot, parseYesNo } from '../src/language';
import { mergeAnswers, withoutFields, type Answers } from './answers';
import { readAnswer } from './answerParsers';
import { messageWithChoices } from './choices';
import { DialogIds } from './dialogIds';
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
interface CheckState {
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

const MAX_ATTEMPTS = 3;
const SHOW_RESULT = /\b(show|result|stop|done|finish|that'?s enough)\b/i;
const KEEP_GOING = /\b(keep|continue|go on|carry on|full picture|more)\b/i;

/**
 * The guided check: asks for each metric that still matters, one question at a time, accepts interruptions at
 * every prompt, and ends with the answers for the caller to evaluate and render. Written as one small Dialog
 * (rather than a waterfall of prompts) so that "back", "skip", pasted numbers and read-backs work at any step.
 */
export class EligibilityCheckDialog extends Dialog<CheckOptions> {
  constructor(private readonly deps: DialogDependencies) {
    super(DialogIds.eligibilityCheck);
  }

  override async beginDialog(dc: DialogContext, options?: CheckOptions): Promise<DialogTurnResult> {
    const state: CheckState = { answers: options?.answers ?? {}, skipped: options?.skipped ?? [], history: [], attempts: 0, announced: [] };
    dc.activeDialog!.state = state;
    return this.advance(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as CheckState;
    const text = (dc.context.activity.text ?? '').trim();
    const command = detectCommand(text);
    if (command) {
      const handled = await this.handleCommand(dc, state, command);
      if (handled) return handled;
    }
    if (state.offeringStop) return this.handleStopOffer(dc, state, text);
    if (state.confirm) {
      const yesNo = parseYesNo(text);
      if (yesNo.kind === 'value') {
        const confirmed = state.confirm;
        state.confirm = undefined;
        if (yesNo.value) return this.accept(dc, state, confirmed);
        await dc.context.sendActivity(messages.readBackRejected);
        return this.ask(dc, state);
      }
      state.confirm = undefined;
    }
    // Several numbers pasted at once ("$3.2M MBS, 10 net-new ...") fill every answer they name; an answer to the
    // pending question alone ("28 transactions from 7 customers") is read as that answer below.
    const pasted = parseOneShot(text);
    const pending = this.currentQuestion(state)?.fields ?? [];
    if (pasted.understood.length >= 2 && pasted.understood.some((item) => !pending.includes(item.field as never))) {
      await dc.context.sendActivity(describeUnderstood(pasted.understood));
      state.answers = mergeAnswers(state.answers, pasted.values as Partial<Answers>);
      return this.advance(dc, state);
    }
    const question = this.currentQuestion(state);
    if (!question) return this.advance(dc, state);
    const reading = readAnswer(question, text);
    switch (reading.kind) {
      case 'answer':
        return this.accept(dc, state, reading.values);
      case 'confirm':
        state.confirm = reading.values;
        await dc.context.sendActivity(messageWithChoices(dc.context, messages.readBack(reading.readBack), [messages.buttons.yes, messages.buttons.no]));
        return Dialog.EndOfTurn;
      case 'unknown':
        return this.skip(dc, state, question);
      case 'invalid':
        return this.retry(dc, state, question, reading.message);
    }
  }

  private async handleCommand(dc: DialogContext, state: CheckState, command: NonNullable<ReturnType<typeof detectCommand>>): Promise<DialogTurnResult | undefined> {
    const context = dc.context;
    switch (command.kind) {
      case 'help':
        await context.sendActivity(messages.help);
        return this.ask(dc, state);
      case 'cancel':
        await context.sendActivity(messages.cancelled);
        return dc.endDialog(this.result('cancelled', state));
      case 'startOver':
        return dc.endDialog(this.result('startOver', state));
      case 'back':
        return this.back(dc, state);
      case 'skip': {
        const question = this.currentQuestion(state);
        return question ? this.skip(dc, state, question) : this.advance(dc, state);
      }
      case 'glossary':
        await context.sendActivity(messages.glossary[command.term] ?? messages.help);
        return this.ask(dc, state);
      case 'criteria': {
        const policy = policyInForce(this.deps.policies, this.deps.today());
        if (policy) await sendCriteria(context, policy);
        return this.ask(dc, state);
      }
      case 'rules':
        await context.sendActivity(renderRulesText(this.deps.policies));
        return this.ask(dc, state);
      default:
        return undefined;
    }
  }

  private async handleStopOffer(dc: DialogContext, state: CheckState, text: string): Promise<DialogTurnResult> {
    const yesNo = parseYesNo(text);
    if (SHOW_RESULT.test(text) || (yesNo.kind === 'value' && yesNo.value)) return dc.endDialog(this.result('done', state));
    if (KEEP_GOING.test(text) || (yesNo.kind === 'value' && !yesNo.value)) {
      state.offeringStop = false;
      state.fullPicture = true;
      return this.advance(dc, state);
    }
    await dc.context.sendActivity(this.stopOffer(dc.context));
    return Dialog.EndOfTurn;
  }

  private async accept(dc: DialogContext, state: CheckState, values: Partial<Answers>): Promise<DialogTurnResult> {
    state.answers = mergeAnswers(state.answers, values);
    if (state.current) state.history.push(state.current);
    state.current = undefined;
    return this.advance(dc, state);
  }

  private async skip(dc: DialogContext, state: CheckState, question: Question): Promise<DialogTurnResult> {
    if (!state.skipped.includes(question.id)) state.skipped.push(question.id);
    state.history.push(question.id);
    state.current = undefined;
    return this.advance(dc, state);
  }

  private async retry(dc: DialogContext, state: CheckState, question: Question, problem: string): Promise<DialogTurnResult> {
    state.attempts += 1;
    if (state.attempts >= MAX_ATTEMPTS) {
      state.attempts = 0;
      await dc.context.sendActivity(`${problem} ${messages.tooManyTries(question.example)}`);
    } else {
      await dc.context.sendActivity(problem);
    }
    return this.ask(dc, state);
  }

  private async back(dc: DialogContext, state: CheckState): Promise<DialogTurnResult> {
    const previous = state.history.pop();
    if (!previous) {
      await dc.context.sendActivity(messages.nothingToGoBackTo);
      return this.ask(dc, state);
    }
    const question = questionById(previous);
    state.answers = withoutFields(state.answers, question.fields);
    state.skipped = state.skipped.filter((id) => id !== previous);
    state.current = previous;
    state.attempts = 0;
    state.confirm = undefined;
    state.offeringStop = false;
    return this.ask(dc, state);
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
  private async advance(dc: DialogContext, state: CheckState): Promise<DialogTurnResult> {
    const context = this.questionContext(state);
    if (!context) return dc.endDialog(this.result('done', state));
    const next = this.nextQuestion(state, context);
    if (!next) return dc.endDialog(this.result('done', state));
    const newlyMet = context.evaluation.criteria.filter((c) => c.outcome === 'met' && !state.announced.includes(c.id));
    // Eligibility comes first: "you already meet" means little until the partner has said they are co-sell eligible.
    const eligibilityPending = next.id === 'coSell' || next.id === 'offer';
    if (newlyMet.length > 0 && !state.fullPicture && !eligibilityPending) {
      state.announced.push(...newlyMet.map((c) => c.id));
      state.offeringStop = true;
      await dc.context.sendActivity(messages.criterionMet(newlyMet[0]!.title));
      await dc.context.sendActivity(this.stopOffer(dc.context));
      return Dialog.EndOfTurn;
    }
    state.current = next.id;
    state.attempts = 0;
    return this.ask(dc, state, context);
  }

  private async ask(dc: DialogContext, state: CheckState, known?: QuestionContext): Promise<DialogTurnResult> {
    if (state.offeringStop) {
      await dc.context.sendActivity(this.stopOffer(dc.context));
      return Dialog.EndOfTurn;
    }
    const question = this.currentQuestion(state);
    const context = known ?? this.questionContext(state);
    if (!question || !context) return this.advance(dc, state);
    const choices = [...(question.choices ?? []), ...(question.choices?.includes(messages.buttons.notSure) ? [] : [messages.buttons.skip])];
    await dc.context.sendActivity(messageWithChoices(dc.context, question.text(context), question.kind === 'yesNo' || question.kind === 'designations' ? choices : []));
    return Dialog.EndOfTurn;
  }

  private stopOffer(context: TurnContext) {
    return messageWithChoices(context, messages.stopOrContinue, [messages.buttons.showResult, messages.buttons.keepGoing]);
  }

  private result(reason: CheckResult['reason'], state: CheckState): CheckResult {
    return { reason, answers: state.answers, skipped: state.skipped };
  }
}

export async function sendCriteria(context: TurnContext, policy: Parameters<typeof renderCriteriaCard>[0]): Promise<void> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderCriteriaCard(policy)));
  activity.text = renderCriteriaText(policy);
  await context.sendActivity(activity);
}
