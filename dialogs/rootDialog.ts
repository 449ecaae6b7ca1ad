import { CardFactory, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Evaluation } from '../src/eligibility/evaluation';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { renderResultCard, renderResultText, renderRulesText, renderSummaryText } from '../src/cards';
import { detectCommand, parseOneShot, parseWhatIf } from '../src/language';
import { mergeAnswers, withoutFields, type AnswerField, type Answers } from './answers';
import type { CsvUpload } from '../src/bot/csvUpload';
import { marketplaceMetricNames } from '../src/eligibility/schema';
import { deriveFromUpload, describeBadRows, describeDerived, trendChartFor, uploadOf, type DerivedFromUpload } from './uploadedTransactions';
import { applyWhatIf, describeChanges } from './whatIf';
import { messageWithChoices } from './choices';
import { DialogIds } from './dialogIds';
import { EligibilityCheckDialog, sendCriteria, type CheckOptions, type CheckResult } from './eligibilityCheckDialog';
import { evaluateAnswers, type DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import type { Profile, Session } from './session';
import { describeUnderstood } from './understood';

export interface RootDialogState {
  session: StatePropertyAccessor<Session>;
  profile: StatePropertyAccessor<Profile>;
}

const START_FRESH = /^\s*start fresh\s*$/i;
const GO_ON = /\b(go on|without|continue|proceed|skip them|ignore)\b/i;
const FIX_FILE = /\b(fix|correct|later|cancel)\b/i;
const WHAT_IF_BUTTON = /^\s*(try a )?what[- ]if\??\s*$/i;

/**
 * The conversation's front door: routes each message that is not an answer to a running check (commands,
 * pasted numbers, what-ifs, summaries), starts checks, and turns a finished check into a result. It never
 * ends, so every message reaches it.
 */
export class RootDialog extends ComponentDialog {
  constructor(
    private readonly deps: DialogDependencies,
    private readonly state: RootDialogState,
  ) {
    super(DialogIds.root);
    this.addDialog(new EligibilityCheckDialog(deps));
  }

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const upload = uploadOf(inner.context);
    if (upload && upload.kind !== 'none') return this.handleUpload(inner, upload);
    return this.route(inner);
  }

  private async handleUpload(inner: DialogContext, upload: Exclude<CsvUpload, { kind: 'none' }>): Promise<DialogTurnResult> {
    const context = inner.context;
    const session = await this.state.session.get(context, {});
    session.pendingUpload = undefined;
    if (upload.kind === 'refused') {
      await context.sendActivity(messages.upload.refused[upload.reason] ?? messages.upload.refused['download-failed']!);
      return Dialog.EndOfTurn;
    }
    const { transactions, badRows } = upload.csv;
    if (transactions.length === 0 && badRows.length === 0) {
      await context.sendActivity(messages.upload.noRows);
      return Dialog.EndOfTurn;
    }
    const derived = deriveFromUpload(upload.fileName, transactions, this.deps);
    if (typeof derived === 'string') {
      await context.sendActivity(derived);
      return Dialog.EndOfTurn;
    }
    if (badRows.length > 0) {
      session.pendingUpload = derived;
      await context.sendActivity(describeBadRows(badRows, upload.fileName));
      await context.sendActivity(messageWithChoices(context, messages.upload.fixOrGoOn, [messages.upload.goOn, messages.upload.fix]));
      return Dialog.EndOfTurn;
    }
    return this.checkWithUpload(inner, session, derived);
  }

  /** Starts a check from the file's totals, keeping what the partner said about eligibility and commitments. */
  private async checkWithUpload(inner: DialogContext, session: Session, derived: DerivedFromUpload): Promise<DialogTurnResult> {
    await inner.context.sendActivity(describeDerived(derived));
    session.upload = derived;
    const earlier = session.last?.answers ?? session.paused?.answers ?? {};
    const kept = withoutFields(earlier, marketplaceMetricNames as unknown as AnswerField[]);
    session.paused = undefined;
    return this.startCheck(inner, { answers: mergeAnswers(kept, derived.metrics) });
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const upload = uploadOf(inner.context);
    if (upload && upload.kind !== 'none') {
      // A file sent mid-check replaces the marketplace answers; the check restarts from what the file gives.
      if (inner.activeDialog) await inner.cancelAllDialogs();
      return this.handleUpload(inner, upload);
    }
    if (inner.activeDialog) {
      const result = await inner.continueDialog();
      if (result.status === DialogTurnStatus.complete) await this.finishCheck(inner, result.result as CheckResult);
      return Dialog.EndOfTurn;
    }
    return this.route(inner);
  }

  /** Welcome text with the three starting buttons; also used by the bot on conversationUpdate. */
  static welcome(context: TurnContext) {
    return messageWithChoices(context, messages.welcome, [messages.buttons.check, messages.buttons.criteria, messages.buttons.help]);
  }

  private async route(inner: DialogContext): Promise<DialogTurnResult> {
    const context = inner.context;
    const text = (context.activity.text ?? '').trim();
    const session = await this.state.session.get(context, {});
    const command = detectCommand(text);

    if (session.pendingUpload) {
      const pending = session.pendingUpload;
      session.pendingUpload = undefined;
      if (GO_ON.test(text)) return this.checkWithUpload(inner, session, pending);
      if (FIX_FILE.test(text)) {
        await context.sendActivity(messages.upload.fixLater);
        return Dialog.EndOfTurn;
      }
    }
    if (session.offeringReuse && (command?.kind === 'reuse' || START_FRESH.test(text) || command?.kind === 'startOver')) {
      session.offeringReuse = false;
      const profile = await this.state.profile.get(context, {});
      return this.startCheck(inner, command?.kind === 'reuse' ? { answers: profile.lastAnswers ?? {} } : {});
    }
    session.offeringReuse = false;

    switch (command?.kind) {
      case 'checkEligibility':
        return this.checkOrOfferReuse(inner, session);
      case 'startOver':
        session.paused = undefined;
        await context.sendActivity(messages.startingOver);
        return this.startCheck(inner, {});
      case 'reuse': {
        const profile = await this.state.profile.get(context, {});
        return this.startCheck(inner, { answers: profile.lastAnswers ?? session.last?.answers ?? {} });
      }
      case 'help':
        await context.sendActivity(messageWithChoices(context, messages.help, [messages.buttons.check, messages.buttons.criteria]));
        return Dialog.EndOfTurn;
      case 'criteria': {
        const policy = policyInForce(this.deps.policies, this.deps.today());
        if (policy) await sendCriteria(context, policy);
        return Dialog.EndOfTurn;
      }
      case 'rules':
        await context.sendActivity(renderRulesText(this.deps.policies));
        return Dialog.EndOfTurn;
      case 'glossary':
        await context.sendActivity(messages.glossary[command.term] ?? messages.help);
        return Dialog.EndOfTurn;
      case 'summary':
        return this.sendSummary(inner, session);
      default:
        break;
    }

    if (WHAT_IF_BUTTON.test(text)) {
      await context.sendActivity(session.last ? messages.whatIfHint : messages.noResultYet);
      return Dialog.EndOfTurn;
    }
    const changes = parseWhatIf(text);
    if (changes && changes.length > 0) return this.whatIf(inner, session, changes);

    const pasted = parseOneShot(text);
    if (pasted.understood.length > 0) {
      await context.sendActivity(describeUnderstood(pasted.understood));
      session.paused = undefined;
      return this.startCheck(inner, { answers: pasted.values as Answers });
    }
    await context.sendActivity(messageWithChoices(context, messages.fallback, [messages.buttons.check, messages.buttons.help]));
    return Dialog.EndOfTurn;
  }

  private async checkOrOfferReuse(inner: DialogContext, session: Session): Promise<DialogTurnResult> {
    if (session.paused) {
      const paused = session.paused;
      session.paused = undefined;
      return this.startCheck(inner, paused);
    }
    const profile = await this.state.profile.get(inner.context, {});
    if (profile.lastAnswers && Object.keys(profile.lastAnswers).length > 0) {
      session.offeringReuse = true;
      const lines = describeUnderstood(answerList(profile.lastAnswers)).split('\n').slice(1);
      await inner.context.sendActivity([messages.welcomeBack, ...lines].join('\n'));
      await inner.context.sendActivity(messageWithChoices(inner.context, messages.reuseQuestion, [messages.buttons.reuse, messages.buttons.fresh]));
      return Dialog.EndOfTurn;
    }
    return this.startCheck(inner, {});
  }

  private async startCheck(inner: DialogContext, options: CheckOptions): Promise<DialogTurnResult> {
    const result = await inner.beginDialog(DialogIds.eligibilityCheck, options);
    if (result.status === DialogTurnStatus.complete) await this.finishCheck(inner, result.result as CheckResult);
    return Dialog.EndOfTurn;
  }

  private async finishCheck(inner: DialogContext, result: CheckResult): Promise<void> {
    const context = inner.context;
    const session = await this.state.session.get(context, {});
    if (result.reason === 'cancelled') {
      session.paused = { answers: result.answers, skipped: result.skipped };
      return;
    }
    if (result.reason === 'startOver') {
      session.paused = undefined;
      await context.sendActivity(messages.startingOver);
      await this.startCheck(inner, {});
      return;
    }
    await this.showResult(context, session, result.answers);
  }

  private async showResult(context: TurnContext, session: Session, answers: Answers, whatChanged?: string[]): Promise<Evaluation | undefined> {
    const evaluated = evaluateAnswers(answers, this.deps);
    if (!evaluated.ok) {
      await context.sendActivity(evaluated.message);
      return undefined;
    }
    const evaluation = evaluated.evaluation;
    await context.sendActivity({ type: 'typing' });
    const upload = session.upload && fromUpload(answers, session.upload) ? session.upload : undefined;
    if (!upload) session.upload = undefined;
    const options = {
      whatChanged,
      forecast: upload?.forecast,
      chart: upload ? trendChartFor(context, upload.trend, this.deps) : undefined,
    };
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderResultCard(evaluation, options)));
    activity.text = renderResultText(evaluation, options);
    await context.sendActivity(activity);
    session.last = { answers, status: evaluation.status };
    const profile = await this.state.profile.get(context, {});
    profile.lastAnswers = answers;
    profile.lastCheckedOn = evaluation.asOf;
    return evaluation;
  }

  private async whatIf(inner: DialogContext, session: Session, changes: NonNullable<ReturnType<typeof parseWhatIf>>): Promise<DialogTurnResult> {
    const context = inner.context;
    if (!session.last) {
      await context.sendActivity(messages.noResultYet);
      return Dialog.EndOfTurn;
    }
    const before = session.last;
    const answers = applyWhatIf(before.answers, changes);
    const evaluated = evaluateAnswers(answers, this.deps);
    if (!evaluated.ok) {
      await context.sendActivity(evaluated.message);
      return Dialog.EndOfTurn;
    }
    const lines = describeChanges(before.answers, answers, before.status, evaluated.evaluation.status);
    await this.showResult(context, session, answers, lines.length > 0 ? lines : [messages.noChange]);
    return Dialog.EndOfTurn;
  }

  private async sendSummary(inner: DialogContext, session: Session): Promise<DialogTurnResult> {
    const context = inner.context;
    if (!session.last) {
      await context.sendActivity(messages.noResultYet);
      return Dialog.EndOfTurn;
    }
    const evaluated = evaluateAnswers(session.last.answers, this.deps);
    if (evaluated.ok) await context.sendActivity(renderSummaryText(evaluated.evaluation));
    return Dialog.EndOfTurn;
  }
}

/** True while the marketplace answers are still the ones the file gave (a what-if makes its forecast stale). */
function fromUpload(answers: Answers, upload: DerivedFromUpload): boolean {
  return Object.entries(upload.metrics).every(([field, value]) => answers[field as AnswerField] === value);
}

function answerList(answers: Answers) {
  return Object.entries(answers)
    .filter((entry): entry is [string, number | boolean] => typeof entry[1] === 'number' || typeof entry[1] === 'boolean')
    .map(([field, value]) => ({ field, value }));
}

