import { describe, expect, it } from 'vitest';
import { criterion, evaluateRequest } from '../fixtures/policies';
import { renderExplanation } from '../../src/cards/evaluationJson';

/**
 * The FY25 thresholds, on the last day of version 2 and under version 3 (which evaluates them as they stand). Under
 * version 3 the partner says it holds no designation, so the open designation route does not leave the answer open.
 */
const versions = [
  { name: 'policy v2, as of 31 Dec 2025', eligible: { asOf: '2025-12-31', azureIpCoSellEligible: true }, window: '1 Jan 2025 to 31 Dec 2025' },
  { name: 'policy v3, as of 26 Nov 2026', eligible: { asOf: '2026-11-26', azureIpCoSellEligible: true, designations: [] }, window: '27 Nov 2025 to 26 Nov 2026' },
];

describe.each(versions)('each criterion below, at and above its threshold ($name)', ({ eligible, window }) => {
  it.each([
    ['marketplace.billedSales', { marketplaceBilledSalesUsd: 3_999_999.99 }, 'not-met', 0.01],
    ['marketplace.billedSales', { marketplaceBilledSalesUsd: 4_000_000 }, 'met', 0],
    ['marketplace.billedSales', { marketplaceBilledSalesUsd: 4_000_000.01 }, 'met', 0],
    ['marketplace.netNewCustomers', { netNewCustomersOver10k: 11 }, 'not-met', 1],
    ['marketplace.netNewCustomers', { netNewCustomersOver10k: 12 }, 'met', 0],
    ['marketplace.netNewCustomers', { netNewCustomersOver10k: 13 }, 'met', 0],
    ['marketplace.transactions', { transactionsOver100: 29, uniqueCustomersOver100: 8 }, 'not-met', 1],
    ['marketplace.transactions', { transactionsOver100: 30, uniqueCustomersOver100: 8 }, 'met', 0],
    ['marketplace.transactions', { transactionsOver100: 31, uniqueCustomersOver100: 9 }, 'met', 0],
    ['marketplace.transactions', { transactionsOver100: 30, uniqueCustomersOver100: 7 }, 'not-met', 1],
    ['consumption.commitment30m', { consumptionCommitmentUsd: 29_999_999, transactionsOver100: 5 }, 'not-met', 1],
    ['consumption.commitment30m', { consumptionCommitmentUsd: 30_000_000, transactionsOver100: 5 }, 'met', 0],
    ['consumption.commitment30m', { consumptionCommitmentUsd: 30_000_001, transactionsOver100: 6 }, 'met', 0],
    ['consumption.commitment30m', { consumptionCommitmentUsd: 30_000_000, transactionsOver100: 4 }, 'not-met', 1],
    ['consumption.commitment200m', { consumptionCommitmentUsd: 199_999_999 }, 'not-met', 1],
    ['consumption.commitment200m', { consumptionCommitmentUsd: 200_000_000 }, 'met', 0],
    ['consumption.commitment200m', { consumptionCommitmentUsd: 250_000_000 }, 'met', 0],
  ])('%s with %j is %s, short by %s', (id, metrics, outcome, shortBy) => {
    const result = criterion(evaluateRequest({ ...eligible, ...metrics }), id);
    expect(result.outcome).toBe(outcome);
    const worst = Math.max(...result.gaps.map((gap) => gap.shortBy ?? 0));
    expect(worst).toBe(shortBy);
  });

  it('a met criterion with co-sell eligibility is qualified, and names the criterion', () => {
    const evaluation = evaluateRequest({ ...eligible, marketplaceBilledSalesUsd: 4_000_000 });
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toEqual(['marketplace.billedSales']);
    expect(renderExplanation(evaluation)).toContain('You qualify');
  });

  it('USD 400,000 short of USD 4,000,000 is said in dollars, with the window written out', () => {
    const evaluation = evaluateRequest({
      ...eligible,
      marketplaceBilledSalesUsd: 3_600_000,
      netNewCustomersOver10k: 2,
      transactionsOver100: 10,
      uniqueCustomersOver100: 3,
      consumptionCommitmentUsd: 0,
    });
    expect(evaluation.status).toBe('not-qualified');
    expect(evaluation.closest).toBe('marketplace.billedSales');
    expect(renderExplanation(evaluation)).toContain('USD 400,000 short of USD 4,000,000 in marketplace billed sales');
    expect(renderExplanation(evaluation)).toContain(window);
    expect(evaluation.resourcesUrl).toBe('https://aka.ms/azureipcosellresources');
    const sentences = renderExplanation(evaluation).split(/(?<=\.) (?=[A-Z])/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(5);
  });

  it('the closest route is the one with the highest progress, ties going to the page order', () => {
    const tie = evaluateRequest({ ...eligible, marketplaceBilledSalesUsd: 2_000_000, netNewCustomersOver10k: 6, transactionsOver100: 0, uniqueCustomersOver100: 0, consumptionCommitmentUsd: 0 });
    expect(tie.closest).toBe('marketplace.billedSales');
    const customers = evaluateRequest({ ...eligible, marketplaceBilledSalesUsd: 2_000_000, netNewCustomersOver10k: 11, transactionsOver100: 0, uniqueCustomersOver100: 0, consumptionCommitmentUsd: 0 });
    expect(customers.closest).toBe('marketplace.netNewCustomers');
    expect(criterion(customers, 'marketplace.netNewCustomers').progress).toBeCloseTo(11 / 12);
  });
});

describe('version 1 (the seed page) counts the 30M pathway transactions at any value', () => {
  const asOf = '2024-06-30';
  it.each([
    [4, 'not-met'],
    [5, 'met'],
    [6, 'met'],
  ])('%s marketplace transactions with a USD 30,000,000 commitment: %s', (marketplaceTransactions, outcome) => {
    const result = criterion(evaluateRequest({ asOf, azureIpCoSellEligible: true, consumptionCommitmentUsd: 30_000_000, marketplaceTransactions }), 'consumption.commitment30m');
    expect(result.outcome).toBe(outcome);
  });

  it('5 transactions of at least USD 100 imply at least 5 marketplace transactions', () => {
    const evaluation = evaluateRequest({ asOf, azureIpCoSellEligible: true, consumptionCommitmentUsd: 30_000_000, transactionsOver100: 5, uniqueCustomersOver100: 2 });
    expect(criterion(evaluation, 'consumption.commitment30m').outcome).toBe('met');
    expect(evaluation.metricSources.marketplaceTransactions).toBe('inferred');
  });

  it('fewer qualifying transactions than the threshold leave the total unknown rather than guessed', () => {
    const evaluation = evaluateRequest({ asOf, azureIpCoSellEligible: true, consumptionCommitmentUsd: 30_000_000, transactionsOver100: 3, uniqueCustomersOver100: 2 });
    expect(criterion(evaluation, 'consumption.commitment30m').outcome).toBe('unknown');
    expect(evaluation.metrics.marketplaceTransactions).toBeUndefined();
  });
});
