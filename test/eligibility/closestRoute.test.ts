import { describe, expect, it } from 'vitest';
import { renderGlanceText } from '../../src/cards/resultText';
import { renderSummaryText } from '../../src/cards/summaryText';
import { describeRoute, explanationSentences } from '../../src/eligibility/wording';
import { criterion, evaluateRequest } from '../fixtures/policies';

/** Finding #25: a signed commitment short only of the listing, against a billed-sales dollar gap. */
const withCommitment = (consumptionCommitmentUsd: number) =>
  evaluateRequest({ asOf: '2026-11-26', hasTransactableOffer: false, consumptionCommitmentUsd, marketplaceBilledSalesUsd: 100_000 });

describe('the closest route', () => {
  it('below USD 200 million the commitment route still has a dollar gap, so more progress decides', () => {
    const evaluation = withCommitment(199_999_999);
    // 200M route: 99.99% of the amount, one of two steps missing → about half way; billed sales 2.5%.
    expect(criterion(evaluation, 'consumption.commitment200m').progress).toBeCloseTo(0.5, 2);
    expect(evaluation.closest).toBe('consumption.commitment200m');
    const low = withCommitment(1_000_000);
    expect(low.closest).toBe('marketplace.billedSales');
    expect(describeRoute(low)).toContain('After that, your closest route is USD 4 million in marketplace billed sales: you are USD 3,900,000 short');
  });

  it.each([200_000_000, 220_000_000])('at and above USD 200 million (%d) the route needing only the listing is closest, half way, and the next step is the listing', (amount) => {
    const evaluation = withCommitment(amount);
    expect(evaluation.status).toBe('not-co-sell-eligible');
    expect(evaluation.closest).toBe('consumption.commitment200m');
    expect(criterion(evaluation, 'consumption.commitment200m').progress).toBe(0.5);
    const glance = renderGlanceText(evaluation);
    expect(glance).toContain('Once you have it, you also meet a USD 200 million cloud consumption commitment and a transactable listing, which qualifies you.');
    expect(glance).toContain('Next step: a transactable offer in the commercial marketplace.');
    expect(glance).not.toMatch(/billed sales/);
    expect(explanationSentences(evaluation).join(' ')).toContain('Once you do, you also meet a USD 200 million cloud consumption commitment');
  });

  it('the tester\'s case: co-sell eligibility not sure, other marketplace answers skipped, still points at the listing', () => {
    const evaluation = evaluateRequest({ asOf: '2026-12-07', hasTransactableOffer: false, consumptionCommitmentUsd: 220_000_000, marketplaceBilledSalesUsd: 100_000 }, '2026-12-07');
    expect(evaluation.closest).toBe('consumption.commitment200m');
  });

  it('with the listing, a route short of an amount ranks by progress (the yes/no rule only breaks a tie of kinds)', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, consumptionCommitmentUsd: 100_000_000, marketplaceBilledSalesUsd: 3_000_000, netNewCustomersOver10k: 0, transactionsOver100: 0, uniqueCustomersOver100: 0, designations: [] });
    expect(evaluation.status).toBe('not-qualified');
    expect(evaluation.closest).toBe('marketplace.billedSales');
  });
});

describe('no "closest" claim while nothing measured counts toward a route (findings #11, #20)', () => {
  const nothing = () => evaluateRequest({ asOf: '2026-11-26', marketplaceBilledSalesUsd: 0, consumptionCommitmentUsd: 0 });

  it('at 0% with answers missing, the result says which answers are needed instead of naming a closest route', () => {
    const evaluation = nothing();
    expect(evaluation.status).toBe('undetermined');
    const glance = renderGlanceText(evaluation);
    expect(glance).not.toMatch(/closest route is/i);
    expect(glance).not.toMatch(/Next step/);
    expect(glance).toContain('Nothing you gave counts toward a route yet, so I cannot say which route is closest until I have the answers below.');
    expect(glance).toMatch(/Still needed: whether you are Azure IP co-sell eligible/);
    expect(renderSummaryText(evaluation)).not.toMatch(/closest/i);
    expect(explanationSentences(evaluation).join(' ')).not.toMatch(/closest/i);
  });

  it('any progress (1 dollar of billed sales) is measured, so the closest route is named', () => {
    const evaluation = evaluateRequest({ asOf: '2026-11-26', marketplaceBilledSalesUsd: 1 });
    expect(describeRoute(evaluation)).toContain('So far your closest route is USD 4 million in marketplace billed sales');
  });
});
