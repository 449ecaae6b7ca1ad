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

const PRACR_PAGE = 'https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue';
type DesignationType = 'certified-software-azure' | 'certified-software-security' | 'industry-ai';
const holds = (type: DesignationType, attainedOn: string) => [{ type, attainedOn }];

describe('the PRACR transition (policy v3, in force from 1 Jan 2026)', () => {
  it('31 Dec 2025 is still version 2 with no notice; 1 Jan 2026 is version 3 with the PRACR notice', () => {
    const before = evaluateRequest({ asOf: '2025-12-31', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_000_000 });
    const after = evaluateRequest({ asOf: '2026-01-01', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_000_000 });
    expect(before.policy?.version).toBe(2);
    expect(before.notices).toEqual([]);
    expect(after.policy?.version).toBe(3);
    expect(after.policy?.source.url).toBe(PRACR_PAGE);
    expect(after.notices).toHaveLength(1);
    expect(after.notices[0]).toMatchObject({ code: 'pracr-transition', source: PRACR_PAGE });
    expect(after.notices[0]!.text).toContain('31 Dec 2025');
    expect(after.notices[0]!.text).toContain('certified software designation for Azure or an Industry AI designation on Azure');
    expect(after.notices[0]!.text).toContain('Check Partner Center');
  });

  it('the threshold routes are evaluated as the last published (FY25) criteria', () => {
    const evaluation = evaluateRequest({ asOf: '2026-01-01', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_000_000 });
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toEqual(['marketplace.billedSales']);
  });

  it.each([
    ['2026-01-31', '2026-01-15', 'not-met'],
    ['2026-02-01', '2026-01-15', 'met'],
    ['2026-02-02', '2026-01-15', 'met'],
    ['2026-01-31', '2026-01-31', 'not-met'],
    ['2026-02-01', '2026-01-31', 'met'],
    ['2026-02-28', '2026-02-01', 'not-met'],
    ['2026-03-01', '2026-02-01', 'met'],
    ['2026-01-01', '2025-12-31', 'met'],
    ['2026-01-01', '2025-12-01', 'met'],
    ['2026-12-31', '2026-11-30', 'met'],
    ['2027-01-01', '2026-12-01', 'met'],
  ])('as of %s, a certified software (Azure) designation attained on %s is %s', (asOf, attainedOn, outcome) => {
    const evaluation = evaluateRequest({ asOf, azureIpCoSellEligible: true, designations: holds('certified-software-azure', attainedOn) });
    expect(criterion(evaluation, 'designation.certifiedSoftware').outcome).toBe(outcome);
  });

  it('an Industry AI designation on Azure grants top tier from the month after attainment, with no end date', () => {
    const evaluation = evaluateRequest({ asOf: '2028-06-15', azureIpCoSellEligible: true, designations: holds('industry-ai', '2026-03-10') });
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toEqual(['designation.certifiedSoftware']);
  });

  it('a Security designation is not counted, and the answer says the PRACR page does not name it', () => {
    const evaluation = evaluateRequest({ asOf: '2026-06-01', azureIpCoSellEligible: true, designations: holds('certified-software-security', '2026-01-10') });
    expect(criterion(evaluation, 'designation.certifiedSoftware').outcome).toBe('not-met');
    expect(evaluation.notices.map((notice) => notice.code)).toEqual(['pracr-transition', 'designation-security-not-named']);
    expect(evaluation.notices[1]!.text).toContain('does not name the certified software designation for Security');
  });

  it('the same Security designation counted during FY25, and no notice was given then', () => {
    const evaluation = evaluateRequest({ asOf: '2025-03-01', azureIpCoSellEligible: true, designations: holds('certified-software-security', '2025-01-10') });
    expect(criterion(evaluation, 'designation.fy25').outcome).toBe('met');
    expect(evaluation.notices).toEqual([]);
  });

  it('unknown designations leave the answer open, and the designations are asked for', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 });
    expect(criterion(evaluation, 'designation.certifiedSoftware').outcome).toBe('unknown');
    expect(evaluation.status).toBe('undetermined');
    expect(evaluation.missing).toContain('designations');
  });

  it('between FY25 and 2026 (1 Jul to 31 Dec 2025) no designation route is open', () => {
    const evaluation = evaluateRequest({ asOf: '2025-12-31', azureIpCoSellEligible: true, designations: holds('certified-software-azure', '2025-10-01') });
    expect(evaluation.qualifiedBy).toEqual([]);
    expect(evaluation.criteria.map((c) => c.id)).not.toContain('designation.certifiedSoftware');
  });
});
