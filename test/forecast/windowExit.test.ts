import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDays } from '../../src/eligibility/isoDate';
import { trailingWindow } from '../../src/eligibility/window';
import { lastAsOfHolding, leavesWindowOn } from '../../src/eligibility/windowExit';

describe('the day a deal ages out of the trailing twelve months', () => {
  it.each([
    ['2026-03-15', '2027-03-15', 'an ordinary day leaves a year later'],
    ['2024-02-29', '2025-03-01', 'a leap day leaves on 1 Mar, there being no 29 Feb next year'],
    ['2024-03-01', '2025-03-01', 'the day after a leap day leaves on the same day as the leap day (window starts skip 1 Mar 2024)'],
    ['2024-03-02', '2025-03-02', 'the day after that leaves a year later again'],
    ['2023-02-28', '2024-02-28', 'the last day of a short February leaves on 28 Feb of the leap year'],
    ['2023-03-01', '2024-03-01', '1 Mar is still held on the following leap day (both 28 and 29 Feb windows start on 1 Mar)'],
    ['2027-03-01', '2028-03-01', 'a 1 Mar before a leap year is still held on 29 Feb 2028'],
    ['2025-01-31', '2026-01-31', 'a month end leaves a year later'],
    ['2025-02-01', '2026-02-01', 'the window for 31 Jan 2026 starts on 1 Feb 2025'],
  ])('%s leaves on %s: %s', (date, leaves) => {
    expect(leavesWindowOn(date, 12)).toBe(leaves);
    expect(trailingWindow(shiftDays(leaves, -1), 12).start <= date).toBe(true);
    expect(trailingWindow(leaves, 12).start > date).toBe(true);
  });

  it.each([
    ['2026-03-31', 1, '2026-04-30', 'a 31 Mar deal is held in a one-month window through 30 Apr'],
    ['2026-01-30', 1, '2026-02-28', 'as of 28 Feb a one-month window starts on 29 Jan and as of 1 Mar on 2 Feb'],
    ['2026-01-31', 1, '2026-02-28', 'so 31 Jan leaves on 1 Mar together with 30 Jan and 1 Feb'],
    ['2026-02-01', 1, '2026-02-28', 'and 1 Feb too'],
  ])('%s in a %s-month window is last held as of %s: %s', (date, months, last) => {
    expect(lastAsOfHolding(date, months)).toBe(last);
  });

  const day = fc.integer({ min: 0, max: 365 * 12 }).map((offset) => shiftDays('2020-01-01', offset));
  const months = fc.constantFrom(1, 2, 3, 6, 11, 12, 13, 24, 36);

  it('window starts never move backwards from one as-of day to the next', () => {
    fc.assert(
      fc.property(day, months, (asOf, n) => {
        expect(trailingWindow(asOf, n).start <= trailingWindow(shiftDays(asOf, 1), n).start).toBe(true);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('the last as-of date holding a day holds it, and the next as-of date does not', () => {
    fc.assert(
      fc.property(day, months, (date, n) => {
        const last = lastAsOfHolding(date, n);
        expect(last >= date).toBe(true);
        expect(trailingWindow(last, n).start <= date).toBe(true);
        expect(trailingWindow(shiftDays(last, 1), n).start > date).toBe(true);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
