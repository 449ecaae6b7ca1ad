import { describe, expect, it } from 'vitest';
import { criterion, evaluateRequest } from '../fixtures/policies';
import { renderExplanation } from '../../src/cards/evaluationJson';

describe('the overall status', () => {
  it('the program is not in effect the day before 1 Jul 2023, and is on that day', () => {
    expect(evaluateRequest({ asOf: '2023-06-30', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 5e6 }).status).toBe('not-in-effect');
    const first = evaluateRequest({ asOf: '2023-07-01', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 5e6 });
    expect(first.status).toBe('qualified');
    expect(first.policy?.version).toBe(1);
    expect(evaluateRequest({ asOf: '2023-07-02', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 5e6 }).status).toBe('qualified');
  });

  it('version 1 is in force on 30 Jun 2024 and version 2 from 1 Jul 2024', () => {
    expect(evaluateRequest({ asOf: '2024-06-30' }).policy).toMatchObject({ version: 1, effectiveTo: '2024-06-30' });
    expect(evaluateRequest({ asOf: '2024-07-01' }).policy).toMatchObject({ version: 2, effectiveFrom: '2024-07-01', effectiveTo: '2025-12-31' });
    expect(evaluateRequest({ asOf: '2024-07-02' }).policy?.version).toBe(2);
  });

  it('not co-sell eligible still shows every criterion, and says which would qualify', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: false, marketplaceBilledSalesUsd: 5e6 });
    expect(evaluation.status).toBe('not-co-sell-eligible');
    expect(criterion(evaluation, 'marketplace.billedSales').outcome).toBe('met');
    expect(renderExplanation(evaluation)).toContain('would already qualify you');
  });

  it('no transactable offer means not co-sell eligible', () => {
    expect(evaluateRequest({ asOf: '2026-11-26', hasTransactableOffer: false, netNewCustomersOver10k: 20 }).status).toBe('not-co-sell-eligible');
  });

  it('a met criterion with unknown co-sell eligibility is undetermined and asks only for eligibility', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', netNewCustomersOver10k: 12 });
    expect(evaluation.status).toBe('undetermined');
    expect(evaluation.missing).toEqual(['azureIpCoSellEligible']);
  });

  it('nothing met with unknown metrics is undetermined and lists what would settle it', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 1e6 });
    expect(evaluation.status).toBe('undetermined');
    expect(evaluation.missing).toEqual(expect.arrayContaining(['netNewCustomersOver10k', 'transactionsOver100', 'consumptionCommitmentUsd']));
    expect(evaluation.missing).not.toContain('marketplaceBilledSalesUsd');
  });

  it('a missing metric is unknown, never zero', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true });
    for (const result of evaluation.criteria.filter((c) => c.id !== 'designation.fy25')) expect(result.outcome).toBe('unknown');
    expect(evaluation.status).toBe('undetermined');
  });

  it('null is read as unknown too', () => {
    expect(evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: null }).metrics.marketplaceBilledSalesUsd).toBeUndefined();
  });

  it('every metric known and nothing met is not qualified', () => {
    const evaluation = evaluateRequest({
      asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 1, netNewCustomersOver10k: 1, transactionsOver100: 1,
      uniqueCustomersOver100: 1, consumptionCommitmentUsd: 0, designations: [],
    });
    expect(evaluation.status).toBe('not-qualified');
    expect(evaluation.missing).toEqual([]);
  });

  it('co-sell eligibility implies a transactable offer for the USD 200M route', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, consumptionCommitmentUsd: 200_000_000 });
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.metricSources.hasTransactableOffer).toBe('inferred');
  });

  it('every answer names its policy version, effective dates, source and the Partner Center disclaimer', () => {
    const evaluation = evaluateRequest({ asOf: '2025-11-26' });
    expect(evaluation.policy?.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(evaluation.policy?.source.revised).toBe('2024-07-01');
    expect(evaluation.disclaimer).toContain('Partner Center');
  });
});

describe('facts one answer implies about another', () => {
  it('zero marketplace transactions means zero of at least USD 100 and zero customers behind them', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceTransactions: 0 });
    expect(evaluation.metrics).toMatchObject({ transactionsOver100: 0, uniqueCustomersOver100: 0 });
    expect(evaluation.metricSources.transactionsOver100).toBe('inferred');
    expect(criterion(evaluation, 'marketplace.transactions').outcome).toBe('not-met');
  });

  it('one marketplace transaction leaves the count of USD 100 transactions unknown', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceTransactions: 1 });
    expect(evaluation.metrics.transactionsOver100).toBeUndefined();
  });
});
