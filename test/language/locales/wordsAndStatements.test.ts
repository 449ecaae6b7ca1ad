import { describe, expect, it } from 'vitest';
import type { SupportedLocale } from '../../../src/i18n/locales';
import { runInLocale } from '../../../src/i18n/turnLocale';
import { attributeFigures, metricsNamed, parseOneShot, parseTransactionsFromCustomers, parseWhatIf, parseYesNo, saysNone, soundsUnsure } from '../../../src/language';

type Locale = Exclude<SupportedLocale, 'en'>;
const inLocale = <T>(locale: string, work: () => T): T => runInLocale(locale as SupportedLocale, work);

// Whole answers in each language: [text, what parseYesNo reads (true/false/'unknown'/'refused')].
const yesNo: Record<Locale, Array<[string, boolean | 'unknown' | 'refused']>> = {
  es: [['sí', true], ['Sí, lo somos', true], ['claro', true], ['no', false], ['todavía no', false], ['no sé', 'unknown'], ['no estoy seguro', 'unknown'], ['quizás', 'refused']],
  'pt-BR': [['sim', true], ['Sim, temos', true], ['não', false], ['ainda não', false], ['não sei', 'unknown'], ['talvez', 'refused']],
  fr: [['oui', true], ['Oui, bien sûr', true], ['non', false], ['pas encore', false], ['je ne sais pas', 'unknown'], ['peut-être', 'refused']],
  de: [['ja', true], ['Ja, sind wir', true], ['nein', false], ['noch nicht', false], ['weiß nicht', 'unknown'], ['keine Ahnung', 'unknown'], ['vielleicht', 'refused']],
  ja: [['はい', true], ['はい、あります。', true], ['いいえ', false], ['ありません', false], ['わかりません', 'unknown'], ['スキップ', 'unknown']],
  'zh-Hans': [['是', true], ['是的', true], ['有', true], ['否', false], ['没有', false], ['不是', false], ['不知道', 'unknown'], ['跳过', 'unknown']],
};

// A hedged yes or no keeps its answer and is read back, as in English ("I think so").
const hedged: Record<Locale, Array<[string, boolean]>> = {
  es: [['creo que sí', true], ['creo que no', false]],
  'pt-BR': [['acho que sim', true], ['acho que não', false]],
  fr: [['je pense que oui', true], ['je ne crois pas', false]],
  de: [['ich glaube schon', true], ['ich glaube nicht', false]],
  ja: [['たぶんあります', true], ['たぶんありません', false]],
  'zh-Hans': [['应该是', true], ['应该没有', false]],
};

const none: Record<Locale, string[]> = {
  es: ['ninguno', 'Ninguna.', 'no tenemos ninguno', 'todavía no'],
  'pt-BR': ['nenhum', 'não temos nenhum', 'ainda não'],
  fr: ['aucun', "nous n'en avons pas", 'pas encore'],
  de: ['keine', 'wir haben keine', 'noch keine'],
  ja: ['なし', 'ありません', 'まだありません'],
  'zh-Hans': ['没有', '无', '还没有'],
};

const unsure: Record<Locale, string> = {
  es: 'No estoy seguro de si somos elegibles',
  'pt-BR': 'Não sei se somos elegíveis',
  fr: 'Je ne sais pas si nous sommes éligibles',
  de: 'Ich weiß nicht, ob wir berechtigt sind',
  ja: '対象かどうかわかりません',
  'zh-Hans': '我不知道我们是否符合条件',
};

const pairs: Record<Locale, Array<[string, { transactions: number; customers: number | null }]>> = {
  es: [['28 transacciones de 7 clientes', { transactions: 28, customers: 7 }], ['28 de 7', { transactions: 28, customers: 7 }]],
  'pt-BR': [['28 transações de 7 clientes', { transactions: 28, customers: 7 }]],
  fr: [['28 transactions de 7 clients', { transactions: 28, customers: 7 }]],
  de: [['28 Transaktionen von 7 Kunden', { transactions: 28, customers: 7 }]],
  ja: [['7社から28件の取引', { transactions: 28, customers: 7 }]],
  'zh-Hans': [['来自7个客户的28笔交易', { transactions: 28, customers: 7 }], ['28笔交易，7个客户', { transactions: 28, customers: 7 }]],
};

// A description in the language, and the fields it states.
const oneShot: Record<Locale, [string, Record<string, number>]> = {
  es: ['Ventas facturadas de 3,6 millones de dólares, 5 clientes nuevos, 28 transacciones de 7 clientes, sin compromiso', { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 5, transactionsOver100: 28, uniqueCustomersOver100: 7, consumptionCommitmentUsd: 0 }],
  'pt-BR': ['Faturamento de US$ 3,6 milhões, 5 novos clientes, 28 transações de 7 clientes', { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 5, transactionsOver100: 28, uniqueCustomersOver100: 7 }],
  fr: ['Ventes facturées : 3 600 000 $, 5 nouveaux clients, 28 transactions de 7 clients', { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 5, transactionsOver100: 28, uniqueCustomersOver100: 7 }],
  de: ['Umsatz 3,6 Mio. USD, 5 neue Kunden, 28 Transaktionen von 7 Kunden, keine Verpflichtung', { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 5, transactionsOver100: 28, uniqueCustomersOver100: 7, consumptionCommitmentUsd: 0 }],
  ja: ['請求額は360万ドル、新規顧客5社、7社から28件の取引', { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 5, transactionsOver100: 28, uniqueCustomersOver100: 7 }],
  'zh-Hans': ['账单销售额360万美元，5个新客户，来自7个客户的28笔交易', { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 5, transactionsOver100: 28, uniqueCustomersOver100: 7 }],
};

const whatIf: Record<Locale, Array<[string, { field: string; operation: string; value: number }]>> = {
  es: [['¿y si tuviéramos 5 transacciones más?', { field: 'marketplaceTransactions', operation: 'add', value: 5 }], ['y si las ventas facturadas fueran 4 millones de dólares', { field: 'marketplaceBilledSalesUsd', operation: 'set', value: 4_000_000 }], ['y si tuviéramos 2 clientes nuevos menos', { field: 'netNewCustomersOver10k', operation: 'subtract', value: 2 }]],
  'pt-BR': [['e se tivéssemos 5 transações a mais?', { field: 'marketplaceTransactions', operation: 'add', value: 5 }], ['e se o faturamento fosse US$ 4 milhões', { field: 'marketplaceBilledSalesUsd', operation: 'set', value: 4_000_000 }]],
  fr: [['et si nous avions 5 transactions de plus ?', { field: 'marketplaceTransactions', operation: 'add', value: 5 }], ['et si nous avions 2 nouveaux clients de moins', { field: 'netNewCustomersOver10k', operation: 'subtract', value: 2 }]],
  de: [['was wäre, wenn wir 5 Transaktionen mehr hätten?', { field: 'marketplaceTransactions', operation: 'add', value: 5 }], ['was wäre, wenn der Umsatz 4 Mio. USD wäre', { field: 'marketplaceBilledSalesUsd', operation: 'set', value: 4_000_000 }]],
  ja: [['取引があと5件多かったら？', { field: 'marketplaceTransactions', operation: 'add', value: 5 }]],
  'zh-Hans': [['如果再多5笔交易呢？', { field: 'marketplaceTransactions', operation: 'add', value: 5 }]],
};

const moreCustomers: Record<Locale, string> = {
  es: 'y si tuviéramos 2 clientes más',
  'pt-BR': 'e se tivéssemos 2 clientes a mais',
  fr: 'et si nous avions 2 clients de plus',
  de: 'was wäre, wenn wir 2 Kunden mehr hätten',
  ja: '顧客が2社多かったら',
  'zh-Hans': '如果再多2个客户',
};

const metrics: Record<Locale, Array<[string, string]>> = {
  es: [['¿cuánto es la facturación?', 'marketplaceBilledSalesUsd'], ['los nuevos clientes', 'netNewCustomersOver10k'], ['el compromiso', 'consumptionCommitmentUsd']],
  'pt-BR': [['o faturamento', 'marketplaceBilledSalesUsd'], ['novos clientes', 'netNewCustomersOver10k'], ['compromisso de consumo', 'consumptionCommitmentUsd']],
  fr: [['le chiffre d\'affaires', 'marketplaceBilledSalesUsd'], ['nouveaux clients', 'netNewCustomersOver10k'], ['engagement', 'consumptionCommitmentUsd']],
  de: [['der Umsatz', 'marketplaceBilledSalesUsd'], ['neue Kunden', 'netNewCustomersOver10k'], ['die Verpflichtung', 'consumptionCommitmentUsd']],
  ja: [['請求額', 'marketplaceBilledSalesUsd'], ['新規顧客', 'netNewCustomersOver10k'], ['コミットメント', 'consumptionCommitmentUsd']],
  'zh-Hans': [['账单销售额', 'marketplaceBilledSalesUsd'], ['新客户', 'netNewCustomersOver10k'], ['承诺', 'consumptionCommitmentUsd']],
};

const expectedYesNo = (expected: boolean | 'unknown' | 'refused') =>
  expected === 'unknown' ? { kind: 'unknown' } : expected === 'refused' ? { kind: 'invalid', reason: 'unparseable' } : { kind: 'value', value: expected, ambiguous: false };

describe.each(Object.keys(yesNo) as Locale[])('words in %s', (locale) => {
  it.each(yesNo[locale])('parseYesNo(%s)', (input, expected) => {
    expect(inLocale(locale, () => parseYesNo(input))).toEqual(expectedYesNo(expected));
  });
  it.each(hedged[locale])('parseYesNo(%s) is read back', (input, expected) => {
    expect(inLocale(locale, () => parseYesNo(input))).toEqual({ kind: 'value', value: expected, ambiguous: true });
  });
  it.each(none[locale])('saysNone(%s)', (input) => {
    expect(inLocale(locale, () => saysNone(input))).toBe(true);
  });
  it('soundsUnsure', () => {
    expect(inLocale(locale, () => soundsUnsure(unsure[locale]))).toBe(true);
    expect(soundsUnsure(unsure[locale])).toBe(false);
  });
  it.each(pairs[locale])('parseTransactionsFromCustomers(%s)', (input, expected) => {
    expect(inLocale(locale, () => parseTransactionsFromCustomers(input))).toEqual({ kind: 'value', value: expected, ambiguous: false });
  });
  it('parseOneShot reads a description', () => {
    const [input, expected] = oneShot[locale];
    const reading = inLocale(locale, () => parseOneShot(input));
    expect(reading.values).toEqual(expected);
    expect(reading.rejected).toEqual([]);
  });
  it.each(whatIf[locale])('parseWhatIf(%s)', (input, expected) => {
    expect(inLocale(locale, () => parseWhatIf(input))).toEqual([expected]);
  });
  it('a what-if about more customers', () => {
    expect(inLocale(locale, () => attributeFigures(moreCustomers[locale], { plainTransactions: 'over100' }).values)).toEqual({ uniqueCustomersOver100: 2 });
  });
  it.each(metrics[locale])('metricsNamed(%s)', (input, field) => {
    expect(inLocale(locale, () => metricsNamed(input))).toContain(field);
  });
});
