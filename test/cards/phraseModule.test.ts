import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderResultCard } from '../../src/cards/resultCard';
import { renderResultText } from '../../src/cards/resultText';
import { renderSummaryText } from '../../src/cards/summaryText';
import { formatEvaluationText } from '../../src/cli/formatEvaluationText';
import { renderEvaluationJson } from '../../src/cards/evaluationJson';
import * as wording from '../../src/eligibility/wording';
import { codeLiterals } from '../support/codeLiterals';
import { visibleText } from './adaptiveCardRules';
import { evaluationsByStatus, largestEvaluation, statuses } from './evaluations';

const root = path.resolve(__dirname, '../..');

/** The renderers of a result: they choose and order phrases, and must not word anything themselves. */
const RENDERERS = [
  'src/cards/resultCard.ts',
  'src/cards/resultText.ts',
  'src/cards/summaryText.ts',
  'src/cards/evaluationJson.ts',
  'src/cli/formatEvaluationText.ts',
  'src/eligibility/evaluate.ts',
  'src/eligibility/criteria.ts',
  // Issue 19: the renderers that now read the result catalogue in the turn's language.
  'src/cards/criteriaCard.ts',
  'src/cards/trendChart.ts',
  'src/cards/notices.ts',
  'src/cards/choiceCard.ts',
  'src/eligibility/forecastWording.ts',
  'src/eligibility/format.ts',
];

/**
 * Not sentences: the chart's font stack and SVG ids, and the English months of format.ts's fast path (date data,
 * like date-fns' locales for the other languages).
 */
const NOT_PROSE = new Set([
  'Segoe UI, DejaVu Sans, Liberation Sans, Arial, sans-serif',
  'chart-title chart-desc',
  ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
]);

/** A message key (`result.headline.qualified`, or a template's `result.headline.${status}` blanked), not prose. */
const MESSAGE_KEY = /^(result|chat)\.[\w. -]*$/;

/** Adaptive Card vocabulary, not words a person reads. */
const CARD_WORDS = new Set([
  'AdaptiveCard', 'TextBlock', 'Container', 'ColumnSet', 'Column', 'FactSet', 'ActionSet', 'Image', 'Full',
  'Action.OpenUrl', 'Action.Submit', 'Action.ShowCard',
]);

/** Prose: two words in a row, or one capitalised word (a label such as "Notes"). */
function isProse(literal: string): boolean {
  if (CARD_WORDS.has(literal) || NOT_PROSE.has(literal) || MESSAGE_KEY.test(literal) || /^(https?:\/\/\S+|data:\S+ )$/.test(literal)) return false;
  return /[A-Za-z]{2,}[ ,;:.]+[A-Za-z]{2,}/.test(literal) || /^[A-Z][a-z]+$/.test(literal.trim());
}

describe('every phrase of a result comes from the one phrase module', () => {
  it.each(RENDERERS)('%s words nothing itself: none of its string literals is prose', (file) => {
    const prose = codeLiterals(readFileSync(path.join(root, file), 'utf8')).filter(isProse);
    expect(prose).toEqual([]);
  });

  it("the phrase module words nothing itself before its English-only part (the CLI); the explanation \"why?\" gives is catalogued", () => {
    const source = readFileSync(path.join(root, 'src/eligibility/wording.ts'), 'utf8');
    const chatPart = source.slice(0, source.indexOf('// ---------------------------------------------------------------- the command line'));
    expect(chatPart.length).toBeGreaterThan(10_000);
    expect(codeLiterals(chatPart).filter(isProse)).toEqual([]);
  });

  it("the check itself finds prose: it flags the phrase module's English-only CLI lines", () => {
    const prose = codeLiterals(readFileSync(path.join(root, 'src/eligibility/wording.ts'), 'utf8')).filter(isProse);
    expect(prose.length).toBeGreaterThan(15);
  });

  it.each(statuses)("the %s headline, route, summary outcome, CLI status line and API explanation are the phrase module's own", (status) => {
    const evaluation = evaluationsByStatus[status];
    const text = renderResultText(evaluation);
    expect(text.split('\n')[0]).toBe(wording.describeHeadline(evaluation));
    expect(text).toContain(wording.describeRoute(evaluation));
    expect(visibleText(renderResultCard(evaluation))).toContain(wording.describeHeadline(evaluation));
    expect(renderSummaryText(evaluation).split('\n\n')[1]).toBe(wording.summaryPhrases.outcome(evaluation.status));
    expect(formatEvaluationText(evaluation).split('\n')[0]).toBe(wording.cliPhrases.statusLine(evaluation));
    expect(renderEvaluationJson(evaluation).explanation).toBe(wording.explanationSentences(evaluation).join(' '));
  });

  it('a notice of the rules in force (the PRACR transition from 2026) is worded by the phrase module in the card, the plain text, the summary and the CLI', () => {
    const evaluation = evaluationsByStatus['not-qualified'];
    expect(evaluation.notices.map((notice) => notice.code)).toEqual(['pracr-transition']);
    const line = wording.describeNotice(evaluation.notices[0]!);
    expect(line).toMatch(/^Important: Microsoft's PRACR page says/);
    expect(visibleText(renderResultCard(evaluation)).split('\n')[1]).toBe(line);
    expect(renderResultText(evaluation).split('\n')[1]).toBe(line);
    expect(renderSummaryText(evaluation).split('\n\n')[2]).toBe(wording.describeShortNotices(evaluation.notices)[0]);
    expect(formatEvaluationText(evaluation).split('\n')[2]).toBe(line);
    expect(renderEvaluationJson(evaluation).notices).toEqual(evaluation.notices);
  });

  it('a finding is worded the same way in the API notes, the card, the plain text and the CLI', () => {
    const evaluation = largestEvaluation();
    const sentences = evaluation.findings.map(wording.describeFinding);
    expect(renderEvaluationJson(evaluation).notes).toEqual(sentences);
    for (const sentence of sentences) {
      expect(visibleText(renderResultCard(evaluation))).toContain(sentence);
      expect(renderResultText(evaluation)).toContain(sentence);
      expect(formatEvaluationText(evaluation)).toContain(sentence);
    }
  });
});
