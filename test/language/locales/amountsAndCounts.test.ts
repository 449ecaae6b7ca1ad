import { describe, expect, it } from 'vitest';
import type { SupportedLocale } from '../../../src/i18n/locales';
import { runInLocale } from '../../../src/i18n/turnLocale';
import { parseAmountUsd, parseCount } from '../../../src/language';
import { readBack, refused, value } from '../parsedAnswerTable';

type Row = readonly [string, ReturnType<typeof value<number>> | ReturnType<typeof refused>];

// Amounts in US dollars as each language writes them: its decimal mark and grouping, its magnitude words and its
// ways of writing US dollars; any other currency refused as `non-usd`; bare small figures read back like English.
const amounts: Record<Exclude<SupportedLocale, 'en'>, Row[]> = {
  es: [
    ['tres millones seiscientos mil dólares', value(3_600_000)],
    ['3,6 millones de dólares', value(3_600_000)],
    ['3,6 millones de dólares estadounidenses', value(3_600_000)],
    ['3.600.000 USD', value(3_600_000)],
    ['USD 3.600.000', value(3_600_000)],
    ['US$ 3,6 millones', value(3_600_000)],
    ['3,6 M USD', value(3_600_000)],
    ['500 mil dólares', value(500_000)],
    ['2 mil millones de dólares', value(2_000_000_000)],
    ['unos 4 millones de dólares', value(4_000_000)],
    ['$3.6M', value(3_600_000)],
    ['USD 4,200,000', value(4_200_000)],
    ['tres millones de dólares', value(3_000_000)],
    ['3,6', readBack(3.6)],
    ['$4,000', readBack(4)],
    ['3,6 millones de euros', refused('non-usd')],
    ['4 millones de pesos', refused('non-usd')],
    ['€3,6 M', refused('non-usd')],
    ['3,6 millones de dólares canadienses', refused('non-usd')],
    ['ninguno', value(0)],
    ['no sé', { kind: 'unknown' } as never],
    ['tres millones y medio', refused('unparseable')],
  ],
  'pt-BR': [
    ['US$ 3,6 milhões', value(3_600_000)],
    ['3,6 milhões de dólares', value(3_600_000)],
    ['3.600.000 dólares', value(3_600_000)],
    ['USD 3,6 mi', value(3_600_000)],
    ['500 mil dólares', value(500_000)],
    ['1,2 bi de dólares', value(1_200_000_000)],
    ['cerca de 4 milhões de dólares', value(4_000_000)],
    ['R$ 3,6 milhões', refused('non-usd')],
    ['3,6 milhões de reais', refused('non-usd')],
    ['4 milhões de euros', refused('non-usd')],
    ['nenhum', value(0)],
    ['não sei', { kind: 'unknown' } as never],
  ],
  fr: [
    ["3'600'000 $", value(3_600_000)],
    ['3 600 000 $', value(3_600_000)],
    ['3\u202f600\u202f000 $', value(3_600_000)],
    ['3\u00a0600\u00a0000 USD', value(3_600_000)],
    ['3,6 M$', value(3_600_000)],
    ['2,5 millions de dollars', value(2_500_000)],
    ['2,5 millions de dollars américains', value(2_500_000)],
    ['environ 4 millions de dollars', value(4_000_000)],
    ['3,6 millions $ US', value(3_600_000)],
    ['2,5 millions d\'euros', refused('non-usd')],
    ['3 600 000 €', refused('non-usd')],
    ['4 millions de francs suisses', refused('non-usd')],
    ['3 600 000 CHF', refused('non-usd')],
    ['aucun', value(0)],
    ['je ne sais pas', { kind: 'unknown' } as never],
  ],
  de: [
    ["3'600'000 USD", value(3_600_000)],
    ['3’600’000 USD', value(3_600_000)],
    ["3'600'000.50 USD", value(3_600_000.5)],
    ["CHF 3'600'000", refused('non-usd')],
    ['3,6 Mio. USD', value(3_600_000)],
    ['3,6 Mio USD', value(3_600_000)],
    ['3.600.000 USD', value(3_600_000)],
    ['3.600.000 US-Dollar', value(3_600_000)],
    ['1,2 Mrd. USD', value(1_200_000_000)],
    ['3,6 Millionen Dollar', value(3_600_000)],
    ['etwa 4 Mio. USD', value(4_000_000)],
    ['ca. 4 Mio. USD', value(4_000_000)],
    ['drei Millionen Dollar', value(3_000_000)],
    ['3,6 Mio. EUR', refused('non-usd')],
    ['3,6 Mio. Euro', refused('non-usd')],
    ['3.600.000 €', refused('non-usd')],
    ['4 Mio. CHF', refused('non-usd')],
    ['keine', value(0)],
    ['weiß nicht', { kind: 'unknown' } as never],
  ],
  ja: [
    ['360万ドル', value(3_600_000)],
    ['360万米ドル', value(3_600_000)],
    ['USD 360万', value(3_600_000)],
    ['３６０万ドル', value(3_600_000)],
    ['三百六十万ドル', value(3_600_000)],
    ['3.6百万ドル', value(3_600_000)],
    ['約360万ドル', value(3_600_000)],
    ['$3,600,000', value(3_600_000)],
    ['12億ドル', value(1_200_000_000)],
    ['360万円', refused('non-usd')],
    ['¥360万', refused('non-usd')],
    ['360万ユーロ', refused('non-usd')],
    ['なし', value(0)],
    ['わかりません', { kind: 'unknown' } as never],
  ],
  'zh-Hans': [
    ['360万美元', value(3_600_000)],
    ['三百六十万美元', value(3_600_000)],
    ['360万美金', value(3_600_000)],
    ['USD 360万', value(3_600_000)],
    ['3.6亿美元', value(360_000_000)],
    ['大约360万美元', value(3_600_000)],
    ['360万元', refused('non-usd')],
    ['360万人民币', refused('non-usd')],
    ['RMB 360万', refused('non-usd')],
    ['360万欧元', refused('non-usd')],
    ['没有', value(0)],
    ['不知道', { kind: 'unknown' } as never],
  ],
};

const counts: Record<Exclude<SupportedLocale, 'en'>, Row[]> = {
  es: [['diez', value(10)], ['12', value(10 + 2)], ['veintiocho', value(28)], ['treinta y cinco clientes', value(35)], ['1.200', value(1200)], ['4,000', refused('locale-format')], ['2,5', refused('fractional')], ['ninguno', value(0)], ['ninguna todavía', value(0)], ['uno', value(1)], ['3,6 Mio. USD', refused('amount-for-count')], ['3,6 millones', refused('amount-for-count')], ['una docena', value(12)], ['dos docenas', value(24)], ['doscientos', value(200)]],
  'pt-BR': [['dez', value(10)], ['vinte e oito', value(28)], ['12 clientes', value(12)], ['nenhum', value(0)], ['um', value(1)], ['US$ 3,6 milhões', refused('amount-for-count')], ['uma dúzia', value(12)], ['seiscentos', value(600)]],
  fr: [['dix', value(10)], ['vingt-huit', value(28)], ['douze clients', value(12)], ['1 200', value(1200)], ['aucun', value(0)], ['environ 3 600 000 $', refused('amount-for-count')], ['une dizaine', value(10)], ['une douzaine de clients', value(12)]],
  de: [['zehn', value(10)], ['zwölf', value(12)], ['achtundzwanzig', value(28)], ['12 Kunden', value(12)], ['1.200', value(1200)], ['keine', value(0)], ['3,6 Millionen Dollar', refused('amount-for-count')], ['3 600 000 €', refused('amount-for-count')], ['ein Dutzend', value(12)], ['zwei Dutzend', value(24)]],
  ja: [['十', value(10)], ['10件', value(10)], ['７社', value(7)], ['二十八件', value(28)], ['なし', value(0)], ['360万ドル', refused('amount-for-count')], ['3.6M', refused('amount-for-count')], ['10万件', value(100_000)]],
  'zh-Hans': [['十', value(10)], ['十个', value(10)], ['28笔', value(28)], ['二十八', value(28)], ['没有', value(0)], ['360万美元', refused('amount-for-count')]],
};

describe.each(Object.entries(amounts))('amounts in %s', (locale, rows) => {
  it.each(rows)('%s', (input, expected) => {
    expect(runInLocale(locale as SupportedLocale, () => parseAmountUsd(input))).toEqual(expected);
  });
});

describe.each(Object.entries(counts))('counts in %s', (locale, rows) => {
  it.each(rows)('%s', (input, expected) => {
    expect(runInLocale(locale as SupportedLocale, () => parseCount(input))).toEqual(expected);
  });
});

describe('English outside a turn is unchanged', () => {
  it.each([
    ['4.000.000', refused('locale-format')],
    ['3,6', refused('locale-format')],
    ['3 600 000 $', refused('locale-format')],
    // Today's English reading: the figure, read back for confirmation.
    ['360万ドル', readBack(360)],
  ] as const)('%s', (input, expected) => {
    expect(parseAmountUsd(input)).toEqual(expected);
  });
});
