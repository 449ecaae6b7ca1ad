import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_TEAMS_APP_ID } from '../../scripts/teams/teamsAppId';
import { copyOfManifestDir, scratchDir, solidPng, TEST_APP_ID } from './teamsFixtures';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '..', '..');

interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

describe('npm run package:teams (node dist/scripts/packageTeams.js)', () => {
  const scratchDirs: string[] = [];
  let cliFile: string;

  // The CLI is compiled from source the way `npm run build` does, into a throwaway folder inside the repository so
  // that its imports resolve against node_modules; this tests the real program without relying on a stale dist/.
  beforeAll(async () => {
    const artifacts = path.join(REPO_ROOT, 'test', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    const buildDir = mkdtempSync(path.join(artifacts, 'teams-cli-'));
    scratchDirs.push(buildDir);
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = ['--outDir', buildDir, '--rootDir', REPO_ROOT, '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    const moreOptions = ['--target', 'ES2022', '--esModuleInterop', '--skipLibCheck', '--strict', '--types', 'node'];
    await run(process.execPath, [tsc, path.join(REPO_ROOT, 'scripts', 'packageTeams.ts'), ...compilerOptions, ...moreOptions]);
    cliFile = path.join(buildDir, 'scripts', 'packageTeams.js');
  });
  afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function runCli(args: string[], microsoftAppId: string, cwd = REPO_ROOT): Promise<CliRun> {
    try {
      const { stdout, stderr } = await run(process.execPath, [cliFile, ...args], { cwd, env: { ...process.env, MicrosoftAppId: microsoftAppId } });
      return { exitCode: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  function newOutFile(): string {
    const dir = scratchDir();
    scratchDirs.push(dir);
    return path.join(dir, 'appPackage.zip');
  }

  it('with MicrosoftAppId set writes the package and exits 0', async () => {
    const outFile = newOutFile();
    const result = await runCli(['--out', outFile], TEST_APP_ID);

    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain(`(manifest.json, color.png, outline.png, es.json, pt-br.json, fr.json, de.json, ja.json, zh-cn.json) for app id ${TEST_APP_ID}`);
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'de.json', 'es.json', 'fr.json', 'ja.json', 'manifest.json', 'outline.png', 'pt-br.json', 'zh-cn.json']);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toMatchObject({ id: TEST_APP_ID });
  });

  it('writes dist/appPackage.zip under the working folder by default', async () => {
    const workDir = scratchDir();
    scratchDirs.push(workDir);
    const result = await runCli(['--manifest-dir', path.join(REPO_ROOT, 'manifest')], TEST_APP_ID, workDir);
    expect(result.exitCode).toBe(0);
    expect(existsSync(path.join(workDir, 'dist', 'appPackage.zip'))).toBe(true);
  });

  it('without MicrosoftAppId exits 1 and says how to fix it, writing nothing', async () => {
    const outFile = newOutFile();
    const result = await runCli(['--out', outFile], '');

    expect(result.exitCode).toBe(1);
    expect(result.stderr.split('\n')).toContainEqual(expect.stringMatching(/^MicrosoftAppId is empty: .*--allow-placeholder-id/));
    expect(existsSync(outFile)).toBe(false);
  });

  it('without MicrosoftAppId but with --allow-placeholder-id packages the placeholder GUID and warns', async () => {
    const outFile = newOutFile();
    const result = await runCli(['--allow-placeholder-id', '--out', outFile], '');

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`placeholder app id ${PLACEHOLDER_TEAMS_APP_ID}`);
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toMatchObject({ id: PLACEHOLDER_TEAMS_APP_ID });
  });

  it('--app-id wins over the environment', async () => {
    const outFile = newOutFile();
    const result = await runCli(['--app-id', TEST_APP_ID, '--out', outFile], 'not-a-guid');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`for app id ${TEST_APP_ID}`);
  });

  it('a broken manifest exits 1 and prints each problem on its own line', async () => {
    const manifestDir = copyOfManifestDir();
    scratchDirs.push(manifestDir);
    const manifestFile = path.join(manifestDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string; bots: { scopes: string[] }[] };
    manifest.version = '2';
    manifest.bots[0]!.scopes = ['personal', 'team'];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    writeFileSync(path.join(manifestDir, 'outline.png'), solidPng(32, 32, [0, 0, 0, 255]));
    const outFile = newOutFile();

    const result = await runCli(['--manifest-dir', manifestDir, '--out', outFile], TEST_APP_ID);

    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Teams app package not written:',
      'version "2" must be MAJOR.MINOR.PATCH with plain numbers, for example "1.0.0".',
      '/bots/0/commandLists/0/scopes lists "groupChat", which is not one of the bot\'s scopes (personal, team).',
      'icons.outline "outline.png" has 1024 pixels that are neither white nor transparent; Teams requires a white glyph on a transparent background.',
    ]);
    expect(existsSync(outFile)).toBe(false);
  });

  it('an unknown option exits 2 and shows the usage', async () => {
    const result = await runCli(['--zip'], TEST_APP_ID);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Usage: node dist/scripts/packageTeams.js');
  });
});
