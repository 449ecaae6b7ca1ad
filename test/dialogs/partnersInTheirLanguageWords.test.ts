import { describe, expect, it } from 'vitest';
import { renderCriteriaCard, renderCriteriaText, renderRulesText } from '../../src/cards/criteriaCard';
import { renderExplanation } from '../../src/cards/evaluationJson';
import { renderResultText } from '../../src/cards/resultText';
import { renderSummaryText } from '../../src/cards/summaryText';
import { formatDate } from '../../src/eligibility/format';
import { describePolicyTitle, describeRulesInForce, describeSourceLine } from '../../src/eligibility/wording';
import { catalogues, runInLocale, t, type SupportedLocale } from '../../src/i18n';
import { visibleText } from '../cards/adaptiveCardRules';
import { evaluationsByStatus, statuses } from '../cards/evaluations';
import { policies } from '../fixtures/policies';
import { createTestBot, expectReply } from '../support/botHarness';
import { RULES_V2_TODAY } from '../support/conversationTable';

/*
 * Fresh-eyes findings on issue 19 (findings19A/B/C): English or another language's words left inside a reply in
 * the partner's language. Each case names the sentence a tester saw and asserts it is gone.
 */

const OTHER_LOCALES: SupportedLocale[] = ['es', 'pt-BR', 'fr', 'de', 'ja', 'zh-Hans'];

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
    for (const locale of OTHER_LOCALES) {
      for (const status of statuses) {
        const text = runInLocale(locale, () => renderExplanation(evaluationsByStatus[status]));
        for (const english of ENGLISH) expect(text, `${locale} ${status}`).not.toContain(english);
        // Japanese and Chinese sentences follow each other without a space after 。
        if (locale === 'ja' || locale === 'zh-Hans') expect(text, `${locale} ${status}`).not.toContain('。 ');
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

/** Han characters: the interpretation notes quote the page's Traditional Chinese translation (A3). */
const HAN = /\p{Script=Han}/u;

describe('the criteria view and the rules line are in the partner’s language (A3, A16, B9)', () => {
  const englishChoices = policies.versions.flatMap((policy) => policy.choices.map((choice) => choice.choice));
  const englishTitles = policies.versions.map((policy) => policy.title.replace(/\s*\(in force [^)]*\)/, ''));

  it('every shipped interpretation note and rules version has a catalogue entry, and English says exactly what the policy says', () => {
    for (const policy of policies.versions) {
      expect(catalogues.en.result[`policyTitle.${policy.id}`], policy.id).toMatch(/^Azure IP co-sell/);
      for (const choice of policy.choices) {
        expect(choice.id, choice.choice).toBeDefined();
        expect(catalogues.en.result[`choice.${choice.id!}`]).toBe(choice.choice);
      }
    }
    expect(describePolicyTitle(policies.versions[2]!)).toBe('Azure IP co-sell top tier after the PRACR transition (in force from 1 Jan 2026)');
    expect(runInLocale('en', () => describePolicyTitle(policies.versions[0]!))).toBe(
      t('result.policyTitle.azure-ip-cosell-top-tier-2023-07', { revised: '5 Jul 2023' }, 'en'),
    );
  });

  it('English keeps the policy’s own title and notes word for word', () => {
    const text = renderCriteriaText(policies.versions[2]!);
    expect(text).toContain('Version 3: Azure IP co-sell top tier after the PRACR transition (in force from 1 Jan 2026)');
    for (const choice of policies.versions[2]!.choices) expect(text).toContain(`- ${choice.choice}`);
  });

  for (const locale of OTHER_LOCALES) {
    it(`${locale}: "show all criteria", the criteria card and "what rules do you use?" have no English title, no English note and no Chinese quotation`, () => {
      runInLocale(locale, () => {
        for (const policy of policies.versions) {
          // The source line keeps the page's title as Microsoft publishes it; everything else is checked.
          const texts = [renderCriteriaText(policy), visibleText(renderCriteriaCard(policy))].map((text) => text.replace(describeSourceLine(policy), ''));
          for (const text of texts) {
            for (const english of [...englishChoices, ...englishTitles, 'in force from', 'FY25 revision', 'program page revised']) expect(text).not.toContain(english);
            if (locale !== 'ja' && locale !== 'zh-Hans') expect(text).not.toMatch(HAN);
            expect(text).not.toContain('每位客戶');
            expect(text).toContain(describePolicyTitle(policy));
          }
        }
        // "What rules do you use?" lists every version; its source lines keep Microsoft's page titles.
        const rules = renderRulesText(policies).split('\n').filter((line) => !line.includes('learn.microsoft.com')).join('\n');
        for (const english of [...englishTitles, 'in force from']) expect(rules).not.toContain(english);
        // A route whose composed title is the same in both versions is not "reworded" (A16).
        expect(rules).not.toMatch(/"([^"]+)" .*"\1"/);
      });
    });
  }

  it('the result’s rules line names the version in the language, its date formatted the local way (A3 "Reglas vigentes desde el 1 ene 2026")', () => {
    const spanish = runInLocale('es', () => renderResultText(evaluationsByStatus['not-qualified']));
    expect(spanish).toContain('Azure IP co-sell top tier tras la transición a PRACR');
    expect(spanish).not.toContain('after the PRACR transition');
    expect(spanish).not.toContain('1 Jan 2026');
    const german = runInLocale('de', () => renderCriteriaText(policies.versions[0]!));
    expect(german).toContain('Version 1: Top-Tier-Vorteile von Azure IP co-sell (Programmseite überarbeitet am 5. Juli 2023)');
  });
});

describe('"what rules do you use?" in Portuguese (A16)', () => {
  it('says "conta segundo a soma", never "por a soma", and lists no no-op rewording', () => {
    const rules = runInLocale('pt-BR', () => renderRulesText(policies));
    expect(rules).toContain('agora conta segundo a soma');
    expect(rules).not.toContain('por a soma');
    expect(rules).not.toContain('12 clientes net-new acima de USD 10.000 cada" foi reformulado como "12 clientes net-new acima de USD 10.000 cada');
  });
});

describe('"summary" mid-check before any answer says there is nothing yet (C10)', () => {
  const cases: Array<[locale: string, start: string, summary: string, nothingYet: string, emptyHeading: string]> = [
    ['en-US', 'check eligibility', 'summary', 'You have not given me any answers yet', 'Here is what I understood:'],
    ['zh-CN', '检查资格', '摘要', '您还没有给出任何回答', '我的理解如下：'],
    ['ja-JP', '資格をチェック', 'まとめ', 'まだ回答をいただいていない', '次のように理解しました'],
    ['es-ES', 'verificar elegibilidad', 'resumen', 'Todavía no me ha dado ninguna respuesta', 'Esto es lo que entendí'],
  ];
  for (const [locale, start, summary, nothingYet, emptyHeading] of cases) {
    it(`${locale}: "${summary}" says so, asks the open question again, and lists answers once there are some`, async () => {
      const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale });
      await bot.sayText(start);
      expectReply(await bot.sayText(summary), summary, [nothingYet], [emptyHeading]);
    });
  }

  it('after one answer the summary lists it as before', async () => {
    const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale: 'en-US' });
    await bot.sayText('check eligibility');
    await bot.sayText('yes');
    expectReply(await bot.sayText('summary'), 'summary', ['Here is what I understood:', 'Azure IP co-sell eligibility: yes'], ['You have not given me any answers yet']);
  });
});

describe('French typography and Spanish agreement (B11, A19)', () => {
  it('French writes the first of a month "1er" and other days as numbers; other languages are unchanged', () => {
    runInLocale('fr', () => {
      expect(formatDate('2026-01-01')).toBe('1er janv. 2026');
      expect(formatDate('2026-01-02')).toBe('2 janv. 2026');
      expect(formatDate('2025-12-31')).toBe('31 déc. 2025');
      expect(formatDate('2026-01-10')).toBe('10 janv. 2026');
      expect(describeRulesInForce({ effectiveFrom: '2026-01-01', effectiveTo: null })).toBe('règles en vigueur à partir du 1er janv. 2026');
    });
    expect(runInLocale('es', () => formatDate('2026-01-01'))).toBe('1 ene 2026');
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
  });

  it('the French summary separates figures with " ; ", English with "; ", Japanese with "；"', () => {
    const evaluation = evaluationsByStatus['not-qualified'];
    const figuresLine = (text: string) => text.split('\n').find((line) => line.includes('3') && line.includes('600') && line.includes('20'))!;
    const french = figuresLine(runInLocale('fr', () => renderSummaryText(evaluation)));
    expect(french).toMatch(/USD ; /);
    expect(french).not.toMatch(/\S; /);
    expect(figuresLine(renderSummaryText(evaluation))).toMatch(/\d; /);
    expect(figuresLine(runInLocale('ja', () => renderSummaryText(evaluation)))).toMatch(/；/);
  });

  it('Spanish card lines read "(requisito: 5)", never "(se necesita 5)" with a plural', () => {
    const spanish = runInLocale('es', () => renderResultText(evaluationsByStatus.qualified));
    expect(spanish).not.toContain('se necesita ');
    expect(spanish).toContain('(requisito: ');
  });
});
