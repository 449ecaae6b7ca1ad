import { describe, expect, it } from 'vitest';
import type { ComponentResult } from '../../src/eligibility/evaluation';
import { renderResultCard } from '../../src/cards/resultCard';
import { renderGlanceText, renderResultText } from '../../src/cards/resultText';
import { describeComponent, describeFinding, progressBar } from '../../src/eligibility/wording';
import { allNodes } from './adaptiveCardRules';
import { evaluateRequest } from '../fixtures/policies';
import { evaluationsByStatus, largestEvaluation, statuses } from './evaluations';

describe('the plain-text result for each status', () => {
  it.each(statuses)('the %s text opens with the glance and carries the window, policy, disclaimer and resources link', (status) => {
    const evaluation = evaluationsByStatus[status];
    const text = renderResultText(evaluation);
    const glance = renderGlanceText(evaluation).split('\n');
    expect(text.split('\n').slice(0, 2)).toEqual(glance.slice(0, 2));
    expect(text).toContain(status === 'not-in-effect' ? '1 Jul 2022 to 30 Jun 2023' : '27 Nov 2025 to 26 Nov 2026');
    expect(text).toContain(status === 'not-in-effect' ? 'The first rules in force from 1 Jul 2023 to 30 Jun 2024: ' : 'Rules in force from 1 Jan 2026: ');
    // The rules line states its dates once (the title's own "(in force from …)" is not repeated).
    const rulesLine = text.split('\n').find((line) => /^(The first rules|Rules) in force/.test(line)) ?? '';
    expect(rulesLine.match(/in force/g)).toHaveLength(1);
    expect(text).toContain(
      status === 'not-in-effect'
        ? 'Source: Azure IP co-sell top-tier benefits, https://learn.microsoft.com/partner-center/referrals/azure-ip-co-sell-top-tier-benefits, revised 5 Jul 2023'
        : 'Source: Partner Reported Azure Consumed Revenue (PRACR), https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue, revised 1 Jan 2026',
    );
    expect(text).toContain("your status in Microsoft Partner Center is authoritative");
    expect(text).toContain('Details and next steps: the Azure IP co-sell resources gallery, https://aka.ms/azureipcosellresources');
  });

  it.each(statuses)('the %s text is lines, with no markdown tables or headings', (status) => {
    for (const line of renderResultText(evaluationsByStatus[status]).split('\n')) {
      expect(line).not.toMatch(/^\s*(\||#)/);
      expect(line).not.toMatch(/^\s*-{3,}/);
    }
  });

  it.each(statuses)('every fact and gap on the %s card is also in the text', (status) => {
    const evaluation = evaluationsByStatus[status];
    const text = renderResultText(evaluation);
    for (const node of allNodes(renderResultCard(evaluation))) {
      if (node.type === 'FactSet') for (const fact of node.facts as Array<{ title: string; value: string }>) expect(text).toContain(`${fact.title}: ${fact.value}`);
      if (node.type === 'TextBlock' && /^(Gap|Note|Next step|Still needed):|^Your closest route/.test(String(node.text))) expect(text).toContain(String(node.text));
    }
  });
});

describe('what the plain text says', () => {
  it('each criterion gives its outcome, percentage, actual against required and gap', () => {
    const text = renderResultText(evaluationsByStatus['not-qualified']);
    expect(text).toContain('- USD 4 million in marketplace billed sales: not met, ▓▓▓▓▓▓▓▓▓░ 90%');
    expect(text).toContain('  Marketplace billed sales: USD 3,600,000 of USD 4,000,000');
    expect(text).toContain('  Gap: USD 400,000 short of USD 4,000,000 in marketplace billed sales');
    expect(text).toContain('- 30 marketplace transactions of at least USD 100 from 8 unique customers: not met, ▓▓▓▓▓▓░░░░ 62%');
    expect(text).toContain('  Signed cloud consumption commitment: USD 0 of USD 30,000,000');
    expect(text).toContain('Your closest route is USD 4 million in marketplace billed sales: you are USD 400,000 short of USD 4,000,000 in marketplace billed sales.');
    expect(text).toContain('- A Solutions Partner with certified software designation for Azure, or an Industry AI designation on Azure: not met, ░░░░░░░░░░ 0%');
    // Before version 3, once the FY25 designation route had ended, the text leaves it out.
    const ended = renderResultText(evaluateRequest({ asOf: '2025-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 }));
    expect(ended).not.toMatch(/designation/i);
  });

  it('an undetermined text says which criteria need an answer and which answers would settle them', () => {
    const text = renderResultText(evaluationsByStatus.undetermined);
    expect(text).toContain('- 12 net-new marketplace customers with over USD 10,000 each in the window: needs an answer, ░░░░░░░░░░ not answered');
    expect(text).toContain('Still needed: your net-new customers over USD 10,000 each, your marketplace transactions of at least USD 100, how many unique customers those transactions came from, any cloud consumption commitment you signed and your partner designations.');
  });

  it('a what-if shows what changed before anything else', () => {
    const text = renderResultText(evaluationsByStatus.qualified, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] });
    expect(text.startsWith('What changed:\n- Billed sales: USD 3,600,000 → USD 4,100,000\n\nYou qualify for top-tier benefits\n')).toBe(true);
  });

  it('notes appear once: beside their criterion, or under Notes', () => {
    const evaluation = largestEvaluation();
    const text = renderResultText(evaluation);
    for (const note of evaluation.findings.map(describeFinding)) expect(text.split(note).length - 1).toBe(1);
    expect(text).toMatch(/Notes:\n- \d+ transaction rows in the window had no offer ID/);
    expect(text).toContain('Note: A designation attained on 5 Jan 2025 counts from 1 Feb 2025.');
  });

  it('derived and inferred figures say where they came from', () => {
    expect(renderResultText(largestEvaluation())).toMatch(/Marketplace transactions of at least USD 100: \d+ .*\(from your transactions\)/);
    expect(renderResultText(evaluationsByStatus.undetermined)).toContain('A transactable offer in the commercial marketplace: yes (follows from your other answers)');
  });
});

describe('the progress bar', () => {
  it.each([
    [0.875, '▓▓▓▓▓▓▓▓░░ 87%'],
    [0.9, '▓▓▓▓▓▓▓▓▓░ 90%'],
    [0.999, '▓▓▓▓▓▓▓▓▓░ 99%'],
    [1, '▓▓▓▓▓▓▓▓▓▓ 100%'],
    [0, '░░░░░░░░░░ 0%'],
    [0.05, '░░░░░░░░░░ 5%'],
  ])('%s of the way reads %s', (progress, bar) => {
    expect(progressBar(progress)).toBe(bar);
  });
});

describe('a component, actual against required', () => {
  const base: ComponentResult = { metric: 'marketplaceBilledSalesUsd', operator: 'min', required: 4_000_000, actual: 3_600_000, shortBy: 400_000, outcome: 'not-met', quote: 'USD $4 million' };

  it.each<[string, Partial<ComponentResult>, string]>([
    ['an unmet at-least threshold', {}, 'USD 3,600,000 of USD 4,000,000'],
    ['a met threshold', { actual: 4_000_000, shortBy: 0, outcome: 'met' }, 'USD 4,000,000 (needs USD 4,000,000)'],
    ['a strictly-greater threshold sitting exactly on it', { operator: 'over', required: 10_000, actual: 10_000, shortBy: 0.01 }, 'USD 10,000 of more than USD 10,000'],
    ['an unknown figure', { actual: null, shortBy: null, outcome: 'unknown' }, 'not answered; needs USD 4,000,000'],
    ['a count', { metric: 'netNewCustomersOver10k', required: 12, actual: 7, shortBy: 5 }, '7 of 12'],
    ['a missing yes/no fact', { metric: 'hasTransactableOffer', operator: 'isTrue', required: true, actual: false, shortBy: 1 }, 'no; needs yes'],
  ])('%s reads as "%s"', (_name, change, expected) => {
    expect(describeComponent({ ...base, ...change })).toBe(expected);
  });
});
