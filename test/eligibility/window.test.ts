import { describe, expect, it } from 'vitest';
import { isWithinWindow, trailingWindow } from '../../src/eligibility/window';

describe('the trailing twelve-month window', () => {
  it.each([
    ['2026-11-26', '2025-11-27'],
    ['2024-02-29', '2023-03-01'],
    ['2025-02-28', '2024-02-29'],
    ['2024-03-31', '2023-04-01'],
    ['2023-07-01', '2022-07-02'],
    ['2026-12-31', '2026-01-01'],
    ['2026-01-01', '2025-01-02'],
  ])('as of %s starts on %s and ends on the as-of date', (asOf, start) => {
    expect(trailingWindow(asOf, 12)).toEqual({ start, end: asOf });
  });

  const window = trailingWindow('2026-11-26', 12);
  it.each([
    ['2025-11-26', false, 'the day before the first day'],
    ['2025-11-27', true, 'the first day'],
    ['2026-11-26', true, 'the last day'],
    ['2026-11-27', false, 'the day after the last day'],
    ['2026-11-26T23:59:59Z', true, 'a time on the last day'],
  ])('%s is inside: %s (%s)', (date, inside) => {
    expect(isWithinWindow(date, window)).toBe(inside);
  });
});
