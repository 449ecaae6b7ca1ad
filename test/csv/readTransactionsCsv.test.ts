import { describe, expect, it } from 'vitest';
import { readTransactionsCsv } from '../../src/csv/readTransactionsCsv';

describe('reading a transactions CSV', () => {
  it('reads the canonical header into transactions with defaults for the optional flags', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd,netNew\n2026-01-05,c1,12000,true\n2026-01-06,c2,150,\n');
    expect(csv.badRows).toEqual([]);
    expect(csv.transactions).toEqual([
      { date: '2026-01-05', customerId: 'c1', amountUsd: 12000, netNew: true, privateOffer: false },
      { date: '2026-01-06', customerId: 'c2', amountUsd: 150, netNew: false, privateOffer: false },
    ]);
  });

  it('accepts common header spellings, a byte order mark, CRLF line ends and dollar amounts', () => {
    const text = '\uFEFFTransaction Date,Customer ID,Amount (USD),is_net_new,Offer ID,Private Offer\r\n2026-01-05T10:00:00Z,c1,"$12,000.50",Yes,offer-1,n\r\n';
    const csv = readTransactionsCsv(Buffer.from(text, 'utf8'));
    expect(csv.badRows).toEqual([]);
    expect(csv.transactions).toEqual([
      { date: '2026-01-05', customerId: 'c1', amountUsd: 12000.5, netNew: true, offerId: 'offer-1', privateOffer: false },
    ]);
  });

  it('accepts snake_case and lower-case headers', () => {
    const csv = readTransactionsCsv('Date,customer_id,amount_usd,Net New\n2026-01-05,c1,100,0\n');
    expect(csv.transactions).toHaveLength(1);
    expect(csv.badRows).toEqual([]);
  });

  it('reads semicolon-separated files as Excel saves them in many European locales', () => {
    const csv = readTransactionsCsv('date;customerId;amountUsd;netNew\n2026-01-05;c1;100;yes\n');
    expect(csv.transactions).toEqual([{ date: '2026-01-05', customerId: 'c1', amountUsd: 100, netNew: true, privateOffer: false }]);
  });

  it('reports every bad cell with its line (header = line 1) and column, and never skips a row', () => {
    const text = [
      'Date,Customer ID,Amount (USD),Net New',
      '2026-01-05,c1,100,yes',
      '2026-13-01,c2,100,no',
      '',
      '2026-01-07,,-5,perhaps',
      '2026-01-08,c4,1000,no',
    ].join('\n');
    const csv = readTransactionsCsv(text);
    expect(csv.transactions.map((t) => t.customerId)).toEqual(['c1', 'c4']);
    expect(csv.badRows).toEqual([
      { row: 3, column: 'Date', message: 'Date "2026-13-01" is not a real calendar date' },
      { row: 5, column: 'Customer ID', message: 'Customer ID must name the customer' },
      { row: 5, column: 'Amount (USD)', message: 'Amount (USD) cannot be negative' },
      { row: 5, column: 'Net New', message: 'Net New "perhaps" is not yes or no (write true/false, yes/no, y/n or 1/0)' },
    ]);
  });

  it('reports the schema rule a row breaks once its cells read, under the file\'s own header', () => {
    const csv = readTransactionsCsv('Date,Customer ID,Amount (USD)\n2026-01-05,   ,100\n');
    expect(csv.badRows).toEqual([{ row: 2, column: 'Customer ID', message: 'Customer ID must name the customer' }]);
  });

  it('a currency other than USD makes the row bad', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd,currency\n2026-01-05,c1,100,usd\n2026-01-06,c2,100,EUR\n2026-01-07,c3,100,\n');
    expect(csv.transactions.map((t) => t.customerId)).toEqual(['c1']);
    expect(csv.badRows.map((bad) => [bad.row, bad.column])).toEqual([[3, 'currency'], [4, 'currency']]);
    expect(csv.badRows[0]!.message).toContain('"EUR"; only USD amounts are accepted');
  });

  it('a quoted value with a line break keeps the line where its row starts', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd\n2026-01-05,"two\nlines",100\n2026-01-06,c2,abc\n');
    expect(csv.transactions[0]!.customerId).toBe('two\nlines');
    expect(csv.badRows).toEqual([{ row: 4, column: 'amountUsd', message: expect.stringContaining('"abc" is not an amount') }]);
  });

  it('a row with more values than the header has columns is bad, but trailing empty cells are not', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd\n2026-01-05,c1,100,,\n2026-01-06,c2,100,oops\n');
    expect(csv.transactions).toHaveLength(1);
    expect(csv.badRows).toEqual([{ row: 3, column: null, message: 'Line 3 has 4 values but the header names 3 columns' }]);
  });

  it('lines of empty cells, as spreadsheets leave at the end, are not rows', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd\n2026-01-05,c1,100\n,,\n,,\n');
    expect(csv).toMatchObject({ transactions: [{ customerId: 'c1' }], badRows: [] });
  });

  it('columns it does not read are listed, and do not stop the file being read', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd,SKU,Notes\n2026-01-05,c1,100,x,y\n');
    expect(csv.ignoredColumns).toEqual(['SKU', 'Notes']);
    expect(csv.transactions).toHaveLength(1);
  });

  it('a header without the required columns is reported on line 1 and no row is read', () => {
    const csv = readTransactionsCsv('when,who,amount (EUR)\n2026-01-05,c1,100\n');
    expect(csv.transactions).toEqual([]);
    expect(csv.badRows.map((bad) => bad.message)).toEqual([
      'The header has no date (or Date, Transaction Date) column',
      'The header has no customerId (or Customer ID, customer_id) column',
      'The header has no amountUsd (or Amount (USD), amount_usd) column',
    ]);
    expect(csv.badRows.every((bad) => bad.row === 1)).toBe(true);
  });

  it('two headers naming the same column are reported rather than one chosen', () => {
    const csv = readTransactionsCsv('Date,Transaction Date,customerId,amountUsd\n2026-01-05,2026-01-06,c1,100\n');
    expect(csv.badRows).toEqual([{ row: 1, column: 'Transaction Date', message: expect.stringContaining('both name the date column') }]);
  });

  it('an empty file says a header is needed', () => {
    expect(readTransactionsCsv('').badRows).toEqual([{ row: 1, column: null, message: expect.stringContaining('The file is empty') }]);
  });

  it('a broken quote stops reading at its line and says why', () => {
    const csv = readTransactionsCsv('date,customerId,amountUsd\n2026-01-05,c1,100\n2026-01-06,"c2"x,100\n2026-01-07,c3,100\n');
    expect(csv.badRows).toEqual([{ row: 3, column: null, message: expect.stringContaining('The file cannot be read from line 3 on') }]);
  });

  it('bytes that are not UTF-8 are reported at their line instead of being decoded as something else', () => {
    const bytes = Buffer.concat([Buffer.from('date,customerId,amountUsd\n2026-01-05,c'), Buffer.from([0xe9]), Buffer.from(',100\n')]);
    expect(readTransactionsCsv(bytes).badRows).toEqual([{ row: 2, column: null, message: expect.stringContaining('not UTF-8') }]);
  });
});
