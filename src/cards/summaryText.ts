import { describeNotices } from './notices';
import type { Evaluation, Status } from '../eligibility/evaluation';
import { closestCriterion, summaryPhrases } from '../eligibility/wording';

export interface SummaryOptions {
  /** Figures that came from a what-if rather than from the partner's own answers; the summary labels them. */
  whatIfFields?: readonly string[];
  /**
   * A what-if shown beside the real result: its changed figures and the status they would give. The summary's
   * result and figures stay the real ones; these follow on a labelled line of their own.
   */
  whatIf?: { figures: Readonly<Record<string, number | boolean>>; status: Status };
}

/**
 * A plain-text summary a support person pastes into an email or a ticket, under 800 characters: the result, the
 * route or the gap, the figures used (what-ifs labelled), the window, the rules version and the link. No markdown
 * and no raw field ids, so it survives any mail client and reads as sentences.
 *
 * @example
 * renderSummaryText(evaluation).split('\n')[0] // 'Azure IP co-sell top-tier eligibility summary, as of 26 Nov 2026'
 */
export function renderSummaryText(evaluation: Evaluation, options: SummaryOptions = {}): string {
  const whatIf = new Set(options.whatIfFields ?? []);
  const lines = [summaryPhrases.title(evaluation.asOf), summaryPhrases.outcome(evaluation.status), ...describeNotices(evaluation)];
  const met = evaluation.criteria.filter((criterion) => criterion.outcome === 'met');
  const closest = closestCriterion(evaluation);
  if (met.length > 0) lines.push(summaryPhrases.metBy(met.map((criterion) => criterion.title)));
  else if (closest) lines.push(summaryPhrases.closest(closest));
  const entries = Object.entries(evaluation.metrics);
  const actual = entries.filter(([metric]) => !whatIf.has(metric)).map(([metric, value]) => summaryPhrases.figure(metric, value));
  const scenario = entries.filter(([metric]) => whatIf.has(metric)).map(([metric, value]) => summaryPhrases.figure(metric, value));
  if (actual.length > 0 || scenario.length === 0) lines.push(summaryPhrases.figures(evaluation.window, actual));
  if (scenario.length > 0) lines.push(summaryPhrases.whatIfFigures(scenario));
  const beside = Object.entries(options.whatIf?.figures ?? {}).map(([metric, value]) => summaryPhrases.figure(metric, value));
  if (options.whatIf && beside.length > 0) lines.push(summaryPhrases.whatIfFigures(beside), summaryPhrases.whatIfOutcome(options.whatIf.status));
  if (evaluation.missing.length > 0) lines.push(summaryPhrases.stillNeeded(evaluation.missing));
  if (evaluation.policy) lines.push(summaryPhrases.rules(evaluation.policy));
  lines.push(summaryPhrases.link(evaluation.resourcesUrl), summaryPhrases.authority);
  return lines.join('\n');
}
