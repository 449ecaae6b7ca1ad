import type { Evaluation, Status } from '../eligibility/evaluation';
import { closestCriterion, summaryPhrases } from '../eligibility/wording';

export interface SummaryOptions {
  /**
   * Figures a what-if set, when `evaluation` is the what-if's own evaluation (the older call): those figures are
   * labelled, and so is the result line, which then is the scenario's and not the partner's.
   */
  whatIfFields?: readonly string[];
  /**
   * A what-if shown beside the real result: its changed figures and the status they would give. The summary's
   * result and figures stay the real ones; these follow on a labelled line of their own.
   */
  whatIf?: { figures: Readonly<Record<string, number | boolean>>; status: Status };
}

/**
 * A plain-text summary a support person pastes into an email or a ticket, under 800 characters with its notices'
 * short forms: the result of the real figures, the route or the gap, the figures used (what-ifs listed apart and
 * labelled), the window, the rules and the link. Items are separated by blank lines, so chat clients that render
 * markdown (Web Chat) keep one item per line, and mail clients get short paragraphs; no markdown syntax and no raw
 * field ids.
 *
 * @example
 * renderSummaryText(evaluation).split('\n')[0] // 'Azure IP co-sell top tier, as of 26 Nov 2026, rules in force from 1 Jan 2026'
 * renderSummaryText(real, { whatIf: { figures: { transactionsOver100: 33 }, status: 'qualified' } })
 * // '…Result: does not yet qualify for top tier.…What-if figures (a scenario, not actuals): …: 33. With them: qualifies for top tier.…'
 */
export function renderSummaryText(evaluation: Evaluation, options: SummaryOptions = {}): string {
  const beside = options.whatIf;
  const whatIf = new Set(beside ? [] : (options.whatIfFields ?? []));
  // Without the real evaluation beside it, a what-if's result must not read as the partner's own.
  const outcome = whatIf.size > 0 ? summaryPhrases.scenarioOutcome(evaluation.status) : summaryPhrases.outcome(evaluation.status);
  const lines = [summaryPhrases.title(evaluation.asOf, evaluation.policy), outcome, ...summaryPhrases.notices(evaluation.notices ?? [])];
  const met = evaluation.criteria.filter((criterion) => criterion.outcome === 'met');
  const closest = closestCriterion(evaluation);
  if (met.length > 0) lines.push(summaryPhrases.metBy(met));
  else if (closest) lines.push(summaryPhrases.closest(closest));
  // Left out as implied: figures the evaluator inferred, co-sell eligibility (the result line already says it, or
  // "still needed" asks for it) and an offer that co-sell eligibility includes.
  const implied = (metric: string) =>
    (evaluation.metricSources as Record<string, string | undefined>)[metric] === 'inferred' ||
    metric === 'azureIpCoSellEligible' ||
    (metric === 'hasTransactableOffer' && evaluation.metrics.azureIpCoSellEligible === true);
  const real = Object.entries(evaluation.metrics).filter(([metric]) => !implied(metric));
  const actual = real.filter(([metric]) => !whatIf.has(metric)).map(([metric, value]) => summaryPhrases.figure(metric, value));
  const scenarioEntries = beside ? Object.entries(beside.figures) : real.filter(([metric]) => whatIf.has(metric));
  const scenarioFigures = scenarioEntries.filter(([metric]) => !implied(metric)).map(([metric, value]) => summaryPhrases.figure(metric, value));
  if (actual.length > 0 || scenarioFigures.length === 0) lines.push(summaryPhrases.figures(evaluation.window, actual));
  if (scenarioFigures.length > 0) lines.push(summaryPhrases.whatIfFigures(scenarioFigures, beside?.status));
  if (evaluation.missing.length > 0) lines.push(summaryPhrases.stillNeeded(evaluation.missing));
  lines.push(summaryPhrases.link(evaluation.resourcesUrl));
  return lines.join('\n\n');
}
