import { performance } from 'node:perf_hooks';
import { forecast } from '../src/eligibility/forecast';
import { shiftDays } from '../src/eligibility/isoDate';
import { deriveMarketplaceMetrics } from '../src/eligibility/metrics';
import { monthlyTrend } from '../src/eligibility/monthlyTrend';
import type { Transaction } from '../src/eligibility/schema';
import { trailingWindow } from '../src/eligibility/window';
import { loadPolicyDirectory } from '../src/eligibility/policy/loadPolicyDirectory';

/**
 * Forecast cost (not a test): the forecast and the monthly trend on 10,000 to 1,000,000 transactions spread over
 * thirteen months, against one evaluator pass over the same rows. The forecast should grow linearly with the rows
 * and cost a small multiple of one pass, where a day-by-day re-derivation would cost a pass per day (about 365).
 * Run with `npx tsx bench/forecast.ts`.
 */
const policy = loadPolicyDirectory().versions[1]!;
const AS_OF = '2026-11-26';

function transactions(count: number): Transaction[] {
  const rows: Transaction[] = [];
  for (let index = 0; index < count; index += 1) {
    rows.push({
      date: shiftDays(AS_OF, -(index % 400)),
      customerId: `c${index % 5_000}`,
      amountUsd: 50 + ((index * 37) % 20_000),
      netNew: index % 11 === 0,
      privateOffer: index % 13 === 0,
      offerId: `o${index % 40}`,
    });
  }
  return rows;
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);
for (const count of [10_000, 100_000, 1_000_000]) {
  const rows = transactions(count);
  let started = performance.now();
  deriveMarketplaceMetrics(rows, trailingWindow(AS_OF, 12), policy.counting);
  const onePass = performance.now() - started;
  started = performance.now();
  const result = forecast(rows, policy, AS_OF);
  const forecastMs = performance.now() - started;
  started = performance.now();
  monthlyTrend(rows, policy, AS_OF);
  const trendMs = performance.now() - started;
  console.log(
    `${count.toLocaleString('en-US')} transactions: one evaluator pass ${seconds(onePass)} s, forecast ${seconds(forecastMs)} s ` +
      `(${(forecastMs / onePass).toFixed(1)} passes; pathway met through ${result.marketplace.metThrough ?? 'n/a'}), 12-month trend ${seconds(trendMs)} s`,
  );
}
