import { describe, expect, it } from 'vitest';
import { formatCount, formatUsd } from '../../src/eligibility/format';
import { isIsoDate, utcCalendarDay } from '../../src/eligibility/isoDate';
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

describe('ISO dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['', false],
  ])('%s is a real date: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T23:00:00-05:00', '2026-01-06'],
    ['2026-01-05T23:00:00Z', '2026-01-05'],
    ['2026-01-05T10:00Z', '2026-01-05'],
    ['2026-01-05Tgarbage', undefined],
    ['2026-02-30T10:00:00Z', undefined],
  ])('%s falls on UTC day %s', (text, expected) => {
    expect(utcCalendarDay(text)).toBe(expected);
  });
});

describe('money and counts as people read them', () => {
  it.each([
    [0, 'USD 0'],
    [999, 'USD 999'],
    [1000, 'USD 1,000'],
    [4_000_000, 'USD 4,000,000'],
    [1_234_567.5, 'USD 1,234,567.50'],
    [0.1, 'USD 0.10'],
    [99.99, 'USD 99.99'],
    [1e12, 'USD 1,000,000,000,000'],
  ])('%s dollars read %s', (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
    expect(formatUsd(amount)).toBe(`USD ${amount.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 })}`);
  });

  it.each([
    [0, '0'],
    [12, '12'],
    [12_000, '12,000'],
    [123_456_789, '123,456,789'],
  ])('a count of %s reads %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});
