import { describe, expect, it } from 'vitest';
import { forecast, type Forecast, type MetCriterionForecast, type UnmetCriterionForecast } from '../../src/eligibility/forecast';
import { describeForecast } from '../../src/eligibility/forecastWording';
import { offerCustomerCounting, row, rowCounting, withThresholds } from './policies';

function met(result: Forecast, id: string): MetCriterionForecast {
  const found = result.criteria.find((criterion) => criterion.id === id);
  if (found?.outcome !== 'met') throw new Error(`${id} is not met: ${JSON.stringify(found)}`);
  return found;
}

function unmet(result: Forecast, id: string): UnmetCriterionForecast {
  const found = result.criteria.find((criterion) => criterion.id === id);
  if (found?.outcome !== 'not-met') throw new Error(`${id} is met: ${JSON.stringify(found)}`);
  return found;
}

const shortBy = (gaps: ReadonlyArray<{ metric: string; shortBy: number | null }>) => Object.fromEntries(gaps.map((gap) => [gap.metric, gap.shortBy]));

describe('forecasting a met criterion as deals age out', () => {
  const result = forecast(
    [row('2026-03-15', 'c1', 50_000, { offerId: 'o1' }), row('2026-06-01', 'c2', 3_950_000, { offerId: 'o2' })],
    offerCustomerCounting,
    '2026-11-26',
  );

  it('exactly USD 4,000,000 stays met through the day before its oldest deal ages out', () => {
    const billed = met(result, 'marketplace.billedSales');
    expect(billed.staysMetThrough).toBe('2027-03-14');
    expect(billed.firstDayNotMet).toBe('2027-03-15');
    expect(shortBy(billed.gapsOnFirstDayNotMet)).toEqual({ marketplaceBilledSalesUsd: 50_000 });
  });

  it('the pathway stays met through the latest day any of its criteria does', () => {
    expect(result.marketplace).toEqual({ metNow: true, metThrough: '2027-03-14' });
    expect(result.window).toEqual({ start: '2025-11-27', end: '2026-11-26' });
    expect(result.policy).toEqual({ id: offerCustomerCounting.id, version: 2 });
  });

  it('only marketplace criteria are forecast, in policy order', () => {
    expect(result.criteria.map((criterion) => criterion.id)).toEqual(['marketplace.billedSales', 'marketplace.netNewCustomers', 'marketplace.transactions']);
  });

  it('says in words how long the criterion lasts and what to add by when', () => {
    const [lead, billed] = describeForecast(result);
    expect(lead).toBe('You meet the marketplace performance pathway through 14 Mar 2027 if no new transactions arrive.');
    expect(billed).toBe(
      'USD 4 million in marketplace billed sales: met through 14 Mar 2027 if no new transactions arrive; on 15 Mar 2027 you would be USD 50,000 short of USD 4,000,000 in marketplace billed sales, so add that by then to keep it.',
    );
  });
});

describe('forecasting around month ends and leap years', () => {
  it.each([
    ['2024-02-29', '2023-03-01', '2024-02-29', 'as of a leap day, a 1 Mar deal is in its last day'],
    ['2024-02-29', '2023-03-02', '2024-03-01', 'as of a leap day, a 2 Mar deal lasts one more day'],
    ['2025-02-28', '2024-02-29', '2025-02-28', 'a leap-day deal ages out on 1 Mar of the next year'],
    ['2025-02-28', '2024-03-01', '2025-02-28', 'a 1 Mar 2024 deal ages out together with the leap day, the window skipping from 29 Feb to 2 Mar'],
    ['2025-02-28', '2024-03-02', '2025-03-01', 'a 2 Mar 2024 deal lasts through 1 Mar 2025'],
    ['2026-01-31', '2025-02-01', '2026-01-31', 'as of 31 Jan the window starts on 1 Feb, and that deal is in its last day'],
    ['2026-01-31', '2025-02-28', '2026-02-27', 'a 28 Feb deal ages out on 28 Feb'],
    ['2026-01-31', '2025-03-01', '2026-02-28', 'a 1 Mar deal lasts through the end of a short February'],
    ['2027-06-30', '2027-03-01', '2028-02-29', 'a 1 Mar deal lasts through the next leap day'],
  ])('as of %s, with USD 100,000 of the USD 4 million dated %s, billed sales stay met through %s (%s)', (asOf, oldest, through) => {
    const policy = asOf < '2024-07-01' ? rowCounting : offerCustomerCounting;
    const result = forecast([row(oldest, 'c1', 100_000), row(asOf, 'c2', 3_900_000)], policy, asOf);
    expect(met(result, 'marketplace.billedSales').staysMetThrough).toBe(through);
  });

  it('two dates that age out on one day leave together, so the gap that day counts both', () => {
    // As of 1 Mar 2025 the window starts on 2 Mar 2024: 29 Feb and 1 Mar 2024 leave at once.
    const rows = [row('2024-02-29', 'a', 3_000_000), row('2024-03-01', 'b', 1_000_000), row('2024-06-01', 'c', 1_500_000)];
    const billed = met(forecast(rows, offerCustomerCounting, '2025-02-28'), 'marketplace.billedSales');
    expect(billed.staysMetThrough).toBe('2025-02-28');
    expect(shortBy(billed.gapsOnFirstDayNotMet)).toEqual({ marketplaceBilledSalesUsd: 2_500_000 });
  });
});

describe('forecasting unmet criteria over the next 90 days', () => {
  const rows = [
    ...['c0', 'c1', 'c2'].map((customer) => row('2025-12-10', customer, 150)),
    row('2025-12-15', 'c0', 50),
    row('2025-12-15', 'c0', 50),
    ...Array.from({ length: 21 }, (_, index) => row('2026-06-15', `c${index % 5}`, 150)),
    row('2026-07-01', 'c5', 20_000, { netNew: true }),
  ];
  const result = forecast(rows, rowCounting, '2026-11-26');

  it('gives the shortfall in the current window', () => {
    expect(shortBy(unmet(result, 'marketplace.transactions').shortfallNow)).toEqual({ transactionsOver100: 5, uniqueCustomersOver100: 2 });
    expect(shortBy(unmet(result, 'marketplace.netNewCustomers').shortfallNow)).toEqual({ netNewCustomersOver10k: 11 });
  });

  it('lists the counting deals that age out within 90 days, with the day each leaves', () => {
    const transactions = unmet(result, 'marketplace.transactions');
    expect(transactions.horizonEnd).toBe('2027-02-24');
    expect(transactions.agingOut).toEqual(
      ['c0', 'c1', 'c2'].map((customerId) => ({ date: '2025-12-10', customerId, amountUsd: 150, netNew: false, leavesWindowOn: '2026-12-10' })),
    );
    expect(transactions.agingOutCount).toBe(3);
    expect(transactions.agingOutAmountUsd).toBe(450);
  });

  it('deals under USD 100 age out of billed sales but are not listed for the transactions route', () => {
    const billed = unmet(result, 'marketplace.billedSales');
    expect(billed.agingOutCount).toBe(5);
    expect(billed.agingOutAmountUsd).toBe(550);
    expect(billed.agingOut.at(-1)).toMatchObject({ date: '2025-12-15', amountUsd: 50, leavesWindowOn: '2026-12-15' });
    expect(unmet(result, 'marketplace.netNewCustomers').agingOutCount).toBe(0);
  });

  it('gives the shortfall at the end of the 90 days if nothing new arrives', () => {
    expect(shortBy(unmet(result, 'marketplace.transactions').shortfallAtHorizonEnd)).toEqual({ transactionsOver100: 8, uniqueCustomersOver100: 2 });
    expect(shortBy(unmet(result, 'marketplace.billedSales').shortfallAtHorizonEnd)).toEqual({ marketplaceBilledSalesUsd: 3_976_850 });
  });

  it('says in words what ages out and where that leaves the partner', () => {
    const sentences = describeForecast(result);
    expect(sentences[0]).toBe('You do not meet the marketplace performance pathway as of 26 Nov 2026.');
    expect(sentences[3]).toBe(
      '30 marketplace transactions of at least USD 100 from 8 unique customers: 5 short of 30 marketplace transactions of at least USD 100 and 2 short of 8 unique customers behind those transactions today. ' +
        'By 24 Feb 2027, 3 transactions worth USD 450 age out (the first on 10 Dec 2026), so with no new transactions you would be 8 short of 30 marketplace transactions of at least USD 100 and 2 short of 8 unique customers behind those transactions.',
    );
    expect(sentences[2]).toContain('Nothing that counts toward it ages out by 24 Feb 2027.');
  });

  it('lists at most maxListed deals but counts them all', () => {
    const limited = unmet(forecast(rows, rowCounting, '2026-11-26', { maxListed: 2 }), 'marketplace.billedSales');
    expect(limited.agingOut).toHaveLength(2);
    expect(limited.agingOutCount).toBe(5);
  });
});

describe('what the forecast leaves out', () => {
  it('rows dated after the as-of date are not counted, and their number is reported', () => {
    const result = forecast([row('2026-11-27', 'c1', 4_000_000), row('2026-11-26', 'c2', 10)], rowCounting, '2026-11-26');
    expect(result.rowsAfterAsOf).toBe(1);
    expect(shortBy(unmet(result, 'marketplace.billedSales').shortfallNow)).toEqual({ marketplaceBilledSalesUsd: 3_999_990 });
  });

  it('rows before the window neither count nor age out', () => {
    const result = forecast([row('2025-11-26', 'c1', 4_000_000)], rowCounting, '2026-11-26');
    expect(unmet(result, 'marketplace.billedSales').agingOutCount).toBe(0);
  });

  it('a criterion ageing cannot unmeet (a zero threshold) stays met with no end date', () => {
    const policy = withThresholds(rowCounting, { netNewCustomersOver10k: 0 });
    const result = forecast([row('2026-01-01', 'c1', 100)], policy, '2026-11-26');
    expect(met(result, 'marketplace.netNewCustomers')).toMatchObject({ staysMetThrough: null, firstDayNotMet: null, gapsOnFirstDayNotMet: [] });
    expect(result.marketplace).toEqual({ metNow: true, metThrough: null });
    expect(describeForecast(result)[2]).toBe('12 net-new marketplace customers with a deal over USD 10,000 each: met, and no deal ageing out can change that.');
  });

  it('with no transactions at all every criterion is unmet and nothing ages out', () => {
    const result = forecast([], offerCustomerCounting, '2026-11-26');
    expect(result.marketplace).toEqual({ metNow: false, metThrough: null });
    expect(result.criteria.every((criterion) => criterion.outcome === 'not-met' && criterion.agingOutCount === 0)).toBe(true);
  });
});
