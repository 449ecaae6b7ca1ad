import { describe, expect, it } from 'vitest';
import { renderSummaryText } from '../../src/cards/summaryText';
import { metricCatalogue } from '../../src/eligibility/metricCatalogue';
import { evaluateRequest } from '../fixtures/policies';
import { evaluationsByStatus, largestEvaluation, noticeChars, statuses } from './evaluations';

const MAX_SUMMARY_CHARS = 800;
const rawIds = new RegExp(`\\b(${Object.keys(metricCatalogue).join('|')})\\b`);

/** Every figure given, with every criterion short and every figure set by a what-if: the longest summary. */
const longestRequest = () =>
    evaluateRequest({
      asOf: '2026-11-26',
      azureIpCoSellEligible: true,
      hasTransactableOffer: true,
      marketplaceBilledSalesUsd: 3_999_999.99,
      netNewCustomersOver10k: 11,
      transactionsOver100: 29,
      uniqueCustomersOver100: 7,
      marketplaceTransactions: 999_999,
      consumptionCommitmentUsd: 199_999_999.99,
      designations: [{ type: 'industry-ai', attainedOn: '2025-01-05' }],
    });
const longest = () => renderSummaryText(longestRequest(), { whatIfFields: Object.keys(metricCatalogue) });

describe('the summary for an email or a ticket', () => {
  it.each(statuses)('the %s summary is under 800 characters besides its headline notices, plain words, no raw field ids or markdown', (status) => {
    const summary = renderSummaryText(evaluationsByStatus[status]);
    expect(summary.length - noticeChars(evaluationsByStatus[status])).toBeLessThan(MAX_SUMMARY_CHARS);
    expect(summary).not.toMatch(rawIds);
    expect(summary).not.toMatch(/^\s*(#|\||[-*] )/m);
  });

  it.each(statuses)('the %s summary names the as-of date, the window, the rules version and the link', (status) => {
    const summary = renderSummaryText(evaluationsByStatus[status]);
    const before = status === 'not-in-effect';
    expect(summary.split('\n')[0]).toBe(`Azure IP co-sell top-tier eligibility summary, as of ${before ? '30 Jun 2023' : '26 Nov 2026'}`);
    expect(summary).toContain(before ? '1 Jul 2022 to 30 Jun 2023' : '27 Nov 2025 to 26 Nov 2026');
    expect(summary).toContain(before ? 'Rules in force from 1 Jul 2023 to 30 Jun 2024.' : 'Rules in force from 1 Jan 2026.');
    expect(summary).toContain('https://aka.ms/azureipcosellresources');
  });

  it('the longest possible summary, every figure a what-if, stays under 800 characters besides its headline notices', () => {
    const summary = longest();
    console.info(`longest summary: ${summary.length} characters, ${noticeChars(longestRequest())} of them notices`);
    expect(summary.length - noticeChars(longestRequest())).toBeLessThan(MAX_SUMMARY_CHARS);
    expect(summary).toContain('What-if figures, a scenario rather than actuals: co-sell eligible: yes; transactable offer: yes;');
    expect(summary).toContain('billed sales: USD 3,999,999.99;');
    expect(summary).toContain('Met by: a USD 30 million cloud consumption commitment');
  });

  it('a partner short of the line gets the real figures and the route with what it still takes', () => {
    const summary = renderSummaryText(evaluationsByStatus['not-qualified']);
    expect(summary).toContain('Result: does not yet qualify for Azure IP co-sell top-tier benefits.');
    expect(summary).toContain('Closest route: USD 4 million in marketplace billed sales; needs USD 400,000 more in marketplace billed sales.');
    expect(summary).toContain('billed sales: USD 3,600,000; net-new customers over USD 10,000: 7;');
    expect(summary).not.toMatch(/what-if/i);
  });

  it('figures a what-if set are listed apart and labelled as a scenario', () => {
    const summary = renderSummaryText(evaluationsByStatus.qualified, { whatIfFields: ['marketplaceBilledSalesUsd'] });
    expect(summary).toContain('Figures for 27 Nov 2025 to 26 Nov 2026: co-sell eligible: yes; transactable offer: yes.');
    expect(summary).toContain('What-if figures, a scenario rather than actuals: billed sales: USD 4,100,000.');
  });

  it('a qualified summary names the route met; an undetermined one lists what is still needed in words', () => {
    expect(renderSummaryText(evaluationsByStatus.qualified)).toContain('Met by: USD 4 million in marketplace billed sales.');
    expect(renderSummaryText(evaluationsByStatus.undetermined)).toContain(
      'Still needed: net-new customers over USD 10,000, transactions of USD 100 or more, unique customers, consumption commitment and a qualifying designation.',
    );
    expect(renderSummaryText(evaluateRequest({ asOf: '2026-11-26', marketplaceBilledSalesUsd: 4_100_000 }))).toContain('Still needed: co-sell eligible.');
  });

  it('derived figures from a file are summarised the same way', () => {
    expect(renderSummaryText(largestEvaluation()).length - noticeChars(largestEvaluation())).toBeLessThan(MAX_SUMMARY_CHARS);
  });
});
