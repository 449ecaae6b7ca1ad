import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/language';
import { value, readBack, refused, unknown, labelled, finiteNumbersIn } from './parsedAnswerTable';


const rows = labelled([
  { input: '12', expected: value(12) },
  { input: 'ten', expected: value(10) },
  { input: 'twelve', expected: value(12) },
  { input: 'a dozen', expected: value(12) },
  { input: 'twenty-eight', expected: value(28) },
  { input: '12 customers', expected: value(12) },
  { input: '12.', expected: value(12) },
  { input: '  about 12  ', expected: value(12) },
  { input: '1k', expected: value(1_000) },
  { input: '1.5k', expected: value(1_500) },
  { input: '4,000', expected: value(4_000) },
  { input: '0', expected: value(0) },
  { input: 'none', expected: value(0) },
  { input: 'zero', expected: value(0) },
  { input: 'no', expected: value(0) },
  { input: 'nil', expected: value(0) },
  { input: 'no one', expected: value(0) },
  // The program's thresholds qualify the count; they are never the count.
  { input: '12 customers over $10k', expected: value(12) },
  { input: 'twelve net new customers each over $10,000', expected: value(12) },
  { input: '12 over 10000', expected: value(12) },
  { input: '7 transactions of at least $100', expected: value(7) },
  { input: '7 transactions over 100', expected: value(7) },
  { input: 'at least 100', expected: value(100) },
  { input: 'I think 12', expected: readBack(12) },
  { input: 'not sure', expected: unknown },
  { input: 'skip', expected: unknown },
  { input: 'idk', expected: unknown },
  { input: '2.5', expected: refused('fractional') },
  { input: 'three quarters', expected: refused('fractional') },
  { input: '-1', expected: refused('negative') },
  { input: 'minus two', expected: refused('negative') },
  { input: '1.000', expected: refused('locale-format') },
  { input: '1.000.000', expected: refused('locale-format') },
  { input: '3 or 4', expected: refused('multiple-numbers') },
  { input: '$12', expected: refused('amount-for-count') },
  { input: '3.6M', expected: refused('amount-for-count') },
  { input: 'USD 3,600,000', expected: refused('amount-for-count') },
  { input: '1.2k', expected: { kind: 'value', value: 1200, ambiguous: false } },
  { input: '9007199254740993', expected: refused('too-large') },
  { input: 'banana', expected: refused('unparseable') },
  { input: '🙂', expected: refused('unparseable') },
  { input: '', expected: refused('empty') },
  { input: ' \n\t ', expected: refused('empty') },
]);

describe('parseCount', () => {
  it.each(rows)('reads "$input" as $label', ({ input, expected }) => {
    const parsed = parseCount(input);
    expect(parsed).toEqual(expected);
    expect(finiteNumbersIn(parsed)).toBe(true);
  });

  it('counts up to the largest exact integer, 9007199254740991', () => {
    expect(parseCount('9007199254740991')).toEqual(value(Number.MAX_SAFE_INTEGER));
  });
});
