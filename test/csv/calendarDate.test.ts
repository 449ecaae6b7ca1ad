import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/csv/calendarDate';
import { isIsoDate } from '../../src/eligibility/isoDate';

describe('telling a real calendar date', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0100-01-01', true],
    ['0099-12-31', false],
    ['2026-1-05', false],
    ['2026/01/05', false],
    ['2026-01-05T10:00:00Z', false],
  ])('%s is %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('answers as the schema\'s isIsoDate does for any date-shaped or random text', () => {
    const part = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789-x'), minLength: length, maxLength: length });
    const shaped = fc.tuple(part(4), fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 35 })).map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    const years = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 })).map(([year, month, day]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day}`);
    fc.assert(
      fc.property(fc.oneof(shaped, years, fc.string({ maxLength: 11 })), (text) => {
        expect(isCalendarDate(text)).toBe(isIsoDate(text));
      }),
      { seed: 20260526, numRuns: 20_000 },
    );
  });
});
