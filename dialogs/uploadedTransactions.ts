import type { TurnContext } from 'botbuilder';
import type { TransactionsCsv } from '../src/csv/readTransactionsCsv';
import { evaluate } from '../src/eligibility/evaluate';
import type { MetricValues } from '../src/eligibility/evaluation';
import { marketplaceMetricNames, parseEligibilityInputWithTransactions, type Transaction } from '../src/eligibility/schema';
import { describeFinding, describeWindow } from '../src/eligibility/wording';
import { forecast } from '../src/eligibility/forecast';
import { describeForecast } from '../src/eligibility/forecastWording';
import { monthlyTrend, type TrendPoint } from '../src/eligibility/monthlyTrend';
import { policyInForce } from '../src/eligibility/policy/policySet';
import { trendChartImageElement } from '../src/cards/trendChart';
import { renderTrendChartPng } from '../src/cards/trendChartPng';
import type { Answers } from './answers';
import type { DialogDependencies } from './evaluateAnswers';
import { messages } from './messages';
import { describeUnderstood } from './understood';

/**
 * What an upload leaves in conversation state: the window's derived totals, the forecast in words and the
 * monthly trend (a dozen numbers for the chart), never the rows themselves.
 */
export interface DerivedFromUpload {
  fileName: string;
  rows: number;
  metrics: Partial<Answers>;
  notes: string[];
  window: string;
  forecast: string[];
  trend: TrendPoint[];
}

/**
 * Derives the marketplace metrics for today's window from uploaded rows, with the counting rules of the policy in
 * force, through the same validation and evaluator as every other caller.
 */
export function deriveFromUpload(fileName: string, transactions: Transaction[], deps: DialogDependencies): DerivedFromUpload | string {
  const parsed = parseEligibilityInputWithTransactions({ asOf: deps.today() }, transactions);
  if (!parsed.ok) return parsed.issues.slice(0, 5).map((issue) => messages.upload.invalidField(issue.path, issue.message)).join('\n');
  const today = deps.today();
  const evaluation = evaluate(parsed.input, { policies: deps.policies, today });
  const policy = policyInForce(deps.policies, today);
  const metrics: Partial<Answers> = {};
  for (const name of marketplaceMetricNames) {
    const value = (evaluation.metrics as MetricValues)[name];
    if (typeof value === 'number') metrics[name] = value;
  }
  return {
    fileName,
    rows: transactions.length,
    metrics,
    notes: evaluation.findings.filter((finding) => finding.code === 'rowsWithoutOfferId').map(describeFinding),
    window: describeWindow(evaluation.window),
    forecast: policy ? describeForecast(forecast(parsed.input.transactions ?? [], policy, today)) : [],
    trend: policy ? monthlyTrend(parsed.input.transactions ?? [], policy, today) : [],
  };
}

/** The billed-sales threshold the chart draws its line at: the policy's own number, never a literal here. */
function billedSalesThreshold(deps: DialogDependencies): number | undefined {
  const policy = policyInForce(deps.policies, deps.today());
  for (const criterion of policy?.criteria ?? []) {
    if (criterion.kind !== 'thresholds') continue;
    const component = criterion.components.find((c) => c.metric === 'marketplaceBilledSalesUsd');
    if (component && typeof component.value === 'number') return component.value;
  }
  return undefined;
}

/**
 * The trend chart for a result card: a PNG in Teams (which does not render SVG data URIs reliably), an SVG
 * elsewhere.
 */
export function trendChartFor(context: TurnContext, trend: TrendPoint[], deps: DialogDependencies) {
  const threshold = billedSalesThreshold(deps);
  if (trend.length === 0 || threshold === undefined) return undefined;
  if (context.activity.channelId !== 'msteams') return trendChartImageElement(trend, threshold);
  return trendChartImageElement(trend, threshold, { rasterize: (svg) => renderTrendChartPng(svg, { width: 360 }) });
}

export function describeDerived(derived: DerivedFromUpload): string {
  const lines = describeUnderstood(Object.entries(derived.metrics).map(([field, value]) => ({ field, value: value as number })))
    .split('\n')
    .slice(1);
  const list = [messages.upload.read(derived.rows, derived.fileName, derived.window), ...lines].join('\n');
  // A blank line ends the markdown list, so Web Chat and Teams do not glue a note onto the last bullet.
  return [list, ...derived.notes].join('\n\n');
}

export function describeBadRows(csv: Pick<TransactionsCsv, 'badRows' | 'badRowCount' | 'badRowLines'>, fileName: string): string {
  const listed = csv.badRows.slice(0, 10).map((bad) => messages.upload.badRow(bad.row, bad.column, bad.message));
  const more = csv.badRowCount > 10 ? [messages.upload.moreBadRows(csv.badRowCount - 10)] : [];
  return [messages.upload.badRows(csv.badRowLines, fileName), ...listed, ...more].join('\n');
}
