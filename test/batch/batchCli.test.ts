import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const ROOT = resolve(__dirname, '../..');
const NOW = new Date('2026-11-26T12:00:00Z');
const PARTNERS = [
  'Partner ID,Co-sell eligible,Billed Sales,notes',
  'P1,yes,4200000,top',
  'P2,yes,lots,typo',
  'P3,yes,3600000,',
].join('\n');

function sink(isTTY = false) {
  const chunks: string[] = [];
  return { isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

async function* noInput(): AsyncIterable<string> {}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cosell-batch-'));
  await writeFile(join(dir, 'partners.csv'), PARTNERS);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cosell-eligibility batch', () => {
  it('writes results.csv and results.json, reports the counts, and exits 1 when some rows are error rows', async () => {
    const stdout = sink();
    const stderr = sink();
    const out = join(dir, 'nested', 'results');
    const code = await main(['batch', join(dir, 'partners.csv'), '--out', out, '--as-of', '2026-11-26'], { stdout, stderr, now: () => NOW, stdin: noInput() });
    expect(code).toBe(1);
    expect(stdout.text()).toBe(
      `Evaluated 3 partners from ${join(dir, 'partners.csv')} (one row per partner): 1 qualified, 1 undetermined, 1 with errors.\nWrote ${out}.csv and ${out}.json.\n`,
    );
    expect(stderr.text()).toBe('cosell-eligibility batch: columns not read: notes\n');
    const csv = await readFile(`${out}.csv`, 'utf8');
    expect(csv.split('\r\n')[2]).toBe('"3","P2","error","","","","","","","","","line 3: Billed Sales ""lots"" is not an amount in US dollars (write 1234.56 or $1,234.56)"');
    const json = JSON.parse(await readFile(`${out}.json`, 'utf8'));
    expect(json.summary.rows).toBe(3);
    expect(json.rows[0]).toMatchObject({ partnerId: 'P1', status: 'qualified', windowEnd: '2026-11-26' });
  });

  it('exits 0 when every row is evaluated, and strips an extension given to --out', async () => {
    await writeFile(join(dir, 'good.csv'), 'partnerId,azureIpCoSellEligible,marketplaceBilledSalesUsd\nP1,yes,4200000\n');
    const stdout = sink();
    const code = await main(['batch', join(dir, 'good.csv'), '--out', join(dir, 'good-results.csv')], { stdout, stderr: sink(), now: () => NOW, stdin: noInput() });
    expect(code).toBe(0);
    expect(stdout.text()).toContain(`Wrote ${join(dir, 'good-results')}.csv and ${join(dir, 'good-results')}.json.`);
    expect(JSON.parse(await readFile(join(dir, 'good-results.json'), 'utf8')).rows[0].windowEnd).toBe('2026-11-26');
  });

  it('draws a progress bar on a terminal, ending at 100% on its own line', async () => {
    const stderr = sink(true);
    await main(['batch', join(dir, 'partners.csv'), '--out', join(dir, 'tty')], { stdout: sink(), stderr, now: () => NOW, stdin: noInput() });
    const frames = stderr.text().split('\r').filter(Boolean);
    expect(frames[0]).toBe('[##########....................]  33% 1/3 partners');
    expect(stderr.text()).toContain('\r[##############################] 100% 3/3 partners\n');
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const stderr = sink(false);
    await main(['batch', join(dir, 'partners.csv'), '--out', join(dir, 'pipe')], { stdout: sink(), stderr, now: () => NOW, stdin: noInput() });
    expect(stderr.text()).not.toContain('%');
  });

  it.each([
    [['batch'], 'give one input file (got 0)'],
    [['batch', 'a.csv', 'b.csv'], 'give one input file (got 2)'],
    [['batch', 'missing.csv'], 'missing.csv: cannot read it (no such file)'],
    [['batch', 'x.csv', '--as-of', '2026-02-30'], '--as-of "2026-02-30" must be a real date written YYYY-MM-DD'],
    [['batch', 'x.csv', '--bogus'], "Unknown option '--bogus'"],
  ])('%j exits 2 saying %j', async (argv, message) => {
    const stderr = sink();
    const code = await main(argv, { stdout: sink(), stderr, now: () => NOW, stdin: noInput() });
    expect(code).toBe(2);
    expect(stderr.text()).toContain(message);
  });

  it('a file without a partner id column exits 2 and writes nothing', async () => {
    await writeFile(join(dir, 'nopartner.csv'), 'marketplaceBilledSalesUsd\n1\n');
    const stderr = sink();
    const code = await main(['batch', join(dir, 'nopartner.csv'), '--out', join(dir, 'none')], { stdout: sink(), stderr, now: () => NOW, stdin: noInput() });
    expect(code).toBe(2);
    expect(stderr.text()).toContain('The header has no partnerId column');
    await expect(readFile(join(dir, 'none.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('--help prints the batch usage', async () => {
    const stdout = sink();
    expect(await main(['batch', '--help'], { stdout, stderr: sink(), now: () => NOW, stdin: noInput() })).toBe(0);
    expect(stdout.text()).toMatch(/^Usage: cosell-eligibility batch FILE\.csv/);
  });

  it('runs as a real process reading standard input', async () => {
    const out = join(dir, 'process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'batch', '-', '--out', out, '--as-of', '2026-11-26'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end(PARTNERS);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
    expect(stdout).toContain('Evaluated 3 partners from - (one row per partner)');
    expect((await readFile(`${out}.csv`, 'utf8')).split('\r\n')).toHaveLength(5);
  });
});
