import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/http/createServer';
import { registerEvaluateRoute } from '../../src/http/evaluateRoute';
import type { Evaluation } from '../../src/eligibility/evaluation';
import { policies } from '../fixtures/policies';

const NOW = new Date('2026-11-26T12:00:00Z');
const SMALL_CSV_CAP = 4096;

interface BadRowsAnswer {
  error: {
    code: string;
    message: string;
    badRows?: Array<{ row: number; column: string | null; message: string }>;
    moreBadRows?: number;
    issues?: Array<{ path: string; message: string }>;
  };
}

/** 30 transactions of USD 150 from 8 customers inside the window: the transactions route, exactly at its threshold. */
function thirtyTransactionsCsv(): string {
  const rows = Array.from({ length: 30 }, (_, index) => `2026-0${1 + (index % 9)}-15,customer-${index % 8},$150.00,no,offer-${index}`);
  return ['Date,Customer ID,Amount (USD),Net New,Offer ID', ...rows].join('\r\n');
}

describe('POST /api/evaluate with a CSV of transactions', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer();
    registerEvaluateRoute(server, { policies, now: () => NOW, maxCsvBytes: SMALL_CSV_CAP });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/evaluate`;
  });
  afterAll(() => server.close());

  const postCsv = (body: string, query = '') => fetch(`${url}${query}`, { method: 'POST', headers: { 'content-type': 'text/csv; charset=utf-8' }, body });

  it('good rows are evaluated, with the other fields from the query string', async () => {
    const response = await postCsv(thirtyTransactionsCsv(), '?asOf=2026-11-26&azureIpCoSellEligible=yes&consumptionCommitmentUsd=0');
    expect(response.status).toBe(200);
    const evaluation = (await response.json()) as Evaluation;
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toContain('marketplace.transactions');
    expect(evaluation.metrics).toMatchObject({ transactionsOver100: 30, uniqueCustomersOver100: 8, marketplaceBilledSalesUsd: 4500, consumptionCommitmentUsd: 0 });
    expect(evaluation.metricSources.transactionsOver100).toBe('derived');
  });

  it('query booleans are converted, so "false" means not co-sell eligible', async () => {
    const response = await postCsv(thirtyTransactionsCsv(), '?azureIpCoSellEligible=false');
    const evaluation = (await response.json()) as Evaluation;
    expect(evaluation.status).toBe('not-co-sell-eligible');
    expect(evaluation.asOf).toBe('2026-11-26');
  });

  it('a non-numeric query value is a 400 naming the parameter', async () => {
    const response = await postCsv(thirtyTransactionsCsv(), '?consumptionCommitmentUsd=lots');
    expect(response.status).toBe(400);
    const answer = (await response.json()) as BadRowsAnswer;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.issues?.[0]?.path).toBe('consumptionCommitmentUsd');
    expect(answer.error.message).toMatch(/^consumptionCommitmentUsd must be a number/);
  });

  it('net-new customers are counted by their total across offers: USD 5,000 + USD 5,000 does not count, USD 5,000 + USD 5,000.01 does', async () => {
    const csv = (second: string) => ['date,customerId,amountUsd,netNew,offerId', '2026-03-01,c1,5000,yes,o1', `2026-04-01,c1,${second},yes,o2`].join('\n');
    const at = (await (await postCsv(csv('5000'), '?asOf=2026-11-26')).json()) as Evaluation;
    const over = (await (await postCsv(csv('5000.01'), '?asOf=2026-11-26')).json()) as Evaluation;
    expect(at.metrics.netNewCustomersOver10k).toBe(0);
    expect(over.metrics.netNewCustomersOver10k).toBe(1);
  });

  it('designations ride in the query string as type:date, and a bad one is a 400 naming the parameter', async () => {
    const granted = await postCsv(thirtyTransactionsCsv(), '?asOf=2026-11-26&azureIpCoSellEligible=yes&designations=industry-ai:2026-05-20');
    expect(((await granted.json()) as Evaluation).qualifiedBy).toContain('designation.certifiedSoftware');
    const bad = await postCsv(thirtyTransactionsCsv(), '?designations=gold');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as BadRowsAnswer).error.message).toMatch(/^designations cannot be read: "gold" is not type:date/);
  });

  it('an unknown query parameter is a 400 naming it', async () => {
    const response = await postCsv(thirtyTransactionsCsv(), '?billedSales=4000000');
    expect(response.status).toBe(400);
    expect(((await response.json()) as BadRowsAnswer).error.issues?.[0]?.path).toBe('billedSales');
  });

  it('a marketplace total next to a CSV is a 400: the rows already answer it', async () => {
    const response = await postCsv(thirtyTransactionsCsv(), '?transactionsOver100=50');
    expect(response.status).toBe(400);
    const answer = (await response.json()) as BadRowsAnswer;
    expect(answer.error.issues?.[0]).toMatchObject({ path: 'transactionsOver100', message: expect.stringContaining('not both') });
  });

  it('bad rows are a 400 listing each with its line number and column', async () => {
    const csv = [
      'date,customerId,amountUsd,netNew,currency',
      '2026-01-05,c1,100,no,USD',
      '2026-01-06,c2,-100,no,USD',
      '2026-01-07,c3,100,no,EUR',
      '2026-02-30,c4,100,no,USD',
    ].join('\n');
    const response = await postCsv(csv, '?azureIpCoSellEligible=yes');
    expect(response.status).toBe(400);
    const answer = (await response.json()) as BadRowsAnswer;
    expect(answer.error.code).toBe('invalid_csv');
    expect(answer.error.badRows?.map((bad) => [bad.row, bad.column])).toEqual([
      [3, 'amountUsd'],
      [4, 'currency'],
      [5, 'date'],
    ]);
    expect(answer.error.moreBadRows).toBe(0);
    expect(answer.error.message).toBe('The CSV has 3 problems in 3 rows; the first is on line 3: amountUsd cannot be negative.');
  });

  it('more than 100 bad rows are capped at 100 and the rest counted', async () => {
    const rows = Array.from({ length: 130 }, (_, index) => `2026-01-05,c${index},x`);
    const response = await postCsv(['date,customerId,amountUsd', ...rows].join('\n'));
    const answer = (await response.json()) as BadRowsAnswer;
    expect(response.status).toBe(400);
    expect(answer.error.badRows).toHaveLength(100);
    expect(answer.error.badRows?.[99]?.row).toBe(101);
    expect(answer.error.moreBadRows).toBe(30);
  });

  it('a CSV over the configured cap is a 413', async () => {
    const row = '2026-01-05,customer,100\n';
    const response = await postCsv(`date,customerId,amountUsd\n${row.repeat(Math.ceil(SMALL_CSV_CAP / row.length) + 1)}`);
    expect(response.status).toBe(413);
    const answer = (await response.json()) as BadRowsAnswer;
    expect(answer.error.code).toBe('payload_too_large');
    expect(answer.error.message).toContain('4 KB');
  });

  it('application/csv is read as CSV too', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/csv' }, body: thirtyTransactionsCsv() });
    expect(response.status).toBe(200);
  });
});

describe('POST /api/evaluate with a large CSV', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer();
    registerEvaluateRoute(server, { policies, now: () => NOW });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/evaluate`;
  });
  afterAll(() => server.close());

  it('a 50,000-row CSV is evaluated correctly', async () => {
    // Every tenth row falls before the window (27 Nov 2025 - 26 Nov 2026). Inside it: odd rows are USD 150 from
    // 250 recurring customers, even rows USD 50; every thousandth row (i % 1000 === 3) is a USD 25,000 net-new deal
    // from a customer of its own. Each row has its own offer id, so each row is one transaction.
    const rows = ['Date,Customer ID,Amount (USD),Net New,Offer ID'];
    for (let i = 0; i < 50_000; i += 1) {
      const offer = `offer-${i}`;
      if (i % 10 === 0) rows.push(`2025-06-15,c${i % 500},1000,no,${offer}`);
      else if (i % 1000 === 3) rows.push(`2026-03-0${1 + (i % 9)},new-${i},"$25,000.00",yes,${offer}`);
      else if (i % 2 === 1) rows.push(`2026-0${1 + (i % 9)}-1${i % 10},c${i % 500},$150.00,no,${offer}`);
      else rows.push(`2026-0${1 + (i % 9)}-2${i % 10},c${i % 500},50,,${offer}`);
    }
    const response = await fetch(`${url}?asOf=2026-11-26&azureIpCoSellEligible=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: rows.join('\n'),
    });
    expect(response.status).toBe(200);
    const evaluation = (await response.json()) as Evaluation;
    expect(evaluation.metrics).toMatchObject({
      // 24,950 x 150 + 50 x 25,000 + 20,000 x 50
      marketplaceBilledSalesUsd: 5_992_500,
      netNewCustomersOver10k: 50,
      transactionsOver100: 25_000,
      // 250 odd-numbered recurring customers plus the 50 net-new ones
      uniqueCustomersOver100: 300,
      marketplaceTransactions: 45_000,
    });
    expect(evaluation.status).toBe('qualified');
    expect(evaluation.qualifiedBy).toEqual(['marketplace.billedSales', 'marketplace.netNewCustomers', 'marketplace.transactions']);
  });
});
