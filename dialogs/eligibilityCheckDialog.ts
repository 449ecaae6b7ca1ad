import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { trailingWindow } from '../src/eligibility/window';
import { criterionTitle, describeWindow, metricLabels } from '../src/eligibility/wording';
import { marketplaceMetricNames } from '../src/eligibility/schema';
import { formatUsd } from '../src/eligibility/format';
import { renderCriteriaCard, renderCriteriaText, renderRulesText } from '../src/cards';
import { attributeFigures, isQuestionForm, metricsNamed, parseYesNo, readCorrection, readSignerAnswer, soundsHypothetical, soundsLikeCorrection, type FigureAttribution } from '../src/language';
import { mergeAnswers, withoutFields, type AnswerField, type Answers } from './answers';
import { hedgedFields, namesDesignation, readAnswer } from './answerParsers';
import { messageWithChoices } from './choices';
import { evaluateAnswers, windowOn, type DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import { describeCorrections, describeUnderstood } from './understood';
import { asOfAnnouncement, isQuestionOrCommand, programReply } from './replies';
import type { Understanding } from './understanding';
import { questionById, questions, type Question, type QuestionContext, type QuestionId } from './questions';

export interface CheckOptions {
  answers?: Answers;
  skipped?: QuestionId[];
  asOf?: string;
  approximate?: AnswerField[];
}

export interface CheckResult {
  reason: 'done' | 'cancelled' | 'startOver';
  answers: Answers;
  skipped: QuestionId[];
  /** The evaluation date the partner named; absent means today. */
  asOf?: string;
  /** Answers the partner gave as estimates ("about 4 million"). */
  approximate?: AnswerField[];
  /** The last question answered, for "back" after the result. */
  lastQuestion?: QuestionId;
}

/**
 * What the check is waiting for: the answer to a question, a yes/no on a read-back figure, whether the partner
 * itself signed a stated commitment, or "show my result" / "keep going" after an early success.
 */
export type Awaiting =
  | { kind: 'answer'; question: QuestionId }
  | { kind: 'readBack'; question: QuestionId; values: Partial<Answers> }
  | { kind: 'signer'; question?: QuestionId; values: Partial<Answers> }
  | { kind: 'stopOrContinue' };

/** Persisted between turns: kept to plain data and small, since every parked conversation holds one. */
export interface CheckState {
  answers: Answers;
  skipped: QuestionId[];
  history: QuestionId[];
  awaiting?: Awaiting;
  attempts: number;
  /** The partner chose the full picture: no more "you already meet" interruptions. */
  fullPicture?: boolean;
  announced: string[];
  asOf?: string;
  approximate?: AnswerField[];
}

/** A check saved before `awaiting` existed kept the open question in `current`. */
interface OlderCheckState {
  current?: QuestionId;
  confirm?: Partial<Answers>;
  offeringStop?: boolean;
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
const LEADING_NO = /^\s*(?:no|nope|nah)\b[\s,.:;-]*/i;
// "And 1 more customer", "two more transactions", "what about 10 fewer": a change on top of a figure, never a count.
const RELATIVE_CHANGE_BEFORE_RESULT =
  /\b(?:\d[\d,.]*\s*(?:k|m|mm|million)?|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten|another)\s+(?:more|fewer|less|additional|extra)\b(?!\s+than)/i;
// "It's the customer's", "the client's, not ours", "theirs", "the customer signed it": who owns a MACC just mentioned.
const CUSTOMER_OWNS_IT = new RegExp(
  [
    /^\s*(?:(?:no|yes|well|oh)[\s,.!]+)?(?:it['’]?s|it\s+is|that['’]?s|that\s+is|they['’]?re|those\s+are)?\s*(?:the|our|a|my)?\s*/.source +
      /(?:(?:customer|client|buyer)(?:['’]s|s['’])|theirs)(?:\s+(?:one|macc|commitment))?(?:[\s,]+not\s+(?:ours|mine|us))?\s*[.!]?\s*$/.source,
    /^\s*(?:it\s+)?(?:belongs\s+to|is\s+owned\s+by|was\s+signed\s+by)\s+(?:the|our)\s+(?:customer|client)\b[^\d]*$/.source,
    /^\s*(?:the|our)\s+(?:customer|client)\s+(?:owns|signed|holds)\s+(?:it|that|the\s+macc)\b[^\d]*$/.source,
  ].join('|'),
  'i',
);
const NO_OWN_COMMITMENT =
  /\b(?:we|i)\s+(?:don'?t|do\s+not|didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:have|sign(?:ed)?|hold)\s*(?:one|any|a\s+commitment|a\s+macc|our\s+own|anything)?\b|\b(?:none|nothing)\s+(?:of\s+our\s+own|ourselves|from\s+us)\b|\bno\s+(?:own|commitment|macc)\s+of\s+our\s+own\b|\bwe\s+have\s+(?:none|no\s+(?:commitment|macc))\b/i;
const REAL_NUMBERS = /\b(?:back\s+to|show|use)\s+(?:my|our|the)\s+real\s+(?:numbers|figures)\b/i;
const SAME_FIGURES = /^\s*(?:(?:yes|yeah|yep|yup)[\s,.!]*)?(?:the\s+)?same\s+(?:figures|numbers)\b/i;
const SMALL_TALK: ReadonlySet<string> = new Set(['thanks', 'greeting', 'goodbye']);

/**
 * The guided check: asks for each metric that still matters, one question at a time, accepts interruptions at
 * every prompt, and ends with the answers for the caller to evaluate and render. A figure the partner labels
 * ("14 transactions", "actually billed sales was 4.2M") goes to the metric it names whatever question is open.
 * A plain state machine over a small state object rather than a botbuilder dialog: "back", "skip", pasted
 * numbers and read-backs work at any step, and a turn costs no dialog stack, memory scopes or state manager.
 *
 * @example
 * const state = check.start({ answers: { azureIpCoSellEligible: true } });
 * const step = await check.advance(context, state); // asks the next question: { status: 'waiting' }
 */
export class EligibilityCheckDialog {
  constructor(private readonly deps: DialogDependencies) {}

  /** A new check's state, starting from answers already known (pasted numbers, a paused check, a file). */
  start(options: CheckOptions = {}): CheckState {
    return {
      answers: options.answers ?? {},
      skipped: options.skipped ?? [],
      history: [],
      attempts: 0,
      announced: [],
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.approximate?.length ? { approximate: options.approximate } : {}),
    };
  }

  /** Reads the partner's message as what the check is waiting for, a labelled figure, or a question; then moves on. */
  async continue(context: TurnContext, state: CheckState, message: Understanding): Promise<CheckStep> {
    upgradeOlderState(state);
    const { text, action } = message;
    const awaiting = state.awaiting;
    if (awaiting?.kind === 'stopOrContinue') {
      if (action === 'showResult' || action === 'yes' || (!message.fromButton && SHOW_RESULT.test(text) && !KEEP_GOING.test(text))) return this.finished('done', state);
      if (action === 'keepGoing' || action === 'no' || (!message.fromButton && KEEP_GOING.test(text))) {
        state.awaiting = undefined;
        state.fullPicture = true;
        return this.advance(context, state);
      }
      // "none" or "25 from 6" instead of a button: they kept going and answered the next question already.
      if (!message.fromButton && !isQuestionOrCommand(action, text, false) && this.openNextQuestion(state)) {
        state.fullPicture = true;
        // Said aloud, so a "none" meant for something else is never filed silently.
        const next = this.currentQuestion(state);
        const field = next?.fields[0];
        // A labelled figure ("actually 13 net-new customers") names its own metric and is reported as a change.
        const named = attributeFigures(text, { plainTransactions: 'over100' }).values;
        if (field && Object.keys(named).length === 0 && !soundsLikeCorrection(text)) {
          await context.sendActivity(messages.chat.tookAsNextAnswer(text.trim(), metricLabels[field as keyof typeof metricLabels] ?? field));
        }
      }
    }
    // "It's the customer's" / "we did" to "did your organisation itself sign it?", however the model hears it.
    if (awaiting?.kind === 'signer' && !message.fromButton) {
      const said = readSignerAnswer(text);
      if (said) return this.answerSigner(context, state, awaiting, said);
    }
    // "It's the customer's" after a customer's MACC came up: who owns it, not a glossary question nor an answer.
    if (!message.fromButton && CUSTOMER_OWNS_IT.test(text) && !/\d/.test(text) && (action.startsWith('glossary.') || this.currentQuestion(state)?.id !== 'commitment')) {
      await context.sendActivity(messages.chat.customerMaccNoted);
      return this.ask(context, state);
    }
    const beforeAnswers = await this.beforeAnswerParsing(context, state, message);
    if (beforeAnswers) return beforeAnswers;
    const question = this.currentQuestion(state);
    const attribution = message.fromButton ? undefined : attributeFigures(text, { plainTransactions: question?.id === 'allTransactions' ? 'all' : 'over100' });
    const labelled = attribution !== undefined && Object.keys(attribution.values).length > 0;
    // "We are co-sell eligible. Designation: certified software for Azure since 15 Sep 2024" answers the open
    // designation question; the other figures in it are filed first.
    if (question?.id === 'designations' && !message.fromButton && namesDesignation(text) && !isQuestionForm(text)) {
      if (labelled) state.answers = mergeAnswers(state.answers, attribution.values as Partial<Answers>);
      return this.readOpenAnswer(context, state, { ...message, action: 'answer' }, text);
    }
    // "hmm we have like 9 i think" at a question is an answer, whatever small talk the model hears in it.
    if (question && !message.fromButton && SMALL_TALK.has(action) && /\d/.test(text)) return this.readOpenAnswer(context, state, { ...message, action: 'answer' }, text);
    // "yeah I think so" / "I don't think so" at a yes/no question is that answer, never thanks or another intent.
    if (question?.kind === 'yesNo' && !message.fromButton && !isQuestionForm(text) && !/\bbut\b/i.test(text) && parseYesNo(text).kind === 'value') {
      return this.readOpenAnswer(context, state, { ...message, action: 'answer' }, text);
    }
    if (!labelled && !message.fromButton && awaiting?.kind === 'answer' && soundsLikeCorrection(text)) {
      const corrected = await this.correctEarlierAnswer(context, state, text);
      if (corrected) return corrected;
    }
    if (isQuestionOrCommand(action, text, labelled)) {
      const handled = await this.handleQuestion(context, state, message);
      if (handled) return handled;
    }
    if (labelled) return this.acceptLabelled(context, state, attribution, text);
    if (awaiting?.kind === 'signer') return this.answerSigner(context, state, awaiting, action);
    if (awaiting?.kind === 'readBack') return this.answerReadBack(context, state, awaiting, message);
    return this.readOpenAnswer(context, state, message, text);
  }

  /**
   * Messages that are never an answer to the open question, whatever figures they carry, routed before any
   * answer is read: a what-if ("what if we had 10 more transactions?", "and 1 more customer") would otherwise
   * overwrite a real figure with its delta; "back to my real numbers" and "yes, same figures" have no what-if or
   * date question to answer mid-check. Each says so and asks the open question again, changing no answer.
   */
  private async beforeAnswerParsing(context: TurnContext, state: CheckState, message: Understanding): Promise<CheckStep | undefined> {
    const { text, action } = message;
    if (action === 'realNumbers' || (!message.fromButton && REAL_NUMBERS.test(text))) {
      await context.sendActivity(messages.chat.realNumbersMidCheck);
      return this.ask(context, state);
    }
    if (action === 'sameFigures' || (!message.fromButton && SAME_FIGURES.test(text))) {
      await context.sendActivity(messages.chat.sameFiguresMidCheck);
      return this.ask(context, state);
    }
    if (message.fromButton) return undefined;
    if (soundsLikeCorrection(text)) return undefined;
    if (soundsHypothetical(text) || RELATIVE_CHANGE_BEFORE_RESULT.test(text) || (action === 'whatIf' && /\b(?:if|more|fewer|less|extra|additional|another)\b/i.test(text))) {
      await context.sendActivity(messages.chat.whatIfBeforeResult);
      return this.ask(context, state);
    }
    return undefined;
  }

  /** "Yes" takes the figure read back; "no, 4 million" corrects it in the same breath; a bare "no" asks again. */
  private async answerReadBack(context: TurnContext, state: CheckState, awaiting: Extract<Awaiting, { kind: 'readBack' }>, message: Understanding): Promise<CheckStep> {
    const parsed = parseYesNo(message.text);
    if (message.action === 'yes' || (message.action !== 'no' && parsed.kind === 'value' && parsed.value)) return this.accept(context, state, awaiting.values);
    state.awaiting = { kind: 'answer', question: awaiting.question };
    const rest = message.text.replace(LEADING_NO, '');
    if (!/\d/.test(rest)) {
      await context.sendActivity(messages.readBackRejected);
      return this.ask(context, state);
    }
    return this.readOpenAnswer(context, state, message, rest);
  }

  /**
   * "Sorry I meant 3.6M not 3.8" at the transactions question: an unlabelled correction of an earlier answer. A
   * dollar figure at a count question goes to the last amount answered; "not N" names the answer it replaces.
   * Undefined when it corrects nothing earlier, so the message is read as the open question's answer.
   */
  private async correctEarlierAnswer(context: TurnContext, state: CheckState, text: string): Promise<CheckStep | undefined> {
    const open = this.currentQuestion(state);
    const { text: figure, replaced } = readCorrection(text);
    if (!open || !/\d/.test(figure)) return undefined;
    const answered = [...new Set(state.history)].reverse().map(questionById);
    const byReplaced = replaced === undefined ? undefined : answered.find((question) => question.fields.some((field) => state.answers[field] === replaced || state.answers[field] === replaced * 1_000_000));
    const moneyFigure = MONEY_MARKER.test(figure) && open.kind !== 'amount';
    // A dollar figure goes to the last amount answered, skipping a commitment answered "none" (billed sales is likelier).
    const amounts = answered.filter((question) => question.kind === 'amount' && (question.id !== 'commitment' || (state.answers.consumptionCommitmentUsd ?? 0) > 0));
    const target = byReplaced ?? (moneyFigure ? amounts[0] : undefined);
    if (!target || target.id === open.id) return undefined;
    const read = readAnswer(target, figure);
    if (read.kind !== 'answer' && read.kind !== 'confirm') return undefined;
    // "3.6 not 3.8" where 3.8 was USD 3,800,000: the new figure is in millions too.
    const inMillions = replaced !== undefined && target.fields.some((field) => state.answers[field] === replaced * 1_000_000);
    const reading = read.kind === 'confirm' && inMillions ? { kind: 'answer' as const, values: scaleToMillions(read.values) } : read;
    if (reading.kind === 'confirm') {
      state.awaiting = { kind: 'readBack', question: target.id, values: reading.values };
      await context.sendActivity(messageWithChoices(context, messages.readBack(reading.readBack), [messages.buttons.yes, messages.buttons.no]));
      return WAITING;
    }
    const corrections = describeCorrections(state.answers, reading.values);
    state.answers = mergeAnswers(state.answers, reading.values);
    this.markApproximate(state, Object.keys(reading.values) as AnswerField[], 'approximate' in reading && reading.approximate === true);
    await context.sendActivity([messages.chat.changed, ...(corrections.length > 0 ? corrections : describeUnderstood(answerList(reading.values)).split('\n').slice(1))].join('\n'));
    return this.advance(context, state);
  }

  /** Reads a message with no labelled figure as the answer to the open question. */
  private async readOpenAnswer(context: TurnContext, state: CheckState, message: Understanding, text: string): Promise<CheckStep> {
    const question = this.currentQuestion(state);
    if (!question) return this.advance(context, state);
    // "Revenue last year 4.1" at the transactions question: the words name another metric, so the figure is not
    // this question's answer. Ask which figure it is rather than file it here.
    const named = metricsNamed(text);
    if (!message.fromButton && named.length > 0 && !named.some((field) => question.fields.includes(field as AnswerField)) && /\d/.test(text)) {
      await context.sendActivity(messages.chat.whichFigure);
      return this.ask(context, state);
    }
    const reading = readAnswer(question, text, message.action);
    switch (reading.kind) {
      case 'answer': {
        const given = Object.keys(reading.values) as AnswerField[];
        this.markApproximate(state, given, false);
        if (reading.approximate) this.markApproximate(state, (reading.approximateFields ?? given) as AnswerField[], true);
        return this.accept(context, state, reading.values);
      }
      case 'confirm':
        state.awaiting = { kind: 'readBack', question: question.id, values: reading.values };
        await context.sendActivity(messageWithChoices(context, messages.readBack(reading.readBack), [messages.buttons.yes, messages.buttons.no]));
        return WAITING;
      case 'unknown':
        return this.skip(context, state, question);
      case 'invalid':
        if (message.action !== 'answer' && message.action !== 'None' && message.action !== 'correction') {
          const handled = await this.handleQuestion(context, state, message);
          if (handled) return handled;
        }
        return this.retry(context, state, question, reading.message);
    }
  }

  /** Commands and questions asked instead of an answer; the open question is asked again afterwards. */
  private async handleQuestion(context: TurnContext, state: CheckState, message: Understanding): Promise<CheckStep | undefined> {
    const { action } = message;
    switch (action) {
      case 'help':
        await context.sendActivity(messages.help);
        return this.ask(context, state);
      case 'cancel':
        await context.sendActivity(messages.cancelled);
        return this.finished('cancelled', state);
      case 'goodbye':
        await context.sendActivity(messages.chat.goodbye);
        return this.finished('cancelled', state);
      case 'startOver':
        return this.finished('startOver', state);
      case 'back':
        return this.back(context, state);
      case 'showResult':
        // "Show my result" typed or pressed again mid-check: the result from the answers so far.
        return this.finished('done', state);
      case 'keepGoing':
        return this.ask(context, state);
      case 'skip': {
        const question = this.currentQuestion(state);
        if (state.awaiting?.kind === 'signer') return this.answerSigner(context, state, state.awaiting, 'no');
        return question ? this.skip(context, state, question) : this.advance(context, state);
      }
      case 'criteria': {
        const policy = policyInForce(this.deps.policies, state.asOf ?? this.deps.today());
        if (policy) await sendCriteria(context, policy);
        return this.ask(context, state);
      }
      case 'rules':
        await context.sendActivity(renderRulesText(this.deps.policies));
        return this.ask(context, state);
      case 'greeting':
        await context.sendActivity(messages.chat.greetingMidCheck);
        return this.ask(context, state);
      case 'thanks':
        await context.sendActivity(messages.chat.thanks);
        return this.ask(context, state);
      case 'startCheck':
      case 'reuse':
        await context.sendActivity(messages.chat.alreadyChecking);
        return this.ask(context, state);
      case 'why':
      case 'whatNext':
        await context.sendActivity(action === 'why' ? messages.chat.whyMidCheck : messages.chat.whatNextMidCheck);
        return this.ask(context, state);
      case 'summary': {
        const given = answerList(state.answers);
        await context.sendActivity(given.length > 0 ? describeUnderstood(given) : messages.understoodNothingYet);
        return this.ask(context, state);
      }
      case 'asOf': {
        const announcement = asOfAnnouncement(message.text, this.deps);
        if (!announcement) return undefined;
        await context.sendActivity(announcement.message);
        if (announcement.asOf) {
          // Figures already given were for the old window: say plainly they are now read as the new window's.
          const before = windowOn(this.deps, state.asOf);
          const after = windowOn(this.deps, announcement.asOf);
          const windowFigures = marketplaceMetricNames.some((metric) => state.answers[metric as AnswerField] !== undefined);
          if (windowFigures && before.start !== after.start) await context.sendActivity(messages.chat.figuresReused(describeWindow(before), describeWindow(after)));
          state.asOf = announcement.asOf;
        }
        // Another date can bring other rules and so other questions (the designation route is FY25 only).
        return state.awaiting?.kind === 'readBack' || state.awaiting?.kind === 'signer' ? this.ask(context, state) : this.advance(context, state);
      }
      default: {
        const reply = programReply(action);
        if (!reply) return undefined;
        await context.sendActivity(reply);
        return this.ask(context, state);
      }
    }
  }

  /** Files labelled figures under their metrics, says what was noted or changed, and moves on. */
  private async acceptLabelled(context: TurnContext, state: CheckState, attribution: FigureAttribution, text: string): Promise<CheckStep> {
    const values = { ...attribution.values } as Partial<Answers> & Record<string, unknown>;
    if (values.azureIpCoSellEligible === true && values.hasTransactableOffer === false) {
      await context.sendActivity(messages.contradictions.hasTransactableOffer!);
      values.azureIpCoSellEligible = false;
    }
    const commitment = values.consumptionCommitmentUsd ?? undefined;
    if (commitment !== undefined && attribution.commitmentSigner !== undefined && attribution.commitmentSigner !== 'partner') {
      delete values.consumptionCommitmentUsd;
      if (attribution.commitmentSigner === 'customer') await context.sendActivity(messages.chat.customerMacc(formatUsd(commitment)));
      // "The customer has a MACC of 60M, we don't have one": the partner's own commitment is none, said outright.
      if (attribution.commitmentSigner === 'customer' && NO_OWN_COMMITMENT.test(text)) values.consumptionCommitmentUsd = 0;
    }
    // "MBS was about 3.6": a small dollar figure with no "$" or "million" is shorthand; read it back as a bare "4" is.
    const shorthand = shorthandAmount(values, text);
    if (shorthand) {
      delete values[shorthand.field];
      if (Object.keys(values).length === 0) {
        state.awaiting = { kind: 'readBack', question: shorthand.question, values: { [shorthand.field]: shorthand.value } };
        await context.sendActivity(messageWithChoices(context, messages.readBack(formatUsd(shorthand.value)), [messages.buttons.yes, messages.buttons.no]));
        return WAITING;
      }
    }
    const merged = mergeAnswers(state.answers, values);
    const checked = evaluateAnswers(merged, this.deps, state.asOf);
    if (!checked.ok) {
      await context.sendActivity(checked.message);
      return this.ask(context, state);
    }
    const corrections = describeCorrections(state.answers, values);
    const fresh = Object.entries(values).filter(([field]) => state.answers[field as AnswerField] === undefined);
    const question = this.currentQuestion(state);
    const answersOpenQuestion = question !== undefined && question.fields.every((field) => values[field] !== undefined || field === 'uniqueCustomersOver100');
    if (corrections.length > 0) await context.sendActivity([messages.chat.changed, ...corrections].join('\n'));
    if (fresh.length > 0 && !(answersOpenQuestion && fresh.every(([field]) => question.fields.includes(field as AnswerField)))) {
      await context.sendActivity(describeUnderstood(fresh.map(([field, value]) => ({ field, value: value as number | boolean }))));
    }
    state.answers = merged;
    // "30ish transactions from 8 customers": the hedge is on the 30 alone.
    const given = Object.keys(values) as AnswerField[];
    this.markApproximate(state, given, false);
    const pairOnly = given.length === 2 && given.includes('transactionsOver100') && given.includes('uniqueCustomersOver100');
    if (attribution.approximate) this.markApproximate(state, pairOnly ? (hedgedFields(questionById('transactions'), text, values) as AnswerField[]) : given, true);
    if (commitment !== undefined && attribution.commitmentSigner === 'unclear') {
      state.awaiting = { kind: 'signer', ...(question ? { question: question.id } : {}), values: { consumptionCommitmentUsd: commitment } };
      await context.sendActivity(messageWithChoices(context, messages.chat.signerQuestion(formatUsd(commitment)), [messages.buttons.yes, messages.buttons.no]));
      return WAITING;
    }
    const answered = question && question.fields.some((field) => values[field] !== undefined) ? question.id : undefined;
    if (answered) {
      state.history.push(answered);
      state.awaiting = undefined;
    }
    if (state.awaiting?.kind === 'readBack') state.awaiting = { kind: 'answer', question: state.awaiting.question };
    if (shorthand) {
      // The other figures are filed; the shorthand one is read back before it counts.
      state.awaiting = { kind: 'readBack', question: shorthand.question, values: { [shorthand.field]: shorthand.value } };
      await context.sendActivity(messageWithChoices(context, messages.readBack(formatUsd(shorthand.value)), [messages.buttons.yes, messages.buttons.no]));
      return WAITING;
    }
    return this.afterTransactions(context, state, answered);
  }

  private async answerSigner(context: TurnContext, state: CheckState, awaiting: Extract<Awaiting, { kind: 'signer' }>, action: string): Promise<CheckStep> {
    const amount = formatUsd(awaiting.values.consumptionCommitmentUsd ?? 0);
    const restore = () => {
      state.awaiting = awaiting.question ? { kind: 'answer', question: awaiting.question } : undefined;
    };
    if (action === 'yes') {
      state.answers = mergeAnswers(state.answers, awaiting.values);
      restore();
      return this.advance(context, state);
    }
    if (action === 'no') {
      await context.sendActivity(messages.chat.customerMacc(amount));
      restore();
      return this.advance(context, state);
    }
    await context.sendActivity(messageWithChoices(context, messages.chat.signerQuestion(amount), [messages.buttons.yes, messages.buttons.no]));
    return WAITING;
  }

  /** Records which answers were estimates; a figure given again without a hedge is no longer one. */
  private markApproximate(state: CheckState, fields: AnswerField[], approximate = true): void {
    const kept = (state.approximate ?? []).filter((field) => !fields.includes(field));
    state.approximate = approximate ? [...kept, ...fields] : kept;
  }

  private async accept(context: TurnContext, state: CheckState, values: Partial<Answers>): Promise<CheckStep> {
    state.answers = mergeAnswers(state.answers, values);
    const question = this.currentQuestion(state);
    if (question) state.history.push(question.id);
    state.awaiting = undefined;
    return this.afterTransactions(context, state, question?.id);
  }

  /** Moves on; after a transaction count with no customers, asks for them first (see `customersStillUnknown`). */
  private async afterTransactions(context: TurnContext, state: CheckState, answered: QuestionId | undefined): Promise<CheckStep> {
    if (answered === 'transactions' && this.customersStillUnknown(state)) {
      state.awaiting = { kind: 'answer', question: 'uniqueCustomers' };
      state.attempts = 0;
      return this.ask(context, state);
    }
    return this.advance(context, state);
  }

  /**
   * "14 transactions" (or a bare "9") at the transactions question: the 30-from-8 route's other half is the
   * unique customers behind them, so they are asked right away, while the check goes on anyway (a check that
   * would end here, filling the one answer a result still needed, is not held up).
   */
  private customersStillUnknown(state: CheckState): boolean {
    if (!((state.answers.transactionsOver100 ?? 0) > 0) || state.answers.uniqueCustomersOver100 !== undefined || state.skipped.includes('uniqueCustomers')) return false;
    const known = this.questionContext(state);
    if (!known || !this.nextQuestion(state, known)) return false;
    return known.evaluation.criteria.some((criterion) => criterion.outcome !== 'met' && criterion.gaps.some((gap) => gap.metric === 'uniqueCustomersOver100'));
  }

  private async skip(context: TurnContext, state: CheckState, question: Question): Promise<CheckStep> {
    if (!state.skipped.includes(question.id)) state.skipped.push(question.id);
    state.history.push(question.id);
    state.awaiting = undefined;
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
    state.awaiting = { kind: 'answer', question: previous };
    state.attempts = 0;
    return this.ask(context, state);
  }

  private questionContext(state: CheckState): QuestionContext | undefined {
    const evaluated = evaluateAnswers(state.answers, this.deps, state.asOf);
    if (!evaluated.ok) return undefined;
    const asOf = state.asOf ?? this.deps.today();
    const policy = policyInForce(this.deps.policies, asOf);
    return { answers: state.answers, policy, asOf, window: trailingWindow(asOf, policy?.window.trailingMonths ?? 12), evaluation: evaluated.evaluation };
  }

  /**
   * "Back" after the result: the last question answered is open again and asked. Its answer stays until another
   * replaces it (a signed commitment must not vanish because someone looked back), and the reply says so.
   */
  async reopen(context: TurnContext, state: CheckState, question: QuestionId): Promise<CheckStep> {
    const kept = answerList(pickFields(state.answers, questionById(question).fields));
    if (kept.length > 0) await context.sendActivity(messages.chat.answerKept(describeUnderstood(kept).split('\n').slice(1).join('\n')));
    state.awaiting = { kind: 'answer', question };
    state.fullPicture = true;
    return this.ask(context, state);
  }

  /** Opens a question for the message in hand when it matters on the check's date; false when it does not. */
  openQuestion(state: CheckState, id: QuestionId): boolean {
    const known = this.questionContext(state);
    if (!known || !questionById(id).isRelevant(known)) return false;
    state.skipped = state.skipped.filter((skipped) => skipped !== id);
    state.awaiting = { kind: 'answer', question: id };
    state.attempts = 0;
    return true;
  }

  /**
   * Makes the next question that still matters the open one without asking it, so the message in hand can answer
   * it. Returns how many questions still matter (0: none is opened).
   */
  /**
   * Opens the one yes/no question still pending (co-sell eligibility, a transactable offer), so a "no" typed after
   * a result can answer it; false when none or several are pending.
   */
  openOnlyYesNoQuestion(state: CheckState): boolean {
    const known = this.questionContext(state);
    const yesNo = known ? this.pendingQuestions(state, known).filter((question) => question.kind === 'yesNo') : [];
    if (yesNo.length !== 1) return false;
    state.awaiting = { kind: 'answer', question: yesNo[0]!.id };
    state.attempts = 0;
    return true;
  }

  openNextQuestion(state: CheckState): number {
    const known = this.questionContext(state);
    if (!known) return 0;
    const pending = this.pendingQuestions(state, known);
    if (pending.length > 0) {
      state.awaiting = { kind: 'answer', question: pending[0]!.id };
      state.attempts = 0;
    }
    return pending.length;
  }

  private nextQuestion(state: CheckState, context: QuestionContext): Question | undefined {
    return this.pendingQuestions(state, context)[0];
  }

  private pendingQuestions(state: CheckState, context: QuestionContext): Question[] {
    return questions.filter(
      (question) =>
        state.answers[question.fields[0]!] === undefined &&
        context.evaluation.metrics[question.fields[0] as keyof typeof context.evaluation.metrics] === undefined &&
        !state.skipped.includes(question.id) &&
        question.isRelevant(context),
    );
  }

  private currentQuestion(state: CheckState): Question | undefined {
    const awaiting = state.awaiting;
    if (awaiting?.kind === 'answer' || awaiting?.kind === 'readBack') return questionById(awaiting.question);
    if (awaiting?.kind === 'signer' && awaiting.question) return questionById(awaiting.question);
    return undefined;
  }

  /** The open question (or read-back, or "show my result?") asked again, as after an interruption. */
  async askAgain(context: TurnContext, state: CheckState): Promise<CheckStep> {
    upgradeOlderState(state);
    return this.ask(context, state);
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
      state.awaiting = { kind: 'stopOrContinue' };
      await context.sendActivity(messages.criterionMet(criterionTitle(newlyMet[0]!)));
      await context.sendActivity(this.stopOffer(context));
      return WAITING;
    }
    state.awaiting = { kind: 'answer', question: next.id };
    state.attempts = 0;
    return this.ask(context, state, known);
  }

  private async ask(context: TurnContext, state: CheckState, alreadyKnown?: QuestionContext): Promise<CheckStep> {
    const awaiting = state.awaiting;
    if (awaiting?.kind === 'stopOrContinue') {
      await context.sendActivity(this.stopOffer(context));
      return WAITING;
    }
    // Back from a question asked in between: the prompt still open is the read-back or the signer question.
    if (awaiting?.kind === 'readBack') {
      const amount = awaiting.values.marketplaceBilledSalesUsd ?? awaiting.values.consumptionCommitmentUsd;
      if (typeof amount === 'number') {
        await context.sendActivity(messageWithChoices(context, messages.readBack(formatUsd(amount)), [messages.buttons.yes, messages.buttons.no]));
        return WAITING;
      }
    }
    if (awaiting?.kind === 'signer') {
      await context.sendActivity(messageWithChoices(context, messages.chat.signerQuestion(formatUsd(awaiting.values.consumptionCommitmentUsd ?? 0)), [messages.buttons.yes, messages.buttons.no]));
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
    return {
      status: 'complete',
      result: {
        reason,
        answers: state.answers,
        skipped: state.skipped,
        ...(state.asOf ? { asOf: state.asOf } : {}),
        ...(state.approximate?.length ? { approximate: state.approximate } : {}),
        ...(state.history.length > 0 ? { lastQuestion: state.history[state.history.length - 1] } : {}),
      },
    };
  }
}

const MONEY_MARKER = /\$|\busd\b|\bdollars?\b|\d\s*(?:k|m|mm|mn|b|bn)\b|\b(?:thousand|million|billion|mil)\b/i;

/** Dollar answers given in millions' shorthand ("3.6" meaning 3.6 million), scaled to dollars. */
export function scaleToMillions(values: Partial<Answers>): Partial<Answers> {
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, typeof value === 'number' ? Math.round(value * 1_000_000) : value]));
}

/** Whether a figure is written as money ("3.6M", "$3.6", "3.6 million"). */
export function looksLikeMoney(text: string): boolean {
  return MONEY_MARKER.test(text);
}

/** A dollar figure small or fractional enough to be shorthand for millions, stated with no "$" or magnitude. */
export function shorthandAmount(values: Partial<Answers>, text: string): { field: 'marketplaceBilledSalesUsd' | 'consumptionCommitmentUsd'; value: number; question: QuestionId } | undefined {
  if (MONEY_MARKER.test(text)) return undefined;
  for (const [field, question] of [['marketplaceBilledSalesUsd', 'billedSales'], ['consumptionCommitmentUsd', 'commitment']] as const) {
    const value = values[field];
    if (typeof value === 'number' && value !== 0 && (value < 1000 || !Number.isInteger(value))) return { field, value, question };
  }
  return undefined;
}

function upgradeOlderState(state: CheckState & OlderCheckState): void {
  if (state.awaiting || (!state.current && !state.offeringStop)) return;
  if (state.offeringStop) state.awaiting = { kind: 'stopOrContinue' };
  else if (state.current && state.confirm) state.awaiting = { kind: 'readBack', question: state.current, values: state.confirm };
  else if (state.current) state.awaiting = { kind: 'answer', question: state.current };
  delete state.current;
  delete state.confirm;
  delete state.offeringStop;
}

function pickFields(answers: Answers, fields: readonly AnswerField[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([field]) => fields.includes(field as AnswerField))) as Answers;
}

export function answerList(answers: Answers) {
  return Object.entries(answers)
    .filter((entry): entry is [string, number | boolean] => typeof entry[1] === 'number' || typeof entry[1] === 'boolean')
    .map(([field, value]) => ({ field, value }));
}

export async function sendCriteria(context: TurnContext, policy: Parameters<typeof renderCriteriaCard>[0]): Promise<void> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderCriteriaCard(policy)));
  activity.text = renderCriteriaText(policy);
  await context.sendActivity(activity);
}
