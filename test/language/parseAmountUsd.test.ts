import { describe, expect, it } from 'vitest';
import { parseAmountUsd } from '../../src/language';
import { value, readBack, refused, unknown, labelled, finiteNumbersIn } from './parsedAnswerTable';


const rows = labelled([
  // Currency signs, codes and magnitudes in the shapes partners type.
  { input: '$3.6M', expected: value(3_600_000) },
  { input: '3.6 million', expected: value(3_600_000) },
  { input: 'USD 4,200,000', expected: value(4_200_000) },
  { input: '10k', expected: value(10_000) },
  { input: '10K', expected: value(10_000) },
  { input: '$4M', expected: value(4_000_000) },
  { input: 'USD34.6 million', expected: value(34_600_000) },
  { input: '1MM', expected: value(1_000_000) },
  { input: '2mm', expected: value(2_000_000) },
  { input: '3.5m', expected: value(3_500_000) },
  { input: 'USD 4.2m', expected: value(4_200_000) },
  { input: '4.2 mln', expected: value(4_200_000) },
  { input: '4.2mn', expected: value(4_200_000) },
  { input: '1.2bn', expected: value(1_200_000_000) },
  { input: '2 b', expected: value(2_000_000_000) },
  { input: '1 billion', expected: value(1_000_000_000) },
  { input: '250 thousand', expected: value(250_000) },
  { input: '$ 1,250,000.50', expected: value(1_250_000.5) },
  { input: 'US$ 4M', expected: value(4_000_000) },
  { input: '4M USD', expected: value(4_000_000) },
  { input: '4 million dollars', expected: value(4_000_000) },
  { input: '4.1 million US dollars', expected: value(4_100_000) },
  { input: '.5M', expected: value(500_000) },
  { input: '4M (4,000,000)', expected: value(4_000_000) },
  // Words, through the maintained recognizer, with the fractions it misreads fixed.
  { input: 'four million', expected: value(4_000_000) },
  { input: 'three and a half million', expected: value(3_500_000) },
  { input: 'two and a half million dollars', expected: value(2_500_000) },
  { input: 'half a million', expected: value(500_000) },
  { input: 'a million and a half', expected: value(1_500_000) },
  { input: 'three point five million', expected: value(3_500_000) },
  { input: 'thirty-four point six million', expected: value(34_600_000) },
  { input: 'ten', expected: readBack(10) },
  // Zero and not knowing.
  { input: 'none', expected: value(0) },
  { input: 'zero', expected: value(0) },
  { input: 'no', expected: value(0) },
  { input: '$0', expected: value(0) },
  { input: 'not sure', expected: unknown },
  { input: 'skip', expected: unknown },
  { input: "don't know", expected: unknown },
  { input: 'idk', expected: unknown },
  { input: 'no idea', expected: unknown },
  { input: 'unsure', expected: unknown },
  { input: 'n/a', expected: unknown },
  // Hedges, whitespace and punctuation keep the value without a read-back.
  { input: 'about $4M', expected: value(4_000_000) },
  { input: 'around 3.2m', expected: value(3_200_000) },
  { input: 'roughly 4 million.', expected: value(4_000_000) },
  { input: '  approximately USD 4.2m!  ', expected: value(4_200_000) },
  { input: '$4M over the last 12 months', expected: value(4_000_000) },
  // Bare numbers could be dollars or millions: the bot reads them back.
  { input: '4', expected: readBack(4) },
  { input: '4.2', expected: readBack(4.2) },
  { input: '4200000', expected: value(4_200_000) },
  { input: '350', expected: readBack(350) },
  { input: '999', expected: readBack(999) },
  { input: '1000', expected: value(1000) },
  { input: '4200.5', expected: readBack(4200.5) },
  { input: '4,200,000', expected: value(4_200_000) },
  { input: '$4.000', expected: readBack(4) },
  { input: 'maybe 4M', expected: readBack(4_000_000) },
  // Refusals.
  { input: '4.000.000', expected: refused('locale-format') },
  { input: '4,5 million', expected: refused('locale-format') },
  { input: '4 000 000', expected: refused('locale-format') },
  { input: "4'000'000", expected: refused('locale-format') },
  { input: '-5', expected: refused('negative') },
  { input: 'minus 3 million', expected: refused('negative') },
  { input: '-$5M', expected: refused('negative') },
  { input: '$-5', expected: refused('negative') },
  { input: '−5', expected: refused('negative') },
  { input: 'EUR 4M', expected: refused('non-usd') },
  { input: '€4M', expected: refused('non-usd') },
  { input: '£2m', expected: refused('non-usd') },
  { input: '4 million euros', expected: refused('non-usd') },
  { input: 'CAD 3M', expected: refused('non-usd') },
  { input: 'C$ 3M', expected: refused('non-usd') },
  { input: '4 million pesos', expected: refused('non-usd') },
  { input: '2 trillion', expected: refused('too-large') },
  { input: '$1,000,000,000,001', expected: refused('too-large') },
  { input: '1e309', expected: refused('unparseable') },
  { input: 'NaN', expected: refused('unparseable') },
  { input: 'Infinity', expected: refused('unparseable') },
  { input: '0x10', expected: refused('unparseable') },
  { input: '3 or 4 million', expected: refused('multiple-numbers') },
  { input: 'between 3 and 4 million', expected: refused('multiple-numbers') },
  { input: 'banana', expected: refused('unparseable') },
  { input: '🤷‍♀️💸', expected: refused('unparseable') },
  { input: '', expected: refused('empty') },
  { input: '   ', expected: refused('empty') },
]);

describe('parseAmountUsd', () => {
  it.each(rows)('reads "$input" as $label', ({ input, expected }) => {
    const parsed = parseAmountUsd(input);
    expect(parsed).toEqual(expected);
    expect(finiteNumbersIn(parsed)).toBe(true);
  });

  it('accepts exactly USD 1 trillion, the largest amount it allows', () => {
    expect(parseAmountUsd('$1,000,000,000,000')).toEqual(value(1_000_000_000_000));
  });

  it('refuses an answer longer than 2,000 characters as unparseable without reading it', () => {
    expect(parseAmountUsd(`$4M ${'x'.repeat(2_000)}`)).toEqual(refused('unparseable'));
  });

  it('refuses a figure hundreds of digits long rather than returning Infinity', () => {
    expect(parseAmountUsd('9'.repeat(400))).toEqual(refused('unparseable'));
  });
});
