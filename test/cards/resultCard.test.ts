import { describe, expect, it } from 'vitest';
import type { Evaluation, Status } from '../../src/eligibility/evaluation';
import { renderResultCard, type ContainerJson, type SubmitActionJson, type TextBlockJson } from '../../src/cards/resultCard';
import { renderResultText } from '../../src/cards/resultText';
import { renderSummaryText } from '../../src/cards/summaryText';
import { criterion, evaluateRequest } from '../fixtures/policies';
import { allNodes, schemaProblems, visibleText, webChatParserWarnings } from './adaptiveCardRules';
import { evaluationsByStatus, largestEvaluation, statuses } from './evaluations';

const MAX_CARD_BYTES = 28 * 1024;

function byteSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

const expectedHeadlines: Record<Status, { text: string; color: string }> = {
  qualified: { text: '✅ You qualify for top-tier benefits', color: 'good' },
  'not-qualified': { text: 'Not yet: closest route is USD 4 million in marketplace billed sales', color: 'attention' },
  undetermined: { text: 'Undetermined: 5 answers needed', color: 'warning' },
  'not-co-sell-eligible': { text: 'Not co-sell eligible yet', color: 'attention' },
  'not-in-effect': { text: 'Rules not in effect on 30 Jun 2023', color: 'warning' },
};

describe('the result card for each status', () => {
  it.each(statuses)('the %s card is Adaptive Card 1.5 JSON that survives a JSON round trip', (status) => {
    const card = renderResultCard(evaluationsByStatus[status]);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(card).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5' });
  });

  it.each(statuses)('every element, property and action of the %s card is allowed in schema 1.5', (status) => {
    expect(schemaProblems(renderResultCard(evaluationsByStatus[status]))).toEqual([]);
  });

  it.each(statuses)("Web Chat's own Adaptive Cards parser reads the %s card without a warning", (status) => {
    expect(webChatParserWarnings(renderResultCard(evaluationsByStatus[status]))).toEqual([]);
  });

  it.each(statuses)('the %s card opens with its status in one line, coloured for the status', (status) => {
    const card = renderResultCard(evaluationsByStatus[status]);
    const top = card.body[0] as ContainerJson;
    const headline = top.items[0] as TextBlockJson;
    expect(headline.text).toBe(expectedHeadlines[status].text);
    // The colour is the container's fill; the headline keeps the default text colour so it stays readable on it.
    expect(headline.color).toBeUndefined();
    expect(top.style).toBe(expectedHeadlines[status].color);
  });

  it.each(statuses)('the %s card names the window, the policy version with its dates and source revision, and the disclaimer', (status) => {
    const evaluation = evaluationsByStatus[status];
    const text = visibleText(renderResultCard(evaluation));
    const versionOne = status === 'not-in-effect';
    expect(text).toContain(versionOne ? '1 Jul 2022 to 30 Jun 2023' : '27 Nov 2025 to 26 Nov 2026');
    expect(text).toContain(versionOne ? 'rules version 1' : 'Rules version 3');
    expect(text).toContain(versionOne ? 'in force 1 Jul 2023 to 30 Jun 2024' : 'in force 1 Jan 2026 onwards');
    expect(text).toContain(versionOne ? 'revised 5 Jul 2023' : 'revised 1 Jan 2026');
    expect(text).toContain(versionOne ? 'https://learn.microsoft.com/partner-center/referrals/azure-ip-co-sell-top-tier-benefits' : 'https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue');
    expect(text).toContain('Partner Center is authoritative');
  });

  it.each(statuses)('the %s card opens the resources gallery and offers start over, what-if and summary buttons that Teams also sends as text', (status) => {
    const card = renderResultCard(evaluationsByStatus[status]);
    expect(card.actions[0]).toEqual({ type: 'Action.OpenUrl', title: 'Open the resources gallery', url: 'https://aka.ms/azureipcosellresources' });
    const submits = card.actions.slice(1) as SubmitActionJson[];
    expect(submits.map((action) => [action.title, action.data.action])).toEqual([
      ['Start over', 'startOver'],
      ['Try a what-if', 'whatIf'],
      ['Summary for email', 'summary'],
    ]);
    for (const action of submits) {
      expect(action.type).toBe('Action.Submit');
      expect(action.data.msteams).toEqual({ type: 'messageBack', text: expect.any(String), displayText: action.title });
      expect(action.data.msteams.text.length).toBeGreaterThan(0);
    }
  });

  it.each(statuses)('the %s card is under 28 KB, falls back to the plain text, and speaks a short version', (status) => {
    const evaluation = evaluationsByStatus[status];
    const card = renderResultCard(evaluation);
    expect(byteSize(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(card.fallbackText).toBe(renderResultText(evaluation));
    expect(card.speak.length).toBeGreaterThan(20);
    expect(card.speak.length).toBeLessThan(400);
    expect(card.speak).not.toMatch(/[▓░✅]/);
  });

  it.each(statuses)('no line of the %s card starts with characters markdown would turn into a list or a heading', (status) => {
    const blocks = allNodes(renderResultCard(evaluationsByStatus[status])).filter((node) => node.type === 'TextBlock');
    for (const block of blocks) expect(String(block.text)).not.toMatch(/^(\d+[.)]|[-*+#>]) /);
  });
});

describe('what the result card says', () => {
  it('a partner USD 400,000 short sees the gap in dollars, 90% progress, their figure against the requirement and the window', () => {
    const text = visibleText(renderResultCard(evaluationsByStatus['not-qualified']));
    expect(text).toContain('Closest route: USD 4 million in marketplace billed sales. You are USD 400,000 short of USD 4,000,000 in marketplace billed sales.');
    expect(text).toContain('Progress: ▓▓▓▓▓▓▓▓▓░ 90%');
    expect(text).toContain('Marketplace billed sales: USD 3,600,000 of USD 4,000,000');
    expect(text).toContain('Gap: 5 short of 12 net-new customers over USD 10,000 each');
    expect(text).toContain('Trailing twelve-month window: 27 Nov 2025 to 26 Nov 2026 (as of 26 Nov 2026)');
  });

  it('the card shows the closest gap for undetermined and not co-sell eligible partners too', () => {
    expect(visibleText(renderResultCard(evaluationsByStatus.undetermined))).toContain('USD 400,000 short of USD 4,000,000');
    expect(visibleText(renderResultCard(evaluationsByStatus['not-co-sell-eligible']))).toContain('USD 400,000 short of USD 4,000,000');
  });

  it('each pathway is a heading with its criteria after it, in policy order', () => {
    const card = renderResultCard(evaluationsByStatus['not-qualified']);
    const headings = card.body.filter((element): element is TextBlockJson => element.type === 'TextBlock' && element.style === 'heading').map((block) => block.text);
    expect(headings).toEqual(['Marketplace performance pathway', 'Consumption commitments pathway', 'Designation pathway', 'Rules used']);
    const text = visibleText(card);
    const order = ['Marketplace performance pathway', 'USD 4 million in marketplace billed sales', '12 net-new marketplace customers', 'Consumption commitments pathway', 'A USD 30 million', 'A USD 200 million', 'Designation pathway', 'A Solutions Partner'];
    // Each part must appear after the one before it (the status line above also names a criterion).
    let from = text.indexOf('Marketplace performance pathway');
    for (const part of order) {
      const found = text.indexOf(part, from);
      expect(found, part).toBeGreaterThanOrEqual(from);
      from = found;
    }
  });

  it('every component of every criterion has a fact of actual against required', () => {
    const evaluation = evaluationsByStatus['not-qualified'];
    const facts = allNodes(renderResultCard(evaluation)).filter((node) => node.type === 'FactSet');
    expect(facts).toHaveLength(evaluation.criteria.length);
    const titles = facts.flatMap((factSet) => (factSet.facts as Array<{ title: string }>).map((fact) => fact.title));
    expect(titles).toHaveLength(evaluation.criteria.flatMap((result) => result.gaps).length);
    expect(visibleText(renderResultCard(evaluation))).toContain('Unique customers behind those transactions: 5 of 8');
  });

  it('a figure the partner has not given reads "unknown", and its criterion shows no percentage', () => {
    const text = visibleText(renderResultCard(evaluationsByStatus.undetermined));
    expect(text).toContain('Net-new customers over USD 10,000 each: unknown; needs 12');
    expect(text).toContain('Signed cloud consumption commitment: unknown; needs USD 30,000,000');
    expect(text).toContain('Progress: ░░░░░░░░░░ unknown');
    expect(text).toContain('Answers needed: your net-new customers over USD 10,000 each');
  });

  it('a qualified card marks the met criterion and says nothing about a closest route', () => {
    const evaluation = evaluationsByStatus.qualified;
    const card = renderResultCard(evaluation);
    const text = visibleText(card);
    expect(text).toContain('Marketplace billed sales: USD 4,100,000 (needs USD 4,000,000)');
    expect(text).toContain('Progress: ▓▓▓▓▓▓▓▓▓▓ 100%');
    expect(text).not.toContain('Closest route');
    const outcome = allNodes(card).find((node) => node.type === 'TextBlock' && node.text === 'Met');
    expect(outcome).toMatchObject({ color: 'good' });
  });

  it('a route that has ended shows its note instead of a gap the partner cannot close', () => {
    const text = visibleText(renderResultCard(evaluateRequest({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 })));
    expect(text).toContain('Note: The designation route covered 1 Jul 2024 to 30 Jun 2025');
    expect(text).not.toContain('Gap: Missing a qualifying designation');
  });

  it('before the program started the card names the first version and when it starts, with no criteria', () => {
    const card = renderResultCard(evaluationsByStatus['not-in-effect']);
    const text = visibleText(card);
    expect(text).toContain('First rules version 1');
    expect(text).toContain('took effect on 1 Jul 2023');
    expect(allNodes(card).some((node) => node.type === 'FactSet')).toBe(false);
    expect(card.speak).toBe('The rules were not in effect on 30 Jun 2023. They start on 1 Jul 2023.');
  });

  it('what changed in a what-if is listed on the card', () => {
    const card = renderResultCard(evaluationsByStatus.qualified, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] });
    expect(visibleText(card)).toContain('What changed\n• Billed sales: USD 3,600,000 → USD 4,100,000');
    expect(visibleText(renderResultCard(evaluationsByStatus.qualified))).not.toContain('What changed');
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

  it('the longest result, with ten what-if changes, stays under 28 KB', () => {
    const evaluation = largestEvaluation();
    expect(evaluation.notes.length).toBeGreaterThanOrEqual(2);
    const whatChanged = Array.from({ length: 10 }, (_, index) => `Billed sales: USD ${index},000,000 → USD ${index + 1},000,000`);
    const card = renderResultCard(evaluation, { whatChanged });
    const bytes = byteSize(card);
    console.info(`largest result card: ${bytes} bytes of JSON`);
    expect(bytes).toBeLessThan(MAX_CARD_BYTES);
    expect(schemaProblems(card)).toEqual([]);
    expect(webChatParserWarnings(card)).toEqual([]);
  });
});

describe('notices at headline level', () => {
  const after = evaluateRequest({ asOf: '2026-01-01', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 });
  const before = evaluateRequest({ asOf: '2025-12-31', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_100_000 });

  it('from 1 Jan 2026 the card says in its status container that PRACR access ended and what net-new partners need', () => {
    const top = renderResultCard(after).body[0] as ContainerJson;
    const lines = top.items.map((item) => (item as TextBlockJson).text);
    expect(lines[0]).toBe('✅ You qualify for top-tier benefits');
    expect(lines[2]).toContain("Important: Microsoft's PRACR page says existing Azure IP co-sell top-tier access ended on 31 Dec 2025");
    expect(lines[2]).toContain('https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue');
    expect(schemaProblems(renderResultCard(after))).toEqual([]);
  });

  it('on 31 Dec 2025 the status container has no notice', () => {
    expect((renderResultCard(before).body[0] as ContainerJson).items).toHaveLength(2);
  });

  it('the plain text puts the notice right under the status and window lines', () => {
    const [status, , notice] = renderResultText(after).split('\n');
    expect(status).toBe('✅ You qualify for top-tier benefits');
    expect(notice).toMatch(/^Important: Microsoft's PRACR page says/);
    expect(renderResultText(before)).not.toContain('Important:');
  });

  it('the email summary carries the notice right under the window line', () => {
    const lines = renderSummaryText(after).split('\n');
    expect(lines[lines.findIndex((line) => line.startsWith('Window:')) + 1]).toMatch(/^Important: Microsoft's PRACR page says/);
    expect(renderSummaryText(before)).not.toContain('Important:');
  });
});
