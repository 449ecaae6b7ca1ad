import { describe, expect, it } from 'vitest';
import { maskFigures } from '../../src/language/maskFigures';

describe('figures written the local way are masked like English ones', () => {
  it.each([
    ['de', 'Wir haben 3,6 Mio. USD Umsatz', 'Wir haben num USD Umsatz'],
    ['de', 'Zusage über 2 Mrd. Dollar', 'Zusage über num Dollar'],
    ['de', 'und 3.600.000 USD', 'und num'],
    ['fr', 'nous avons 3 600 000 $', 'nous avons num $'],
    ['fr', 'nous avons 3\u202f600\u202f000 $', 'nous avons num $'],
    ['fr', 'environ 3,6 millions de dollars', 'environ num de dollars'],
    ['es', 'unos 3,6 millones de dólares', 'unos num de dólares'],
    ['es', 'tenemos 1,5 millón', 'tenemos num'],
    ['pt', 'cerca de 3,6 milhões de dólares', 'cerca de num de dólares'],
    ['ja', '360万ドルです', 'num ドルです'],
    ['ja', '3億6000万円', 'num 円'],
    ['ja', '１２件の取引', 'num 件の取引'],
    ['ja', '十件です', 'num 件です'],
    ['zh', '三百六十万美元', 'num 美元'],
    ['zh', '1.2亿', 'num'],
    ['zh', '我们有五个客户', '我们有 num 个客户'],
  ])('%s "%s" → "%s"', (language, text, masked) => {
    expect(maskFigures(text, language)).toBe(masked);
  });

  it.each([
    ['es', '¿y si tuviéramos cinco transacciones más?', '¿y si tuviéramos num transacciones más?'],
    ['es', 'tenemos once clientes', 'tenemos num clientes'],
    ['pt', 'e se tivéssemos três clientes?', 'e se tivéssemos num clientes?'],
    ['fr', 'et si nous avions douze transactions', 'et si nous avions num transactions'],
    ['de', 'was wäre mit zwölf Transaktionen', 'was wäre mit num Transaktionen'],
  ])('number words of the message\'s language: %s "%s" → "%s"', (language, text, masked) => {
    expect(maskFigures(text, language)).toBe(masked);
  });

  it.each([
    ['en', 'once we have 12 deals', 'once we have num deals'],
    ['en', 'an elf on the shelf', 'an elf on the shelf'],
    ['zh', '帮我查一下资格', '帮我查一下资格'],
    ['ja', '一緒に確認しましょう', '一緒に確認しましょう'],
    ['es', 'what is MBS', 'what is MBS'],
  ])('words that only look like figures stay: %s "%s"', (language, text, masked) => {
    expect(maskFigures(text, language)).toBe(masked);
  });

  it('reads full-width letters as plain ones, so English jargon in a Japanese message is recognized', () => {
    expect(maskFigures('ＭＢＳとは', 'ja')).toBe('MBSとは');
  });

  it('masks a run of 5,000 digits as one figure', () => {
    expect(maskFigures('1'.repeat(5000), 'ja')).toBe('num');
  });
});
