import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EligibilityRequest } from '../../src/eligibility/schema';
import { evaluateRequest } from '../fixtures/policies';
import { renderExplanation } from '../../src/cards/evaluationJson';

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const count = fc.integer({ min: 0, max: 60 });
const request: fc.Arbitrary<EligibilityRequest> = fc
  .record({
    asOf: fc.constantFrom('2023-07-01', '2024-02-29', '2024-06-30', '2024-07-01', '2025-03-31', '2026-11-26'),
    azureIpCoSellEligible: maybe(fc.boolean()),
    marketplaceBilledSalesUsd: maybe(fc.constantFrom(0, 3_999_999.99, 4_000_000, 4_000_000.01, 10_000_000)),
    netNewCustomersOver10k: maybe(fc.integer({ min: 0, max: 20 })),
    transactionsOver100: maybe(count),
    uniqueCustomersOver100: maybe(fc.integer({ min: 0, max: 10 })),
    consumptionCommitmentUsd: maybe(fc.constantFrom(0, 29_999_999, 30_000_000, 199_999_999, 200_000_000)),
  })
  .map((r) => ({ ...r, uniqueCustomersOver100: r.uniqueCustomersOver100 === undefined || r.transactionsOver100 === undefined ? r.uniqueCustomersOver100 : Math.min(r.uniqueCustomersOver100, r.transactionsOver100) }));

const raisable = ['marketplaceBilledSalesUsd', 'netNewCustomersOver10k', 'transactionsOver100', 'consumptionCommitmentUsd'] as const;

describe('properties of the evaluator', () => {
  it('raising any metric never turns qualified into something else', () => {
    fc.assert(
      fc.property(request, fc.constantFrom(...raisable), fc.integer({ min: 1, max: 5_000_000 }), (base, metric, increase) => {
        const before = evaluateRequest(base);
        fc.pre(before.status === 'qualified');
        const raised = { ...base, [metric]: (base[metric] ?? 0) + increase };
        expect(evaluateRequest(raised).status).toBe('qualified');
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('shortBy is 0 exactly when the component is met, and null exactly when it is unknown', () => {
    fc.assert(
      fc.property(request, (input) => {
        for (const criterion of evaluateRequest(input).criteria) {
          for (const gap of criterion.gaps) {
            expect(gap.shortBy === 0).toBe(gap.outcome === 'met');
            expect(gap.shortBy === null).toBe(gap.outcome === 'unknown');
          }
          expect(criterion.progress).toBeGreaterThanOrEqual(0);
          expect(criterion.progress).toBeLessThanOrEqual(1);
          expect(criterion.progress === 1).toBe(criterion.outcome === 'met');
        }
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  it('qualifiedBy lists exactly the met criteria, and the explanation is two to five sentences', () => {
    fc.assert(
      fc.property(request, (input) => {
        const evaluation = evaluateRequest(input);
        expect(evaluation.qualifiedBy).toEqual(evaluation.criteria.filter((c) => c.outcome === 'met').map((c) => c.id));
        const sentences = renderExplanation(evaluation).split(/(?<=[.])\s+(?=[A-Z])/);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(5);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
