import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectCommand,
  parseAmountUsd,
  parseCount,
  parseOneShot,
  parseTransactionsFromCustomers,
  parseWhatIf,
  parseYesNo,
} from '../../src/language';

function numbersIn(parsed: unknown): number[] {
  if (typeof parsed === 'number') return [parsed];
  if (parsed && typeof parsed === 'object') return Object.values(parsed).flatMap(numbersIn);
  return [];
}

describe('parser properties', () => {
  it('reads any non-negative integer written with plain digits as that count', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseCount(String(n))).toEqual({ kind: 'value', value: n, ambiguous: false });
      }),
    );
  });

  it('reads any dollar amount written the en-US way with a $ as that amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (cents) => {
        const amount = cents / 100;
        expect(parseAmountUsd(`$${amount.toLocaleString('en-US')}`)).toEqual({ kind: 'value', value: amount, ambiguous: false });
      }),
    );
  });

  it('never returns a number that is not finite, whatever is typed', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.stringMatching(/^[-$€ ]{0,2}[\d.,e]{1,400}\s?[kmb]?$/),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const results = [
          parseAmountUsd(text),
          parseCount(text),
          parseYesNo(text),
          parseTransactionsFromCustomers(text),
          parseOneShot(text).values,
          parseWhatIf(text),
          detectCommand(text),
        ];
        for (const value of numbersIn(results)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
