import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';
import type { Evaluation } from '../../src/eligibility/evaluation';
import { evaluateRequest } from '../fixtures/policies';
import { renderEvaluationJson } from '../../src/cards/evaluationJson';

const NOW = new Date('2026-11-26T12:00:00Z');

async function run(argv: string[], stdin: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => NOW,
    stdin: Readable.from(stdin),
  });
  return { code, stdout, stderr };
}

const SHORT_PARTNER = [
  '--billed-sales', '3.6m', '--net-new-customers', '10', '--transactions-over-100', '25', '--unique-customers', '6',
  '--marketplace-transactions', '40', '--commitment', '0', '--designation', 'none', '--co-sell-eligible', 'yes', '--as-of', '2026-11-26',
];

describe('the cosell-eligibility command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cosell-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a qualified partner exits 0 and the text names the route, the policy, the disclaimer and the resources', async () => {
    const { code, stdout, stderr } = await run(['--billed-sales', '$4.2M', '--co-sell-eligible', 'yes', '--as-of', '2026-11-26']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('QUALIFIED for Azure IP co-sell top-tier benefits, as of 26 Nov 2026');
    expect(stdout).toContain('Window: 27 Nov 2025 to 26 Nov 2026');
    expect(stdout).toContain('[met]     USD 4 million in marketplace billed sales');
    expect(stdout).toContain('marketplace billed sales: USD 4,200,000, needs at least USD 4,000,000');
    expect(stdout).toContain('Policy: Azure IP co-sell top tier after the PRACR transition (in force from 1 Jan 2026), version 3');
    expect(stdout).toContain('revised 1 Jan 2026');
    expect(stdout.split('\n')[2]).toMatch(/^Important: Microsoft's PRACR page says existing Azure IP co-sell top-tier access ended on 31 Dec 2025/);
    expect(stdout).toContain('your status in Microsoft Partner Center is authoritative');
    expect(stdout).toContain('Resources: https://aka.ms/azureipcosellresources');
  });

  it('a partner short on every route exits 1 and sees actual against required, the shortfall and the closest route', async () => {
    const { code, stdout } = await run(SHORT_PARTNER);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(/^NOT QUALIFIED/);
    expect(stdout).toContain('[not met] USD 4 million in marketplace billed sales');
    expect(stdout).toContain('marketplace billed sales: USD 3,600,000, needs at least USD 4,000,000, short by USD 400,000');
    expect(stdout).toContain('unique customers behind those transactions: 6, needs at least 8, short by 2');
    expect(stdout).toContain('Closest route: USD 4 million in marketplace billed sales (90% of the way)');
    expect(stdout).toContain('You do not yet qualify');
  });

  it('--format json prints the same Evaluation the API answers', async () => {
    const { code, stdout } = await run([...SHORT_PARTNER, '--format', 'json']);
    expect(code).toBe(1);
    const expected = evaluateRequest({
      asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000, netNewCustomersOver10k: 10,
      transactionsOver100: 25, uniqueCustomersOver100: 6, marketplaceTransactions: 40, consumptionCommitmentUsd: 0, designations: [],
    });
    expect(JSON.parse(stdout) as Evaluation).toEqual(JSON.parse(JSON.stringify(renderEvaluationJson(expected))));
  });

  it('without --as-of it evaluates as of today in UTC; an undetermined answer exits 1', async () => {
    const { code, stdout } = await run(['--net-new-customers', 'twelve', '--format', 'json']);
    expect(code).toBe(1);
    const evaluation = JSON.parse(stdout) as Evaluation;
    expect(evaluation).toMatchObject({ asOf: '2026-11-26', status: 'undetermined', missing: ['azureIpCoSellEligible'] });
  });

  it('"unknown" leaves a metric unknown rather than zero', async () => {
    const { stdout } = await run(['--billed-sales', 'unknown', '--co-sell-eligible', 'yes', '--format', 'json']);
    const evaluation = JSON.parse(stdout) as Evaluation;
    expect(evaluation.metrics.marketplaceBilledSalesUsd).toBeUndefined();
    expect(evaluation.missing).toContain('marketplaceBilledSalesUsd');
  });

  it('not co-sell eligible and not in effect both exit 1', async () => {
    expect((await run(['--co-sell-eligible', 'no', '--billed-sales', '5m'])).code).toBe(1);
    const beforeProgram = await run(['--as-of', '2023-06-30', '--billed-sales', '5m', '--co-sell-eligible', 'yes']);
    expect(beforeProgram.code).toBe(1);
    expect(beforeProgram.stdout).toMatch(/^NOT IN EFFECT/);
  });

  it.each([
    [['--billed-sales=-5'], '--billed-sales "-5" cannot be negative'],
    [['--net-new-customers', '2.5'], '--net-new-customers "2.5" must be a whole number'],
    [['--commitment', '€30m'], '--commitment "€30m" must be in US dollars'],
    [['--co-sell-eligible', 'maybe'], '--co-sell-eligible "maybe" is not yes or no'],
    [['--as-of', '2026-02-30'], '--as-of: asOf must be a real date'],
    [['--format', 'xml'], '--format "xml" must be text or json'],
    [['--transactions-over-100', '5', '--unique-customers', '6'], '--unique-customers: uniqueCustomersOver100 cannot exceed transactionsOver100'],
    [['--billed-sales', '1m', '--billed-sales', '2m'], '--billed-sales is given more than once'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['stray'], 'stray'],
  ])('bad input %j exits 2 and names the flag on stderr', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('--help');
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: cosell-eligibility/);
    expect(stdout).toContain('--transactable-offer yes|no');
  });

  it('--json reads the API input from a file, and flags add to it', async () => {
    const path = file('input.json', JSON.stringify({ asOf: '2026-11-26', marketplaceBilledSalesUsd: 4_000_000 }));
    const { code, stdout } = await run(['--json', path, '--co-sell-eligible', 'yes', '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Evaluation).metricSources.marketplaceBilledSalesUsd).toBe('given');
  });

  it('--json - reads standard input', async () => {
    const { code } = await run(['--json', '-'], [JSON.stringify({ asOf: '2026-11-26', azureIpCoSellEligible: true, consumptionCommitmentUsd: 200_000_000 })]);
    expect(code).toBe(0);
  });

  it('a field given both in the JSON file and by a flag exits 2 naming both', async () => {
    const path = file('twice.json', JSON.stringify({ marketplaceBilledSalesUsd: 4_000_000 }));
    const { code, stderr } = await run(['--json', path, '--billed-sales', '1m']);
    expect(code).toBe(2);
    expect(stderr).toContain(`--billed-sales gives marketplaceBilledSalesUsd, which --json ${path} already gives`);
  });

  it('a bad field in the JSON file exits 2 naming the file and the field', async () => {
    const path = file('bad.json', JSON.stringify({ marketplaceBilledSalesUsd: -1 }));
    const { code, stderr } = await run(['--json', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--json ${path}: marketplaceBilledSalesUsd cannot be negative`);
  });

  it('a JSON file that is not JSON, or is missing, exits 2', async () => {
    expect((await run(['--json', file('broken.json', '{"asOf":')])).stderr).toContain('not valid JSON');
    const missing = await run(['--json', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('--transactions derives the marketplace metrics from a CSV', async () => {
    const rows = Array.from({ length: 12 }, (_, index) => `2026-02-0${1 + (index % 9)},customer-${index},"$12,000",yes`);
    const path = file('tx.csv', ['Date,Customer ID,Amount (USD),Net New', ...rows].join('\n'));
    const { code, stdout } = await run(['--transactions', path, '--co-sell-eligible', 'yes', '--as-of', '2026-11-26']);
    expect(code).toBe(0);
    expect(stdout).toContain('[met]     12 net-new marketplace customers with over USD 10,000 each in the window');
    expect(stdout).toContain('net-new customers over USD 10,000 each: 12, needs at least 12');
  });

  it('--transactions counts a net-new customer by its total across offers from 2026, and by one deal under the seed rules', async () => {
    const rows = Array.from({ length: 12 }, (_, index) => [`2024-02-10,customer-${index},6000,yes,offer-a`, `2024-03-10,customer-${index},6000,yes,offer-b`]).flat();
    const path = file('split.csv', ['date,customerId,amountUsd,netNew,offerId', ...rows].join('\n'));
    const seed = await run(['--transactions', path, '--co-sell-eligible', 'yes', '--as-of', '2024-06-30']);
    expect(seed.stdout).toContain('net-new customers over USD 10,000 each: 0, needs at least 12');
    const fy25 = await run(['--transactions', path, '--co-sell-eligible', 'yes', '--as-of', '2024-07-01']);
    expect(fy25.stdout).toContain('net-new customers over USD 10,000 each: 12, needs at least 12');
    expect(fy25.code).toBe(0);
  });

  it.each([
    ['azure:2026-01-15', '2026-01-31', 1],
    ['azure:2026-01-15', '2026-02-01', 0],
    ['industry-ai:2026-03-01', '2026-04-01', 0],
    ['security:2026-01-15', '2026-06-01', 1],
  ])('--designation %s as of %s exits %s', async (designation, asOf, expected) => {
    const { code, stdout } = await run(['--designation', designation, '--co-sell-eligible', 'yes', '--billed-sales', '0', '--net-new-customers', '0', '--transactions-over-100', '0', '--commitment', '0', '--as-of', asOf]);
    expect(code).toBe(expected);
    if (designation.startsWith('security')) expect(stdout).toContain('does not name the certified software designation for Security');
  });

  it('a --designation that is not type:date exits 2 naming the flag', async () => {
    const { code, stderr } = await run(['--designation', 'gold partner', '--co-sell-eligible', 'yes']);
    expect(code).toBe(2);
    expect(stderr).toContain(`--designation "gold partner" is not type:date`);
  });

  it('a CSV with bad rows exits 2 listing each line', async () => {
    const path = file('bad.csv', 'date,customerId,amountUsd\n2026-01-05,c1,100\n2026-01-06,c2,ten\n2026-01-07,c3,100,x\n');
    const { code, stderr } = await run(['--transactions', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--transactions ${path} line 3: amountUsd "ten" is not an amount`);
    expect(stderr).toContain(`--transactions ${path} line 4: Line 4 has 4 values`);
  });
});
