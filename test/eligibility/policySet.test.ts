import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eligibility/evaluate';
import { buildPolicySet } from '../../src/eligibility/policy/policySet';
import { BUILT_IN_POLICY_DIR, loadPolicyDirectory } from '../../src/eligibility/policy/loadPolicyDirectory';
import { parseEligibilityInput } from '../../src/eligibility/schema';
import { renderExplanation } from '../../src/cards/evaluationJson';

const seed = JSON.parse(readFileSync(join(BUILT_IN_POLICY_DIR, '2023-07-01.json'), 'utf8'));
const fy25 = JSON.parse(readFileSync(join(BUILT_IN_POLICY_DIR, '2024-07-01.json'), 'utf8'));

describe('policy versions are data', () => {
  it('the shipped versions load in date order, each in force until the next starts', () => {
    const versions = loadPolicyDirectory().versions;
    expect(versions.map((v) => [v.version, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, '2023-07-01', '2024-06-30'],
      [2, '2024-07-01', '2025-12-31'],
      [3, '2026-01-01', null],
    ]);
  });

  it('every threshold cites the line of the program page it comes from', () => {
    for (const version of loadPolicyDirectory().versions) {
      for (const c of version.criteria) {
        const quotes = c.kind === 'thresholds' ? c.components.map((x) => x.quote) : [c.quote];
        for (const quote of quotes) expect(quote.length).toBeGreaterThan(10);
      }
    }
  });

  it('a made-up third version dropped in a directory is picked by date with no code change', () => {
    const directory = mkdtempSync(join(tmpdir(), 'policies-'));
    writeFileSync(join(directory, '2023-07-01.json'), JSON.stringify(seed));
    writeFileSync(join(directory, '2024-07-01.json'), JSON.stringify(fy25));
    const third = structuredClone(fy25);
    third.id = 'made-up-fy28';
    third.version = 3;
    third.effectiveFrom = '2027-07-01';
    third.criteria = third.criteria.filter((c: { id: string }) => c.id !== 'designation.fy25');
    third.criteria[0].components[0].value = 5_000_000;
    writeFileSync(join(directory, '2027-07-01.json'), JSON.stringify(third));
    const policies = loadPolicyDirectory(directory);
    const parsed = parseEligibilityInput({ azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 4_500_000 });
    if (!parsed.ok) throw new Error('fixture');
    const before = evaluate({ ...parsed.input, asOf: '2027-06-30' }, { policies, today: '2027-06-30' });
    const after = evaluate({ ...parsed.input, asOf: '2027-07-01' }, { policies, today: '2027-07-01' });
    expect(before.policy?.version).toBe(2);
    expect(before.status).toBe('qualified');
    expect(after.policy?.version).toBe(3);
    expect(after.status).toBe('undetermined');
    expect(renderExplanation(after)).toContain('USD 500,000 short of USD 5,000,000');
  });

  it.each([
    ['two versions on one day', [seed, { ...fy25, effectiveFrom: '2023-07-01' }], 'both start on'],
    ['a threshold with no citation', [{ ...seed, criteria: [{ ...seed.criteria[0], components: [{ ...seed.criteria[0].components[0], quote: '' }] }] }], 'cite'],
    ['an unknown criterion kind', [{ ...seed, criteria: [{ ...seed.criteria[0], kind: 'vibes' }] }], 'kind'],
    ['an unknown metric', [{ ...seed, criteria: [{ ...seed.criteria[0], components: [{ ...seed.criteria[0].components[0], metric: 'revenueEur' }] }] }], 'metric'],
    ['a version number that goes down', [seed, { ...fy25, version: 1 }], 'not higher'],
    ['no files', [], 'no policy files'],
  ])('%s is rejected', (_name, files, words) => {
    const result = buildPolicySet(files.map((data, index) => ({ name: `${index}.json`, data })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(words);
  });
});
