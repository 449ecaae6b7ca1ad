import { describe, expect, it } from 'vitest';
import { evaluateBatchCsv, evaluateBatchCsvYielding, evaluateBatchItems, evaluateBatchItemsYielding, evaluateBatchJson, type BatchOutcome, type BatchResult } from '../../src/batch/evaluateBatch';
import { readBatchCsv } from '../../src/batch/readBatchCsv';
import { TODAY, evaluateRequest, policies } from '../fixtures/policies';

const context = { policies, today: TODAY };

function resultOf(outcome: BatchOutcome): BatchResult {
  if (!outcome.ok) throw new Error(`unexpected problem: ${outcome.problem.message}`);
  return outcome.result;
}

describe('evaluating one row per partner', () => {
  const result = resultOf(
    evaluateBatchCsv(
      [
        'partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd,netNewCustomersOver10k,transactionsOver100,uniqueCustomersOver100,consumptionCommitmentUsd,designations',
        'P1,yes,4200000,,,,,',
        'P2,yes,3600000,10,25,6,0,none',
        'P3,,4200000,,,,,',
        'P4,no,,,,,,',
        'P5,yes,3600000,,,,,',
      ].join('\n'),
      context,
    ),
  );

  it('gives each partner its status, criteria, closest route and gap, window and policy version', () => {
    expect(result.rows[0]).toEqual({
      row: 2,
      partnerId: 'P1',
      status: 'qualified',
      qualifiedBy: ['marketplace.billedSales'],
      closest: expect.any(String),
      mainGap: null,
      windowStart: '2025-11-27',
      windowEnd: '2026-11-26',
      policyVersion: 3,
      policyEffective: '2026-01-01 to today',
      policySource: 'https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue (revised 2026-01-01)',
      errors: [],
    });
    expect(result.rows[1]).toMatchObject({
      status: 'not-qualified',
      closest: 'marketplace.billedSales',
      mainGap: 'USD 400,000 short of USD 4,000,000 in marketplace billed sales',
    });
  });

  it('names the answers an undetermined partner still needs, and why a partner cannot qualify', () => {
    expect(result.rows[2]).toMatchObject({ status: 'undetermined', mainGap: 'needs azureIpCoSellEligible' });
    expect(result.rows[3]).toMatchObject({ status: 'not-co-sell-eligible', mainGap: expect.stringContaining('not Azure IP co-sell eligible') });
    expect(result.rows[4]!.mainGap).toMatch(/^needs /);
  });

  it('agrees with the evaluator called directly', () => {
    const direct = evaluateRequest({ azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 10, transactionsOver100: 25, uniqueCustomersOver100: 6, consumptionCommitmentUsd: 0, designations: [] });
    expect(result.rows[1]).toMatchObject({ status: direct.status, closest: direct.closest, qualifiedBy: direct.qualifiedBy });
  });

  it('counts partners by status', () => {
    expect(result.summary).toEqual({
      rows: 5,
      byStatus: { qualified: 1, 'not-qualified': 1, undetermined: 2, 'not-co-sell-eligible': 1, 'not-in-effect': 0, error: 0 },
      disclaimer: expect.stringContaining('Partner Center is authoritative'),
    });
  });
});

describe('as-of dates in a batch', () => {
  const csv = 'partnerId,asOf,azureIpCoSellEligible,marketplaceBilledSalesUsd\nP1,,yes,4000000\nP2,2023-06-30,yes,4000000\n';

  it('the batch as-of date applies to rows without one; a row\'s own date wins', () => {
    const result = resultOf(evaluateBatchCsv(csv, { ...context, asOf: '2024-02-29' }));
    expect(result.rows[0]).toMatchObject({ windowStart: '2023-03-01', windowEnd: '2024-02-29', policyVersion: 1 });
    expect(result.rows[1]).toMatchObject({ status: 'not-in-effect', mainGap: 'the program rules take effect on 1 Jul 2023' });
  });

  it('without a batch as-of date, today is used', () => {
    expect(resultOf(evaluateBatchCsv(csv, context)).rows[0]!.windowEnd).toBe(TODAY);
  });
});

describe('evaluating transaction rows grouped by partner', () => {
  const rows = Array.from({ length: 30 }, (_, index) => `P1,2026-0${1 + (index % 9)}-15,customer-${index % 8},150,no,yes,0`);
  const csv = ['partnerId,date,customerId,amountUsd,netNew,azureIpCoSellEligible,consumptionCommitmentUsd', ...rows, 'P2,2026-01-15,c1,100,no,yes,0', 'P2,2026-01-16,c1,abc,no,yes,0'].join('\n');
  const result = resultOf(evaluateBatchCsv(csv, context));

  it('derives each partner\'s metrics from its own rows', () => {
    expect(result.mode).toBe('transactions');
    expect(result.rows[0]).toMatchObject({ partnerId: 'P1', status: 'qualified', qualifiedBy: ['marketplace.transactions'] });
  });

  it('a partner with a bad row is an error row naming the line, not evaluated on its other rows', () => {
    expect(result.rows[1]).toMatchObject({ row: 32, partnerId: 'P2', status: 'error', errors: ['line 33: amountUsd "abc" is not an amount in US dollars (write 1234.56 or $1,234.56)'] });
  });
});

describe('a generated file of 1,000 partners with bad rows among them', () => {
  const BAD: Array<[string, RegExp]> = [
    ['P{i},yes,-5,1,1,1,0', /marketplaceBilledSalesUsd cannot be negative/],
    ['P{i},yes,lots,1,1,1,0', /"lots" is not an amount/],
    ['P{i},perhaps,100,1,1,1,0', /"perhaps" is not yes or no/],
    [',yes,100,1,1,1,0', /partnerId is empty/],
    ['P{i},yes,100,1,1,5,0', /uniqueCustomersOver100 cannot exceed transactionsOver100/],
    ['P{i},yes,100,1.5,1,1,0', /netNewCustomersOver10k must be a whole number/],
    ['P{i},yes,100,1,1,1,0,extra', /has 8 values but the header names 7 columns/],
    ['P{i},yes,"1,23",1,1,1,0', /"1,23" is not an amount/],
    ['P0,yes,100,1,1,1,0', /partner P0 already appears on line 2/],
  ];
  const lines = ['partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd,netNewCustomersOver10k,transactionsOver100,uniqueCustomersOver100,consumptionCommitmentUsd'];
  const expectedBad = new Map<number, RegExp>();
  for (let index = 0; index < 1000; index += 1) {
    const line = index + 2;
    if (index % 7 === 3) {
      const [template, message] = BAD[(index - 3) / 7 % BAD.length]!;
      lines.push(template.replaceAll('{i}', String(index)));
      expectedBad.set(line, message);
    } else {
      lines.push(`P${index},yes,${(index % 50) * 100_000},${index % 15},${index % 40},${Math.min(index % 40, index % 10)},${index % 3 === 0 ? 30_000_000 : 0}`);
    }
  }
  const result = resultOf(evaluateBatchCsv(`${lines.join('\r\n')}\r\n`, context));

  it('every row comes back, in file order, none dropped', () => {
    expect(result.rows.map((row) => row.row)).toEqual(Array.from({ length: 1000 }, (_, index) => index + 2));
  });

  it('exactly the bad rows are error rows, each naming its own line and problem', () => {
    for (const row of result.rows) {
      const expected = expectedBad.get(row.row);
      if (expected) {
        expect(row.status).toBe('error');
        expect(row.errors.join(' ')).toMatch(expected);
        expect(row.errors.every((error) => error.startsWith(`line ${row.row}: `))).toBe(true);
      } else {
        expect(row.status, `line ${row.row}: ${row.errors.join(' ')}`).not.toBe('error');
      }
    }
    expect(result.summary.byStatus.error).toBe(expectedBad.size);
  });

  it('the good rows agree with the evaluator called directly', () => {
    const row = result.rows[11]!;
    const direct = evaluateRequest({ azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 1_100_000, netNewCustomersOver10k: 11, transactionsOver100: 11, uniqueCustomersOver100: 1, consumptionCommitmentUsd: 0 });
    // From 2026 a row with no designations column leaves the designation route open, so the row asks for them.
    expect(row).toMatchObject({ partnerId: 'P11', status: direct.status, closest: direct.closest, mainGap: 'needs designations' });
  });

  it.each([
    ['azure:2026-01-15', 'qualified'],
    ['industry-ai:2026-11-26', 'not-qualified'],
    ['security:2025-06-01; azure:2026-10-31', 'qualified'],
    ['none', 'not-qualified'],
  ])('a designations cell "%s" is read as type:date and gives %s', (cell, status) => {
    const csv = `partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd,netNewCustomersOver10k,transactionsOver100,uniqueCustomersOver100,consumptionCommitmentUsd,designations\nP1,yes,0,0,0,0,0,"${cell}"\n`;
    expect(resultOf(evaluateBatchCsv(csv, context)).rows[0]!.status).toBe(status);
  });

  it('a designations cell that is not type:date is an error naming the line and the column', () => {
    const csv = 'partnerId,azureIpCoSellEligible,designations\nP1,yes,gold\n';
    expect(resultOf(evaluateBatchCsv(csv, context)).rows[0]!.errors).toEqual([expect.stringMatching(/^line 2: designations "gold" is not type:date/)]);
  });
});

describe('evaluating a JSON array', () => {
  it('evaluates each partner object, numbering items from 1, with bad items as error rows', () => {
    const result = resultOf(
      evaluateBatchJson(
        [
          { partnerId: 'P1', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_200_000 },
          { partnerId: 1234567, azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 1 },
          { partnerId: 'P3', marketplaceBilledSalesEur: 5 },
          'P4',
          { azureIpCoSellEligible: true },
          { partnerId: 'P1' },
        ],
        context,
      ),
    );
    expect(result.mode).toBe('json');
    expect(result.rows.map((row) => [row.row, row.partnerId, row.status])).toEqual([
      [1, 'P1', 'qualified'],
      [2, '1234567', 'undetermined'],
      [3, 'P3', 'error'],
      [4, '', 'error'],
      [5, '', 'error'],
      [6, 'P1', 'error'],
    ]);
    expect(result.rows[2]!.errors).toEqual(['item 3: marketplaceBilledSalesEur only USD amounts are accepted; use the field ending in Usd']);
    expect(result.rows[3]!.errors[0]).toMatch(/^item 4: must be a JSON object/);
    expect(result.rows[4]!.errors).toEqual(['item 5: partnerId must be a non-empty string']);
    expect(result.rows[5]!.errors).toEqual(['item 6: partner P1 already appears as item 1; give each partner once']);
  });

  it('a partner may send its transactions', () => {
    const transactions = Array.from({ length: 30 }, (_, index) => ({ date: '2026-06-01', customerId: `c${index % 8}`, amountUsd: 150, offerId: `o${index}` }));
    const result = resultOf(evaluateBatchJson([{ partnerId: 'P1', azureIpCoSellEligible: true, transactions }], context));
    expect(result.rows[0]).toMatchObject({ status: 'qualified', qualifiedBy: ['marketplace.transactions'] });
  });

  it('a body that is not an array, or is longer than maxRows, is a problem before anything is evaluated', () => {
    expect(evaluateBatchJson({ partnerId: 'P1' }, context)).toMatchObject({ ok: false, problem: { code: 'not_an_array' } });
    expect(evaluateBatchJson([{ partnerId: 'P1' }, { partnerId: 'P2' }], { ...context, maxRows: 1 })).toMatchObject({
      ok: false,
      problem: { code: 'too_many_rows', message: 'The body has 2 partners; one batch accepts at most 1, so split it.' },
    });
  });
});

describe('progress', () => {
  it('is reported after each partner with the total', () => {
    const seen: Array<[number, number]> = [];
    evaluateBatchCsv('partnerId\nP1\nP2\nP3\n', { ...context, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('evaluating in slices that yield (the server)', () => {
  const transactions = [
    'partnerId,date,customerId,amountUsd,netNew',
    ...Array.from({ length: 600 }, (_, i) => `P${i % 40},2026-0${1 + (i % 9)}-1${i % 10},c${i},150000,true`),
  ].join('\n');

  it('gives the same result as one pass, and lets the event loop run between partners', async () => {
    const csv = readBatchCsv(transactions);
    if (!csv.ok) throw new Error(csv.problem.message);
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = await evaluateBatchItemsYielding(csv.items, context, 0);
    ticking = false;
    expect(sliced).toEqual(evaluateBatchItems(csv.items, context));
    // A slice of 0 ms pauses after every partner: 40 partners, at least 39 chances for other work to run.
    expect(ticks).toBeGreaterThanOrEqual(39);
    expect(resultOf(await evaluateBatchCsvYielding(transactions, { ...context, asOf: undefined }))).toEqual(resultOf(evaluateBatchCsv(transactions, context)));
  });
});
