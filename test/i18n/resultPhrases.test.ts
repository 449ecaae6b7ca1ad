import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer';
import { describe, expect, it } from 'vitest';
import { renderCriteriaText, renderRulesText } from '../../src/cards/criteriaCard';
import { renderResultCard } from '../../src/cards/resultCard';
import { renderResultText } from '../../src/cards/resultText';
import { renderSummaryText } from '../../src/cards/summaryText';
import { describeTrendForAltText, renderTrendChartSvg } from '../../src/cards/trendChart';
import type { Evaluation } from '../../src/eligibility/evaluation';
import { forecast } from '../../src/eligibility/forecast';
import { monthlyTrend } from '../../src/eligibility/monthlyTrend';
import { describeForecast } from '../../src/eligibility/forecastWording';
import { formatCount, formatDate, formatPercent, formatUsd, formatUsdCompact } from '../../src/eligibility/format';
import { criterionTitle, describeForSpeech, routeName } from '../../src/eligibility/wording';
import { catalogues, runInLocale } from '../../src/i18n';
import english from '../../src/i18n/catalogues/en/result.json';
import { visibleText } from '../cards/adaptiveCardRules';
import { evaluationsByStatus, largestEvaluation, statuses } from '../cards/evaluations';
import { row } from '../forecast/policies';
import { evaluateRequest, policies } from '../fixtures/policies';

const root = path.resolve(__dirname, '../..');

describe('amounts, counts, dates and percentages in the turn language', () => {
  it('English keeps its own forms exactly (the API, the CLI and the batch print these)', () => {
    expect([formatUsd(4_000_000), formatUsd(1234.5), formatCount(12_000), formatDate('2026-11-26'), formatPercent(0.875), formatUsdCompact(2_500_000)]).toEqual([
      'USD 4,000,000',
      'USD 1,234.50',
      '12,000',
      '26 Nov 2026',
      '87%',
      'USD 2.5M',
    ]);
  });

  it('German: dots for thousands, a comma for cents, the code after the amount, day-month-year', () => {
    runInLocale('de', () => {
      expect(formatUsd(4_000_000)).toBe('4.000.000\u00a0USD');
      expect(formatUsd(1234.5)).toBe('1.234,50\u00a0USD');
      expect(formatCount(12_000)).toBe('12.000');
      expect(formatDate('2026-11-26')).toBe('26. Nov. 2026');
      expect(formatDate('2026-03-01')).toBe('1. März 2026');
      expect(formatPercent(0.875)).toBe('87\u00a0%');
    });
  });

  it('Japanese and Chinese: the code first, comma thousands, year-month-day with 年月日', () => {
    runInLocale('ja', () => {
      expect(formatUsd(4_000_000)).toBe('USD\u00a04,000,000');
      expect(formatDate('2026-11-26')).toBe('2026年11月26日');
    });
    runInLocale('zh-Hans', () => expect(formatDate('2026-01-05')).toBe('2026年1月5日'));
  });

  it('a percentage is rounded down in every language, so an unmet criterion never shows 100%', () => {
    runInLocale('fr', () => expect(formatPercent(0.999)).toBe('99\u00a0%'));
    expect(formatPercent(0.999)).toBe('99%');
  });

  it('French and Spanish amounts keep US dollars, written the local way', () => {
    runInLocale('fr', () => expect(formatUsd(4_000_000)).toBe('4\u202f000\u202f000\u00a0USD'));
    runInLocale('es', () => expect(formatUsd(4_000_000)).toBe('4.000.000\u00a0USD'));
    runInLocale('pt-BR', () => expect(formatUsd(4_000_000)).toBe('USD\u00a04.000.000'));
  });
});

/** The keys a source file asks for: `t('result.x')` literally, or a template (`result.headline.${status}`) as a pattern. */
function requestedKeys(source: string): RegExp[] {
  const found: RegExp[] = [];
  for (const match of source.matchAll(/t\(\s*(['`])result\.((?:[^'`\\]|\\.)*)\1/g)) {
    const key = match[2]!;
    const pattern = key
      .split(/\$\{[^}]*\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^.]+(?:\\.[^.]+)*');
    found.push(new RegExp(`^${pattern}$`));
  }
  return found;
}

function sourceFiles(): string[] {
  const cards = readdirSync(path.join(root, 'src/cards')).map((file) => `src/cards/${file}`);
  return [...cards, 'src/eligibility/wording.ts', 'src/eligibility/metricCatalogue.ts', 'src/eligibility/forecastWording.ts'];
}

describe('the result catalogue and the code that reads it', () => {
  const patterns = sourceFiles().flatMap((file) => requestedKeys(readFileSync(path.join(root, file), 'utf8')));
  const keys = Object.keys(english);

  it('finds the renderers’ requests (the check itself works)', () => {
    expect(patterns.length).toBeGreaterThan(150);
  });

  it('every key the renderers ask for exists in the English catalogue', () => {
    expect(patterns.filter((pattern) => !keys.some((key) => pattern.test(key))).map(String)).toEqual([]);
  });

  it('every English key is asked for by some renderer (no dead messages for translators)', () => {
    // Read by name: notices by their code, the policy texts by matching the English.
    const byName = /^(notice\.[^.]+\.(text|short)|benefit\..*|disclaimer|shortBy\.missing\.azureIpCoSellEligible)$/;
    expect(keys.filter((key) => !byName.test(key) && !patterns.some((pattern) => pattern.test(key)))).toEqual([]);
  });
});

// ------------------------------------------------------------------ a pseudo-translation

/** Latin letters shifted into Greek: any ASCII word left in the output did not come from the catalogue. */
function pseudo(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + (letter <= 'Z' ? 0x391 - 65 : 0x3b1 - 97)));
}

function pseudoMessage(message: string): string {
  const walk = (elements: MessageFormatElement[]): MessageFormatElement[] =>
    elements.map((element) => {
      if (element.type === TYPE.literal) return { ...element, value: pseudo(element.value) };
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        return { ...element, options: Object.fromEntries(Object.entries(element.options).map(([name, option]) => [name, { ...option, value: walk(option.value) }])) };
      }
      return element;
    });
  return printAST(walk(parse(message)));
}

const policyData = policies.versions
  .flatMap((policy) => [policy.title, policy.title.replace(/\s*\(in force [^)]*\)/, ''), policy.source.title, ...policy.choices.map((choice) => choice.choice)])
  .sort((a, b) => b.length - a.length);

/** Policy data a result cites as written (titles of the policy and its source), links and the currency code. */
function englishWordsFromCode(text: string): string[] {
  let rest = text.replace(/https?:\/\/\S+/g, ' ');
  // Longest first: one policy's source title is the start of another's title.
  for (const data of policyData) rest = rest.split(data).join(' ');
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => word !== 'USD');
}

describe('a result worded in another language holds no English words from code', () => {
  // Japanese has its own dates (2026年11月26日) and amounts (USD 4,000,000), so only the catalogue's words are letters.
  catalogues.ja = { ...catalogues.ja, result: Object.fromEntries(Object.entries(english).map(([key, message]) => [key, pseudoMessage(message)])) };

  const evaluations: Array<[string, Evaluation]> = [
    ...statuses.map((status): [string, Evaluation] => [status, evaluationsByStatus[status]]),
    ['largest', largestEvaluation()],
    ['2024 designation route', evaluateRequest({ asOf: '2024-11-26', azureIpCoSellEligible: true, designations: [{ type: 'certified-software-azure', attainedOn: '2024-10-15' }] })],
    ['Security designation 2026', evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, designations: [{ type: 'certified-software-security', attainedOn: '2026-02-01' }] })],
  ];

  it.each(evaluations)('%s: the plain text, the card, the summary and the speech', (_, evaluation) => {
    runInLocale('ja', () => {
      const texts = [renderResultText(evaluation), visibleText(renderResultCard(evaluation)), renderSummaryText(evaluation), describeForSpeech(evaluation)];
      const card = renderResultCard(evaluation);
      texts.push(card.fallbackText, card.speak, ...card.actions.map((action) => action.title));
      expect(texts.flatMap(englishWordsFromCode)).toEqual([]);
      expect(texts.join('\n')).toMatch(/[α-ω]{3,}/);
    });
  });

  it('a route title is composed from its components: a capital only at the start of a line, the list in the language', () => {
    runInLocale('ja', () => {
      const commitment = evaluationsByStatus['not-qualified'].criteria.find((criterion) => criterion.id === 'consumption.commitment30m')!;
      // Pseudo-Greek of "a {amount} signed cloud consumption commitment", then Japanese list punctuation.
      const signed = pseudo('signed');
      expect(routeName(commitment)).toMatch(new RegExp(`^${pseudo('a')} USD\u00a030,000,000 ${signed} .*、`));
      expect(criterionTitle(commitment)).toMatch(new RegExp(`^${pseudo('A')} USD\u00a030,000,000 ${signed} .*、`));
    });
    expect(routeName(evaluationsByStatus['not-qualified'].criteria.find((criterion) => criterion.id === 'consumption.commitment30m')!)).toBe(
      'a USD 30 million cloud consumption commitment and 5 marketplace transactions of at least USD 100',
    );
  });

  it('the criteria card, the rules answer, the forecast and the trend chart', () => {
    runInLocale('ja', () => {
      const policy = policies.versions[2]!;
      const rows = [row('2026-01-10', 'c1', 2_000_000), row('2026-06-10', 'c2', 1_000_000), row('2026-09-10', 'c3', 1_500_000)];
      const trend = monthlyTrend(rows, policy, '2026-11-26');
      const texts = [
        renderCriteriaText(policy),
        renderRulesText(policies),
        ...describeForecast(forecast(rows, policy, '2026-11-26')),
        describeTrendForAltText(trend, 4_000_000),
        describeTrendForAltText([], 4_000_000),
      ];
      const svgText = (renderTrendChartSvg(trend, 4_000_000).match(/>[^<]+</g) ?? []).join(' ');
      expect([...texts.flatMap(englishWordsFromCode), ...englishWordsFromCode(svgText).filter((word) => !/^(Segoe|DejaVu|Sans|Liberation|Arial|sans|serif)$/.test(word))]).toEqual([]);
    });
  });
});
