import { describe, expect, it } from 'vitest';
import { partnerColumnForHeader } from '../../src/batch/partnerColumns';
import { readBatchCsv, type BatchCsv } from '../../src/batch/readBatchCsv';

function items(csv: BatchCsv) {
  if (!csv.ok) throw new Error(`unexpected problem: ${csv.problem.message}`);
  return csv.items;
}

describe('batch header names', () => {
  it.each([
    ['partnerId', 'partnerId'],
    ['Partner ID', 'partnerId'],
    ['PARTNER_ID', 'partnerId'],
    ['marketplaceBilledSalesUsd', 'marketplaceBilledSalesUsd'],
    ['Marketplace Billed Sales (USD)', 'marketplaceBilledSalesUsd'],
    ['MARKETPLACEBILLEDSALESUSD', 'marketplaceBilledSalesUsd'],
    ['azure_ip_co_sell_eligible', 'azureIpCoSellEligible'],
    ['Net-New Customers Over 10k', 'netNewCustomersOver10k'],
    ['Consumption Commitment', 'consumptionCommitmentUsd'],
    ['as of', 'asOf'],
    ['notes', undefined],
    ['Amount (EUR)', undefined],
  ])('%j names %s', (header, column) => {
    expect(partnerColumnForHeader(header)).toBe(column);
  });
});

describe('reading one row per partner', () => {
  it('reads each field by its kind: amounts with separators, yes/no, counts; an empty cell stays unknown', () => {
    const csv = readBatchCsv('Partner ID,Co-sell eligible,Billed Sales,Net new customers,Commitment\nP1,yes,"$3,600,000",10,\n');
    expect(csv).toMatchObject({ ok: true, mode: 'partners', ignoredColumns: [] });
    expect(items(csv)).toEqual([
      { row: 2, partnerId: 'P1', fields: { azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 10 }, errors: [] },
    ]);
  });

  it('"unknown" and "n/a" leave a field unknown, never zero', () => {
    expect(items(readBatchCsv('partnerId,marketplaceBilledSalesUsd,transactionsOver100\nP1,unknown,N/A\n'))[0]!.fields).toEqual({});
  });

  it('reads semicolon-separated files as Excel writes them in many locales', () => {
    expect(items(readBatchCsv('partnerId;marketplaceBilledSalesUsd\r\nP1;4000000\r\n'))[0]!.fields).toEqual({ marketplaceBilledSalesUsd: 4_000_000 });
  });

  it('a bad cell makes an error row naming its line and header; the other rows still read', () => {
    const read = items(readBatchCsv('partnerId,Billed Sales,co-sell eligible\nP1,lots,maybe\nP2,100,yes\n'));
    expect(read[0]).toMatchObject({ row: 2, partnerId: 'P1' });
    expect(read[0]!.errors).toEqual([
      'line 2: Billed Sales "lots" is not an amount in US dollars (write 1234.56 or $1,234.56)',
      'line 2: co-sell eligible "maybe" is not yes or no (write true/false, yes/no, y/n or 1/0)',
    ]);
    expect(read[1]).toMatchObject({ row: 3, partnerId: 'P2', errors: [] });
  });

  it('an empty partner id and a repeated partner are error rows', () => {
    const read = items(readBatchCsv('partnerId,marketplaceBilledSalesUsd\n,100\nP1,1\nP1,2\n'));
    expect(read.map((item) => item.errors)).toEqual([
      ['line 2: partnerId is empty; every row needs a partner id'],
      [],
      ['line 4: partner P1 already appears on line 3; give each partner one row'],
    ]);
  });

  it('a row with more values than the header names is an error row, not a shifted partner', () => {
    expect(items(readBatchCsv('partnerId,marketplaceBilledSalesUsd\nP1,1,000,000\n'))[0]!.errors).toEqual(['line 2: has 4 values but the header names 2 columns']);
  });

  it('a quoted value spanning lines keeps later rows on their own line numbers', () => {
    const read = items(readBatchCsv('partnerId,notes\n"P1","two\nlines"\nP2,x\n'));
    expect(read.map((item) => [item.row, item.partnerId])).toEqual([
      [2, 'P1'],
      [4, 'P2'],
    ]);
  });

  it('a hand-typed formula with quotes is read as text, not as a broken file', () => {
    expect(items(readBatchCsv('partnerId,marketplaceBilledSalesUsd\n=HYPERLINK("x"),1\n'))[0]!.partnerId).toBe('=HYPERLINK("x")');
  });

  it('an unclosed quote keeps the rows before it and reports the rest as one error row', () => {
    const read = items(readBatchCsv('partnerId,marketplaceBilledSalesUsd\nP1,1\n"P2,2\nP3,3\n'));
    expect(read[0]).toMatchObject({ partnerId: 'P1', errors: [] });
    expect(read.at(-1)!.errors[0]).toMatch(/^line \d+: the file cannot be read from here on: a value opens a double quote and never closes it$/);
  });

  it('columns it does not read are listed', () => {
    expect(readBatchCsv('partnerId,notes,owner\nP1,x,y\n')).toMatchObject({ ok: true, ignoredColumns: ['notes', 'owner'] });
  });
});

describe('reading transaction rows with a partner id', () => {
  const csv = [
    'Partner ID,Date,Customer ID,Amount (USD),Net New,Co-sell eligible',
    'P1,2026-01-05,c1,"$12,000",yes,yes',
    'P2,2026-02-05,c9,150,no,',
    'P1,2026-03-05,c2,200,no,yes',
    'P2,2026-04-05,c9,-5,no,',
    ',2026-04-05,c9,5,no,',
    'P3,2026-04-05,c1,5,no,yes',
    'P3,2026-04-06,c1,5,no,no',
  ].join('\n');
  const read = readBatchCsv(csv);

  it('groups rows by partner, in order of each partner\'s first line', () => {
    expect(read).toMatchObject({ ok: true, mode: 'transactions' });
    expect(items(read).map((item) => [item.row, item.partnerId])).toEqual([
      [2, 'P1'],
      [3, 'P2'],
      [6, ''],
      [7, 'P3'],
    ]);
    expect(items(read)[0]).toMatchObject({
      fields: { azureIpCoSellEligible: true },
      errors: [],
      transactions: [
        { date: '2026-01-05', customerId: 'c1', amountUsd: 12_000, netNew: true, privateOffer: false },
        { date: '2026-03-05', customerId: 'c2', amountUsd: 200, netNew: false, privateOffer: false },
      ],
    });
  });

  it('a bad transaction row marks its partner with the line, so the partner is not evaluated on part of its rows', () => {
    expect(items(read)[1]!.errors).toEqual(['line 5: Amount (USD) cannot be negative']);
  });

  it('a row without a partner id is an error row of its own', () => {
    expect(items(read)[2]!.errors).toEqual(['line 6: Partner ID is empty; every row needs a partner id']);
  });

  it('partner-level values must agree across the partner\'s rows', () => {
    expect(items(read)[3]!.errors).toEqual(['line 8: Co-sell eligible is false here but true on line 7 for partner P3; give one value per partner']);
  });

  it('a marketplace total next to transaction rows makes the header unusable', () => {
    expect(readBatchCsv('partnerId,date,customerId,amountUsd,marketplaceBilledSalesUsd\nP1,2026-01-01,c,1,1\n')).toEqual({
      ok: false,
      problem: { code: 'bad_header', message: expect.stringContaining('marketplaceBilledSalesUsd cannot sit next to transaction rows') },
    });
  });

  it('a transactions header without an amount column is unusable', () => {
    const read = readBatchCsv('partnerId,date,customerId\nP1,2026-01-01,c\n');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.message).toContain('no amountUsd (or Amount (USD), amount_usd) column');
  });
});

describe('files that cannot be read at all', () => {
  it.each([
    ['', 'empty', 'The file is empty'],
    ['marketplaceBilledSalesUsd\n100\n', 'bad_header', 'The header has no partnerId column'],
    ['partnerId,Partner ID\nP1,P1\n', 'bad_header', 'Partner ID and partnerId both name the partnerId column'],
  ])('%j is a %s problem', (text, code, message) => {
    const read = readBatchCsv(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.code).toBe(code);
    expect(!read.ok && read.problem.message).toContain(message);
  });

  it('bytes that are not UTF-8 are refused rather than guessed', () => {
    const read = readBatchCsv(Uint8Array.from([0x70, 0x61, 0x72, 0x74, 0x6e, 0x65, 0x72, 0x49, 0x64, 0x0a, 0xe9, 0x0a]));
    expect(!read.ok && read.problem.code).toBe('not_utf8');
  });

  it('one partner more than maxRows stops reading', () => {
    const body = `partnerId\n${Array.from({ length: 4 }, (_, index) => `P${index}`).join('\n')}\n`;
    expect(readBatchCsv(body, { maxRows: 4 }).ok).toBe(true);
    expect(readBatchCsv(body, { maxRows: 3 })).toMatchObject({ ok: false, problem: { code: 'too_many_rows' } });
  });

  it('in transactions mode maxRows counts partners, not rows', () => {
    const body = 'partnerId,date,customerId,amountUsd\nP1,2026-01-01,c,1\nP1,2026-01-02,c,1\nP2,2026-01-03,c,1\n';
    expect(readBatchCsv(body, { maxRows: 2 }).ok).toBe(true);
    expect(readBatchCsv(body, { maxRows: 1 })).toMatchObject({ ok: false, problem: { code: 'too_many_rows' } });
  });
});
