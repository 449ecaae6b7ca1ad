import type { IsoDate } from './isoDate';
import type { MetricId } from './metricCatalogue';
import type { Pathway } from './policy/schema';
import type { DateWindow } from './window';

export type Status = 'qualified' | 'not-qualified' | 'undetermined' | 'not-co-sell-eligible' | 'not-in-effect';
export type Outcome = 'met' | 'not-met' | 'unknown';

/** Names of everything a criterion component can measure (the catalogue's ids but the co-sell prerequisite). */
export type MetricName = Exclude<MetricId, 'azureIpCoSellEligible'>;

/**
 * A fact about an answer that is not a threshold's outcome, as data: renderers word it (wording.ts), so the API's
 * `notes`, the card and the CLI say it the same way and nothing filters sentences by their English.
 */
export type Finding =
  /** Transaction rows in the window without an offer id, each counted as one transaction as exported. */
  | { code: 'rowsWithoutOfferId'; count: number }
  /** A route whose own period ended before the as-of date (the FY25 designation route). */
  | { code: 'routeEnded'; criterionId: string; activeFrom: IsoDate; activeTo: IsoDate }
  /** A route whose own period starts after the as-of date. */
  | { code: 'routeNotStarted'; criterionId: string; activeFrom: IsoDate }
  /** A designation attained too recently to count yet. */
  | { code: 'designationCountsFrom'; criterionId: string; attainedOn: IsoDate; countsFrom: IsoDate };

/** What top tier gives a partner, as the program page words it, with the line it comes from. */
export interface Benefit {
  id: string;
  text: string;
  source: string;
}

/**
 * A fact an answer states at headline level, beside the result: `code` is stable API for programs, `text` is for
 * people (policy data, cited like a benefit), `source` is the page it comes from (e.g. `pracr-transition`, from the
 * PRACR page, on answers from 2026).
 */
export interface Notice {
  code: string;
  text: string;
  /** A short form (at most 150 characters, no link) for the email summary and speech; the card and API keep `text`. */
  short?: string;
  source: string;
}

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
  /** Why a criterion cannot be met regardless of the numbers (a route that has ended), as a fact to word. */
  finding?: Finding;
}

export interface PolicyReference {
  id: string;
  version: number;
  title: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  source: { title: string; url: string; revised: IsoDate };
  /** What top tier gives, from the program page; shown when a partner qualifies. */
  benefits: readonly Benefit[];
}

export type MetricValues = Partial<Record<Exclude<MetricId, 'designations'>, number | boolean>>;

/**
 * The evaluator's whole answer, facts only: statuses, numbers and findings. Every card, chat reply, API response
 * (its `notes` and `explanation`) and CLI line is written from this by a renderer in src/cards.
 */
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
  missing: MetricId[];
  /** Facts this answer rests on (counting choices, ended routes), for renderers to word. */
  findings: Finding[];
  resourcesUrl: string;
  disclaimer: string;
}

export const RESOURCES_URL = 'https://aka.ms/azureipcosellresources';
export const DISCLAIMER =
  "This assistant explains the program's published rules; your status in Microsoft Partner Center is authoritative.";
