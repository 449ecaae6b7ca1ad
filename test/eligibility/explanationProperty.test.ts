import { describe, expect, it } from 'vitest';
import { explain } from '../../src/eligibility/explain';
import { evaluateRequest } from '../fixtures/policies';

const SHORT_OF_BILLED_SALES = { asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 };

describe('the lazily written explanation', () => {
  it('is an own enumerable property between notes and the resources link, as JSON and spreads show it', () => {
    const evaluation = evaluateRequest(SHORT_OF_BILLED_SALES);
    const keys = Object.keys(evaluation);
    expect(keys.slice(keys.indexOf('notes'), keys.indexOf('notes') + 3)).toEqual(['notes', 'explanation', 'resourcesUrl']);
    expect(JSON.parse(JSON.stringify(evaluation)).explanation).toBe(evaluation.explanation);
    expect({ ...evaluation }.explanation).toBe(evaluation.explanation);
  });

  it('says what explain says of the same facts, and the same string on every read', () => {
    const evaluation = evaluateRequest(SHORT_OF_BILLED_SALES);
    const first = evaluation.explanation;
    expect(first).toBe(explain(evaluation));
    expect(first).toContain('USD 400,000 short');
    expect(evaluation.explanation).toBe(first);
  });

  it('belongs to its own evaluation: two evaluations with different facts explain different gaps', () => {
    const near = evaluateRequest(SHORT_OF_BILLED_SALES);
    const far = evaluateRequest({ ...SHORT_OF_BILLED_SALES, marketplaceBilledSalesUsd: 1_000_000 });
    expect(far.explanation).toContain('USD 3,000,000 short');
    expect(near.explanation).toContain('USD 400,000 short');
  });
});
