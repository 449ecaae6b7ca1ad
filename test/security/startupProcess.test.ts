import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'startup-mode-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the real entry point (`src/index.ts`) with only the given settings, and stops it (by its own pid) once
 * `until` matches its output or it exits by itself.
 */
function runServer(env: Record<string, string>, until: RegExp | null, timeoutMs = 20_000): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['src/index.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', STORAGE: 'memory', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server did not finish in time:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    const check = () => {
      if (until && until.test(stdout + stderr)) child.kill('SIGTERM');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('starting the server without a Microsoft app id', () => {
  it('refuses to start on 0.0.0.0 with exit code 1 and says why', async () => {
    const run = await runServer({ HOST: '0.0.0.0' }, null);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Refusing to start: HOST=0.0.0.0');
    expect(run.stderr).toContain('ALLOW_ANONYMOUS=true');
    expect(run.stdout).not.toContain('listening');
  });

  it('starts on 127.0.0.1 and says loudly that it is in local mode', async () => {
    const run = await runServer({ HOST: '127.0.0.1' }, /listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(run.stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(run.stderr).toContain('*** LOCAL MODE: MicrosoftAppId is empty');
  });
});
