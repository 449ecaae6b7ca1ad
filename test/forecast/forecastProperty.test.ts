import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateThresholds } from '../../src/eligibility/criteria';
import type { CriterionResult, MetricValues } from '../../src/eligibility/evaluation';
import { forecast } from '../../src/eligibility/forecast';
import { shiftDays, shiftMonths } from '../../src/eligibility/isoDate';
import { deriveMarketplaceMetrics } from '../../src/eligibility/metrics';
import type { Policy, ThresholdsCriterion } from '../../src/eligibility/policy/schema';
import type { Transaction } from '../../src/eligibility/schema';
import { isWithinWindow, trailingWindow } from '../../src/eligibility/window';
import { offerCustomerCounting, rowCounting, withThresholds } from './policies';

const HORIZON_DAYS = 90;

function marketplaceCriteria(policy: Policy): ThresholdsCriterion[] {
  return policy.criteria.filter((criterion): criterion is ThresholdsCriterion => criterion.id.startsWith('marketplace.'));
}

/** The slow, obviously right way: re-derive the metrics from every row for one as-of day. */
function evaluateOn(rows: readonly Transaction[], policy: Policy, day: string): CriterionResult[] {
  const derived = deriveMarketplaceMetrics(rows, trailingWindow(day, policy.window.trailingMonths), policy.counting);
  const metrics: MetricValues = {
    marketplaceBilledSalesUsd: derived.marketplaceBilledSalesUsd,
    netNewCustomersOver10k: derived.netNewCustomersOver10k,
    transactionsOver100: derived.transactionsOver100,
    uniqueCustomersOver100: derived.uniqueCustomersOver100,
    marketplaceTransactions: derived.marketplaceTransactions,
  };
  return marketplaceCriteria(policy).map((criterion) => evaluateThresholds(criterion, metrics));
}

const gapsOf = (result: CriterionResult) => result.gaps.filter((gap) => gap.outcome === 'not-met').map((gap) => [gap.metric, gap.shortBy]);
const gapPairs = (gaps: ReadonlyArray<{ metric: string; shortBy: number | null }>) => gaps.map((gap) => [gap.metric, gap.shortBy]);

/** Small thresholds so a couple of dozen random rows cross each of them often. */
const policy = fc
  .record({ base: fc.constantFrom(rowCounting, offerCustomerCounting), months: fc.constantFrom(1, 3, 12) })
  .map(({ base, months }) =>
    withThresholds(base, { marketplaceBilledSalesUsd: 20_000, netNewCustomersOver10k: 2, transactionsOver100: 4, uniqueCustomersOver100: 2 }, months),
  );
const asOf = fc.constantFrom<string>('2024-02-29', '2025-02-28', '2026-01-31', '2024-03-31', '2026-11-26', '2023-12-31', '2027-06-30', '2026-03-01');
// Quarter dollars add up exactly in floating point, so the evaluator's sums and the forecast's cents agree.
const amount = fc.constantFrom(50, 99.75, 100, 100.25, 5_000, 10_000, 10_000.25, 12_000.5);
const MONTH_END_DATES = [
  '2023-01-31', '2023-02-28', '2023-03-01', '2023-03-31', '2023-12-31', '2024-01-31', '2024-02-28', '2024-02-29', '2024-03-01',
  '2024-03-02', '2024-03-31', '2025-01-31', '2025-02-01', '2025-02-28', '2025-03-01', '2025-03-31', '2025-11-30', '2025-12-31',
  '2026-01-31', '2026-02-28', '2026-03-01', '2026-06-30', '2026-08-31', '2027-02-28', '2027-03-01',
];
const rowsNear = (day: string) =>
  fc.array(
    fc.record({
      // Month ends and leap days, where window starts skip or repeat, are drawn as often as any other day.
      date: fc.oneof(
        fc.integer({ min: -400, max: 10 }).map((offset) => shiftDays(day, offset)),
        fc.constantFrom(...MONTH_END_DATES),
      ),
      customerId: fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4'),
      amountUsd: amount,
      netNew: fc.boolean(),
      offerId: fc.option(fc.constantFrom('o1', 'o2'), { nil: undefined }),
      privateOffer: fc.constantFrom(false, false, false, true),
    }),
    { maxLength: 25 },
  ).map((specs) =>
    specs.map(({ offerId, ...rest }): Transaction => ({ ...rest, ...(offerId === undefined ? {} : { offerId }) })),
  );

describe('the forecast against a day-by-day re-evaluation', () => {
  it('agrees on when met criteria lapse, the gap then, and the unmet gaps now and at the horizon', () => {
    fc.assert(
      fc.property(
        policy,
        asOf.chain((day) => fc.tuple(fc.constant(day), rowsNear(day))),
        (rules, [day, rows]) => {
          const result = forecast(rows, rules, day);
          const known = rows.filter((row) => row.date <= day);
          const today = evaluateOn(known, rules, day);
          const atHorizon = evaluateOn(known, rules, shiftDays(day, HORIZON_DAYS));
          const lastDay = shiftDays(shiftMonths(day, rules.window.trailingMonths), 5);
          today.forEach((expected, index) => {
            const actual = result.criteria[index]!;
            expect(actual.id).toBe(expected.id);
            expect(actual.outcome).toBe(expected.outcome);
            if (actual.outcome === 'met') {
              let through = day;
              let next = evaluateOn(known, rules, shiftDays(through, 1))[index]!;
              while (next.outcome === 'met' && through < lastDay) {
                through = shiftDays(through, 1);
                next = evaluateOn(known, rules, shiftDays(through, 1))[index]!;
              }
              expect(actual.staysMetThrough).toBe(through);
              expect(gapPairs(actual.gapsOnFirstDayNotMet)).toEqual(gapsOf(next));
            } else {
              expect(gapPairs(actual.shortfallNow)).toEqual(gapsOf(expected));
              expect(gapPairs(actual.shortfallAtHorizonEnd)).toEqual(gapsOf(atHorizon[index]!));
            }
          });
          // Billed sales read every row, so its ageing-out list is every row in today's window but not the horizon's.
          const billed = result.criteria[0]!;
          if (billed.outcome === 'not-met') {
            const horizonWindow = trailingWindow(shiftDays(day, HORIZON_DAYS), rules.window.trailingMonths);
            const leaving = known.filter((row) => isWithinWindow(row.date, result.window) && !isWithinWindow(row.date, horizonWindow));
            expect(billed.agingOutCount).toBe(leaving.length);
            for (const aging of billed.agingOut) {
              expect(isWithinWindow(aging.date, trailingWindow(shiftDays(aging.leavesWindowOn, -1), rules.window.trailingMonths))).toBe(true);
              expect(isWithinWindow(aging.date, trailingWindow(aging.leavesWindowOn, rules.window.trailingMonths))).toBe(false);
            }
          }
        },
      ),
      { seed: 2026, numRuns: 150 },
    );
  });
});
