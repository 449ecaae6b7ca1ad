import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { environmentWithDotEnv, loadConfig } from '../../src/config';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const folder = mkdtempSync(join(tmpdir(), 'dotenv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function dotEnvFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('settings from a .env file', () => {
  it('are read when the environment does not set them', () => {
    const file = dotEnvFile('plain.env', '# comment\nSTORAGE=memory\nLOG_LEVEL=warn\nBLOB_CONTAINER="quoted-name"\n');
    expect(loadConfig(environmentWithDotEnv(file, {}))).toMatchObject({ STORAGE: 'memory', LOG_LEVEL: 'warn', BLOB_CONTAINER: 'quoted-name' });
  });

  it('lose to the same name set in the environment', () => {
    const file = dotEnvFile('both.env', 'STORAGE=memory\nPORT=4000\n');
    const config = loadConfig(environmentWithDotEnv(file, { STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true;' }));
    expect(config.STORAGE).toBe('blob');
    expect(config.PORT).toBe(4000);
  });

  it('lose to a name the environment sets to empty, which then takes the default', () => {
    const file = dotEnvFile('empty.env', 'LOG_LEVEL=debug\n');
    expect(loadConfig(environmentWithDotEnv(file, { LOG_LEVEL: '' })).LOG_LEVEL).toBe('info');
  });

  it('are optional: no file leaves the environment as it is', () => {
    const env = { STORAGE: 'memory' };
    expect(environmentWithDotEnv(join(folder, 'missing.env'), env)).toBe(env);
  });

  it('are checked like the environment: a bad value in the file is named', () => {
    const file = dotEnvFile('bad.env', 'STORAGE=cosmos\n');
    expect(() => loadConfig(environmentWithDotEnv(file, {}))).toThrow(/^Invalid configuration: STORAGE: /);
  });
});

/** Runs the real entry point in `cwd` until it says it is listening (then stops it) or exits by itself. */
function startIn(cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [join(ROOT, 'src/index.ts')], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no start-up line:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      read(chunk);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output, stderr });
    });
  });
}

describe('the server started next to a .env file', () => {
  it('uses its settings (STORAGE=memory, not the default sqlite) and lets the environment override PORT', async () => {
    const cwd = mkdtempSync(join(folder, 'app-'));
    writeFileSync(join(cwd, '.env'), 'STORAGE=memory\nPORT=1\nLOG_LEVEL=warn\n');
    const run = await startIn(cwd, { PORT: '0' });
    expect(run.output).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(storage: memory/);
    expect(run.output).not.toContain(':1 (');
  });

  it('refuses to start with exit code 1 and one line naming MicrosoftAppTenantId when the file sets an app id only', async () => {
    const cwd = mkdtempSync(join(folder, 'app-'));
    writeFileSync(join(cwd, '.env'), 'STORAGE=memory\nMicrosoftAppId=7f3c2a1e-0c4b-4d8e-9a55-3c1d2e4f6a7b\nMicrosoftAppPassword=secret\n');
    const run = await startIn(cwd, { PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: MicrosoftAppTenantId is required/)]);
  });
});

describe('.env.example', () => {
  const example = join(ROOT, '.env.example');

  it('copied to .env as it is, starts in local mode with the documented defaults', () => {
    expect(loadConfig(environmentWithDotEnv(example, {}))).toMatchObject({ HOST: '127.0.0.1', PORT: 3978, STORAGE: 'sqlite', DATA_DIR: './data', MicrosoftAppType: 'SingleTenant' });
  });

  it('documents every setting the program reads', () => {
    const documented = Object.keys(environmentWithDotEnv(example, {})).map((name) => name.toLowerCase());
    const read = Object.keys(loadConfig({})).map((name) => name.toLowerCase());
    expect(read.filter((name) => !documented.includes(name))).toEqual([]);
  });
});
