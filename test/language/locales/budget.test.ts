import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupportedLocale } from '../../../src/i18n/locales';
import { runInLocale } from '../../../src/i18n/turnLocale';
import { limits, parseCount, parseOneShot } from '../../../src/language';
import { recognizerUsage } from '../../../src/language/recognizers';
import { adversarialText, MESSAGE_PARSERS } from '../../security/fuzz/adversarialMessages';

const callsPerMessage = limits.maxNumberRecognizerCallsPerMessage + limits.maxCurrencyRecognizerCallsPerMessage;
const locales: SupportedLocale[] = ['es', 'pt-BR', 'fr', 'de', 'ja', 'zh-Hans'];

function costOf(locale: SupportedLocale, parse: (text: string) => unknown, text: string): { calls: number; characters: number } {
  const before = { ...recognizerUsage };
  runInLocale(locale, () => parse(text));
  return { calls: recognizerUsage.calls - before.calls, characters: recognizerUsage.characters - before.characters };
}

// The worst shapes for each language's reading: runs of its number words (each distinct run may cost a call of
// the culture's recognizer), grouped digits, magnitudes and currencies, CJK numerals.
const LOCAL_UNITS = [
  'treinta y cinco mil', 'tres millones y medio', 'veintiocho', 'cien mil', 'dos', 'un', '3,6 millones de dólares', '3.600.000', 'de',
  'vinte e oito', 'três milhões', 'R$ 4', 'quatro', 'vingt-huit', 'soixante-dix', '3 600 000 $', '2,5 millions d\'euros',
  'zweiundzwanzig', 'drei Millionen', '3,6 Mio. USD', 'Mrd.', '三百六十万', '一亿二千万', '３６０万ドル', '十', '一', '万',
  '来自7个客户的28笔交易', '7社から28件の取引', '1 000', '4,000', 'Umsatz', 'clientes', '\u202f', '\u00a0',
];
const localText = fc
  .record({
    units: fc.array(fc.constantFrom(...LOCAL_UNITS), { minLength: 1, maxLength: 5 }),
    separator: fc.constantFrom(' ', ', ', ' y ', ' et ', ' und ', '、', ''),
    length: fc.integer({ min: 100, max: 5_000 }),
  })
  .map(({ units, separator, length }) => {
    const piece = units.join(separator) + separator;
    return piece.repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length);
  });
const distinctRuns = fc
  .array(fc.array(fc.constantFrom('uno', 'dos', 'tres', 'cinco', 'diez', 'veinte', 'treinta', 'cien', 'mil', 'millones', 'y'), { minLength: 2, maxLength: 6 }), { minLength: 20, maxLength: 300 })
  .map((runs) => runs.map((run) => run.join(' ')).join(', ').slice(0, 5_000));

describe.each(locales)('the cost of one message in %s', (locale) => {
  it.each(MESSAGE_PARSERS)('%s stays within the recognizer budget on adversarial messages', (_name, parse) => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, localText, distinctRuns), (text) => {
        const cost = costOf(locale, parse, text);
        expect(cost.calls).toBeLessThanOrEqual(callsPerMessage);
        expect(cost.characters).toBeLessThanOrEqual(cost.calls * limits.maxRecognizerWindow);
      }),
      { seed: 20261207, numRuns: 15 },
    );
  });
});

describe('number words past the budget', () => {
  it('reads the first 16 distinct Spanish runs and refuses the rest as unparseable', () => {
    const tens = ['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
    const runs = Array.from({ length: 17 }, (_, index) => `${tens[index % 7]} y ${['uno', 'dos', 'tres'][Math.floor(index / 7)]}`);
    const reading = runInLocale('es', () => parseOneShot(runs.map((run) => `${run} clientes nuevos`).join(', ')));
    expect(reading.values.netNewCustomersOver10k).toBe(31);
    expect(reading.rejected.map((rejection) => rejection.reason)).toContain('unparseable');
  });

  it('keeps single number words free in every language: no recognizer call', () => {
    for (const [locale, word, value] of [['es', 'diez', 10], ['pt-BR', 'dez', 10], ['fr', 'dix', 10], ['de', 'zehn', 10], ['ja', '十', 10], ['zh-Hans', '十', 10]] as const) {
      expect(costOf(locale, parseCount, word).calls).toBe(0);
      expect(runInLocale(locale, () => parseCount(word))).toEqual({ kind: 'value', value, ambiguous: false });
    }
  });
});
