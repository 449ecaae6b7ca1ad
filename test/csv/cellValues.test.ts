import { describe, expect, it } from 'vitest';
import { readAmountCell, readBooleanCell, readCountCell, readDateCell } from '../../src/csv/cellValues';

describe('reading one CSV cell', () => {
  it.each([
    ['true', true], ['TRUE', true], ['Yes', true], ['y', true], ['1', true],
    ['false', false], ['No', false], ['n', false], ['0', false],
  ])('"%s" is the yes/no value %s', (text, value) => {
    expect(readBooleanCell(text, false)).toEqual({ ok: true, value });
  });

  it('an empty yes/no cell takes the value the column gives blanks', () => {
    expect(readBooleanCell('  ', false)).toEqual({ ok: true, value: false });
    expect(readBooleanCell('', true)).toEqual({ ok: true, value: true });
  });

  it('a word that is not yes or no is refused with what to write instead', () => {
    const read = readBooleanCell('maybe', false);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain('yes/no');
  });

  it.each([
    ['1234.56', 1234.56], ['$1,234.56', 1234.56], ['USD 12,500', 12500], ['12500 USD', 12500], ['$ 100', 100],
    ['1,000,000', 1_000_000], ['0', 0], ['-100', -100], ['(250.00)', -250],
  ])('the amount "%s" reads as %d', (text, value) => {
    expect(readAmountCell(text)).toEqual({ ok: true, value });
  });

  it.each(['1,23', '1.234,56', 'abc', '12k', '€100', '1e5', '$'])('the amount "%s" is refused rather than guessed', (text) => {
    expect(readAmountCell(text).ok).toBe(false);
  });

  it('an empty amount says every row needs one', () => {
    expect(readAmountCell('')).toEqual({ ok: false, reason: expect.stringContaining('is empty') });
  });

  it('counts accept thousands separators and keep fractions for the schema to name', () => {
    expect(readCountCell('1,200')).toEqual({ ok: true, value: 1200 });
    expect(readCountCell('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(readCountCell('ten').ok).toBe(false);
  });

  it('dates are YYYY-MM-DD or an ISO date-time, which keeps its time for the schema', () => {
    expect(readDateCell('2026-01-05')).toEqual({ ok: true, value: '2026-01-05' });
    expect(readDateCell('2026-01-05T14:30:00Z')).toEqual({ ok: true, value: '2026-01-05T14:30:00Z' });
    expect(readDateCell('2026-01-05 14:30')).toEqual({ ok: true, value: '2026-01-05T14:30' });
    expect(readDateCell('2026-01-05T14:30:00.123+02:00')).toEqual({ ok: true, value: '2026-01-05T14:30:00.123+02:00' });
  });

  it('a date that does not exist, or is written another way, is refused', () => {
    expect(readDateCell('2026-02-29')).toEqual({ ok: false, reason: expect.stringContaining('not a real calendar date') });
    expect(readDateCell('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDateCell('11/26/2026')).toEqual({ ok: false, reason: expect.stringContaining('YYYY-MM-DD') });
    expect(readDateCell('2026-01-05Tnoon').ok).toBe(false);
  });
});
