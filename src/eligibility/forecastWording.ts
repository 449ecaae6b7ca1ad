import { t } from '../i18n';
import type { ComponentResult } from './evaluation';
import type { CriterionForecast, Forecast } from './forecast';
import { formatDate, formatUsd } from './format';
import { criterionTitle, describeShortfall, joinAnd } from './wording';

function shortfalls(gaps: readonly ComponentResult[]): string {
  return joinAnd(gaps.map(describeShortfall));
}

function criterionSentence(criterion: CriterionForecast): string {
  const route = criterionTitle(criterion);
  if (criterion.outcome === 'met') {
    if (criterion.staysMetThrough === null || criterion.firstDayNotMet === null) return t('result.forecast.metForever', { route });
    return t('result.forecast.metThrough', {
      route,
      through: formatDate(criterion.staysMetThrough),
      firstDay: formatDate(criterion.firstDayNotMet),
      gaps: shortfalls(criterion.gapsOnFirstDayNotMet),
    });
  }
  const now = t('result.forecast.shortToday', { route, gaps: shortfalls(criterion.shortfallNow) });
  const date = formatDate(criterion.horizonEnd);
  if (criterion.agingOutCount === 0) return `${now} ${t('result.forecast.nothingAgesOut', { date })}`;
  const first = criterion.agingOut[0]!;
  const agesOut = t('result.forecast.agesOut', {
    date,
    count: criterion.agingOutCount,
    amount: formatUsd(criterion.agingOutAmountUsd),
    first: formatDate(first.leavesWindowOn),
    gaps: shortfalls(criterion.shortfallAtHorizonEnd),
  });
  return `${now} ${agesOut}`;
}

/**
 * The forecast in plain sentences for a support agent: one for the pathway, then one per marketplace criterion.
 * Rendered from the forecast's facts, never recomputed; worded from the result catalogue in the turn's language.
 *
 * @example
 * describeForecast(forecast)
 * // ['You meet the marketplace performance pathway through 14 Mar 2027 if no new transactions arrive.',
 * //  'USD 4 million in marketplace billed sales: met through 14 Mar 2027 if no new transactions arrive; on 15 Mar 2027 you would be USD 50,000 short of ...', ...]
 */
export function describeForecast(forecast: Forecast): string[] {
  const { metNow, metThrough } = forecast.marketplace;
  const lead = !metNow
    ? t('result.forecast.lead.notMet', { date: formatDate(forecast.asOf) })
    : metThrough === null
      ? t('result.forecast.lead.metForever')
      : t('result.forecast.lead.metThrough', { date: formatDate(metThrough) });
  return [lead, ...forecast.criteria.map(criterionSentence)];
}
