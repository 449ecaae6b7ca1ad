import { describe, expect, it } from 'vitest';
import { criterion, evaluateRequest } from '../fixtures/policies';

const attained = (attainedOn: string, type: 'certified-software-azure' | 'industry-ai' = 'certified-software-azure') => [{ type, attainedOn }];

describe('the FY25 designation route (policy v2)', () => {
  it.each([
    ['2024-09-30', '2024-09-15', 'not-met'],
    ['2024-10-01', '2024-09-15', 'met'],
    ['2024-10-02', '2024-09-15', 'met'],
    ['2025-06-30', '2024-09-15', 'met'],
    ['2025-07-01', '2024-09-15', 'not-met'],
    ['2025-03-01', '2025-01-31', 'met'],
    ['2025-02-28', '2025-01-31', 'met'],
    ['2025-01-31', '2025-01-31', 'not-met'],
    ['2024-12-31', '2024-12-01', 'not-met'],
    ['2025-01-01', '2024-12-01', 'met'],
  ])('as of %s, a designation attained on %s is %s', (asOf, attainedOn, outcome) => {
    const evaluation = evaluateRequest({ asOf, azureIpCoSellEligible: true, designations: attained(attainedOn) });
    expect(criterion(evaluation, 'designation.fy25').outcome).toBe(outcome);
  });

  it('grants top-tier benefits on its own with co-sell eligibility', () => {
    const evaluation = evaluateRequest({ asOf: '2025-01-15', azureIpCoSellEligible: true, designations: attained('2024-08-20', 'industry-ai') });
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toEqual(['designation.fy25']);
  });

  it('after 30 Jun 2025 the route is not granted and the answer says why', () => {
    const evaluation = evaluateRequest({ asOf: '2025-07-01', azureIpCoSellEligible: true, designations: attained('2024-08-20') });
    expect(evaluation.status).toBe('undetermined');
    expect(evaluation.findings).toContainEqual({ code: 'routeEnded', criterionId: 'designation.fy25', activeFrom: '2024-07-01', activeTo: '2025-06-30' });
    expect(evaluation.missing).not.toContain('designations');
  });

  it('unknown designations leave the route unknown during FY25 only', () => {
    expect(criterion(evaluateRequest({ asOf: '2025-01-15' }), 'designation.fy25').outcome).toBe('unknown');
    expect(criterion(evaluateRequest({ asOf: '2025-08-15' }), 'designation.fy25').outcome).toBe('not-met');
  });

  it('version 1 has no designation route at all', () => {
    expect(evaluateRequest({ asOf: '2024-06-30' }).criteria.map((c) => c.id)).not.toContain('designation.fy25');
  });
});
