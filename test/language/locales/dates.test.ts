import { describe, expect, it } from 'vitest';
import type { SupportedLocale } from '../../../src/i18n/locales';
import { runInLocale } from '../../../src/i18n/turnLocale';
import { parseOneShot, readAsOfDate, readCalendarDate } from '../../../src/language';

const dates: Array<[SupportedLocale, string, string]> = [
  ['es', '30 de junio de 2024', '2024-06-30'],
  ['es', 'junio de 2024', '2024-06-30'],
  ['es', '30/06/2024', '2024-06-30'],
  ['es', '1 de sept. de 2024', '2024-09-01'],
  ['pt-BR', '30 de junho de 2024', '2024-06-30'],
  ['pt-BR', 'setembro de 2024', '2024-09-30'],
  ['fr', '30 juin 2024', '2024-06-30'],
  ['fr', '1er février 2025', '2025-02-01'],
  ['fr', 'février 2024', '2024-02-29'],
  ['de', '30. Juni 2024', '2024-06-30'],
  ['de', '30.06.2024', '2024-06-30'],
  ['de', 'März 2025', '2025-03-31'],
  ['ja', '2024年6月30日', '2024-06-30'],
  ['ja', '２０２４年６月', '2024-06-30'],
  ['zh-Hans', '2024年6月30日', '2024-06-30'],
  ['zh-Hans', '2024年6月30号', '2024-06-30'],
  ['es', '2024-06-30', '2024-06-30'],
];

describe('dates in each language', () => {
  it.each(dates)('%s: %s', (locale, text, expected) => {
    expect(runInLocale(locale, () => readCalendarDate(text))).toBe(expected);
  });

  it.each([
    ['es', '31 de junio de 2024'],
    ['de', '31.06.2024'],
    ['ja', '2024年2月30日'],
  ] as const)('refuses an impossible date: %s %s', (locale, text) => {
    expect(runInLocale(locale, () => readCalendarDate(text))).toBeUndefined();
  });

  it.each([
    ['es', '¿habríamos calificado al 30 de junio de 2024?', '2024-06-30'],
    ['de', 'Wären wir zum 30. Juni 2024 qualifiziert gewesen?', '2024-06-30'],
    ['fr', 'Étions-nous éligibles au 30 juin 2024 ?', '2024-06-30'],
    ['ja', '2024年6月30日時点で対象でしたか', '2024-06-30'],
    ['zh-Hans', '截至2024年6月30日我们符合条件吗', '2024-06-30'],
  ] as const)('the evaluation date a question asks about (%s)', (locale, text, expected) => {
    expect(runInLocale(locale, () => readAsOfDate(text))).toBe(expected);
  });

  it('a year after a month is a date, not a figure', () => {
    expect(runInLocale('es', () => parseOneShot('5 clientes nuevos desde junio de 2024').values)).toEqual({ netNewCustomersOver10k: 5 });
    expect(runInLocale('es', () => parseOneShot('5 clientes nuevos desde junio de 2024').rejected)).toEqual([]);
  });

  it('English is unchanged: day-first slashes and other languages\' months are not read', () => {
    expect(readCalendarDate('30/06/2024')).toBeUndefined();
    expect(readCalendarDate('30 de junio de 2024')).toBeUndefined();
  });
});
