import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmountUsd } from '../../src/language';
import { amountProblem } from '../../src/language/mentionChecks';
import { normalizeAnswer } from '../../src/language/normalizeAnswer';
import { scanNumberMentions } from '../../src/language/numberMentions';
import { isPlainUsdWindow, PLAIN_USD_WORDS } from '../../src/language/plainUsdWindow';
import { recognizeCurrencyUnits, usdUnits } from '../../src/language/recognizers';

const FIGURES = ['4', '3.45', '4,200,000'];

function foreignUnitsIn(window: string): string[] {
  return recognizeCurrencyUnits(window).filter((unit) => !usdUnits.has(unit));
}

function amountProblemOfFirstFigure(typed: string): string | null {
  const answer = normalizeAnswer(typed);
  const [first] = scanNumberMentions(answer);
  if (!first) throw new Error(`no figure in ${typed}`);
  return amountProblem(answer, first);
}

describe('the currency recognizer shortcut', () => {
  it('skips only windows in which the recognizer finds no currency but the US dollar', () => {
    const windows = [...PLAIN_USD_WORDS].flatMap((word) =>
      FIGURES.flatMap((figure) =>
        [word, word.toUpperCase()].flatMap((cased) => [
          `${figure} ${cased}`,
          `${figure}${cased}`,
          `${cased} ${figure}`,
          `${cased}${figure}`,
          `$${figure} ${cased}`,
          `${cased} $${figure}`,
        ]),
      ),
    );
    for (const window of windows) {
      expect(isPlainUsdWindow(window), window).toBe(true);
      expect(foreignUnitsIn(window), window).toEqual([]);
    }
  });

  it.each([
    '3.45 million',
    '$4.2M',
    'USD 4,200,000',
    '4200000',
    '4.2 mm',
    '3.5m usd',
    '10k dollars',
    'US$ 4M',
    '4 million U.S. dollars',
    '4m in usd',
    '250 bucks',
  ])('skips the recognizer for the everyday answer %j, which is still read as US dollars', (typed) => {
    expect(isPlainUsdWindow(normalizeAnswer(typed))).toBe(true);
    expect(amountProblemOfFirstFigure(typed)).toBeNull();
  });

  it.each(['4 euros', '€4m', '4m cad', 'rs 400', '4 lakh', '4 quid', 'four million', '4m.usd', '4 m$'])(
    'sends %j to the recognizer, because it holds a word or sign outside the list',
    (window) => {
      expect(isPlainUsdWindow(window)).toBe(false);
    },
  );

  it.each(['4 euros', '€4m', '4m cad', 'rs 400', '4 million pesos', '4 btc', '4 million baht', 'b$4'])(
    'still refuses %j as not US dollars',
    (typed) => {
      expect(parseAmountUsd(typed)).toEqual({ kind: 'invalid', reason: 'non-usd' });
    },
  );

  // Only the recognizer knows these currencies: a shortcut taken wrongly would let them through as dollars.
  it.each(['4 million pesos', '4 btc', '4 million baht', '4 million dinars', 'b$4', 'B$ 3.45'])(
    'still finds the currency in %j through the recognizer',
    (typed) => {
      expect(isPlainUsdWindow(normalizeAnswer(typed))).toBe(false);
      expect(amountProblemOfFirstFigure(typed)).toBe('non-usd');
    },
  );

  it('agrees with the recognizer on random mixes of the listed words, figures, separators and dollar signs', () => {
    const piece = fc.oneof(
      fc.mixedCase(fc.constantFrom(...PLAIN_USD_WORDS)),
      fc.constantFrom(...FIGURES),
      fc.nat({ max: 99_999 }).map(String),
      fc.constantFrom('$', '.', ','),
    );
    const window = fc
      .array(fc.tuple(piece, fc.constantFrom('', ' ', '  ')), { minLength: 1, maxLength: 5 })
      .map((pieces) => pieces.map(([text, gap]) => text + gap).join(''));
    let skipped = 0;
    fc.assert(
      fc.property(window, (text) => {
        if (!isPlainUsdWindow(text)) return;
        skipped += 1;
        expect(foreignUnitsIn(text)).toEqual([]);
      }),
      { numRuns: 300, seed: 20240611 },
    );
    // Most generated windows must take the shortcut, or the property proves little.
    expect(skipped).toBeGreaterThan(150);
  });
});
