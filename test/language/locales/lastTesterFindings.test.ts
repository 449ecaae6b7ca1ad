import { describe, expect, it } from 'vitest';
import { runInLocale, type SupportedLocale } from '../../../src/i18n';
import { parseAmountUsd, parseYesNo } from '../../../src/language';

// What the fresh-eyes testers typed that was read the wrong way round.
describe('Chinese yes that starts like a no', () => {
  it.each([
    ['没错', true],
    ['没错，是的', true],
    ['没有', false],
    ['不是', false],
    ['不', false],
  ])('"%s" is %s', (answer, yes) => {
    expect(runInLocale('zh-Hans', () => parseYesNo(answer))).toEqual({ kind: 'value', value: yes, ambiguous: false });
  });
});

describe('Canadian dollars written the Quebec way are not US dollars', () => {
  it.each<[SupportedLocale, string, number | 'non-usd']>([
    ['fr', '3,6 M$ CA', 'non-usd'],
    ['fr', '3,6 M CAD', 'non-usd'],
    ['fr', '3 600 000 $ canadiens', 'non-usd'],
    ['fr', '3,6 M$', 3_600_000],
    ['fr', '3 600 000 $ US', 3_600_000],
    ['fr', '3,6 millions de dollars', 3_600_000],
  ])('%s "%s" is %s', (locale, answer, expected) => {
    const reading = runInLocale(locale, () => parseAmountUsd(answer));
    expect(reading).toMatchObject(expected === 'non-usd' ? { kind: 'invalid', reason: 'non-usd' } : { kind: 'value', value: expected });
  });
});
