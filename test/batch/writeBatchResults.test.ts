import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { errorRow, type BatchRow } from '../../src/batch/batchRow';
import { batchResultsCsv, batchResultsJson, csvField } from '../../src/batch/writeBatchResults';

const qualified: BatchRow = {
  row: 2,
  partnerId: 'P1',
  status: 'qualified',
  qualifiedBy: ['marketplace.billedSales', 'marketplace.transactions'],
  closest: 'marketplace.netNewCustomers',
  mainGap: null,
  windowStart: '2025-11-27',
  windowEnd: '2026-11-26',
  policyVersion: 2,
  policyEffective: '2024-07-01 to today',
  policySource: 'https://learn.microsoft.com/partner-center/referrals/azure-ip-co-sell-top-tier-benefits (revised 2024-07-01)',
  errors: [],
};

describe('a results CSV cell', () => {
  it.each([
    ['plain', '"plain"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tlead', `"'\tlead"`],
    // Excel in a ";" locale splits an unquoted cell at each ";": the middle part would be a formula.
    ['a;=1+1;b', '"a;=1+1;b"'],
    ['\rlead', `"'\rlead"`],
    ['a, b', '"a, b"'],
    ['two\nlines', '"two\nlines"'],
    ['say "hi"', '"say ""hi"""'],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([
    [2, '"2"'],
    [null, '""'],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});

describe('the results CSV', () => {
  const hostile = errorRow(3, '=cmd|" /C calc"!A0', ['line 3: Billed Sales "=1+1" is not an amount', 'line 3: second, with a comma']);
  const text = batchResultsCsv([qualified, hostile]);

  it('starts with a byte order mark and the header, and ends lines with CRLF', () => {
    expect(text.startsWith('\uFEFF"row","partnerId","status","qualifiedBy","closest","mainGap","windowStart","windowEnd","policyVersion","policyEffective","policySource","errors"\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads back as the same values, with a formula-looking partner id kept as text', () => {
    const records = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(records[0]).toEqual({
      row: '2',
      partnerId: 'P1',
      status: 'qualified',
      qualifiedBy: 'marketplace.billedSales; marketplace.transactions',
      closest: 'marketplace.netNewCustomers',
      mainGap: '',
      windowStart: '2025-11-27',
      windowEnd: '2026-11-26',
      policyVersion: '2',
      policyEffective: '2024-07-01 to today',
      policySource: 'https://learn.microsoft.com/partner-center/referrals/azure-ip-co-sell-top-tier-benefits (revised 2024-07-01)',
      errors: '',
    });
    expect(records[1]).toMatchObject({ row: '3', partnerId: `'=cmd|" /C calc"!A0`, status: 'error', errors: 'line 3: Billed Sales "=1+1" is not an amount | line 3: second, with a comma' });
  });
});

describe('the results JSON', () => {
  it('holds the summary and every row as they are', () => {
    const result = { mode: 'partners' as const, summary: { rows: 1, byStatus: { qualified: 1, 'not-qualified': 0, undetermined: 0, 'not-co-sell-eligible': 0, 'not-in-effect': 0, error: 0 }, disclaimer: 'Partner Center is authoritative.' }, rows: [qualified], ignoredColumns: [] };
    expect(JSON.parse(batchResultsJson(result))).toEqual(result);
  });
});
