import type { IsoDate } from './isoDate';
import type { NumericMetric, Pathway } from './policy/schema';
import type { DateWindow } from './window';

export type Status = 'qualified' | 'not-qualified' | 'undetermined' | 'not-co-sell-eligible' | 'not-in-effect';
export type Outcome = 'met' | 'not-met' | 'unknown';

/** Names of everything a criterion component can measure. */
export type MetricName = NumericMetric | 'hasTransactableOffer' | 'designations';

/** One component of a criterion: what it takes, what the partner has, and how far short they are. */
export interface ComponentResult {
  metric: MetricName;
  /** `min` at least, `over` strictly greater, `isTrue` a yes/no fact. */
  operator: 'min' | 'over' | 'isTrue';
  required: number | boolean;
  /** Null when the partner has not said. */
  actual: number | boolean | null;
  /** 0 exactly when met; null when unknown. For yes/no facts, 1 when missing. */
  shortBy: number | null;
  outcome: Outcome;
  /** The program page's line this component implements. */
  quote: string;
}

export interface CriterionResult {
  id: string;
  pathway: Pathway;
  title: string;
  outcome: Outcome;
  /** 0..1: the weakest known component's share of its requirement. */
  progress: number;
  gaps: ComponentResult[];
  /** Metrics still needed to settle this criterion. */
  missing: MetricName[];
  /** Why a criterion cannot be met regardless of the numbers (e.g. a route that has ended). */
  note?: string;
}

export interface PolicyReference {
  id: string;
  version: number;
  title: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  source: { title: string; url: string; revised: IsoDate };
}

/**
 * A fact an answer states at headline level, beside the result: `code` is stable API for programs, `text` is for
 * people, `source` is the page it comes from (e.g. `pracr-transition`, from the PRACR page, on answers from 2026).
 */
export interface Notice {
  code: string;
  text: string;
  source: string;
}

export type MetricValues = Partial<Record<NumericMetric | 'hasTransactableOffer' | 'azureIpCoSellEligible', number | boolean>>;

/** The evaluator's whole answer: every card, chat reply, API response and CLI line is rendered from this. */
export interface Evaluation {
  status: Status;
  /** What the partner must know beside the result, from the policy in force (shown at headline level). */
  notices: Notice[];
  asOf: IsoDate;
  window: DateWindow;
  policy: PolicyReference | null;
  metrics: MetricValues;
  /** Where each metric came from: given by the caller, derived from transactions, or inferred from another. */
  metricSources: Partial<Record<keyof MetricValues, 'given' | 'derived' | 'inferred'>>;
  qualifiedBy: string[];
  criteria: CriterionResult[];
  /** The unmet criterion with the highest progress (ties: policy order), or null when none is unmet. */
  closest: string | null;
  /** Answers that would settle an undetermined result. */
  missing: string[];
  /** Assumptions this answer rests on (counting choices, ended routes). */
  notes: string[];
  explanation: string;
  resourcesUrl: string;
  disclaimer: string;
}

export const RESOURCES_URL = 'https://aka.ms/azureipcosellresources';
export const DISCLAIMER =
  "This assistant explains the program's published rules; your status in Microsoft Partner Center is authoritative.";
