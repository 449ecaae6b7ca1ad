import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearTextLanguage } from '../../src/language/textLanguage';

function rows(file: string): string[][] {
  return readFileSync(join(__dirname, '../fixtures/language', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

describe('clearTextLanguage: the language a message is clearly written in', () => {
  it('never names another language for any message of the English labelled set (typos, pastes, hedges included)', () => {
    const switched = rows('labelledUtterances.en.tsv')
      .map((row) => row[3]!)
      .filter((text) => {
        const language = clearTextLanguage(text);
        return language !== undefined && language !== 'en';
      });
    expect(switched).toEqual([]);
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

  it('reads Japanese and Chinese by script: any kana is Japanese, Han alone is Chinese', () => {
    expect(clearTextLanguage('MBSとは？')).toBe('ja');
    expect(clearTextLanguage('MBS是什么')).toBe('zh-Hans');
    expect(clearTextLanguage('中')).toBeUndefined();
  });

  it('needs three ordinary words: two are not enough, three are', () => {
    expect(clearTextLanguage('Hola amigos')).toBeUndefined();
    expect(clearTextLanguage('Tenemos doce clientes nuevos')).toBe('es');
  });
});
