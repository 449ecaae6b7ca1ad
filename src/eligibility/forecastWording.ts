import type { ComponentResult } from './evaluation';
import type { CriterionForecast, Forecast } from './forecast';
import { formatCount, formatDate, formatUsd } from './format';
import { describeShortfall, joinAnd } from './wording';

function shortfalls(gaps: readonly ComponentResult[]): string {
  return joinAnd(gaps.map(describeShortfall));
}

function criterionSentence(criterion: CriterionForecast): string {
  if (criterion.outcome === 'met') {
    if (criterion.staysMetThrough === null || criterion.firstDayNotMet === null) return `${criterion.title}: met, and no deal ageing out can change that.`;
    return (
      `${criterion.title}: met through ${formatDate(criterion.staysMetThrough)} if no new transactions arrive; ` +
      `on ${formatDate(criterion.firstDayNotMet)} you would be ${shortfalls(criterion.gapsOnFirstDayNotMet)}, so add that by then to keep it.`
    );
  }
  const now = `${criterion.title}: ${shortfalls(criterion.shortfallNow)} today.`;
  const by = formatDate(criterion.horizonEnd);
  if (criterion.agingOutCount === 0) return `${now} Nothing that counts toward it ages out by ${by}.`;
  const first = criterion.agingOut[0]!;
  const deals = criterion.agingOutCount === 1 ? 'one transaction' : `${formatCount(criterion.agingOutCount)} transactions`;
  return (
    `${now} By ${by}, ${deals} worth ${formatUsd(criterion.agingOutAmountUsd)} age${criterion.agingOutCount === 1 ? 's' : ''} out ` +
    `(the first on ${formatDate(first.leavesWindowOn)}), so with no new transactions you would be ${shortfalls(criterion.shortfallAtHorizonEnd)}.`
  );
}

/**
 * The forecast in plain sentences for a support agent: one for the pathway, then one per marketplace criterion.
 * Rendered from the forecast's facts, never recomputed.
 *
 * @example
 * describeForecast(forecast)
 * // ['You meet the marketplace performance pathway through 14 Mar 2027 if no new transactions arrive.',
 * //  'USD 4 million in marketplace billed sales: met through 14 Mar 2027 if no new transactions arrive; on 15 Mar 2027 you would be USD 50,000 short of ...', ...]
 */
export function describeForecast(forecast: Forecast): string[] {
  const { metNow, metThrough } = forecast.marketplace;
  const lead = !metNow
    ? `You do not meet the marketplace performance pathway as of ${formatDate(forecast.asOf)}.`
    : metThrough === null
      ? 'You meet the marketplace performance pathway, and no deal ageing out can change that.'
      : `You meet the marketplace performance pathway through ${formatDate(metThrough)} if no new transactions arrive.`;
  return [lead, ...forecast.criteria.map(criterionSentence)];
}
