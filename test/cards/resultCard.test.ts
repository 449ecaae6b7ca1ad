import { describe, expect, it } from 'vitest';
import type { Evaluation, Status } from '../../src/eligibility/evaluation';
import type { TrendPoint } from '../../src/eligibility/monthlyTrend';
import { renderResultCard, type ContainerJson, type ShowCardActionJson, type SubmitActionJson, type TextBlockJson } from '../../src/cards/resultCard';
import { renderGlanceText, renderResultText } from '../../src/cards/resultText';
import { renderSummaryText } from '../../src/cards/summaryText';
import { trendChartImageElement } from '../../src/cards/trendChart';
import { renderTrendChartPng } from '../../src/cards/trendChartPng';
import { criterion, evaluateRequest } from '../fixtures/policies';
import { allNodes, collapsed, schemaProblems, shownCard, visibleText, webChatParserWarnings } from './adaptiveCardRules';
import { evaluationsByStatus, largestEvaluation, noticeChars, statuses } from './evaluations';

/** Teams' limit for one message, card included. */
const MAX_CARD_BYTES = 28 * 1024;

function byteSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

const expectedHeadlines: Record<Status, { text: string; color: string }> = {
  qualified: { text: 'You qualify for top-tier benefits', color: 'good' },
  'not-qualified': { text: 'Not yet: you do not qualify for top-tier benefits', color: 'attention' },
  undetermined: { text: 'Need more answers to tell', color: 'warning' },
  'not-co-sell-eligible': { text: 'Not yet: Azure IP co-sell eligibility comes first', color: 'attention' },
  'not-in-effect': { text: 'The top-tier rules were not in effect on 30 Jun 2023', color: 'warning' },
};

/** The status block: the container whose first line is the large heading. */
function headlineContainer(evaluation: Evaluation): ContainerJson {
  const isStatusBlock = (element: { type: string }): element is ContainerJson =>
    element.type === 'Container' && (element as ContainerJson).items[0]?.type === 'TextBlock' && ((element as ContainerJson).items[0] as TextBlockJson).size === 'large';
  return renderResultCard(evaluation).body.find(isStatusBlock)!;
}

describe('the result card for each status', () => {
  it.each(statuses)('the %s card is Adaptive Card 1.5 JSON that survives a JSON round trip', (status) => {
    const card = renderResultCard(evaluationsByStatus[status]);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(card).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5', msteams: { width: 'Full' } });
  });

  it.each(statuses)('every element, property and action of the %s card, the opened details included, is allowed in schema 1.5', (status) => {
    expect(schemaProblems(renderResultCard(evaluationsByStatus[status]))).toEqual([]);
  });

  it.each(statuses)("Web Chat's own Adaptive Cards parser reads the %s card without a warning", (status) => {
    expect(webChatParserWarnings(renderResultCard(evaluationsByStatus[status]))).toEqual([]);
  });

  it.each(statuses)('the %s card opens with its headline in one line, on a fill coloured for the status', (status) => {
    const top = headlineContainer(evaluationsByStatus[status]);
    const headline = top.items[0] as TextBlockJson;
    expect(headline.text).toBe(expectedHeadlines[status].text);
    expect(headline.style).toBe('heading');
    // The colour is the container's named style (themed by the host); the text keeps the default colour on it.
    expect(headline.color).toBeUndefined();
    expect(top.style).toBe(expectedHeadlines[status].color);
  });

  it.each(statuses)('the collapsed %s card has no criteria table: every criterion and the rules are behind "Show all criteria"', (status) => {
    const evaluation = evaluationsByStatus[status];
    const card = renderResultCard(evaluation);
    expect(allNodes(collapsed(card)).some((node) => node.type === 'FactSet')).toBe(false);
    const glance = visibleText(collapsed(card));
    expect(glance).toContain(status === 'not-in-effect' ? '1 Jul 2022 to 30 Jun 2023' : '27 Nov 2025 to 26 Nov 2026, as of 26 Nov 2026, rules in force from 1 Jan 2026');
    expect(glance).toContain('Partner Center is authoritative');
    const details = shownCard(card);
    if (status === 'not-in-effect') {
      expect(visibleText(details)).toContain('The first rules in force from 1 Jul 2023 to 30 Jun 2024: Azure IP co-sell top-tier benefits (program page revised 5 Jul 2023)');
      return;
    }
    const detailText = visibleText(details);
    for (const result of evaluation.criteria.filter((candidate) => candidate.id !== 'designation.fy25')) expect(detailText).toContain(result.title);
    expect(detailText).toContain('Rules in force from 1 Jan 2026: Azure IP co-sell top tier after the PRACR transition');
    expect(detailText).toContain('revised 1 Jan 2026');
  });

  it.each(statuses)('the %s card offers show all criteria, the resources gallery, a what-if and a summary, in that order', (status) => {
    const card = renderResultCard(evaluationsByStatus[status]);
    expect(card.actions.map((action) => action.title)).toEqual(['Show all criteria', 'Open the resources gallery', 'Try a what-if', 'Summary for email']);
    expect((card.actions[0] as ShowCardActionJson).type).toBe('Action.ShowCard');
    expect(card.actions[1]).toEqual({ type: 'Action.OpenUrl', title: 'Open the resources gallery', url: 'https://aka.ms/azureipcosellresources' });
    for (const action of card.actions.slice(2) as SubmitActionJson[]) {
      expect(action.type).toBe('Action.Submit');
      expect(action.data.msteams).toEqual({ type: 'messageBack', text: expect.any(String), displayText: action.title });
    }
    expect((card.actions.slice(2) as SubmitActionJson[]).map((action) => action.data.action)).toEqual(['whatIf', 'summary']);
  });

  it.each(statuses)('the %s card is under 28 KB; its fallback is the short plain version and it speaks a few sentences', (status) => {
    const evaluation = evaluationsByStatus[status];
    const card = renderResultCard(evaluation);
    expect(byteSize(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(card.fallbackText).toBe(renderGlanceText(evaluation));
    expect(card.fallbackText.length - noticeChars(evaluation)).toBeLessThan(700);
    expect(card.fallbackText).toContain('https://aka.ms/azureipcosellresources');
    expect(card.speak.length).toBeGreaterThan(20);
    // From 2026 an undetermined answer also asks for designations (the designation route is in force again).
    // Plus, from 2026, the PRACR notice's short spoken form (about 120 characters, no link).
    expect(card.speak.length).toBeLessThan(600);
    expect(card.speak).not.toMatch(/https?:/);
    expect(card.speak).not.toMatch(/[▓░✅]|https?:/);
  });

  it.each(statuses)('the collapsed %s card states the gap at most twice', (status) => {
    const glance = visibleText(collapsed(renderResultCard(evaluationsByStatus[status])));
    expect(occurrences(glance, '400,000')).toBeLessThanOrEqual(2);
  });

  it.each(statuses)('no line of the %s card starts with characters markdown would turn into a list or a heading', (status) => {
    const blocks = allNodes(renderResultCard(evaluationsByStatus[status])).filter((node) => node.type === 'TextBlock');
    for (const block of blocks) expect(String(block.text)).not.toMatch(/^(\d+[.)]|[-*+#>]) /);
  });
});

describe('what the collapsed card says', () => {
  it('a partner USD 400,000 short reads the closest route with its exact gap, then the next step', () => {
    const glance = visibleText(collapsed(renderResultCard(evaluationsByStatus['not-qualified'])));
    expect(glance).toContain('Your closest route is USD 4 million in marketplace billed sales: you are USD 400,000 short of USD 4,000,000 in marketplace billed sales.');
    expect(glance).toContain('Next step: USD 400,000 more in marketplace billed sales.');
    expect(occurrences(glance, '400,000')).toBe(2);
  });

  it('the next step names what to add in plain words: "2 more net-new customers over USD 10,000 each"', () => {
    const evaluation = evaluationsByStatus['not-qualified'];
    const netNew = structuredClone(evaluation);
    netNew.closest = 'marketplace.netNewCustomers';
    criterion(netNew, 'marketplace.netNewCustomers').gaps[0]!.shortBy = 2;
    expect(visibleText(collapsed(renderResultCard(netNew)))).toContain('Next step: 2 more net-new customers over USD 10,000 each.');
  });

  it('unknown answers become one "Still needed" line in plain words, never raw ids or "unknown" rows', () => {
    const glance = visibleText(collapsed(renderResultCard(evaluationsByStatus.undetermined)));
    expect(glance).toContain(
      'Still needed: your net-new customers over USD 10,000 each, your marketplace transactions of at least USD 100, how many unique customers those transactions came from, any cloud consumption commitment you signed and your partner designations.',
    );
    expect(glance).not.toMatch(/unknown|netNewCustomersOver10k|azureIpCoSellEligible/);
  });

  it('a route not in force on the as-of date is left out, collapsed and expanded', () => {
    // On 26 Nov 2025 (rules version 2) the FY25 designation route has ended; version 3 reopens it from 1 Jan 2026.
    const card = renderResultCard(evaluateRequest({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 }));
    expect(visibleText(card)).not.toMatch(/designation/i);
    const qualified = renderResultCard(evaluateRequest({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 }));
    expect(visibleText(qualified)).not.toContain('30 Jun 2025');
  });

  it('a partner who qualifies reads what top tier gives, cited from the program page, with the gallery one tap away', () => {
    const card = renderResultCard(evaluationsByStatus.qualified);
    const glance = visibleText(collapsed(card));
    expect(glance).toContain('You meet USD 4 million in marketplace billed sales, on the marketplace performance pathway.');
    expect(glance).toContain('What top tier gives you');
    expect(glance).toContain('Microsoft Azure Cloud Commitment (MACC)');
    // From 2026 the PRACR benefit carries the PRACR page's designation condition (finding #14), not the 2023 promise.
    expect(glance).toContain('PRACR, an exclusive SaaS joint-sales offering, if you also hold a certified software or Industry AI designation for Azure');
    expect(glance).not.toContain('Eligibility for PRACR');
    expect(glance).not.toMatch(/closest|Next step/i);
    expect(card.fallbackText).toContain('PRACR');
  });

  it('before 2026 the PRACR benefit is the program page\'s own wording', () => {
    const card = renderResultCard(evaluateRequest({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 }));
    expect(visibleText(collapsed(card))).toContain('Eligibility for PRACR, an exclusive SaaS joint-sales offering, which you access by taking additional actions.');
  });

  it('no other status lists the benefits', () => {
    for (const status of statuses.filter((candidate) => candidate !== 'qualified')) {
      expect(visibleText(renderResultCard(evaluationsByStatus[status]))).not.toContain('What top tier gives you');
    }
  });

  it('notices about the rules, when an evaluation carries them, sit right under the headline of the card and its fallback', () => {
    const evaluation: Evaluation = { ...evaluationsByStatus['not-qualified'], notices: [{ code: 'revised', text: 'The program page was revised on 1 Jul 2026.', source: 'issue #17' }] };
    const card = renderResultCard(evaluation);
    const lines = visibleText(collapsed(card)).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Not yet: you do not qualify for top-tier benefits', 'Important: The program page was revised on 1 Jul 2026.']);
    expect(card.fallbackText.split('\n').slice(0, 2)).toEqual(lines.slice(0, 2));
    expect(schemaProblems(card)).toEqual([]);
  });

  it('what changed in a what-if is listed before the headline', () => {
    const card = renderResultCard(evaluationsByStatus.qualified, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] });
    expect(visibleText(collapsed(card))).toMatch(/^What changed\n• Billed sales: USD 3,600,000 → USD 4,100,000\nYou qualify/);
    expect(visibleText(renderResultCard(evaluationsByStatus.qualified))).not.toContain('What changed');
  });

  it('before the program started the card says when it starts and offers only the rules in the details', () => {
    const card = renderResultCard(evaluationsByStatus['not-in-effect']);
    expect(visibleText(collapsed(card))).toContain('They took effect on 1 Jul 2023; choose an as-of date on or after that day.');
    expect(allNodes(card).some((node) => node.type === 'FactSet')).toBe(false);
    expect(card.speak).toBe('The top-tier rules were not in effect on 30 Jun 2023. They took effect on 1 Jul 2023; choose an as-of date on or after that day.');
  });
});

describe('the details one tap away', () => {
  it('each criterion in force shows progress, its figure against the requirement and its gap', () => {
    const details = visibleText(shownCard(renderResultCard(evaluationsByStatus['not-qualified'])));
    expect(details).toContain('Progress: ▓▓▓▓▓▓▓▓▓░ 90%');
    expect(details).toContain('Marketplace billed sales: USD 3,600,000 of USD 4,000,000');
    expect(details).toContain('Gap: 5 short of 12 net-new customers over USD 10,000 each');
    expect(details).toContain('Unique customers behind those transactions: 5 of 8');
  });

  it('pathways are headings in policy order; a pathway with no route in force is left out', () => {
    const headingsOf = (evaluation: Evaluation) =>
      (shownCard(renderResultCard(evaluation))!.body as TextBlockJson[]).filter((element) => element.type === 'TextBlock' && element.style === 'heading').map((block) => block.text);
    expect(headingsOf(evaluationsByStatus['not-qualified'])).toEqual(['Marketplace performance pathway', 'Consumption commitments pathway', 'Designation pathway', 'Rules used']);
    // 26 Nov 2025: the FY25 designation route has ended and version 3 has not begun, so its pathway is left out.
    const ended = evaluateRequest({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 });
    expect(headingsOf(ended)).toEqual(['Marketplace performance pathway', 'Consumption commitments pathway', 'Rules used']);
  });

  it('a figure not yet given reads "not answered", with no percentage', () => {
    const details = visibleText(shownCard(renderResultCard(evaluationsByStatus.undetermined)));
    expect(details).toContain('Net-new customers over USD 10,000 each: not answered; needs 12');
    expect(details).toContain('Progress: ░░░░░░░░░░ not answered');
  });

  it("the card shows the evaluation's facts rather than recomputing them", () => {
    const evaluation: Evaluation = structuredClone(evaluationsByStatus['not-qualified']);
    const billedSales = criterion(evaluation, 'marketplace.billedSales');
    billedSales.gaps[0] = { ...billedSales.gaps[0]!, shortBy: 123 };
    billedSales.progress = 0.5;
    const text = visibleText(renderResultCard(evaluation));
    expect(text).toContain('USD 123 short of USD 4,000,000');
    expect(text).toContain('▓▓▓▓▓░░░░░ 50%');
  });

  it('a designation that counts from next month, and rows without an offer id, are noted once', () => {
    const evaluation = largestEvaluation();
    const text = visibleText(renderResultCard(evaluation));
    expect(occurrences(text, 'counts from 1 Feb 2025')).toBe(1);
    expect(text).toMatch(/Notes\n• \d+ transaction rows in the window had no offer ID/);
  });

  it('the longest result, with ten what-if changes, a forecast and the Teams PNG trend chart, stays under 28 KB', () => {
    const evaluation = largestEvaluation();
    const trend: TrendPoint[] = Array.from({ length: 12 }, (_, index) => ({
      monthEnd: `2024-${String(index + 1).padStart(2, '0')}-28`,
      window: { start: '2023-03-01', end: `2024-${String(index + 1).padStart(2, '0')}-28` },
      marketplaceBilledSalesUsd: 300_000 * (index + 1),
      netNewCustomersOver10k: index,
      transactionsOver100: index * 3,
      uniqueCustomersOver100: index,
      marketplaceTransactions: index * 4,
    }));
    const chart = trendChartImageElement(trend, 4_000_000, { rasterize: (svg) => renderTrendChartPng(svg, { width: 360 }) });
    const whatChanged = Array.from({ length: 10 }, (_, index) => `Billed sales: USD ${index},000,000 → USD ${index + 1},000,000`);
    const forecast = ['You meet the marketplace performance pathway through 14 Mar 2025 if no new transactions arrive.'];
    const card = renderResultCard(evaluation, { whatChanged, forecast, chart });
    const bytes = byteSize(card);
    console.info(`largest result card with the PNG chart: ${bytes} bytes of JSON`);
    expect(bytes).toBeLessThan(MAX_CARD_BYTES);
    expect(shownCard(card)?.body).toContainEqual(chart);
    expect(schemaProblems(card)).toEqual([]);
    expect(webChatParserWarnings(card)).toEqual([]);
  });
});

describe('notices at headline level', () => {
  const after = evaluateRequest({ asOf: '2026-01-01', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 });
  const before = evaluateRequest({ asOf: '2025-12-31', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 });
  const pracr = /^Important: Microsoft's PRACR page says existing Azure IP co-sell top-tier access ended on 31 Dec 2025/;

  it('from 1 Jan 2026 the card says right under its headline that PRACR access ended and what net-new partners need', () => {
    const top = renderResultCard(after).body[0] as ContainerJson;
    const lines = top.items.map((item) => (item as TextBlockJson).text);
    expect(lines[0]).toBe('You qualify for top-tier benefits');
    expect(lines[1]).toMatch(pracr);
    expect(lines[1]).toContain('https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue');
    expect(schemaProblems(renderResultCard(after))).toEqual([]);
  });

  it('on 31 Dec 2025 the status container has no notice', () => {
    const top = renderResultCard(before).body[0] as ContainerJson;
    expect(top.items.map((item) => (item as TextBlockJson).text).join('\n')).not.toContain('Important:');
    expect(top.items).toHaveLength(2);
  });

  it('the plain text and the fallback put the notice right under the headline', () => {
    const [headline, notice] = renderResultText(after).split('\n');
    expect(headline).toBe('You qualify for top-tier benefits');
    expect(notice).toMatch(pracr);
    expect(renderResultCard(after).fallbackText.split('\n')[1]).toMatch(pracr);
    expect(renderResultText(before)).not.toContain('Important:');
  });

  it('the email summary carries the notice right under the result line', () => {
    // The summary carries the notice's short form (the card keeps the full text), with its check and its link.
    const lines = renderSummaryText(after).split('\n\n');
    const notice = lines[lines.findIndex((line) => line.startsWith('Result:')) + 1]!;
    expect(notice).toMatch(/^Important: PRACR now needs a certified software or Industry AI designation for Azure\. Check Partner Center: https:\/\/learn\.microsoft\.com\//);
    expect(notice.length).toBeLessThan(220);
    expect(renderSummaryText(before)).not.toContain('Important:');
  });
});
