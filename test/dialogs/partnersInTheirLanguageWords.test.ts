import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../../src/cards/evaluationJson';
import { runInLocale, type SupportedLocale } from '../../src/i18n';
import { evaluationsByStatus, statuses } from '../cards/evaluations';
import { createTestBot, expectReply } from '../support/botHarness';
import { RULES_V2_TODAY } from '../support/conversationTable';

/*
 * Fresh-eyes findings on issue 19 (findings19A/B/C): English or another language's words left inside a reply in
 * the partner's language. Each case names the sentence a tester saw and asserts it is gone.
 */

/** English sentences (and fragments) that must not appear in a reply in another language. */
const ENGLISH = ['You do not yet qualify', 'resources gallery', 'has the details', 'You qualify', 'I cannot tell yet', 'Top-tier benefits first require', 'Choose an as-of date', 'Marketplace figures are for', 'took effect on'];

/** A check to a gap result, as each language's partner types it (the same answers as the per-language tables). */
const gapChecks: Array<{ locale: string; why: string; steps: string[]; shows: string[] }> = [
  { locale: 'es-MX', why: '¿por qué?', steps: ['¿calificamos para los beneficios top tier?', 'si', '3,6 millones de dólares', 'ocho', '25 transacciones de 6 clientes', 'ninguno'], shows: ['Todavía no cumple', 'galería de recursos'] },
  { locale: 'pt-BR', why: 'por quê?', steps: ['quero verificar se somos elegiveis', 'sim', 'US$ 3,6 milhões', 'oito', '25 transações de 6 clientes', 'nenhum'], shows: ['Você ainda não se qualifica', 'galeria de recursos'] },
  { locale: 'fr-FR', why: 'pourquoi ?', steps: ['est-ce que nous sommes éligibles ?', 'oui', '3 600 000 $', 'huit', '25 transactions de 6 clients', 'aucun'], shows: ['pour la période du ', 'galerie de ressources'] },
  { locale: 'de-DE', why: 'warum?', steps: ['Sind wir berechtigt?', 'ja', '3,6 Mio. USD', 'acht', '25 Transaktionen von 6 Kunden', 'keine'], shows: ['noch nicht', 'Ressourcengalerie', 'Das zweitnächste Kriterium ist'] },
  { locale: 'ja-JP', why: 'なぜ？', steps: ['資格があるか確認したい', 'はい', '360万ドル', '8社', '6社から25件の取引', 'なし'], shows: ['まだ満たしていません', 'リソースギャラリー'] },
  { locale: 'zh-CN', why: '为什么？', steps: ['我们有资格吗', '是', '三百六十万美元', '8个', '来自6个客户的25笔交易', '没有'], shows: ['尚未符合', '资源库'] },
];

describe('"why?" after a result is explained wholly in the partner’s language (A1, B1)', () => {
  for (const { locale, why, steps, shows } of gapChecks) {
    it(`${locale}: "${why}" has no English first or last sentence`, async () => {
      const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale });
      for (const step of steps) await bot.sayText(step);
      expectReply(await bot.sayText(why), why, shows, [...ENGLISH, 'Als Nächstes folgt']);
    });
  }

  it('every status is explained without English in each language, and the API’s English stays word for word', () => {
    const locales: SupportedLocale[] = ['es', 'pt-BR', 'fr', 'de', 'ja', 'zh-Hans'];
    for (const locale of locales) {
      for (const status of statuses) {
        const text = runInLocale(locale, () => renderExplanation(evaluationsByStatus[status]));
        for (const english of ENGLISH) expect(text, `${locale} ${status}`).not.toContain(english);
      }
    }
    expect(renderExplanation(evaluationsByStatus['not-qualified'])).toBe(
      'You do not yet qualify for Azure IP co-sell top-tier benefits for 27 Nov 2025 to 26 Nov 2026. Your closest route is USD 4 million in marketplace billed sales: you are USD 400,000 short of USD 4,000,000 in marketplace billed sales. Next closest is 30 marketplace transactions of at least USD 100 from 8 unique customers: you are 10 short of 30 marketplace transactions of at least USD 100 and 3 short of 8 unique customers behind those transactions. The Azure IP co-sell resources gallery (https://aka.ms/azureipcosellresources) has the details and next steps.',
    );
    expect(renderExplanation(evaluationsByStatus['not-in-effect'])).toBe(
      'The Azure IP co-sell top-tier benefit rules took effect on 1 Jul 2023, so there is nothing to evaluate as of 30 Jun 2023. Choose an as-of date on or after that day.',
    );
  });
});
