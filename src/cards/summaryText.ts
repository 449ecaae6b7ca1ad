import type { Evaluation } from '../eligibility/evaluation';
import { closestCriterion, summaryPhrases } from '../eligibility/wording';

export interface SummaryOptions {
  /**
   * The what-if on screen, when `evaluation` is of the partner's real figures: the result stays the real one, and
   * the figures the what-if changed, with the what-if's own result, follow labelled as a scenario.
   */
  scenario?: Evaluation;
  /**
   * Figures a what-if set, when `evaluation` is the what-if's own evaluation (the older call): those figures are
   * labelled, and so is the result line, which then is the scenario's and not the partner's.
   */
  whatIfFields?: readonly string[];
}

/** The metrics whose value in the scenario differs from the real evaluation (set, changed or inferred anew). */
function changedMetrics(real: Evaluation, scenario: Evaluation): Set<string> {
  const actual = real.metrics as Record<string, unknown>;
  const shown = scenario.metrics as Record<string, unknown>;
  return new Set(Object.keys(shown).filter((metric) => shown[metric] !== actual[metric]));
}

/**
 * A plain-text summary a support person pastes into an email or a ticket, under 800 characters with its notices'
 * short forms: the result of the real figures, the route or the gap, the figures used (what-ifs listed apart and
 * labelled), the window, the rules and the link. Items are separated by blank lines, so chat clients that render
 * markdown (Web Chat) keep one item per line, and mail clients get short paragraphs; no markdown syntax and no raw
 * field ids.
 *
 * @example
 * renderSummaryText(evaluation).split('\n')[0] // 'Azure IP co-sell top-tier eligibility summary, as of 26 Nov 2026'
 * renderSummaryText(real, { scenario: whatIf }) // '...Result: does not yet qualify ...\n\nWhat-if figures, ...: transactions ...: 33\n\nWhat-if result, ...'
 */
export function renderSummaryText(evaluation: Evaluation, options: SummaryOptions = {}): string {
  const { scenario } = options;
  const whatIf = scenario ? changedMetrics(evaluation, scenario) : new Set(options.whatIfFields ?? []);
  // Without the real evaluation beside it, a what-if's result must not read as the partner's own.
  const outcome = !scenario && whatIf.size > 0 ? summaryPhrases.scenarioOutcome(evaluation.status) : summaryPhrases.outcome(evaluation.status);
  const lines = [summaryPhrases.title(evaluation.asOf, evaluation.policy), outcome, ...summaryPhrases.notices(evaluation.notices ?? [])];
  const met = evaluation.criteria.filter((criterion) => criterion.outcome === 'met');
  const closest = closestCriterion(evaluation);
  if (met.length > 0) lines.push(summaryPhrases.metBy(met.map((criterion) => criterion.title)));
  else if (closest) lines.push(summaryPhrases.closest(closest));
  // Left out as implied: figures the evaluator inferred, co-sell eligibility (the result line already says it, or
  // "still needed" asks for it) and an offer that co-sell eligibility includes.
  const implied = (metric: string) =>
    (evaluation.metricSources as Record<string, string | undefined>)[metric] === 'inferred' ||
    metric === 'azureIpCoSellEligible' ||
    (metric === 'hasTransactableOffer' && evaluation.metrics.azureIpCoSellEligible === true);
  const real = Object.entries(evaluation.metrics).filter(([metric]) => !implied(metric));
  const actual = (scenario ? real : real.filter(([metric]) => !whatIf.has(metric))).map(([metric, value]) => summaryPhrases.figure(metric, value));
  const shown = scenario ?? evaluation;
  const inferredInScenario = (metric: string) => (shown.metricSources as Record<string, string | undefined>)[metric] === 'inferred';
  const scenarioEntries = Object.entries(shown.metrics).filter(([metric]) => whatIf.has(metric) && !implied(metric) && !inferredInScenario(metric));
  const scenarioFigures = scenarioEntries.map(([metric, value]) => summaryPhrases.figure(metric, value));
  if (actual.length > 0 || scenarioFigures.length === 0) lines.push(summaryPhrases.figures(evaluation.window, actual));
  if (scenarioFigures.length > 0) lines.push(summaryPhrases.whatIfFigures(scenarioFigures, scenario?.status));
  if (evaluation.missing.length > 0) lines.push(summaryPhrases.stillNeeded(evaluation.missing));
  lines.push(summaryPhrases.link(evaluation.resourcesUrl));
  return lines.join('\n\n');
}
