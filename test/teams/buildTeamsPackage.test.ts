import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../scripts/teams/buildTeamsPackage';
import { PLACEHOLDER_TEAMS_APP_ID } from '../../scripts/teams/teamsAppId';
import { committedIcons, committedLanguageFiles, copyOfManifestDir, MANIFEST_DIR, scratchDir, solidPng, TEST_APP_ID } from './teamsFixtures';

const scratchDirs: string[] = [];
afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function newOutFile(): string {
  const dir = scratchDir();
  scratchDirs.push(dir);
  return path.join(dir, 'dist', 'appPackage.zip');
}

function newManifestDir(): string {
  const dir = copyOfManifestDir();
  scratchDirs.push(dir);
  return dir;
}

describe('buildTeamsPackage', () => {
  it('with a GUID app id writes a zip holding exactly manifest.json, color.png, outline.png and the six language files at its root', async () => {
    const outFile = newOutFile();
    const result = await buildTeamsPackage({ manifestDir: MANIFEST_DIR, outFile, microsoftAppId: TEST_APP_ID, allowPlaceholderId: false });

    const languageFiles = ['es.json', 'pt-br.json', 'fr.json', 'de.json', 'ja.json', 'zh-cn.json'];
    expect(result).toEqual({ ok: true, outFile, appId: TEST_APP_ID, usedPlaceholderId: false, files: ['manifest.json', 'color.png', 'outline.png', ...languageFiles] });
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', ...languageFiles].sort());
    for (const file of languageFiles) expect(await zip.file(file)!.async('nodebuffer')).toEqual(committedLanguageFiles()[file]);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { id: string; bots: { botId: string }[] };
    expect(manifest.id).toBe(TEST_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(TEST_APP_ID);
    expect(await zip.file('color.png')!.async('nodebuffer')).toEqual(committedIcons()['color.png']);
    expect(await zip.file('outline.png')!.async('nodebuffer')).toEqual(committedIcons()['outline.png']);
  });

  it('packaging the same inputs twice gives the same bytes', async () => {
    const options = { manifestDir: MANIFEST_DIR, microsoftAppId: TEST_APP_ID, allowPlaceholderId: false };
    const [first, second] = [newOutFile(), newOutFile()];
    await buildTeamsPackage({ ...options, outFile: first });
    await buildTeamsPackage({ ...options, outFile: second });
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it('with an empty app id fails, naming MicrosoftAppId and the flag, and writes nothing', async () => {
    const outFile = newOutFile();
    const result = await buildTeamsPackage({ manifestDir: MANIFEST_DIR, outFile, microsoftAppId: '  ', allowPlaceholderId: false });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^MicrosoftAppId is empty.*--allow-placeholder-id/)]);
    expect(existsSync(outFile)).toBe(false);
  });

  it('with an empty app id and the placeholder flag packages the placeholder GUID', async () => {
    const outFile = newOutFile();
    const result = await buildTeamsPackage({ manifestDir: MANIFEST_DIR, outFile, microsoftAppId: undefined, allowPlaceholderId: true });

    expect(result).toMatchObject({ ok: true, appId: PLACEHOLDER_TEAMS_APP_ID, usedPlaceholderId: true });
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { id: string; bots: { botId: string }[] };
    expect([manifest.id, manifest.bots[0]?.botId]).toEqual([PLACEHOLDER_TEAMS_APP_ID, PLACEHOLDER_TEAMS_APP_ID]);
  });

  it('with an app id that is not a GUID fails even when the placeholder flag is given', async () => {
    const result = await buildTeamsPackage({ manifestDir: MANIFEST_DIR, outFile: newOutFile(), microsoftAppId: 'my-bot', allowPlaceholderId: true });
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^MicrosoftAppId "my-bot" is not a GUID/)]);
  });

  it('with an empty app id also reports the manifest problems, so one run shows them all', async () => {
    const manifestDir = newManifestDir();
    writeFileSync(path.join(manifestDir, 'outline.png'), solidPng(48, 48, [255, 255, 255, 0]));
    const result = await buildTeamsPackage({ manifestDir, outFile: newOutFile(), microsoftAppId: '', allowPlaceholderId: false });
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^MicrosoftAppId is empty/),
      expect.stringMatching(/icons\.outline "outline\.png" is 48x48 pixels/),
    ]);
  });

  it('a broken manifest on disk fails with each problem named and writes no zip', async () => {
    const manifestDir = newManifestDir();
    const manifestFile = path.join(manifestDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    delete manifest.accentColor;
    manifest.version = 'v1';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    writeFileSync(path.join(manifestDir, 'color.png'), solidPng(100, 100, [0, 120, 212, 255]));
    const outFile = newOutFile();

    const result = await buildTeamsPackage({ manifestDir, outFile, microsoftAppId: TEST_APP_ID, allowPlaceholderId: false });

    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/must have required property 'accentColor'/),
      expect.stringMatching(/version "v1" must be MAJOR\.MINOR\.PATCH/),
      expect.stringMatching(/icons\.color "color\.png" is 100x100 pixels; Teams requires exactly 192x192/),
    ]);
    expect(existsSync(outFile)).toBe(false);
  });

  it('a missing icon file on disk is reported by name', async () => {
    const manifestDir = newManifestDir();
    rmSync(path.join(manifestDir, 'color.png'));
    const result = await buildTeamsPackage({ manifestDir, outFile: newOutFile(), microsoftAppId: TEST_APP_ID, allowPlaceholderId: false });
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/icons\.color "color\.png" was not found next to manifest\.json/)]);
  });

  it('a placeholder the packager does not fill is reported by name', async () => {
    const manifestDir = newManifestDir();
    const manifestFile = path.join(manifestDir, 'manifest.json');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace('"token.botframework.com"', '"${{BOT_DOMAIN}}"'));
    const result = await buildTeamsPackage({ manifestDir, outFile: newOutFile(), microsoftAppId: TEST_APP_ID, allowPlaceholderId: false });
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/placeholder \$\{\{BOT_DOMAIN\}\}, which packaging does not fill/)]);
  });

  it('a manifest that is not valid JSON is reported as such', async () => {
    const manifestDir = newManifestDir();
    writeFileSync(path.join(manifestDir, 'manifest.json'), '{ "manifestVersion": "1.28", ');
    const result = await buildTeamsPackage({ manifestDir, outFile: newOutFile(), microsoftAppId: TEST_APP_ID, allowPlaceholderId: false });
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^manifest\.json is not valid JSON/)]);
  });

  it('a folder without manifest.json is reported as such', async () => {
    const emptyDir = scratchDir();
    scratchDirs.push(emptyDir);
    const result = await buildTeamsPackage({ manifestDir: emptyDir, outFile: newOutFile(), microsoftAppId: TEST_APP_ID, allowPlaceholderId: false });
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/manifest\.json was not found/)]);
  });
});
