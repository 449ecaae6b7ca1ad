import { DISCLAIMER, type Evaluation, type Status } from '../eligibility/evaluation';
import { formatDate } from '../eligibility/format';
import { describeCriterionGap } from '../eligibility/wording';

export type BatchStatus = Status | 'error';

/** One line of a batch's results: the evaluation in a few columns, or the reasons the row was not evaluated. */
export interface BatchRow {
  /** The line in the input file where the partner first appears (header = line 1); for JSON, the position from 1. */
  row: number;
  partnerId: string;
  status: BatchStatus;
  qualifiedBy: string[];
  /** The unmet criterion closest to being met. */
  closest: string | null;
  /** What is missing, in words: the closest criterion's gap, the answers still needed, or why nothing can qualify. */
  mainGap: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  policyVersion: number | null;
  /** The rules' effective dates and source page, so a results file names the rules it used. */
  policyEffective: string | null;
  policySource: string | null;
  errors: string[];
}

export const BATCH_STATUSES: readonly BatchStatus[] = ['qualified', 'not-qualified', 'undetermined', 'not-co-sell-eligible', 'not-in-effect', 'error'];

export interface BatchSummary {
  rows: number;
  byStatus: Record<BatchStatus, number>;
  /** Partner Center is authoritative: every results file says so. */
  disclaimer: string;
}

function mainGap(evaluation: Evaluation): string | null {
  switch (evaluation.status) {
    case 'qualified':
      return null;
    case 'not-qualified': {
      const closest = evaluation.criteria.find((criterion) => criterion.id === evaluation.closest);
      return closest ? describeCriterionGap(closest) : null;
    }
    case 'undetermined':
      return `needs ${evaluation.missing.join(', ')}`;
    case 'not-co-sell-eligible':
      return 'not Azure IP co-sell eligible: top-tier benefits first need co-sell eligibility and a transactable offer';
    case 'not-in-effect':
      return `the program rules take effect on ${formatDate(evaluation.policy?.effectiveFrom ?? '2023-07-01')}`;
  }
}

/**
 * An evaluation as a batch row, rendered from the evaluation's facts.
 *
 * @example
 * toBatchRow(2, 'P1', evaluation) // { row: 2, partnerId: 'P1', status: 'not-qualified', mainGap: 'USD 400,000 short of USD 4,000,000 in marketplace billed sales', ... }
 */
export function toBatchRow(row: number, partnerId: string, evaluation: Evaluation): BatchRow {
  return {
    row,
    partnerId,
    status: evaluation.status,
    qualifiedBy: evaluation.qualifiedBy,
    closest: evaluation.closest,
    mainGap: mainGap(evaluation),
    windowStart: evaluation.window.start,
    windowEnd: evaluation.window.end,
    policyVersion: evaluation.policy?.version ?? null,
    policyEffective: evaluation.policy ? `${evaluation.policy.effectiveFrom} to ${evaluation.policy.effectiveTo ?? 'today'}` : null,
    policySource: evaluation.policy ? `${evaluation.policy.source.url} (revised ${evaluation.policy.source.revised})` : null,
    errors: [],
  };
}

/** @example errorRow(5, 'P4', ['line 5: marketplaceBilledSalesUsd "lots" is not an amount in US dollars']) */
export function errorRow(row: number, partnerId: string, errors: string[]): BatchRow {
  return { row, partnerId, status: 'error', qualifiedBy: [], closest: null, mainGap: null, windowStart: null, windowEnd: null, policyVersion: null, policyEffective: null, policySource: null, errors };
}

/** @example summarize(rows) // { rows: 3, byStatus: { qualified: 1, 'not-qualified': 1, error: 1, ... } } */
export function summarize(rows: readonly BatchRow[]): BatchSummary {
  const byStatus = Object.fromEntries(BATCH_STATUSES.map((status) => [status, 0])) as Record<BatchStatus, number>;
  for (const row of rows) byStatus[row.status] += 1;
  return { rows: rows.length, byStatus, disclaimer: DISCLAIMER };
}
