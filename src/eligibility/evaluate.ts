import { evaluateDesignation, evaluateThresholds, onlyYesNoGaps } from './criteria';
import { DISCLAIMER, RESOURCES_URL, type CriterionResult, type Evaluation, type Finding, type MetricValues, type Notice, type PolicyReference, type Status } from './evaluation';
import type { IsoDate } from './isoDate';
import type { MetricId } from './metricCatalogue';
import { deriveMarketplaceMetrics } from './metrics';
import { policyInForce, type DatedPolicy, type PolicySet } from './policy/policySet';
import { marketplaceMetricNames, type EligibilityInput } from './schema';
import { trailingWindow } from './window';

export interface EvaluationContext {
  policies: PolicySet;
  /** The as-of date when the input has none: today in UTC, supplied by the caller so this stays pure. */
  today: IsoDate;
}


const references = new WeakMap<DatedPolicy, PolicyReference>();

/** The policy as answers cite it; the same frozen object for every answer under that policy. */
function policyReference(policy: DatedPolicy): PolicyReference {
  let reference = references.get(policy);
  if (!reference) {
    reference = Object.freeze(describePolicy(policy));
    references.set(policy, reference);
  }
  return reference;
}

function describePolicy(policy: DatedPolicy): PolicyReference {
  return {
    id: policy.id,
    version: policy.version,
    title: policy.title,
    effectiveFrom: policy.effectiveFrom,
    effectiveTo: policy.effectiveTo,
    source: Object.freeze({ title: policy.source.title, url: policy.source.url, revised: policy.source.revised }),
    benefits: Object.freeze(policy.benefits.map((benefit) => Object.freeze({ ...benefit }))),
  };
}

/** Each policy's notices as answers carry them ({ code, text, source }), frozen and built once per policy. */
const policyNotices = new WeakMap<DatedPolicy, ReadonlyArray<{ notice: Notice; whenDesignation: string | undefined }>>();

/** The policy's notices that apply to this input: all unconditional ones, and those for a designation it lists. */
function noticesFor(policy: DatedPolicy, designations: EligibilityInput['designations']): Notice[] {
  if (policy.notices === undefined) return [];
  let prepared = policyNotices.get(policy);
  if (!prepared) {
    prepared = policy.notices.map((notice) => ({
      notice: Object.freeze(notice.short === undefined ? { code: notice.code, text: notice.text, source: notice.source } : { code: notice.code, text: notice.text, short: notice.short, source: notice.source }),
      whenDesignation: notice.whenDesignation,
    }));
    policyNotices.set(policy, prepared);
  }
  const notices: Notice[] = [];
  for (const { notice, whenDesignation } of prepared) {
    if (whenDesignation === undefined || designations?.some((designation) => designation.type === whenDesignation)) notices.push(notice);
  }
  return notices;
}

function highestThreshold(policy: DatedPolicy, metric: string): number {
  let highest = 0;
  for (const criterion of policy.criteria) {
    if (criterion.kind !== 'thresholds') continue;
    for (const component of criterion.components) {
      if (component.metric === metric && typeof component.value === 'number') highest = Math.max(highest, component.value);
    }
  }
  return highest;
}

/** The metrics a criterion reads, given or derived, with the facts one answer implies about another. */
function collectMetrics(input: EligibilityInput, policy: DatedPolicy, window: ReturnType<typeof trailingWindow>, findings: Finding[]) {
  const metrics: MetricValues = {};
  const sources: Evaluation['metricSources'] = {};
  const set = (name: keyof MetricValues, value: number | boolean | undefined, source: 'given' | 'derived' | 'inferred') => {
    if (value === undefined) return;
    metrics[name] = value;
    sources[name] = source;
  };
  set('azureIpCoSellEligible', input.azureIpCoSellEligible, 'given');
  set('hasTransactableOffer', input.hasTransactableOffer, 'given');
  // Co-sell eligibility includes a transactable offer (program page), so a yes answers both questions.
  if (input.hasTransactableOffer === undefined && input.azureIpCoSellEligible === true) set('hasTransactableOffer', true, 'inferred');
  set('consumptionCommitmentUsd', input.consumptionCommitmentUsd, 'given');
  if (input.transactions) {
    const derived = deriveMarketplaceMetrics(input.transactions, window, policy.counting);
    for (const name of marketplaceMetricNames) set(name, derived[name], 'derived');
    if (derived.rowsWithoutOfferId > 0) findings.push({ code: 'rowsWithoutOfferId', count: derived.rowsWithoutOfferId });
  } else {
    for (const name of marketplaceMetricNames) set(name, input[name], 'given');
    // No marketplace transactions at all means none of at least USD 100, and no customers behind them.
    if (input.marketplaceTransactions === 0 && input.transactionsOver100 === undefined) set('transactionsOver100', 0, 'inferred');
    if (metrics.transactionsOver100 === 0 && input.uniqueCustomersOver100 === undefined) set('uniqueCustomersOver100', 0, 'inferred');
    // Every transaction of at least USD 100 is a marketplace transaction, so that count is a floor for the total.
    // Only a floor that already meets a threshold settles anything, so it is used as the value only then.
    if (input.marketplaceTransactions === undefined && input.transactionsOver100 !== undefined) {
      if (input.transactionsOver100 >= highestThreshold(policy, 'marketplaceTransactions')) {
        set('marketplaceTransactions', input.transactionsOver100, 'inferred');
      }
    }
  }
  return { metrics, sources };
}

function statusOf(input: EligibilityInput, metrics: MetricValues, criteria: CriterionResult[]): Status {
  if (input.azureIpCoSellEligible === false || metrics.hasTransactableOffer === false) return 'not-co-sell-eligible';
  const anyMet = criteria.some((criterion) => criterion.outcome === 'met');
  if (anyMet) return input.azureIpCoSellEligible === true ? 'qualified' : 'undetermined';
  return criteria.some((criterion) => criterion.outcome === 'unknown') ? 'undetermined' : 'not-qualified';
}

function missingAnswers(status: Status, input: EligibilityInput, criteria: CriterionResult[]): MetricId[] {
  if (status !== 'undetermined') return [];
  if (criteria.some((criterion) => criterion.outcome === 'met')) return ['azureIpCoSellEligible'];
  const missing = new Set<MetricId>();
  if (input.azureIpCoSellEligible === undefined) missing.add('azureIpCoSellEligible');
  for (const criterion of criteria) if (criterion.outcome === 'unknown') for (const name of criterion.missing) missing.add(name);
  return [...missing];
}

/**
 * The closest route: one that needs only a yes/no step (publishing a listing) beats any amount still to grow; then
 * the most progress; then the fewest unmet components. A route with a finding (ended, not yet counted) is skipped.
 */
function closestUnmet(criteria: CriterionResult[]): string | null {
  const rank = (criterion: CriterionResult) => [onlyYesNoGaps(criterion) ? 0 : 1, -criterion.progress, criterion.gaps.filter((gap) => gap.outcome !== 'met').length];
  let best: { criterion: CriterionResult; rank: number[] } | undefined;
  for (const criterion of criteria) {
    if (criterion.outcome === 'met' || criterion.finding) continue;
    const candidate = rank(criterion);
    // Lexicographic: the first rank that differs decides; on a full tie the policy's order keeps the earlier one.
    const differs = best ? candidate.findIndex((value, index) => value !== best!.rank[index]) : -1;
    if (!best || (differs >= 0 && candidate[differs]! < best.rank[differs]!)) best = { criterion, rank: candidate };
  }
  return best?.criterion.id ?? null;
}

/**
 * Applies the program rules in force on the as-of date to validated input. Pure: the same input and context
 * always give the same answer.
 *
 * @example
 * evaluate({ azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_000_000, asOf: '2026-11-26' }, { policies, today: '2026-11-26' }).status
 * // 'qualified'
 */
export function evaluate(input: EligibilityInput, context: EvaluationContext): Evaluation {
  const asOf = input.asOf ?? context.today;
  const policy = policyInForce(context.policies, asOf);
  const first = context.policies.versions[0];
  const months = (policy ?? first)?.window.trailingMonths ?? 12;
  const window = trailingWindow(asOf, months);
  const findings: Finding[] = [];
  if (!policy) {
    const evaluation: Evaluation = {
      status: 'not-in-effect' as const,
      notices: [],
      asOf,
      window,
      policy: first ? policyReference(first) : null,
      metrics: {},
      metricSources: {},
      qualifiedBy: [],
      criteria: [],
      closest: null,
      missing: [],
      findings,
      resourcesUrl: RESOURCES_URL,
      disclaimer: DISCLAIMER,
    };
    return evaluation;
  }
  const { metrics, sources } = collectMetrics(input, policy, window, findings);
  const criteria = policy.criteria.map((criterion) =>
    criterion.kind === 'thresholds' ? evaluateThresholds(criterion, metrics) : evaluateDesignation(criterion, input.designations, asOf),
  );
  for (const criterion of criteria) if (criterion.finding) findings.push(criterion.finding);
  const status = statusOf(input, metrics, criteria);
  return {
    status,
    notices: noticesFor(policy, input.designations),
    asOf,
    window,
    policy: policyReference(policy),
    metrics,
    metricSources: sources,
    qualifiedBy: criteria.filter((criterion) => criterion.outcome === 'met').map((criterion) => criterion.id),
    criteria,
    closest: closestUnmet(criteria),
    missing: missingAnswers(status, input, criteria),
    findings,
    resourcesUrl: RESOURCES_URL,
    disclaimer: DISCLAIMER,
  };
}
