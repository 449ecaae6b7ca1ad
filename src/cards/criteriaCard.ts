import { DISCLAIMER, RESOURCES_URL, type MetricName } from '../eligibility/evaluation';
import { formatDate } from '../eligibility/format';
import type { DatedPolicy, PolicySet } from '../eligibility/policy/policySet';
import type { Component, Criterion, DesignationCriterion, DesignationType, NetNewMeasure, Pathway } from '../eligibility/policy/schema';
import { buttonTexts, capitalize, describeDesignationPeriod, describeEffectivePeriod, formatMetricValue, joinAnd, metricLabels, pathwayHeading, pathwayLabels } from '../eligibility/wording';
import { ADAPTIVE_CARD_SCHEMA, bulletList, heading, openUrlAction, submitAction, textBlock, type AdaptiveCardJson, type CardElementJson } from './resultCard';

/*
 * The rules themselves in plain words: what each criterion asks for, with "at least" and "greater than" said
 * exactly as the policy data says them, and how one published version differs from the one before it. Every
 * sentence is derived from the policy data, so a new version file explains itself.
 */

const designationLabels: Record<DesignationType, string> = {
  'certified-software-azure': 'Solutions Partner with certified software (Azure)',
  'certified-software-security': 'Solutions Partner with certified software (Security)',
  'industry-ai': 'Industry AI',
};

const transactionIdentityLabels: Record<DatedPolicy['counting']['transactionIdentity'], string> = {
  row: 'each exported marketplace row',
  'offer-customer': 'each unique offer-customer combination',
};

/** "at least USD 4,000,000" or "greater than USD 10,000": inclusivity is part of the rule. */
function thresholdPhrase(operator: 'min' | 'over', value: string): string {
  return operator === 'min' ? `at least ${value}` : `greater than ${value}`;
}

function requirementOnly(component: Component): string {
  return component.operator === 'isTrue' ? 'yes' : thresholdPhrase(component.operator, formatMetricValue(component.metric, component.value));
}

function componentPhrase(component: Component): string {
  const label = metricLabels[component.metric as MetricName];
  return component.operator === 'isTrue' ? label : `${label} (${requirementOnly(component)})`;
}

/**
 * One component of a criterion in words.
 *
 * @example
 * describeRequirement({ metric: 'marketplaceBilledSalesUsd', operator: 'min', value: 4000000, quote }) // 'Marketplace billed sales: at least USD 4,000,000'
 */
export function describeRequirement(component: Component): string {
  return capitalize(requirementPhrase(component));
}

function requirementPhrase(component: Component): string {
  const label = metricLabels[component.metric as MetricName];
  return component.operator === 'isTrue' ? `${label}: required` : `${label}: ${requirementOnly(component)}`;
}

/** Any one of the listed designations will do, so the list ends in "or". */
function describeDesignationTypes(types: readonly DesignationType[]): string {
  const labels = types.map((type) => designationLabels[type]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/**
 * The lines that say what a criterion asks for.
 *
 * @example
 * describeCriterionRequirements(commitment30m) // ['Signed cloud consumption commitment: at least USD 30,000,000', 'and marketplace transactions ...: at least 5']
 */
export function describeCriterionRequirements(criterion: Criterion): string[] {
  if (criterion.kind === 'thresholds') {
    // The page's "AND": every component of a criterion must be met.
    return criterion.components.map((component, index) => (index === 0 ? describeRequirement(component) : `and ${requirementPhrase(component)}`));
  }
  return [
    `Holds a ${describeDesignationTypes(criterion.designationTypes)} designation`,
    criterion.startsMonthAfterAttainment
      ? 'It counts from the first day of the month after the designation is attained'
      : 'It counts from the day the designation is attained',
    `Only for as-of dates ${designationPeriod(criterion)}`,
  ];
}

function describeCountingRules(policy: DatedPolicy): string[] {
  const { counting } = policy;
  return [
    `First, you must be Azure IP co-sell eligible, which includes a transactable offer published in the commercial marketplace.`,
    `Marketplace figures count over the trailing ${policy.window.trailingMonths} months up to the as-of date.`,
    'Meeting any one criterion of any pathway is enough.',
    `A transaction is ${transactionIdentityLabels[counting.transactionIdentity]}.`,
    `A qualifying transaction is ${thresholdPhrase(counting.qualifyingTransaction.operator, formatMetricValue('marketplaceBilledSalesUsd', counting.qualifyingTransaction.valueUsd))}.`,
    `A net-new customer counts when ${netNewMeasureLabels[counting.netNewDeal.per]} is ${thresholdPhrase(counting.netNewDeal.operator, formatMetricValue('marketplaceBilledSalesUsd', counting.netNewDeal.valueUsd))}.`,
  ];
}

function groupCriteria(policy: DatedPolicy): Array<{ pathway: Pathway; criteria: Criterion[] }> {
  const groups: Array<{ pathway: Pathway; criteria: Criterion[] }> = [];
  for (const criterion of policy.criteria) {
    const group = groups.find((candidate) => candidate.pathway === criterion.pathway);
    if (group) group.criteria.push(criterion);
    else groups.push({ pathway: criterion.pathway, criteria: [criterion] });
  }
  return groups;
}

function versionLine(policy: DatedPolicy): string {
  return `Version ${policy.version}: ${policy.title}`;
}

function periodLine(policy: DatedPolicy): string {
  return `In force: ${describeEffectivePeriod(policy.effectiveFrom, policy.effectiveTo)}`;
}

function sourceLine(policy: DatedPolicy): string {
  return `Source: ${policy.source.title}, ${policy.source.url}, revised ${formatDate(policy.source.revised)}`;
}

/**
 * A policy version's criteria as plain lines, for a text channel and the criteria card's fallback.
 *
 * @example
 * renderCriteriaText(policies.versions[1]!) // 'Version 2: Azure IP co-sell ...\nIn force: 1 Jul 2024 onwards\n...'
 */
export function renderCriteriaText(policy: DatedPolicy): string {
  const sections: string[][] = [[versionLine(policy), periodLine(policy), sourceLine(policy)], describeCountingRules(policy)];
  for (const group of groupCriteria(policy)) {
    const lines = [`${pathwayHeading(group.pathway)}:`];
    for (const criterion of group.criteria) {
      lines.push(`- ${criterion.title}`, ...describeCriterionRequirements(criterion).map((line) => `  ${line}`));
    }
    sections.push(lines);
  }
  if (policy.choices.length > 0) sections.push(['Where the page is silent, the assistant reads it this way:', ...policy.choices.map((choice) => `- ${choice.choice}`)]);
  sections.push([DISCLAIMER, `Resources gallery: ${RESOURCES_URL}`]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

/**
 * A policy version's criteria as an Adaptive Card (schema 1.5): each pathway, each criterion with its thresholds,
 * the counting rules and the effective dates.
 *
 * @example
 * renderCriteriaCard(policies.versions[1]!) // { type: 'AdaptiveCard', version: '1.5', body: [...], actions: [...] }
 */
export function renderCriteriaCard(policy: DatedPolicy): AdaptiveCardJson {
  const body: CardElementJson[] = [
    textBlock(`The rules: version ${policy.version}`, { style: 'heading', size: 'large', weight: 'bolder' }),
    textBlock(policy.title, { spacing: 'small' }),
    textBlock(periodLine(policy), { spacing: 'small' }),
    textBlock(sourceLine(policy), { spacing: 'small', isSubtle: true }),
    heading('How it works'),
    ...bulletList(describeCountingRules(policy)),
  ];
  for (const group of groupCriteria(policy)) {
    body.push(heading(pathwayHeading(group.pathway)));
    for (const criterion of group.criteria) {
      body.push({
        type: 'Container',
        separator: true,
        spacing: 'medium',
        items: [textBlock(criterion.title, { weight: 'bolder' }), ...describeCriterionRequirements(criterion).map((line) => textBlock(line, { spacing: 'small' }))],
      });
    }
  }
  body.push(textBlock(DISCLAIMER, { isSubtle: true, size: 'small', spacing: 'large', separator: true }));
  const pathways = joinAnd(groupCriteria(policy).map((group) => pathwayLabels[group.pathway]));
  return {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions: [openUrlAction(buttonTexts.programPage.title, policy.source.url), openUrlAction(buttonTexts.resources.title, RESOURCES_URL), submitAction('checkEligibility')],
    fallbackText: renderCriteriaText(policy),
    speak: `Version ${policy.version} of the rules, in force ${describeEffectivePeriod(policy.effectiveFrom, policy.effectiveTo)}, has ${policy.criteria.length} criteria across the ${pathways} pathways. Meeting any one is enough.`,
  };
}

function sameComponent(a: Component, b: Component): boolean {
  return a.metric === b.metric && a.operator === b.operator && a.value === b.value;
}

function describeCriterionChanges(previous: Criterion, current: Criterion): string[] {
  const subject = current.title;
  if (previous.kind !== current.kind) return [`${subject}: now met by ${current.kind === 'designation' ? 'a designation' : 'thresholds'} instead of ${previous.kind === 'designation' ? 'a designation' : 'thresholds'}.`];
  const changes: string[] = [];
  if (previous.kind === 'thresholds' && current.kind === 'thresholds') {
    const removed = previous.components.filter((old) => !current.components.some((now) => now.metric === old.metric));
    const added = current.components.filter((now) => !previous.components.some((old) => old.metric === now.metric));
    for (const now of current.components) {
      const old = previous.components.find((candidate) => candidate.metric === now.metric);
      if (old && !sameComponent(old, now)) {
        changes.push(`${subject}: ${metricLabels[now.metric as MetricName]} must now be ${requirementOnly(now)}, was ${requirementOnly(old)}.`);
      }
    }
    // A metric swapped for another in the same place is one change ("counts X instead of Y"), not a removal and an addition.
    const swaps = Math.min(removed.length, added.length);
    for (let index = 0; index < swaps; index += 1) {
      changes.push(`${subject}: now counts ${componentPhrase(added[index]!)} instead of ${componentPhrase(removed[index]!)}.`);
    }
    for (const old of removed.slice(swaps)) changes.push(`${subject}: no longer requires ${componentPhrase(old)}.`);
    for (const now of added.slice(swaps)) changes.push(`${subject}: now also requires ${componentPhrase(now)}.`);
  }
  if (previous.kind === 'designation' && current.kind === 'designation') {
    if (previous.designationTypes.join() !== current.designationTypes.join()) {
      changes.push(`${subject}: now accepts a ${describeDesignationTypes(current.designationTypes)} designation, was ${describeDesignationTypes(previous.designationTypes)}.`);
    }
    if (previous.activeFrom !== current.activeFrom || previous.activeTo !== current.activeTo) {
      changes.push(`${subject}: now applies ${designationPeriod(current)}, was ${designationPeriod(previous, '')}.`);
    }
    if (previous.startsMonthAfterAttainment !== current.startsMonthAfterAttainment) {
      changes.push(`${subject}: now counts from ${current.startsMonthAfterAttainment ? 'the month after attainment' : 'the day of attainment'}.`);
    }
  }
  if (changes.length === 0 && previous.title !== current.title) changes.push(`Reworded "${previous.title}" as "${current.title}".`);
  return changes;
}

/** "from 1 Jul 2024 to 30 Jun 2025", or "from 1 Jan 2026 onwards" when the source sets no end. */
function designationPeriod(criterion: DesignationCriterion, lead: 'from' | '' = 'from'): string {
  return describeDesignationPeriod(criterion.activeFrom, criterion.activeTo, lead);
}

function describeAddedCriterion(criterion: Criterion, previous: DatedPolicy): string {
  const newPathway = !previous.criteria.some((old) => old.pathway === criterion.pathway);
  const lead = newPathway ? `Added the ${pathwayLabels[criterion.pathway]} route` : `Added a ${pathwayLabels[criterion.pathway]} criterion`;
  const period = criterion.kind === 'designation' ? `, for as-of dates ${designationPeriod(criterion)}` : '';
  return `${lead}: ${criterion.title}${period}.`;
}

/** What a net-new customer's USD 10,000 is measured on, as the "which rules" answer says it. */
const netNewMeasureLabels: Record<NetNewMeasure, string> = {
  deal: 'one of its net-new deals',
  'customer-total': 'the sum of its transactions in the window',
};

function describeDealRuleChange(name: string, previous: DatedPolicy['counting']['qualifyingTransaction'], current: DatedPolicy['counting']['qualifyingTransaction']): string[] {
  if (previous.operator === current.operator && previous.valueUsd === current.valueUsd) return [];
  const phrase = (rule: typeof current) => thresholdPhrase(rule.operator, formatMetricValue('marketplaceBilledSalesUsd', rule.valueUsd));
  return [`${name} must now be ${phrase(current)}, was ${phrase(previous)}.`];
}

/**
 * What changed from one policy version to the next, derived from the data: criteria added or removed, thresholds,
 * metrics within a criterion, counting rules and the window.
 *
 * @example
 * describePolicyChanges(v1, v2)
 * // ['A transaction is now each unique offer-customer combination, was each exported marketplace row.', 'Added the designation route: ...', ...]
 */
export function describePolicyChanges(previous: DatedPolicy, current: DatedPolicy): string[] {
  const changes: string[] = [];
  if (previous.window.trailingMonths !== current.window.trailingMonths) {
    changes.push(`The window is now the trailing ${current.window.trailingMonths} months, was ${previous.window.trailingMonths}.`);
  }
  if (previous.counting.transactionIdentity !== current.counting.transactionIdentity) {
    changes.push(
      `A transaction is now ${transactionIdentityLabels[current.counting.transactionIdentity]}, was ${transactionIdentityLabels[previous.counting.transactionIdentity]}.`,
    );
  }
  changes.push(...describeDealRuleChange('A qualifying transaction', previous.counting.qualifyingTransaction, current.counting.qualifyingTransaction));
  changes.push(...describeDealRuleChange("A net-new customer's deal", previous.counting.netNewDeal, current.counting.netNewDeal));
  if (previous.counting.netNewDeal.per !== current.counting.netNewDeal.per) {
    changes.push(`A net-new customer now counts by ${netNewMeasureLabels[current.counting.netNewDeal.per]}, was by ${netNewMeasureLabels[previous.counting.netNewDeal.per]}.`);
  }
  for (const criterion of current.criteria) {
    const old = previous.criteria.find((candidate) => candidate.id === criterion.id);
    if (!old) changes.push(describeAddedCriterion(criterion, previous));
    else changes.push(...describeCriterionChanges(old, criterion));
  }
  for (const old of previous.criteria) {
    if (!current.criteria.some((candidate) => candidate.id === old.id)) changes.push(`Removed: ${old.title}.`);
  }
  const previousNotices = new Set((previous.notices ?? []).map((notice) => notice.code));
  for (const notice of current.notices ?? []) {
    if (!previousNotices.has(notice.code)) changes.push(`Every answer${notice.whenDesignation ? ' that lists that designation' : ''} now says: ${notice.text}`);
  }
  return changes;
}

/**
 * "Which rules do you use?": every version with its effective dates, source and revision date, and what changed
 * from the version before.
 *
 * @example
 * renderRulesText(loadPolicyDirectory()) // 'I use 2 versions of the program rules ...\n\nVersion 1: ...\n\nVersion 2: ...\nChanges from version 1:\n- ...'
 */
export function renderRulesText(policies: PolicySet): string {
  const count = policies.versions.length;
  const sections: string[][] = [
    [`I use ${count} ${count === 1 ? 'version' : 'versions'} of the program rules, and apply the one in force on your as-of date.`],
  ];
  policies.versions.forEach((policy, index) => {
    const lines = [versionLine(policy), periodLine(policy), sourceLine(policy)];
    const previous = policies.versions[index - 1];
    if (!previous) {
      const pathways = joinAnd(groupCriteria(policy).map((group) => pathwayLabels[group.pathway]));
      lines.push(`The first version: ${policy.criteria.length} criteria in the ${pathways} pathways.`);
    } else {
      const changes = describePolicyChanges(previous, policy);
      if (changes.length === 0) lines.push(`No rule changes from version ${previous.version}.`);
      else lines.push(`Changes from version ${previous.version}:`, ...changes.map((change) => `- ${change}`));
    }
    sections.push(lines);
  });
  sections.push([DISCLAIMER]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
