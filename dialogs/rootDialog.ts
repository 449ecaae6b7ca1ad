import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Evaluation } from '../src/eligibility/evaluation';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { renderExplanation, renderRulesText, renderSummaryText } from '../src/cards';
import { attributeFigures, isQuestionForm, namesRelativeChange, parseAmountUsd, parseCount, parseWhatIf, readCorrection, saysFewer, readEstimate, readScaling, soundsLikeCorrection, soundsUnsure } from '../src/language';
import { mergeAnswers, withoutFields, type AnswerField, type Answers } from './answers';
import type { CsvUpload } from '../src/csv/csvUpload';
import { marketplaceMetricNames } from '../src/eligibility/schema';
import { deriveFromUpload, describeBadRows, describeDerived, trendChartFor, type DerivedFromUpload } from './uploadedTransactions';
import { applyWhatIf, describeChanges, type AnswerChange } from './whatIf';
import { messageWithChoices } from './choices';
import { answerList, EligibilityCheckDialog, looksLikeMoney, scaleToMillions, sendCriteria, shorthandAmount, type CheckOptions, type CheckResult, type CheckState, type CheckStep } from './eligibilityCheckDialog';
import { evaluateAnswers, windowOn, type DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import { resultActivity } from './resultActivity';
import type { Profile, Session } from './session';
import { questionById, type QuestionId } from './questions';
import { closestCriterion, describeMissingAnswers, describeStillToAdd, describeWindow, joinAnd, metricLabels, routeName } from '../src/eligibility/wording';
import { describeUnderstood } from './understood';
import { approximateCaveats } from './approximateCaveats';
import { namesDesignation } from './answerParsers';
import { asOfAnnouncement, asksForToday, isQuestionOrCommand, programReply, rulesInForceFrom } from './replies';
import { formatDate } from '../src/eligibility/format';
import { understand, type Understanding } from './understanding';

export interface RootDialogState {
  session: StatePropertyAccessor<Session>;
  profile: StatePropertyAccessor<Profile>;
  /** The check in progress; absent between checks. */
  check: StatePropertyAccessor<CheckState | undefined>;
}

const GO_ON = /\b(go on|without|continue|proceed|skip them|ignore)\b/i;
const FIX_FILE = /\b(fix|correct|later|cancel)\b/i;
// A figure alone ("12", "about 12", "$4.1M"): after a result it answers what is still needed, or is asked about.
const BARE_FIGURE = /^\s*(?:about|around|roughly|approx\.?|~|maybe)?\s*(?:usd\s*|\$)?\d[\d,.]*\s*(?:k|m|mm|million|thousand)?\s*(?:ish)?[.!]?\s*$/i;
// A change relative to the figure already given ("10 fewer transactions", "2 more customers") is a scenario.
// "What if we had 10 fewer transactions", "suppose 2 more customers", "imagine MBS was 4.5M": a hypothetical by its
// opening words, read before any glossary or intent (the model hears "transactable offer" in "transactions").
const WHAT_IF_OPENING = /^\s*(?:and\s+|ok(?:ay)?,?\s+|so,?\s+)?(?:what\s+if|what\s+about|suppose|supposing|imagine|hypothetically|let'?s\s+say)\b/i;

/**
 * The conversation's front door: routes each message that is not an answer to a running check (commands,
 * pasted numbers, what-ifs, summaries), starts checks, and turns a finished check into a result. A plain class
 * over conversation state rather than a botbuilder ComponentDialog: the one child it runs, the check, keeps its
 * small state in its own property, and a turn builds no dialog context or memory scopes.
 *
 * @example
 * await rootDialog.run(context); // after state is loaded; state is saved by the caller
 */
export class RootDialog {
  private readonly check: EligibilityCheckDialog;

  constructor(
    private readonly deps: DialogDependencies,
    private readonly state: RootDialogState,
  ) {
    this.check = new EligibilityCheckDialog(deps);
  }

  /** Handles one message: a file (fetched by the bot, passed in), an answer to the running check, or anything else through `route`. */
  async run(context: TurnContext, upload?: CsvUpload): Promise<void> {
    if (upload && upload.kind !== 'none') {
      // A file sent mid-check replaces the marketplace answers; the check restarts from what the file gives and
      // what the partner already said ("yes, co-sell eligible"), kept as a paused check until the file is used.
      const interrupted = await this.state.check.get(context);
      if (interrupted) {
        const session = await this.state.session.get(context, {});
        session.paused = { answers: interrupted.answers, skipped: [], ...(interrupted.asOf ? { asOf: interrupted.asOf } : {}) };
      }
      await this.state.check.delete(context);
      return this.handleUpload(context, upload);
    }
    const message = await understand(context.activity, (context.activity.text ?? '').trim());
    const running = await this.state.check.get(context);
    if (running) return this.afterStep(context, await this.check.continue(context, running, message));
    return this.route(context, message);
  }

  /**
   * After the partner changed the language: what the conversation waits for, asked again (in the new language).
   * The open question of a running check, a pending yes/no, the file's "go on or fix it"; with nothing open and no
   * result yet, the welcome's starting buttons. After a result nothing is open, and the switch sentence is enough.
   */
  async askAgain(context: TurnContext): Promise<void> {
    const running = await this.state.check.get(context);
    if (running) return this.afterStep(context, await this.check.askAgain(context, running));
    const session = await this.state.session.get(context, {});
    if (session.pendingUpload) {
      await context.sendActivity(messageWithChoices(context, messages.upload.fixOrGoOn, [messages.buttons.uploadGoOn, messages.buttons.uploadFix]));
      return;
    }
    if (session.awaiting === 'reuse') {
      await context.sendActivity(messageWithChoices(context, messages.reuseQuestion, [messages.buttons.reuse, messages.buttons.fresh]));
      return;
    }
    if (session.awaiting === 'asOfFigures' && session.pendingAsOf && session.last) {
      const given = describeWindow(windowOn(this.deps, session.last.asOf));
      const asked = describeWindow(windowOn(this.deps, session.pendingAsOf.asOf));
      await context.sendActivity(messageWithChoices(context, messages.chat.sameFiguresQuestion(given, asked), [messages.buttons.sameFigures, messages.buttons.newFigures]));
      return;
    }
    if (session.awaiting === 'whatIf') {
      await context.sendActivity(messages.chat.whatIfReady);
      return;
    }
    if (!session.last) await context.sendActivity(RootDialog.welcome(context));
  }

  private async handleUpload(context: TurnContext, upload: Exclude<CsvUpload, { kind: 'none' }>): Promise<void> {
    const session = await this.state.session.get(context, {});
    session.pendingUpload = undefined;
    if (upload.kind === 'refused') {
      await context.sendActivity(messages.upload.refused[upload.reason] ?? messages.upload.refused['download-failed']!);
      return;
    }
    const { transactions, badRows } = upload.csv;
    if (transactions.length === 0 && badRows.length === 0) {
      await context.sendActivity(messages.upload.noRows);
      return;
    }
    const derived = deriveFromUpload(upload.fileName, transactions, this.deps);
    if (typeof derived === 'string') {
      await context.sendActivity(derived);
      return;
    }
    if (badRows.length > 0) {
      session.pendingUpload = derived;
      await context.sendActivity(describeBadRows(upload.csv, upload.fileName));
      await context.sendActivity(messageWithChoices(context, messages.upload.fixOrGoOn, [messages.buttons.uploadGoOn, messages.buttons.uploadFix]));
      return;
    }
    return this.checkWithUpload(context, session, derived);
  }

  /** Starts a check from the file's totals, keeping what the partner said about eligibility and commitments. */
  private async checkWithUpload(context: TurnContext, session: Session, derived: DerivedFromUpload): Promise<void> {
    await context.sendActivity(describeDerived(derived));
    session.upload = derived;
    // A check interrupted by the file is newer than the last result: its answers come first.
    const paused = session.paused;
    const earlier = paused?.answers ?? session.last?.answers ?? {};
    const kept = withoutFields(earlier, marketplaceMetricNames as unknown as AnswerField[]);
    session.paused = undefined;
    return this.startCheck(context, { answers: mergeAnswers(kept, derived.metrics), ...(paused?.asOf ? { asOf: paused.asOf } : {}) });
  }

  /** Welcome text with the three starting buttons; also used by the bot on conversationUpdate. */
  static welcome(context: TurnContext) {
    return messageWithChoices(context, messages.welcome, [messages.buttons.check, messages.buttons.criteria, messages.buttons.help]);
  }

  private async route(context: TurnContext, message: Understanding): Promise<void> {
    const { text, action } = message;
    const session = await this.state.session.get(context, {});
    if (session.pendingUpload) {
      const pending = session.pendingUpload;
      session.pendingUpload = undefined;
      if (action === 'uploadGoOn' || (!message.fromButton && GO_ON.test(text))) return this.checkWithUpload(context, session, pending);
      if (action === 'uploadFix' || (!message.fromButton && FIX_FILE.test(text))) {
        await context.sendActivity(messages.upload.fixLater);
        return;
      }
    }
    const awaiting = session.awaiting;
    session.awaiting = undefined;
    const pendingAsOf = session.pendingAsOf;
    session.pendingAsOf = undefined;
    if (awaiting === 'asOfFigures' && pendingAsOf && session.last) {
      if (action === 'sameFigures' || action === 'yes') return this.asOfWithSameFigures(context, session, pendingAsOf.asOf, pendingAsOf.designationText);
      if (action === 'newFigures' || action === 'no' || action === 'startFresh') return this.asOfWithNewFigures(context, session, pendingAsOf.asOf);
    }
    if (awaiting === 'reuse') {
      if (action === 'reuse' || action === 'yes') return this.startCheck(context, { answers: (await this.state.profile.get(context, {})).lastAnswers ?? {} });
      if (action === 'startFresh' || action === 'no' || action === 'startOver') return this.startCheck(context, {});
    }

    const attribution = attributeFigures(text, { plainTransactions: 'over100' });
    const labelled = !message.fromButton && Object.keys(attribution.values).length > 0;
    // "We have the certified software designation for Azure" shares words with the glossary; it states a fact.
    if (session.last && !message.fromButton && namesDesignation(text) && !isQuestionForm(text)) {
      return this.designationAfterResult(context, session, message, attribution.values as Partial<Answers>);
    }
    if (session.last && !message.fromButton && !soundsLikeCorrection(text) && (WHAT_IF_OPENING.test(text) || (namesRelativeChange(text) && /\d/.test(text) && !isQuestionForm(text)))) {
      const changes = whatIfChanges(text, (session.whatIf ?? session.last).answers, soleWhatIfField(session));
      if (changes.length > 0) return this.whatIf(context, session, changes);
    }
    // "As of today please" after a result checked on another day: today's date again.
    if (session.last && !message.fromButton && asksForToday(text) && (await this.checkAsOf(context, session, text))) return;
    switch (isQuestionOrCommand(action, text, labelled) ? action : 'answer') {
      case 'startCheck':
        return this.checkOrOfferReuse(context, session);
      case 'startOver':
      case 'startFresh':
        session.paused = undefined;
        await context.sendActivity(messages.startingOver);
        return this.startCheck(context, {});
      case 'reuse': {
        const profile = await this.state.profile.get(context, {});
        return this.startCheck(context, { answers: profile.lastAnswers ?? session.last?.answers ?? {} });
      }
      case 'help':
        await context.sendActivity(messageWithChoices(context, messages.help, [messages.buttons.check, messages.buttons.criteria]));
        return;
      case 'criteria': {
        const policy = policyInForce(this.deps.policies, this.deps.today());
        if (policy) await sendCriteria(context, policy);
        return;
      }
      case 'rules':
        await context.sendActivity(renderRulesText(this.deps.policies));
        return;
      case 'summary':
        return this.sendSummary(context, session);
      case 'greeting':
        await context.sendActivity(messageWithChoices(context, messages.chat.greeting, [messages.buttons.check, messages.buttons.criteria, messages.buttons.help]));
        return;
      case 'thanks':
        await context.sendActivity(session.last ? messages.chat.thanksAfterResult : messages.chat.thanks);
        return;
      case 'goodbye':
        await context.sendActivity(messages.chat.goodbye);
        return;
      case 'why':
        return this.explainLast(context, session);
      case 'whatNext':
        return this.nextStepAfterResult(context, session);
      case 'realNumbers':
        return this.backToRealNumbers(context, session);
      case 'back':
        return this.backAfterResult(context, session);
      case 'showResult':
      case 'keepGoing':
        // The prompt's buttons pressed (or typed) again after the result: show it again, never "did not follow".
        if (!session.last) break;
        await this.showResult(context, session, session.last.answers, { asOf: session.last.asOf, approximate: session.last.approximate });
        return;
      case 'asOf':
        if (await this.checkAsOf(context, session, text)) return;
        break;
      default: {
        const reply = programReply(action);
        if (reply) {
          await context.sendActivity(reply);
          return;
        }
      }
    }

    // After "Try a what-if", and while a what-if is shown, a bare change is hypothetical ("and 10 fewer
    // transactions" stacks on the last what-if); so is a relative change after any result ("2 more customers").
    // Only words that say the real figure was wrong ("actually", "sorry, I meant") make it a correction.
    const explicitCorrection = soundsLikeCorrection(text);
    const isWhatIf =
      action === 'whatIf' ||
      (awaiting === 'whatIf' && !explicitCorrection) ||
      (session.last !== undefined && labelled && !explicitCorrection && (session.whatIf !== undefined || namesRelativeChange(text)));
    if (isWhatIf && session.last) {
      const changes = whatIfChanges(text, (session.whatIf ?? session.last).answers, soleWhatIfField(session));
      if (changes.length > 0) return this.whatIf(context, session, changes);
      session.awaiting = 'whatIf';
      await context.sendActivity(messages.chat.whatIfReady);
      return;
    }
    if (isWhatIf) {
      await context.sendActivity(messages.noResultYet);
      return;
    }
    if (labelled) {
      const signer = attribution.commitmentSigner;
      // "MBS was about 3.6" after a result is read back through the check before it changes anything.
      const shorthand = shorthandAmount({ ...attribution.values } as Partial<Answers>, text) !== undefined;
      if (session.last && !shorthand && (signer === undefined || signer === 'partner')) return this.correctLast(context, session, attribution.values as Partial<Answers>, attribution.approximate);
      // A description pasted in one message: the check files each figure and asks only for what is missing. After
      // a result it starts from the last answers, so a commitment to confirm or a customer's MACC loses nothing.
      session.paused = undefined;
      const running = this.check.start(session.last ? { answers: session.last.answers, asOf: session.last.asOf, approximate: session.last.approximate } : {});
      await this.state.check.set(context, running);
      return this.afterStep(context, await this.check.continue(context, running, message));
    }
    if (session.last && !message.fromButton && soundsLikeCorrection(text) && /\d/.test(text)) return this.unlabelledCorrection(context, session, text);
    if (session.last && !message.fromButton && BARE_FIGURE.test(text)) return this.figureAfterResult(context, session, message);
    if (session.last && (action === 'yes' || action === 'no') && (await this.yesNoAfterResult(context, session, message))) return;
    // "Not sure" after a result answers no question: say what they can do next rather than "did not follow".
    if (session.last && !message.fromButton && (soundsUnsure(text) || /^\s*(?:dunno|idk|no\s+(?:idea|clue))\b/i.test(text)) && !/\d/.test(text)) {
      await context.sendActivity(messages.chat.unsureAfterResult);
      return;
    }
    await context.sendActivity(messageWithChoices(context, messages.chat.fallback, [messages.buttons.check, messages.buttons.criteria, messages.buttons.help]));
  }

  /**
   * "12" after a result that still needs answers: with one question left it is that answer; with several, the
   * check asks the first one again, saying which figure it needs, rather than guess.
   */
  private async figureAfterResult(context: TurnContext, session: Session, message: Understanding): Promise<void> {
    const last = session.last!;
    const running = this.check.start({ answers: last.answers, asOf: last.asOf, approximate: last.approximate });
    const pending = this.check.openNextQuestion(running);
    if (pending === 0) {
      await context.sendActivity(messages.chat.whichFigureAfterResult(message.text.trim()));
      return;
    }
    session.whatIf = undefined;
    await this.state.check.set(context, running);
    if (pending === 1) {
      const field = questionById((running.awaiting as { question: QuestionId }).question).fields[0]!;
      await context.sendActivity(messages.chat.tookFigureAs(message.text.trim(), metricLabels[field as keyof typeof metricLabels] ?? field));
      return this.afterStep(context, await this.check.continue(context, running, { ...message, action: 'answer' }));
    }
    await context.sendActivity(messages.chat.whichStillNeeded(message.text.trim()));
    return this.afterStep(context, await this.check.advance(context, running));
  }

  /**
   * "No" right after a result whose one missing yes/no answer is "whether you are Azure IP co-sell eligible": that
   * answer, with the result updated. False when no single yes/no question is pending, so the caller falls back.
   */
  private async yesNoAfterResult(context: TurnContext, session: Session, message: Understanding): Promise<boolean> {
    const last = session.last!;
    const running = this.check.start({ answers: last.answers, asOf: last.asOf, approximate: last.approximate });
    if (!this.check.openOnlyYesNoQuestion(running)) return false;
    const field = questionById((running.awaiting as { question: QuestionId }).question).fields[0]!;
    const said = message.action === 'yes';
    session.whatIf = undefined;
    await context.sendActivity(messages.chat.tookYesNoAs(said ? 'yes' : 'no', metricLabels[field as keyof typeof metricLabels] ?? field));
    await this.showResult(context, session, { ...last.answers, [field]: said }, { asOf: last.asOf, approximate: last.approximate });
    return true;
  }

  /**
   * "We had the certified software designation for Azure" after a result: the designation question opens (when
   * the rules on the result's date have the route) and reads the message; figures said with it are kept.
   */
  private async designationAfterResult(context: TurnContext, session: Session, message: Understanding, values: Partial<Answers>): Promise<void> {
    const last = session.last!;
    const running = this.check.start({ answers: mergeAnswers(last.answers, values), asOf: last.asOf, approximate: last.approximate });
    if (!this.check.openQuestion(running, 'designations')) {
      await context.sendActivity(messages.chat.designationNotCounted);
      return;
    }
    session.whatIf = undefined;
    await this.state.check.set(context, running);
    return this.afterStep(context, await this.check.continue(context, running, { ...message, action: 'answer' }));
  }

  /**
   * "Sorry, I meant 3.6M not 3.8" after a result: "not 3.8" names the answer it replaces; otherwise a dollar figure
   * is the billed sales (the commitment when that was the last question). A count that matches nothing is asked about.
   */
  private async unlabelledCorrection(context: TurnContext, session: Session, text: string): Promise<void> {
    const last = session.last!;
    const { text: figure, replaced } = readCorrection(text);
    const answers = last.answers as Record<string, unknown>;
    const matching = replaced === undefined ? undefined : Object.keys(answers).find((field) => answers[field] === replaced || answers[field] === replaced * 1_000_000);
    // A dollar figure corrects a commitment only when one was stated last; "none" leaves billed sales the likelier.
    const commitmentLast = last.lastQuestion === 'commitment' && (last.answers.consumptionCommitmentUsd ?? 0) > 0;
    const field = matching ?? (looksLikeMoney(figure) ? (commitmentLast ? 'consumptionCommitmentUsd' : 'marketplaceBilledSalesUsd') : undefined);
    const money = field === 'marketplaceBilledSalesUsd' || field === 'consumptionCommitmentUsd';
    const parsed = field === undefined ? undefined : money ? parseAmountUsd(figure) : parseCount(figure);
    // "3.6 not 3.8" where 3.8 was USD 3,800,000: the new figure is in millions too.
    const inMillions = matching !== undefined && replaced !== undefined && answers[matching] === replaced * 1_000_000;
    if (!field || parsed?.kind !== 'value' || (money && parsed.ambiguous && !inMillions)) {
      await context.sendActivity(messages.chat.whichFigureAfterResult(figure));
      return;
    }
    const values = { [field]: parsed.value } as Partial<Answers>;
    return this.correctLast(context, session, money && parsed.ambiguous ? scaleToMillions(values) : values, readEstimate(text).approximate);
  }

  /** "Back" after the result: the last question is asked again, the other answers kept. */
  private async backAfterResult(context: TurnContext, session: Session): Promise<void> {
    const last = session.last;
    if (!last?.lastQuestion) {
      await context.sendActivity(messageWithChoices(context, last ? messages.nothingToGoBackTo : messages.noResultYet, [messages.buttons.check]));
      return;
    }
    session.whatIf = undefined;
    const running = this.check.start({ answers: last.answers, asOf: last.asOf, approximate: last.approximate });
    await this.state.check.set(context, running);
    return this.afterStep(context, await this.check.reopen(context, running, last.lastQuestion));
  }

  /** "Would they have qualified on 30 June 2024?": the last answers again as of that date, or a new check for it. */
  private async checkAsOf(context: TurnContext, session: Session, text: string): Promise<boolean> {
    const announcement = asOfAnnouncement(text, this.deps);
    if (!announcement) return false;
    // A result names its date and rules itself; a new check or a refusal needs the sentence.
    if (!announcement.asOf || !session.last) await context.sendActivity(announcement.message);
    if (!announcement.asOf) return true;
    if (session.last) {
      // The figures were given for one trailing window; another date looks at another window. Ask before reusing them.
      const given = windowOn(this.deps, session.last.asOf);
      const asked = windowOn(this.deps, announcement.asOf);
      if (given.start !== asked.start || given.end !== asked.end) {
        session.awaiting = 'asOfFigures';
        session.pendingAsOf = { asOf: announcement.asOf, ...(namesDesignation(text) ? { designationText: text } : {}) };
        await context.sendActivity(announcement.message);
        await context.sendActivity(
          messageWithChoices(context, messages.chat.sameFiguresQuestion(describeWindow(given), describeWindow(asked)), [messages.buttons.sameFigures, messages.buttons.newFigures]),
        );
        return true;
      }
      await this.asOfWithSameFigures(context, session, announcement.asOf, namesDesignation(text) ? text : undefined);
      return true;
    }
    await this.startCheck(context, { asOf: announcement.asOf });
    return true;
  }

  /** The last answers re-checked on another date, then the designation question when the message named one. */
  private async asOfWithSameFigures(context: TurnContext, session: Session, asOf: string, designationText?: string): Promise<void> {
    const last = session.last!;
    await this.showResult(context, session, last.answers, { asOf, approximate: last.approximate });
    // "...in March 2025? we had the certified software designation then": the designation is asked for next.
    // Only the statement after the date question is the designation's answer.
    const statement = designationText?.split(/(?<=\?)/).filter((part) => !part.includes('?')).join(' ').trim();
    if (statement) await this.designationAfterResult(context, session, { text: statement, action: 'answer', fromButton: false }, {});
  }

  /** "No, new figures": a check on that date that keeps only what no window changes (eligibility, offer, designations). */
  private async asOfWithNewFigures(context: TurnContext, session: Session, asOf: string): Promise<void> {
    const { azureIpCoSellEligible, hasTransactableOffer, designations } = session.last?.answers ?? {};
    const kept: Answers = {
      ...(azureIpCoSellEligible !== undefined ? { azureIpCoSellEligible } : {}),
      ...(hasTransactableOffer !== undefined ? { hasTransactableOffer } : {}),
      ...(designations ? { designations } : {}),
    };
    session.whatIf = undefined;
    return this.startCheck(context, { answers: kept, asOf });
  }

  private async explainLast(context: TurnContext, session: Session): Promise<void> {
    if (!session.last) {
      await context.sendActivity(messageWithChoices(context, messages.noResultYet, [messages.buttons.check]));
      return;
    }
    const evaluated = evaluateAnswers(session.last.answers, this.deps, session.last.asOf);
    if (evaluated.ok) await context.sendActivity(renderExplanation(evaluated.evaluation));
  }

  /** "What should I do next?": the fastest step from the last result, not the whole explanation "why?" gives. */
  private async nextStepAfterResult(context: TurnContext, session: Session): Promise<void> {
    const evaluated = session.last ? evaluateAnswers(session.last.answers, this.deps, session.last.asOf) : undefined;
    if (!evaluated?.ok) return this.explainLast(context, session);
    const { evaluation } = evaluated;
    const closest = closestCriterion(evaluation);
    const steps = closest?.gaps.filter((gap) => gap.outcome === 'not-met').map(describeStillToAdd) ?? [];
    const step =
      evaluation.status === 'qualified'
        ? messages.chat.fastestNextStep.qualified
        : evaluation.status === 'undetermined' && evaluation.missing.length > 0
          ? messages.chat.fastestNextStep.answer(describeMissingAnswers(evaluation.missing))
          : steps.length > 0
            ? messages.chat.fastestNextStep.step(joinAnd(steps), evaluation.status === 'not-qualified' && closest ? routeName(closest) : undefined)
            : undefined;
    if (!step) return this.explainLast(context, session);
    await context.sendActivity(step);
  }

  /** A figure given after the result corrects the partner's real answers: the rest are kept and the change is said. */
  private async correctLast(context: TurnContext, session: Session, values: Partial<Answers>, approximate: boolean): Promise<void> {
    const last = session.last!;
    const answers = mergeAnswers(last.answers, values);
    // Every answer that changed, "not known → USD 35,000,000" included, and the status when it changed.
    const evaluated = evaluateAnswers(answers, this.deps, last.asOf);
    const changes = evaluated.ok ? describeChanges(last.answers, answers, last.status, evaluated.evaluation.status) : [];
    // A figure given again is an estimate only if hedged this time ("actually it was 3.9M" is exact).
    const given = Object.keys(values) as AnswerField[];
    const estimates = [...(last.approximate ?? []).filter((field) => !given.includes(field)), ...(approximate ? given : [])];
    session.whatIf = undefined;
    await this.showResult(context, session, answers, {
      whatChanged: changes.length > 0 ? changes : [messages.noChange],
      asOf: last.asOf,
      approximate: estimates,
    });
  }

  private async backToRealNumbers(context: TurnContext, session: Session): Promise<void> {
    if (!session.last || !session.whatIf) {
      await context.sendActivity(session.last ? messages.chat.noWhatIf : messages.noResultYet);
      return;
    }
    session.whatIf = undefined;
    await context.sendActivity(messages.chat.realNumbersRestored);
    await this.showResult(context, session, session.last.answers, { asOf: session.last.asOf, approximate: session.last.approximate });
  }

  private async checkOrOfferReuse(context: TurnContext, session: Session): Promise<void> {
    if (session.paused) {
      const paused = session.paused;
      session.paused = undefined;
      return this.startCheck(context, paused);
    }
    const profile = await this.state.profile.get(context, {});
    if (profile.lastAnswers && Object.keys(profile.lastAnswers).length > 0) {
      session.awaiting = 'reuse';
      const lines = describeUnderstood(answerList(profile.lastAnswers)).split('\n').slice(1);
      await context.sendActivity([messages.welcomeBack, ...lines].join('\n'));
      await context.sendActivity(messageWithChoices(context, messages.reuseQuestion, [messages.buttons.reuse, messages.buttons.fresh]));
      return;
    }
    return this.startCheck(context, {});
  }

  private async startCheck(context: TurnContext, options: CheckOptions): Promise<void> {
    const running = this.check.start(options);
    await this.state.check.set(context, running);
    return this.afterStep(context, await this.check.advance(context, running));
  }

  /** A waiting check stays in state for the next message; a finished one is dropped and its result shown. */
  private async afterStep(context: TurnContext, step: CheckStep): Promise<void> {
    if (step.status === 'waiting') return;
    await this.state.check.delete(context);
    await this.finishCheck(context, step.result);
  }

  private async finishCheck(context: TurnContext, result: CheckResult): Promise<void> {
    const session = await this.state.session.get(context, {});
    if (result.reason === 'cancelled') {
      session.paused = { answers: result.answers, skipped: result.skipped, ...(result.asOf ? { asOf: result.asOf } : {}) };
      return;
    }
    if (result.reason === 'startOver') {
      session.paused = undefined;
      await context.sendActivity(messages.startingOver);
      await this.startCheck(context, {});
      return;
    }
    session.whatIf = undefined;
    session.paused = undefined;
    await this.showResult(context, session, result.answers, { asOf: result.asOf, approximate: result.approximate, lastQuestion: result.lastQuestion });
  }

  /**
   * Evaluates and shows a result. Real answers become the partner's last result; a what-if (`hypothetical`) is
   * kept beside them, labelled in card and text, and never replaces them.
   */
  private async showResult(context: TurnContext, session: Session, answers: Answers, shown: ShownResult = {}): Promise<Evaluation | undefined> {
    const evaluated = evaluateAnswers(answers, this.deps, shown.asOf);
    if (!evaluated.ok) {
      await context.sendActivity(evaluated.message);
      return undefined;
    }
    const evaluation = evaluated.evaluation;
    const upload = session.upload && fromUpload(answers, session.upload) ? session.upload : undefined;
    if (!upload) session.upload = undefined;
    const whatChanged = shown.hypothetical ? [messages.chat.hypothetical, ...(shown.whatChanged ?? [])] : shown.whatChanged;
    const options = {
      whatChanged,
      forecast: upload?.forecast,
      chart: upload ? trendChartFor(context, upload.trend, this.deps) : undefined,
    };
    // Card channels get the card alone, so the date and rules used, and any estimate caveat, are their own lines.
    if (shown.asOf) {
      const rulesFrom = rulesInForceFrom(shown.asOf, this.deps);
      if (rulesFrom) await context.sendActivity(messages.chat.checkedOn(formatDate(shown.asOf), rulesFrom));
    }
    await context.sendActivity(resultActivity(context.activity.channelId, evaluation, options));
    const caveats = approximateCaveats(evaluation, shown.approximate ?? []);
    if (caveats.length > 0) await context.sendActivity(caveats.join('\n'));
    if (shown.hypothetical) {
      session.whatIf = { answers, status: evaluation.status };
      await context.sendActivity(messageWithChoices(context, messages.chat.hypotheticalNote, [messages.buttons.realNumbers, messages.buttons.whatIf]));
      return evaluation;
    }
    // A correction or a re-shown result keeps the check's last question for "back".
    const lastQuestion = shown.lastQuestion ?? session.last?.lastQuestion;
    session.last = {
      answers,
      status: evaluation.status,
      ...(shown.asOf ? { asOf: shown.asOf } : {}),
      ...(shown.approximate?.length ? { approximate: shown.approximate } : {}),
      ...(lastQuestion ? { lastQuestion } : {}),
    };
    const profile = await this.state.profile.get(context, {});
    profile.lastAnswers = answers;
    profile.lastCheckedOn = evaluation.asOf;
    return evaluation;
  }

  /** What-ifs stack on the previous what-if (or the real answers) and are shown labelled hypothetical. */
  private async whatIf(context: TurnContext, session: Session, changes: AnswerChange[]): Promise<void> {
    const real = session.last!;
    const before = session.whatIf ?? real;
    const answers = applyWhatIf(before.answers, changes);
    const evaluated = evaluateAnswers(answers, this.deps, real.asOf);
    if (!evaluated.ok) {
      await context.sendActivity(evaluated.message);
      return;
    }
    const lines = describeChanges(before.answers, answers, before.status, evaluated.evaluation.status);
    await this.showResult(context, session, answers, { whatChanged: lines.length > 0 ? lines : [messages.noChange], asOf: real.asOf, hypothetical: true });
  }

  private async sendSummary(context: TurnContext, session: Session): Promise<void> {
    if (!session.last) {
      await context.sendActivity(messages.noResultYet);
      return;
    }
    // Always the partner's real figures and result; a what-if shown is added on a labelled line with the status it
    // would give.
    const real = session.last;
    const actual = evaluateAnswers(real.answers, this.deps, real.asOf);
    if (!actual.ok) return;
    const whatIf = session.whatIf ? { figures: changedFigures(real.answers, session.whatIf.answers), status: session.whatIf.status } : undefined;
    await context.sendActivity(renderSummaryText(actual.evaluation, whatIf ? { whatIf } : {}));
  }
}

interface ShownResult {
  whatChanged?: string[];
  asOf?: string;
  approximate?: AnswerField[];
  /** A what-if: labelled hypothetical and kept apart from the partner's real answers. */
  hypothetical?: boolean;
  /** The check's last question, kept for "back" after the result. */
  lastQuestion?: QuestionId;
}

/**
 * The changes a what-if asks for. "N more transactions" is the check's own transactions of at least USD 100 (and
 * customers when named); "N more customers" is unique customers, net-new only when said; "double our MBS" and
 * "20% more transactions" scale the figure given.
 */
function whatIfChanges(text: string, base: Answers, lastWhatIfField?: AnswerChange['field']): AnswerChange[] {
  // "What if we double our MBS": a factor on the figure the partner already gave.
  const scaling = readScaling(text);
  const current = scaling ? base[scaling.field as AnswerField] : undefined;
  if (scaling && typeof current === 'number') return [{ field: scaling.field, operation: 'set', value: Math.round(current * scaling.factor) }];
  // "2 more net-new customers" after "Try a what-if" says no "what if"; it is one all the same.
  const changes = (parseWhatIf(text) ?? parseWhatIf(`what if ${text}`) ?? []).map((change) =>
    change.field === 'marketplaceTransactions' ? { ...change, field: 'transactionsOver100' as const } : change,
  );
  const attributed = attributeFigures(text, { plainTransactions: 'over100' }).values;
  if (attributed.uniqueCustomersOver100 !== undefined && !changes.some((change) => change.field === 'uniqueCustomersOver100')) {
    const operation = saysFewer(text) ? 'subtract' : 'add';
    changes.push({ field: 'uniqueCustomersOver100', operation, value: attributed.uniqueCustomersOver100 });
  }
  // "And 2 more" / "y 2 más" / "und 2 weitere" names no metric: it goes on with the one the shown what-if changed.
  const bare = /\d+/.exec(text.normalize('NFKC'));
  if (changes.length === 0 && lastWhatIfField && bare && namesRelativeChange(text)) {
    changes.push({ field: lastWhatIfField, operation: saysFewer(text) ? 'subtract' : 'add', value: Number(bare[0]) });
  }
  return changes;
}

/** The one figure the shown what-if changed, when it changed exactly one: what a bare "and 2 more" goes on with. */
function soleWhatIfField(session: Session): AnswerChange['field'] | undefined {
  if (!session.whatIf || !session.last) return undefined;
  const fields = Object.keys(changedFigures(session.last.answers, session.whatIf.answers)).filter((field) => typeof session.whatIf!.answers[field as AnswerField] === 'number');
  return fields.length === 1 ? (fields[0] as AnswerChange['field']) : undefined;
}

/** The figures the what-ifs changed (only those the partner can change, not ones the evaluator infers). */
function changedFigures(real: Answers, scenario: Answers): Record<string, number | boolean> {
  const before = real as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(scenario as Record<string, unknown>).filter(
      (entry): entry is [string, number | boolean] => (typeof entry[1] === 'number' || typeof entry[1] === 'boolean') && entry[1] !== before[entry[0]],
    ),
  );
}

/** True while the marketplace answers are still the ones the file gave (a what-if makes its forecast stale). */
function fromUpload(answers: Answers, upload: DerivedFromUpload): boolean {
  return Object.entries(upload.metrics).every(([field, value]) => answers[field as AnswerField] === value);
}
