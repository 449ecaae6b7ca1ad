import { describe, expect, it } from 'vitest';
import { describePolicyChanges, renderCriteriaCard, renderCriteriaText, renderRulesText } from '../../src/cards/criteriaCard';
import type { DatedPolicy } from '../../src/eligibility/policy/policySet';
import { loadPolicyDirectory } from '../../src/eligibility/policy/loadPolicyDirectory';
import { schemaProblems, visibleText, webChatParserWarnings } from './adaptiveCardRules';

const policies = loadPolicyDirectory();
const [v1, v2, v3] = policies.versions as [DatedPolicy, DatedPolicy, DatedPolicy];

/** A later version made from v2 by editing its data, the way a maintainer would edit a copy of the file. */
function nextVersion(edit: (policy: DatedPolicy) => void): DatedPolicy {
  const policy = structuredClone(v2);
  policy.id = 'azure-ip-cosell-top-tier-test';
  policy.version = 3;
  policy.effectiveFrom = '2026-07-01';
  edit(policy);
  return policy;
}

describe('the criteria of one policy version', () => {
  it.each([
    ['version 1', v1],
    ['version 2', v2],
  ])('the %s criteria card is valid schema 1.5 that Web Chat parses, under 28 KB, falling back to its text', (_name, policy) => {
    const card = renderCriteriaCard(policy);
    expect(card.version).toBe('1.5');
    expect(schemaProblems(card)).toEqual([]);
    expect(webChatParserWarnings(card)).toEqual([]);
    expect(new TextEncoder().encode(JSON.stringify(card)).length).toBeLessThan(28 * 1024);
    expect(card.fallbackText).toBe(renderCriteriaText(policy));
  });

  it('version 1 is explained with its dates, at-least and greater-than thresholds, and its counting rule', () => {
    const text = renderCriteriaText(v1);
    expect(text).toContain('Version 1: Azure IP co-sell top-tier benefits (program page revised 5 Jul 2023)');
    expect(text).toContain('In force: 1 Jul 2023 to 30 Jun 2024');
    expect(text).toContain('Marketplace billed sales: at least USD 4,000,000');
    expect(text).toContain('Net-new customers over USD 10,000 each: at least 12');
    expect(text).toContain('A net-new customer counts when one of its net-new deals is greater than USD 10,000.');
    expect(text).toContain('A qualifying transaction is at least USD 100.');
    expect(text).toContain('A transaction is each exported marketplace row.');
    expect(text).toContain('  and marketplace transactions: at least 5');
    expect(text).toContain('  and a transactable offer in the commercial marketplace: required');
    expect(text).not.toContain('Designation pathway');
  });

  it('version 2 adds the designation route with its period and counts offer-customer combinations', () => {
    const text = renderCriteriaText(v2);
    expect(text).toContain('In force: 1 Jul 2024 to 31 Dec 2025');
    expect(text).toContain('  and marketplace transactions of at least USD 100: at least 5');
    expect(text).toContain('Designation pathway:');
    expect(text).toContain('Holds a Solutions Partner with certified software (Azure), Solutions Partner with certified software (Security) or Industry AI designation');
    expect(text).toContain('It counts from the first day of the month after the designation is attained');
    expect(text).toContain('Only for as-of dates from 1 Jul 2024 to 30 Jun 2025');
    expect(text).toContain('A transaction is each unique offer-customer combination.');
  });

  it('the criteria card shows each pathway as a heading and the same requirement lines as the text', () => {
    const card = renderCriteriaCard(v2);
    const text = visibleText(card);
    for (const heading of ['Marketplace performance pathway', 'Consumption commitments pathway', 'Designation pathway']) {
      expect(card.body).toContainEqual(expect.objectContaining({ type: 'TextBlock', style: 'heading', text: heading }));
    }
    expect(text).toContain('Marketplace billed sales: at least USD 4,000,000');
    expect(text).toContain('Only for as-of dates from 1 Jul 2024 to 30 Jun 2025');
    expect(card.actions.map((action) => action.title)).toEqual(['Read the program page', 'Open the resources gallery', 'Check my eligibility']);
  });

  it('a strictly-greater threshold is said as "greater than"', () => {
    const policy = nextVersion((draft) => {
      const billed = draft.criteria[0]!;
      if (billed.kind === 'thresholds') billed.components[0] = { ...billed.components[0]!, operator: 'over' } as (typeof billed.components)[number];
    });
    expect(renderCriteriaText(policy)).toContain('Marketplace billed sales: greater than USD 4,000,000');
  });
});

describe('which rules the assistant uses', () => {
  const text = renderRulesText(policies);
  const versionTwo = text.slice(text.indexOf('Version 2:'), text.indexOf('Version 3:'));
  const versionThree = text.slice(text.indexOf('Version 3:'));

  it('names every version with its effective dates, source and revision date', () => {
    expect(text).toContain('I use 3 versions of the program rules');
    expect(text).toContain('Version 1: Azure IP co-sell top-tier benefits (program page revised 5 Jul 2023)\nIn force: 1 Jul 2023 to 30 Jun 2024\nSource: Azure IP co-sell top-tier benefits, https://learn.microsoft.com/partner-center/referrals/azure-ip-co-sell-top-tier-benefits, revised 5 Jul 2023');
    expect(text).toContain('Version 2: Azure IP co-sell top-tier benefits, FY25 revision (in force from 1 Jul 2024)\nIn force: 1 Jul 2024 to 31 Dec 2025\nSource: Azure IP co-sell top-tier benefits, https://learn.microsoft.com/partner-center/referrals/azure-ip-co-sell-top-tier-benefits, revised 1 Jul 2024');
    expect(text).toContain('Version 3: Azure IP co-sell top tier after the PRACR transition (in force from 1 Jan 2026)\nIn force: 1 Jan 2026 onwards\nSource: Partner Reported Azure Consumed Revenue (PRACR), https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue, revised 1 Jan 2026');
    expect(text).toContain('Partner Center is authoritative');
  });

  it('says the FY25 version added the designation route and made the USD 30M transactions at least USD 100 each', () => {
    expect(versionTwo).toContain('Changes from version 1:');
    expect(versionTwo).toContain('- Added the designation route: A Solutions Partner with certified software (Azure or Security) or Industry AI designation in FY25, for as-of dates from 1 Jul 2024 to 30 Jun 2025.');
    expect(versionTwo).toContain(
      '- A USD 30 million cloud consumption commitment and 5 marketplace transactions of at least USD 100: now counts marketplace transactions of at least USD 100 (at least 5) instead of marketplace transactions (at least 5).',
    );
    expect(versionTwo).toContain('- A transaction is now each unique offer-customer combination, was each exported marketplace row.');
  });

  it('says the FY25 version counts a net-new customer by its total, and version 3 the PRACR designation route and notice', () => {
    expect(versionTwo).toContain('- A net-new customer now counts by the sum of its transactions in the window, was by one of its net-new deals.');
    expect(versionThree).toContain('- Added a designation criterion: A Solutions Partner with certified software designation for Azure, or an Industry AI designation on Azure, for as-of dates from 1 Jan 2026 onwards.');
    expect(versionThree).toContain('- Removed: A Solutions Partner with certified software (Azure or Security) or Industry AI designation in FY25.');
    expect(versionThree).toContain("- Every answer now says: Microsoft's PRACR page says existing Azure IP co-sell top-tier access ended on 31 Dec 2025");
    expect(versionThree).toContain('- Every answer that lists that designation now says: The PRACR page names certified software for Azure and Industry AI on Azure; it does not name');
    expect(describePolicyChanges(v2, v3)).toHaveLength(4);
  });

  it('lists exactly the differences in the data, and nothing for criteria that did not change', () => {
    expect(describePolicyChanges(v1, v2)).toHaveLength(5);
    expect(versionTwo).not.toContain('USD 4 million in marketplace billed sales');
    expect(text.slice(0, text.indexOf('Version 2:'))).not.toContain('Changes from');
  });

  it('derives threshold, removal, window and counting changes from a new version file', () => {
    const policy = nextVersion((draft) => {
      draft.window.trailingMonths = 24;
      draft.counting.netNewDeal = { ...draft.counting.netNewDeal, operator: 'min', valueUsd: 20_000 };
      draft.criteria = draft.criteria.filter((criterion) => criterion.id !== 'marketplace.netNewCustomers');
      const billed = draft.criteria[0]!;
      if (billed.kind === 'thresholds') billed.components[0] = { ...billed.components[0]!, operator: 'over', value: 5_000_000 } as (typeof billed.components)[number];
      const designation = draft.criteria.find((criterion) => criterion.kind === 'designation');
      if (designation?.kind === 'designation') designation.activeTo = '2026-06-30';
    });
    expect(describePolicyChanges(v2, policy)).toEqual([
      'The window is now the trailing 24 months, was 12.',
      "A net-new customer's deal must now be at least USD 20,000, was greater than USD 10,000.",
      'USD 4 million in marketplace billed sales: marketplace billed sales must now be greater than USD 5,000,000, was at least USD 4,000,000.',
      'A Solutions Partner with certified software (Azure or Security) or Industry AI designation in FY25: now applies from 1 Jul 2024 to 30 Jun 2026, was 1 Jul 2024 to 30 Jun 2025.',
      'Removed: 12 net-new marketplace customers with over USD 10,000 each in the window.',
    ]);
  });

  it('a reworded criterion is reported as reworded, and an unchanged version as no rule changes', () => {
    const reworded = nextVersion((draft) => {
      draft.criteria[0] = { ...draft.criteria[0]!, title: 'USD 4 million of marketplace billed sales' };
    });
    expect(describePolicyChanges(v2, reworded)).toEqual(['Reworded "USD 4 million in marketplace billed sales" as "USD 4 million of marketplace billed sales".']);
    const unchanged = nextVersion(() => undefined);
    expect(renderRulesText({ versions: [v2, unchanged] })).toContain('No rule changes from version 2.');
  });
});
