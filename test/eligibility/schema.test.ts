import { describe, expect, it } from 'vitest';
import { parseEligibilityInput } from '../../src/eligibility/schema';

describe('input validation names the field at fault', () => {
  it.each([
    [{ marketplaceBilledSalesUsd: -1 }, 'marketplaceBilledSalesUsd', 'negative'],
    [{ consumptionCommitmentUsd: Number.POSITIVE_INFINITY }, 'consumptionCommitmentUsd', 'number'],
    [{ marketplaceBilledSalesUsd: Number.NaN }, 'marketplaceBilledSalesUsd', 'number'],
    [{ netNewCustomersOver10k: 2.5 }, 'netNewCustomersOver10k', 'whole number'],
    [{ transactionsOver100: -3 }, 'transactionsOver100', 'negative'],
    [{ asOf: '2026-02-30' }, 'asOf', 'real date'],
    [{ asOf: '26/11/2026' }, 'asOf', 'YYYY-MM-DD'],
    [{ transactionsOver100: 5, uniqueCustomersOver100: 6 }, 'uniqueCustomersOver100', 'cannot exceed'],
    [{ azureIpCoSellEligible: true, hasTransactableOffer: false }, 'hasTransactableOffer', 'transactable offer'],
    [{ partnerName: 'Contoso' }, 'partnerName', 'not a field'],
    [{ marketplaceBilledSalesEur: 4e6 }, 'marketplaceBilledSalesEur', 'only USD'],
    [{ currency: 'EUR' }, 'currency', 'USD'],
    [{ marketplaceBilledSalesUsd: '4000000' }, 'marketplaceBilledSalesUsd', 'number'],
    [{ marketplaceBilledSalesUsd: 2e12 }, 'marketplaceBilledSalesUsd', 'trillion'],
    [{ transactions: [{ date: '2026-01-01', customerId: 'a', amountUsd: 5, netNew: true }], marketplaceBilledSalesUsd: 5 }, 'marketplaceBilledSalesUsd', 'either'],
    [{ transactions: [{ date: '2026-13-01', customerId: 'a', amountUsd: 5 }] }, 'transactions.0.date', 'date'],
    [{ transactions: [{ date: '2026-01-01', customerId: '', amountUsd: 5 }] }, 'transactions.0.customerId', 'customer'],
    [{ transactions: [{ date: '2026-01-01', customerId: 'a', amountUsd: -5 }] }, 'transactions.0.amountUsd', 'negative'],
    [{ designations: [{ type: 'gold-partner', attainedOn: '2024-09-01' }] }, 'designations.0.type', ''],
    [{ marketplaceTransactions: 3, transactionsOver100: 5 }, 'marketplaceTransactions', 'less than'],
  ])('%j is rejected at %s', (raw, path, words) => {
    const parsed = parseEligibilityInput(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const issue = parsed.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(parsed.issues)).toBeDefined();
    expect(issue!.message).toContain(words);
  });

  it.each([
    [{}],
    [{ asOf: '2024-02-29', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 0, netNewCustomersOver10k: 0 }],
    [{ transactions: [{ date: '2026-01-01T10:00:00Z', customerId: 'a', amountUsd: 100, netNew: true, offerId: 'x', privateOffer: true, currency: 'USD' }] }],
    [{ azureIpCoSellEligible: null, marketplaceBilledSalesUsd: null }],
    [{ designations: [{ type: 'industry-ai', attainedOn: '2024-09-01' }] }],
  ])('%j is accepted', (raw) => {
    expect(parseEligibilityInput(raw).ok).toBe(true);
  });
});
