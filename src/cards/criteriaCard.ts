import { DISCLAIMER, RESOURCES_URL, type MetricName } from '../eligibility/evaluation';
import type { DatedPolicy, PolicySet } from '../eligibility/policy/policySet';
import type { Component, Criterion, DesignationCriterion, DesignationType, NetNewMeasure, Pathway } from '../eligibility/policy/schema';
import { currentLocale, t } from '../i18n';
import {
  buttonTexts,
  capitalize,
  criterionTitle,
  describeChoice,
  describeDesignationPeriod,
  describeDisclaimer,
  describeEffectivePeriod,
  describeNoticeText,
  describePolicyTitle,
  describeSourceLine,
  formatMetricValue,
  joinAnd,
  joinOr,
  metricLabels,
  pathwayHeading,
  pathwayLabels,
  sectionTitle,
} from '../eligibility/wording';
import { ADAPTIVE_CARD_SCHEMA, bulletList, heading, openUrlAction, submitAction, textBlock, type AdaptiveCardJson, type CardElementJson } from './resultCard';

/*
 * The rules themselves in plain words: what each criterion asks for, with "at least" and "greater than" said
 * exactly as the policy data says them, and how one published version differs from the one before it. Every
 * sentence is derived from the policy data, so a new version file explains itself.
 */

function designationLabel(type: DesignationType): string {
  return t(`result.designation.${type}`);
}

function transactionIdentityLabel(identity: DatedPolicy['counting']['transactionIdentity']): string {
  return t(`result.transactionIdentity.${identity}`);
}

/**
 * A criterion's title: the policy's own in English; composed from its components or designations otherwise.
 *
 * @example
 * titleOf(billedSales) // 'USD 4 million in marketplace billed sales'
 */
function titleOf(criterion: Criterion): string {
  if (criterion.kind === 'thresholds') {
    return criterionTitle({ title: criterion.title, requirements: criterion.components.map((component) => ({ metric: component.metric as MetricName, required: component.value })) });
  }
  if (currentLocale() === 'en') return criterion.title;
  return capitalize(t('result.title.designation', { designations: describeDesignationTypes(criterion.designationTypes) }));
}

/** "at least USD 4,000,000" or "greater than USD 10,000": inclusivity is part of the rule. */
function thresholdPhrase(operator: 'min' | 'over', value: string): string {
  return t(`result.threshold.${operator}`, { value });
}

function requirementOnly(component: Component): string {
  return component.operator === 'isTrue' ? t('result.value.yes') : thresholdPhrase(component.operator, formatMetricValue(component.metric, component.value));
}

function componentPhrase(component: Component): string {
  const label = metricLabels[component.metric as MetricName];
  return component.operator === 'isTrue' ? label : t('result.requirement.inBrackets', { label, requirement: requirementOnly(component) });
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
  return component.operator === 'isTrue' ? t('result.requirement.required', { label }) : t('result.requirement.threshold', { label, requirement: requirementOnly(component) });
}

/** Any one of the listed designations will do, so the list ends in "or". */
function describeDesignationTypes(types: readonly DesignationType[]): string {
  return joinOr(types.map(designationLabel));
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
    return criterion.components.map((component, index) => (index === 0 ? describeRequirement(component) : t('result.requirement.and', { requirement: requirementPhrase(component) })));
  }
  return [
    t('result.criteria.holds', { designations: describeDesignationTypes(criterion.designationTypes) }),
    criterion.startsMonthAfterAttainment ? t('result.criteria.countsFromMonthAfter') : t('result.criteria.countsFromDay'),
    t('result.criteria.onlyFor', { period: designationPeriod(criterion) }),
  ];
}

function describeCountingRules(policy: DatedPolicy): string[] {
  const { counting } = policy;
  return [
    t('result.counting.coSellFirst'),
    t('result.counting.window', { months: policy.window.trailingMonths }),
    t('result.counting.anyOne'),
    t('result.counting.transaction', { identity: transactionIdentityLabel(counting.transactionIdentity) }),
    t('result.counting.qualifyingTransaction', { threshold: dealThreshold(counting.qualifyingTransaction) }),
    t('result.counting.netNewCustomer', { measure: netNewMeasureLabel(counting.netNewDeal.per), threshold: dealThreshold(counting.netNewDeal) }),
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
  return t('result.criteria.versionLine', { version: policy.version, title: describePolicyTitle(policy) });
}

function periodLine(policy: DatedPolicy): string {
  return t('result.criteria.inForce', { period: describeEffectivePeriod(policy.effectiveFrom, policy.effectiveTo) });
}

function sourceLine(policy: DatedPolicy): string {
  return describeSourceLine(policy);
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
    const lines = [sectionTitle(pathwayHeading(group.pathway))];
    for (const criterion of group.criteria) {
      lines.push(`- ${titleOf(criterion)}`, ...describeCriterionRequirements(criterion).map((line) => `  ${line}`));
    }
    sections.push(lines);
  }
  if (policy.choices.length > 0) sections.push([t('result.criteria.choicesIntro'), ...policy.choices.map((choice) => `- ${describeChoice(choice)}`)]);
  sections.push([describeDisclaimer(DISCLAIMER), t('result.criteria.resources', { url: RESOURCES_URL })]);
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
    textBlock(t('result.criteria.cardTitle', { version: policy.version }), { style: 'heading', size: 'large', weight: 'bolder' }),
    textBlock(describePolicyTitle(policy), { spacing: 'small' }),
    textBlock(periodLine(policy), { spacing: 'small' }),
    textBlock(sourceLine(policy), { spacing: 'small', isSubtle: true }),
    heading(t('result.criteria.howItWorks')),
    ...bulletList(describeCountingRules(policy)),
  ];
  for (const group of groupCriteria(policy)) {
    body.push(heading(pathwayHeading(group.pathway)));
    for (const criterion of group.criteria) {
      body.push({
        type: 'Container',
        separator: true,
        spacing: 'medium',
        items: [textBlock(titleOf(criterion), { weight: 'bolder' }), ...describeCriterionRequirements(criterion).map((line) => textBlock(line, { spacing: 'small' }))],
      });
    }
  }
  body.push(textBlock(describeDisclaimer(DISCLAIMER), { isSubtle: true, size: 'small', spacing: 'large', separator: true }));
  const pathways = joinAnd(groupCriteria(policy).map((group) => pathwayLabels[group.pathway]));
  return {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions: [openUrlAction(buttonTexts.programPage.title, policy.source.url), openUrlAction(buttonTexts.resources.title, RESOURCES_URL), submitAction('checkEligibility')],
    fallbackText: renderCriteriaText(policy),
    speak: t('result.criteria.speak', {
      version: policy.version,
      period: describeEffectivePeriod(policy.effectiveFrom, policy.effectiveTo),
      count: policy.criteria.length,
      pathways,
    }),
  };
}

function sameComponent(a: Component, b: Component): boolean {
  return a.metric === b.metric && a.operator === b.operator && a.value === b.value;
}

function kindLabel(kind: Criterion['kind']): string {
  return t(`result.kind.${kind}`);
}

function describeCriterionChanges(previous: Criterion, current: Criterion): string[] {
  const route = titleOf(current);
  if (previous.kind !== current.kind) return [t('result.change.kind', { route, now: kindLabel(current.kind), was: kindLabel(previous.kind) })];
  const changes: string[] = [];
  if (previous.kind === 'thresholds' && current.kind === 'thresholds') {
    const removed = previous.components.filter((old) => !current.components.some((now) => now.metric === old.metric));
    const added = current.components.filter((now) => !previous.components.some((old) => old.metric === now.metric));
    for (const now of current.components) {
      const old = previous.components.find((candidate) => candidate.metric === now.metric);
      if (old && !sameComponent(old, now)) {
        changes.push(t('result.change.mustNow', { route, label: metricLabels[now.metric as MetricName], now: requirementOnly(now), was: requirementOnly(old) }));
      }
    }
    // A metric swapped for another in the same place is one change ("counts X instead of Y"), not a removal and an addition.
    const swaps = Math.min(removed.length, added.length);
    for (let index = 0; index < swaps; index += 1) {
      changes.push(t('result.change.countsInstead', { route, now: componentPhrase(added[index]!), was: componentPhrase(removed[index]!) }));
    }
    for (const old of removed.slice(swaps)) changes.push(t('result.change.noLongerRequires', { route, requirement: componentPhrase(old) }));
    for (const now of added.slice(swaps)) changes.push(t('result.change.nowAlsoRequires', { route, requirement: componentPhrase(now) }));
  }
  if (previous.kind === 'designation' && current.kind === 'designation') {
    if (previous.designationTypes.join() !== current.designationTypes.join()) {
      changes.push(t('result.change.nowAccepts', { route, now: describeDesignationTypes(current.designationTypes), was: describeDesignationTypes(previous.designationTypes) }));
    }
    if (previous.activeFrom !== current.activeFrom || previous.activeTo !== current.activeTo) {
      changes.push(t('result.change.nowApplies', { route, now: designationPeriod(current), was: designationPeriod(previous, '') }));
    }
    if (previous.startsMonthAfterAttainment !== current.startsMonthAfterAttainment) {
      changes.push(current.startsMonthAfterAttainment ? t('result.change.countsFromMonthAfter', { route }) : t('result.change.countsFromDay', { route }));
    }
  }
  // Outside English titles are composed from the components, so a reworded English title can read the same twice.
  const was = titleOf(previous);
  if (changes.length === 0 && previous.title !== current.title && was !== route) changes.push(t('result.change.reworded', { was, now: route }));
  return changes;
}

/** "from 1 Jul 2024 to 30 Jun 2025", or "from 1 Jan 2026 onwards" when the source sets no end. */
function designationPeriod(criterion: DesignationCriterion, lead: 'from' | '' = 'from'): string {
  return describeDesignationPeriod(criterion.activeFrom, criterion.activeTo, lead);
}

function describeAddedCriterion(criterion: Criterion, previous: DatedPolicy): string {
  const newPathway = !previous.criteria.some((old) => old.pathway === criterion.pathway);
  const values = { pathway: pathwayLabels[criterion.pathway], route: titleOf(criterion) };
  if (criterion.kind === 'designation') {
    const period = designationPeriod(criterion);
    return newPathway ? t('result.change.addedRoute.period', { ...values, period }) : t('result.change.addedCriterion.period', { ...values, period });
  }
  return newPathway ? t('result.change.addedRoute', values) : t('result.change.addedCriterion', values);
}

/** What a net-new customer's USD 10,000 is measured on, as the "which rules" answer says it. */
function netNewMeasureLabel(measure: NetNewMeasure): string {
  return t(`result.netNewMeasure.${measure}`);
}

type DealRule = DatedPolicy['counting']['qualifyingTransaction'];

/** "at least USD 100": a deal rule's threshold. */
function dealThreshold(rule: DealRule): string {
  return thresholdPhrase(rule.operator, formatMetricValue('marketplaceBilledSalesUsd', rule.valueUsd));
}

function describeDealRuleChange(name: 'qualifyingTransaction' | 'netNewDeal', previous: DealRule, current: DealRule): string[] {
  if (previous.operator === current.operator && previous.valueUsd === current.valueUsd) return [];
  return [t(`result.change.${name}`, { now: dealThreshold(current), was: dealThreshold(previous) })];
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
    changes.push(t('result.change.window', { now: current.window.trailingMonths, was: previous.window.trailingMonths }));
  }
  if (previous.counting.transactionIdentity !== current.counting.transactionIdentity) {
    changes.push(
      t('result.change.transactionIdentity', { now: transactionIdentityLabel(current.counting.transactionIdentity), was: transactionIdentityLabel(previous.counting.transactionIdentity) }),
    );
  }
  changes.push(...describeDealRuleChange('qualifyingTransaction', previous.counting.qualifyingTransaction, current.counting.qualifyingTransaction));
  changes.push(...describeDealRuleChange('netNewDeal', previous.counting.netNewDeal, current.counting.netNewDeal));
  if (previous.counting.netNewDeal.per !== current.counting.netNewDeal.per) {
    changes.push(t('result.change.netNewMeasure', { now: netNewMeasureLabel(current.counting.netNewDeal.per), was: netNewMeasureLabel(previous.counting.netNewDeal.per) }));
  }
  for (const criterion of current.criteria) {
    const old = previous.criteria.find((candidate) => candidate.id === criterion.id);
    if (!old) changes.push(describeAddedCriterion(criterion, previous));
    else changes.push(...describeCriterionChanges(old, criterion));
  }
  for (const old of previous.criteria) {
    if (!current.criteria.some((candidate) => candidate.id === old.id)) changes.push(t('result.change.removed', { route: titleOf(old) }));
  }
  const previousNotices = new Set((previous.notices ?? []).map((notice) => notice.code));
  for (const notice of current.notices ?? []) {
    if (!previousNotices.has(notice.code)) {
      const text = describeNoticeText(notice);
      changes.push(notice.whenDesignation ? t('result.change.noticeWhenDesignation', { text }) : t('result.change.notice', { text }));
    }
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
  const sections: string[][] = [[t('result.rules.intro', { count: policies.versions.length })]];
  policies.versions.forEach((policy, index) => {
    const lines = [versionLine(policy), periodLine(policy), sourceLine(policy)];
    const previous = policies.versions[index - 1];
    if (!previous) {
      const pathways = joinAnd(groupCriteria(policy).map((group) => pathwayLabels[group.pathway]));
      lines.push(t('result.rules.firstVersion', { count: policy.criteria.length, pathways }));
    } else {
      const changes = describePolicyChanges(previous, policy);
      if (changes.length === 0) lines.push(t('result.rules.noChanges', { version: previous.version }));
      else lines.push(t('result.rules.changesFrom', { version: previous.version }), ...changes.map((change) => `- ${change}`));
    }
    sections.push(lines);
  });
  sections.push([describeDisclaimer(DISCLAIMER)]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
