import type { CriterionResult, Evaluation, Finding } from '../eligibility/evaluation';
import type { Pathway } from '../eligibility/policy/schema';
import { describeNotices } from './notices';
import {
  describeBenefit,
  describeComponentLine,
  describeCriterionLine,
  describeCriterionStanding,
  describeDisclaimer,
  describeFinding,
  describeHeadline,
  describePolicyLine,
  describeResourcesLine,
  describeResultNextStep,
  describeRoute,
  describeSourceLine,
  describeStillNeeded,
  describeTrendLine,
  describeWindowLine,
  headings,
  pathwayHeading,
  sectionTitle,
} from '../eligibility/wording';

/*
 * The result as plain text, for channels that cannot show a card, the CLI's neighbours and the API's readers: the
 * glance first (headline, route, next step, what is still needed), then every criterion in force. Every phrase
 * comes from the phrase module; this file only chooses and orders them.
 */

export interface ResultRenderOptions {
  /** What moved since the previous answer (a what-if), e.g. "Billed sales: USD 3,600,000 → USD 4,100,000". */
  whatChanged?: readonly string[];
  /** From transaction history: how long each met criterion lasts, what the unmet ones need (describeForecast). */
  forecast?: readonly string[];
  /** The trailing-twelve-month trend chart as an Adaptive Card image, with alt text that states the numbers. */
  chart?: { type: 'Image'; url: string; altText: string };
}

const OUT_OF_FORCE: ReadonlySet<Finding['code']> = new Set(['routeEnded', 'routeNotStarted']);

/** A route whose own period does not cover the as-of date (the FY25 designation route after June 2025). */
export function isInForce(criterion: CriterionResult): boolean {
  return !criterion.finding || !OUT_OF_FORCE.has(criterion.finding.code);
}

/** The criteria a partner can still act on: routes not in force on the as-of date are left out. */
export function criteriaInForce(evaluation: Evaluation): CriterionResult[] {
  return evaluation.criteria.filter(isInForce);
}

/** Findings not already shown beside the criterion they explain, and not about a route left out. */
export function generalFindings(evaluation: Evaluation): Finding[] {
  const besideCriteria = new Set(evaluation.criteria.map((criterion) => criterion.finding).filter(Boolean));
  return evaluation.findings.filter((finding) => !besideCriteria.has(finding) && !OUT_OF_FORCE.has(finding.code));
}

/** Benefits to show: only to a partner who qualifies. */
export function benefitsToShow(evaluation: Evaluation): string[] {
  return evaluation.status === 'qualified' && evaluation.policy ? evaluation.policy.benefits.map(describeBenefit) : [];
}

/** The glance in lines: headline, notices, the route sentence, the next step and what is still needed. */
export function glanceLines(evaluation: Evaluation): string[] {
  // Notices (the PRACR transition from 2026) sit right under the headline, where nobody skips them.
  return [describeHeadline(evaluation), ...describeNotices(evaluation), describeRoute(evaluation), describeResultNextStep(evaluation), describeStillNeeded(evaluation)].filter(
    (line): line is string => Boolean(line),
  );
}

/**
 * Criteria grouped under their pathway, pathways in the policy's order.
 *
 * @example
 * groupByPathway(evaluation.criteria).map((group) => group.pathway) // ['marketplace-performance', 'consumption-commitments']
 */
export function groupByPathway(criteria: readonly CriterionResult[]): Array<{ pathway: Pathway; criteria: CriterionResult[] }> {
  const groups: Array<{ pathway: Pathway; criteria: CriterionResult[] }> = [];
  for (const criterion of criteria) {
    const group = groups.find((candidate) => candidate.pathway === criterion.pathway);
    if (group) group.criteria.push(criterion);
    else groups.push({ pathway: criterion.pathway, criteria: [criterion] });
  }
  return groups;
}

function criterionLines(criterion: CriterionResult, sources: Evaluation['metricSources']): string[] {
  const lines = [`- ${describeCriterionLine(criterion)}`, ...criterion.gaps.map((component) => `  ${describeComponentLine(component, sources)}`)];
  const standing = describeCriterionStanding(criterion);
  if (standing) lines.push(`  ${standing.text}`);
  return lines;
}

function list(title: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? [sectionTitle(title), ...lines.map((line) => `- ${line}`)] : [];
}

/**
 * The short plain version: the card's `fallbackText` and what a text channel reads first.
 *
 * @example
 * renderGlanceText(notQualified) // 'Not yet: ...\nYour closest route is ...\nNext step: ...\nDetails and next steps: ...'
 */
export function renderGlanceText(evaluation: Evaluation): string {
  const lines = glanceLines(evaluation);
  const benefits = benefitsToShow(evaluation);
  if (benefits.length > 0) lines.push(...list(headings.benefits, benefits));
  lines.push(describeResourcesLine(evaluation.resourcesUrl));
  return lines.join('\n');
}

/**
 * Every fact of an evaluation as plain lines, for a text-only channel and a screen reader: the glance, then each
 * criterion in force with actual against required, the rules, the notes and the disclaimer. No markdown tables.
 *
 * @example
 * renderResultText(evaluation, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] })
 * // 'What changed:\n- Billed sales: USD 3,600,000 → USD 4,100,000\n\nNot yet: ...'
 */
export function renderResultText(evaluation: Evaluation, options: ResultRenderOptions = {}): string {
  const sections: string[][] = [];
  sections.push(list(headings.whatChanged, options.whatChanged ?? []));
  sections.push([...glanceLines(evaluation), describeWindowLine(evaluation)]);
  sections.push(list(headings.benefits, benefitsToShow(evaluation)));
  sections.push(list(headings.forecast, options.forecast ?? []));
  if (options.chart) sections.push([describeTrendLine(options.chart.altText)]);
  for (const group of groupByPathway(criteriaInForce(evaluation))) {
    sections.push([sectionTitle(pathwayHeading(group.pathway)), ...group.criteria.flatMap((criterion) => criterionLines(criterion, evaluation.metricSources))]);
  }
  if (evaluation.policy) sections.push([describePolicyLine(evaluation, evaluation.policy), describeSourceLine(evaluation.policy)]);
  sections.push(list(headings.notes, generalFindings(evaluation).map(describeFinding)));
  sections.push([describeDisclaimer(evaluation.disclaimer), describeResourcesLine(evaluation.resourcesUrl)]);
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
