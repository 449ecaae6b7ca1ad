import { CardFactory, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
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
import { EligibilityCheckDialog, sendCriteria, type CheckOptions, type CheckResult, type CheckState, type CheckStep } from './eligibilityCheckDialog';
import { checkFromLegacyDialogStack } from './legacyDialogStack';
import { evaluateAnswers, type DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import type { Profile, Session } from './session';
import { describeUnderstood } from './understood';

export interface RootDialogState {
  session: StatePropertyAccessor<Session>;
  profile: StatePropertyAccessor<Profile>;
  /** The check in progress; absent between checks. */
  check: StatePropertyAccessor<CheckState | undefined>;
  /** Where botbuilder-dialogs kept a check before this class ran it (read once, then dropped). */
  legacyDialogState?: StatePropertyAccessor<unknown>;
}

const START_FRESH = /^\s*start fresh\s*$/i;
const GO_ON = /\b(go on|without|continue|proceed|skip them|ignore)\b/i;
const FIX_FILE = /\b(fix|correct|later|cancel)\b/i;
const WHAT_IF_BUTTON = /^\s*(try a )?what[- ]if\??\s*$/i;

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

  /** Handles one message: a file, an answer to the running check, or anything else through `route`. */
  async run(context: TurnContext): Promise<void> {
    const upload = uploadOf(context);
    if (upload && upload.kind !== 'none') {
      // A file sent mid-check replaces the marketplace answers; the check restarts from what the file gives.
      await this.state.check.delete(context);
      await this.state.legacyDialogState?.delete(context);
      return this.handleUpload(context, upload);
    }
    const running = await this.runningCheck(context);
    if (running) return this.afterStep(context, await this.check.continue(context, running));
    return this.route(context);
  }

  private async runningCheck(context: TurnContext): Promise<CheckState | undefined> {
    const running = await this.state.check.get(context);
    if (running || !this.state.legacyDialogState) return running;
    const legacy = await this.state.legacyDialogState.get(context);
    if (legacy === undefined) return undefined;
    await this.state.legacyDialogState.delete(context);
    const carried = checkFromLegacyDialogStack(legacy);
    if (carried) await this.state.check.set(context, carried);
    return carried;
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
      await context.sendActivity(messageWithChoices(context, messages.upload.fixOrGoOn, [messages.upload.goOn, messages.upload.fix]));
      return;
    }
    return this.checkWithUpload(context, session, derived);
  }

  /** Starts a check from the file's totals, keeping what the partner said about eligibility and commitments. */
  private async checkWithUpload(context: TurnContext, session: Session, derived: DerivedFromUpload): Promise<void> {
    await context.sendActivity(describeDerived(derived));
    session.upload = derived;
    const earlier = session.last?.answers ?? session.paused?.answers ?? {};
    const kept = withoutFields(earlier, marketplaceMetricNames as unknown as AnswerField[]);
    session.paused = undefined;
    return this.startCheck(context, { answers: mergeAnswers(kept, derived.metrics) });
  }

  /** Welcome text with the three starting buttons; also used by the bot on conversationUpdate. */
  static welcome(context: TurnContext) {
    return messageWithChoices(context, messages.welcome, [messages.buttons.check, messages.buttons.criteria, messages.buttons.help]);
  }

  private async route(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').trim();
    const session = await this.state.session.get(context, {});
    const command = detectCommand(text);

    if (session.pendingUpload) {
      const pending = session.pendingUpload;
      session.pendingUpload = undefined;
      if (GO_ON.test(text)) return this.checkWithUpload(context, session, pending);
      if (FIX_FILE.test(text)) {
        await context.sendActivity(messages.upload.fixLater);
        return;
      }
    }
    if (session.offeringReuse && (command?.kind === 'reuse' || START_FRESH.test(text) || command?.kind === 'startOver')) {
      session.offeringReuse = false;
      const profile = await this.state.profile.get(context, {});
      return this.startCheck(context, command?.kind === 'reuse' ? { answers: profile.lastAnswers ?? {} } : {});
    }
    session.offeringReuse = false;

    switch (command?.kind) {
      case 'checkEligibility':
        return this.checkOrOfferReuse(context, session);
      case 'startOver':
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
      case 'glossary':
        await context.sendActivity(messages.glossary[command.term] ?? messages.help);
        return;
      case 'summary':
        return this.sendSummary(context, session);
      default:
        break;
    }

    if (WHAT_IF_BUTTON.test(text)) {
      await context.sendActivity(session.last ? messages.whatIfHint : messages.noResultYet);
      return;
    }
    const changes = parseWhatIf(text);
    if (changes && changes.length > 0) return this.whatIf(context, session, changes);

    const pasted = parseOneShot(text);
    if (pasted.understood.length > 0) {
      await context.sendActivity(describeUnderstood(pasted.understood));
      session.paused = undefined;
      return this.startCheck(context, { answers: pasted.values as Answers });
    }
    await context.sendActivity(messageWithChoices(context, messages.fallback, [messages.buttons.check, messages.buttons.help]));
    return;
  }

  private async checkOrOfferReuse(context: TurnContext, session: Session): Promise<void> {
    if (session.paused) {
      const paused = session.paused;
      session.paused = undefined;
      return this.startCheck(context, paused);
    }
    const profile = await this.state.profile.get(context, {});
    if (profile.lastAnswers && Object.keys(profile.lastAnswers).length > 0) {
      session.offeringReuse = true;
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
      session.paused = { answers: result.answers, skipped: result.skipped };
      return;
    }
    if (result.reason === 'startOver') {
      session.paused = undefined;
      await context.sendActivity(messages.startingOver);
      await this.startCheck(context, {});
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

  private async whatIf(context: TurnContext, session: Session, changes: NonNullable<ReturnType<typeof parseWhatIf>>): Promise<void> {
    if (!session.last) {
      await context.sendActivity(messages.noResultYet);
      return;
    }
    const before = session.last;
    const answers = applyWhatIf(before.answers, changes);
    const evaluated = evaluateAnswers(answers, this.deps);
    if (!evaluated.ok) {
      await context.sendActivity(evaluated.message);
      return;
    }
    const lines = describeChanges(before.answers, answers, before.status, evaluated.evaluation.status);
    await this.showResult(context, session, answers, lines.length > 0 ? lines : [messages.noChange]);
    return;
  }

  private async sendSummary(context: TurnContext, session: Session): Promise<void> {
    if (!session.last) {
      await context.sendActivity(messages.noResultYet);
      return;
    }
    const evaluated = evaluateAnswers(session.last.answers, this.deps);
    if (evaluated.ok) await context.sendActivity(renderSummaryText(evaluated.evaluation));
    return;
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

