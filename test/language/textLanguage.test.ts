import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearTextLanguage, hanWordCharacters } from '../../src/language/textLanguage';

function rows(file: string): string[][] {
  return readFileSync(join(__dirname, '../fixtures/language', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

describe('clearTextLanguage: the language a message is clearly written in', () => {
  it.each(['en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'zh-Hans'])(
    'never names another language for any message of the %s labelled set (typos, pastes, hedges included)',
    (locale) => {
      const switched = rows(`labelledUtterances.${locale}.tsv`)
        .map((row) => row[3]!)
        .filter((text) => {
          const language = clearTextLanguage(text);
          return language !== undefined && language !== locale;
        });
      expect(switched).toEqual([]);
    },
  );

  it.each(['360万ドル', '5億円', '4億円', '２８件', '7社', '25笔', '三百六十萬美元', '300万ユーロ', '3,600,000ドル', '💰💰 3.6M 💵 🇯🇵', '🎉🎉🎉'])(
    'figures with their currency or counter word, and emoji ("%s"), name no language',
    (text) => {
      expect(clearTextLanguage(text)).toBeUndefined();
    },
  );

  it('a block of random ideographs is noise, not Chinese; 40 characters of real Chinese are Chinese', () => {
    let seed = 19;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const noise = Array.from({ length: 5000 }, () => String.fromCodePoint(0x4e00 + Math.floor(random() * 20000))).join('');
    expect(clearTextLanguage(noise)).toBeUndefined();
    expect(hanWordCharacters(noise)).toBe(0);
    expect(clearTextLanguage('我们的交易来自七个客户，我们还没有签署云消费承诺，请问我们是否符合资格？我们的市场销售额是多少才够？')).toBe('zh-Hans');
  });

  it('Spanish and Portuguese: words both write say neither, and a letter one never writes rules it out', () => {
    expect(clearTextLanguage('para por favor')).toBeUndefined();
    expect(clearTextLanguage('no, no lo somos')).toBeUndefined();
    expect(clearTextLanguage('por que não nos qualificamos?')).not.toBe('es');
    expect(clearTextLanguage('Tenemos doce clientes nuevos')).toBe('es');
    expect(clearTextLanguage('Não temos nenhum compromisso assinado')).toBe('pt-BR');
  });

  it.each(['MBS 3.6M', '10', 'ok', 'net-new 12', '3,6 Mio.', 'USD 4.000.000', 'Partner Center', '12 net-new', 'MACC 35M', 'ja', 'nein', 'TTM MBS 4.1M', 'skip'])(
    'figures and program terms alone ("%s") name no language',
    (text) => {
      expect(clearTextLanguage(text)).toBeUndefined();
    },
  );

  it('names the language of at least 11 of the 12 sample sentences in each supported language, and never a wrong one', () => {
    const byLocale = new Map<string, { right: number; wrong: string[] }>();
    for (const [locale, text] of rows('languageSamples.tsv')) {
      const entry = byLocale.get(locale!) ?? { right: 0, wrong: [] };
      const found = clearTextLanguage(text!);
      if (found === locale) entry.right += 1;
      else if (found !== undefined) entry.wrong.push(`${text} -> ${found}`);
      byLocale.set(locale!, entry);
    }
    expect([...byLocale.keys()].sort()).toEqual(['de', 'es', 'fr', 'ja', 'pt-BR', 'zh-Hans']);
    for (const [locale, { right, wrong }] of byLocale) {
      expect(wrong, locale).toEqual([]);
      expect(right, locale).toBeGreaterThanOrEqual(11);
    }
  });

  it('reads Japanese and Chinese by script: any kana is Japanese, Han alone is Chinese only with a character Japanese never writes', () => {
    expect(clearTextLanguage('MBSとは？')).toBe('ja');
    expect(clearTextLanguage('MBS是什么')).toBe('zh-Hans');
    expect(clearTextLanguage('檢查資格')).toBe('zh-Hans');
    expect(clearTextLanguage('取引２８件、顧客７社')).toBeUndefined();
    expect(clearTextLanguage('２８ transactions from ７ customers 取引')).toBeUndefined();
    expect(clearTextLanguage('資格確認')).toBeUndefined();
    expect(clearTextLanguage('中')).toBeUndefined();
  });

  it('needs three ordinary words: two are not enough, three are', () => {
    expect(clearTextLanguage('Hola amigos')).toBeUndefined();
    expect(clearTextLanguage('Tenemos doce clientes nuevos')).toBe('es');
  });
});
