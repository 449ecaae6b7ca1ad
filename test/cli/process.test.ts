import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Runs the command as a real process from the TypeScript entry (tsx), as `node dist/src/cli/main.js` would run. */
function runCommand(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the cosell-eligibility process', () => {
  it('reads JSON from standard input, prints the evaluation and exits 1 for a partner not yet qualified', async () => {
    const input = JSON.stringify({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_900_000 });
    const { code, stdout, stderr } = await runCommand(['--json', '-', '--commitment', '0', '--net-new-customers', '0', '--transactions-over-100', '0', '--designation', 'none'], input);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^NOT QUALIFIED/);
    expect(stdout).toContain('short by USD 100,000');
    expect(stdout).toContain('Resources: https://aka.ms/azureipcosellresources');
  });

  it('bad input exits 2 with the flag named on stderr and nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCommand(['--billed-sales', 'lots']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--billed-sales "lots"');
  });
});
