import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLocales, type SupportedLocale } from '../../../src/i18n/locales';
import { runInLocale } from '../../../src/i18n/turnLocale';
import { parseOneShot } from '../../../src/language';

// The help text tells partners they can paste everything at once, and gives an example in their language. That
// example must read whole in that language: all five figures, nothing left over (findings A12, C2, C3).
const EXAMPLE = /["„“「«]\s*([^"“”」»]*MBS[^"“”」»]*?)\s*["“”」»]/;

function helpExample(locale: SupportedLocale): string {
  const catalogue = JSON.parse(readFileSync(join(__dirname, '../../../src/i18n/catalogues', locale, 'chat.json'), 'utf8')) as Record<string, string>;
  const example = EXAMPLE.exec(catalogue.help ?? '')?.[1];
  if (!example) throw new Error(`no paste example in the ${locale} help text`);
  return example;
}

describe.each(supportedLocales)('the paste example of the %s help text', (locale) => {
  it('reads all five figures and leaves nothing out', () => {
    const example = helpExample(locale);
    const reading = runInLocale(locale, () => parseOneShot(example));
    expect(reading.values, example).toEqual({
      marketplaceBilledSalesUsd: 3_200_000,
      netNewCustomersOver10k: 10,
      transactionsOver100: 25,
      uniqueCustomersOver100: 6,
      consumptionCommitmentUsd: 0,
    });
    expect(reading.rejected, example).toEqual([]);
  });
});

// The labels the bot itself shows, and the ways partners write them in pastes (findings A8, B2, C2, C3).
const labelled: Array<[SupportedLocale, string, Record<string, number>]> = [
  ['pt-BR', 'Clientes únicos\t6', { uniqueCustomersOver100: 6 }],
  ['es', 'Clientes únicos: 6', { uniqueCustomersOver100: 6 }],
  ['fr', 'Clients uniques : 6', { uniqueCustomersOver100: 6 }],
  ['de', 'eindeutige Kunden: 6', { uniqueCustomersOver100: 6 }],
  ['zh-Hans', '10 个超过 1万美元的净新客户', { netNewCustomersOver10k: 10 }],
  ['zh-Hans', '25 笔交易，来自 6 个客户', { transactionsOver100: 25, uniqueCustomersOver100: 6 }],
  ['zh-Hans', '25笔交易，来自6个客户', { transactionsOver100: 25, uniqueCustomersOver100: 6 }],
  ['ja', '取引 25 件（6 社から）', { transactionsOver100: 25, uniqueCustomersOver100: 6 }],
  ['ja', '1万ドル超の新規顧客 10 社', { netNewCustomersOver10k: 10 }],
  [
    'fr',
    "CA marketplace : 3,6 M$ ; 10 nouveaux clients ; 28 transactions de 7 clients ; pas d'engagement",
    { marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 10, transactionsOver100: 28, uniqueCustomersOver100: 7, consumptionCommitmentUsd: 0 },
  ],
  ['fr', "chiffre d'affaires marketplace : 3,6 M$", { marketplaceBilledSalesUsd: 3_600_000 }],
  // "CA" is trusted only beside money: a bare count is not sales.
  ['fr', 'CA : 25', {}],
];

describe('labels and pastes in each language', () => {
  it.each(labelled)('%s: %s', (locale, text, values) => {
    expect(runInLocale(locale, () => parseOneShot(text)).values).toEqual(values);
  });
});
