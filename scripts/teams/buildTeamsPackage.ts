import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { fillManifestPlaceholders } from './fillManifestPlaceholders';
import { PLACEHOLDER_TEAMS_APP_ID, resolveTeamsAppId } from './teamsAppId';
import { validateTeamsPackage, type TeamsIconFiles } from './validateTeamsPackage';
import { namedLanguageFiles, PLAIN_LANGUAGE_FILE_NAME, type TeamsLanguageFiles } from './validateLanguageFiles';

/** Where to read the manifest and icons, where to write the zip, and which app id to package. */
export interface TeamsPackageOptions {
  /** Folder holding manifest.json and the icon files it names. */
  manifestDir: string;
  /** Path of the zip to write, e.g. dist/appPackage.zip. */
  outFile: string;
  /** The Azure Bot registration's app id; becomes the Teams app id and the bot id. */
  microsoftAppId: string | undefined;
  /** Package with PLACEHOLDER_TEAMS_APP_ID when microsoftAppId is empty, instead of failing. */
  allowPlaceholderId: boolean;
}

/** Either the written package, or every problem that stopped it. */
export type TeamsPackageResult =
  | { ok: true; outFile: string; appId: string; usedPlaceholderId: boolean; files: string[] }
  | { ok: false; problems: string[] };

// Icons are read only by plain file name, so a manifest can never pull in a file from outside its folder.
const PLAIN_PNG_NAME = /^[^/\\]+\.png$/i;

// A fixed timestamp on every zip entry, so packaging the same inputs twice gives the same bytes.
const ZIP_ENTRY_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * Fills the app id into manifest/manifest.json, checks the manifest, icons and language files, and writes the Teams
 * app package: a zip holding manifest.json, the two icons and the language files `localizationInfo` names (es.json,
 * de.json, …) at its root, which is what Teams accepts for upload.
 * Nothing is written when any check fails.
 *
 * @example
 * const result = await buildTeamsPackage({
 *   manifestDir: 'manifest', outFile: 'dist/appPackage.zip',
 *   microsoftAppId: '6f1a3c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b', allowPlaceholderId: false,
 * });
 * // => { ok: true, outFile: 'dist/appPackage.zip', appId: '6f1a…', usedPlaceholderId: false,
 * //      files: ['manifest.json', 'color.png', 'outline.png', 'es.json', …] }
 */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<TeamsPackageResult> {
  const problems: string[] = [];
  const idChoice = resolveTeamsAppId(options);
  if (!idChoice.ok) {
    problems.push(idChoice.problem);
  }
  // Without a usable id the rest is still checked with the placeholder, so one run reports every problem.
  const appId = idChoice.ok ? idChoice.appId : PLACEHOLDER_TEAMS_APP_ID;

  const manifestFile = path.join(options.manifestDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    return { ok: false, problems: [...problems, `${manifestFile} was not found.`] };
  }
  const filled = fillManifestPlaceholders(await readFile(manifestFile, 'utf8'), { MicrosoftAppId: appId });
  for (const name of filled.unfilledNames) {
    problems.push(`manifest.json uses the placeholder \${{${name}}}, which packaging does not fill; replace it with a value.`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(filled.text);
  } catch (error) {
    return { ok: false, problems: [...problems, `manifest.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }

  const icons = await readNamedIcons(manifest, options.manifestDir);
  const languageFiles = await readNamedLanguageFiles(manifest, options.manifestDir);
  problems.push(...(await validateTeamsPackage(manifest, icons, languageFiles)));
  if (problems.length > 0 || !idChoice.ok) {
    return { ok: false, problems };
  }

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_ENTRY_DATE });
  for (const [filePath, bytes] of [...Object.entries(icons), ...Object.entries(languageFiles)]) {
    if (bytes !== undefined) {
      zip.file(filePath, bytes, { date: ZIP_ENTRY_DATE });
    }
  }
  const zipBytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  await mkdir(path.dirname(options.outFile), { recursive: true });
  await writeFile(options.outFile, zipBytes);
  return { ok: true, outFile: options.outFile, appId, usedPlaceholderId: idChoice.usedPlaceholder, files: Object.keys(zip.files) };
}

/**
 * Reads the icon files the manifest names, keyed by the name it uses. Only plain file names are read, never a path
 * that leaves the manifest folder; the validator reports anything else, and a missing file, by name.
 */
async function readNamedIcons(manifest: unknown, manifestDir: string): Promise<TeamsIconFiles> {
  const icons: Record<string, Uint8Array> = {};
  if (typeof manifest !== 'object' || manifest === null || !('icons' in manifest)) {
    return icons;
  }
  const declared = manifest.icons;
  if (typeof declared !== 'object' || declared === null) {
    return icons;
  }
  for (const role of ['color', 'outline']) {
    const iconPath: unknown = (declared as Record<string, unknown>)[role];
    if (typeof iconPath !== 'string' || !PLAIN_PNG_NAME.test(iconPath)) {
      continue;
    }
    try {
      icons[iconPath] = await readFile(path.join(manifestDir, iconPath));
    } catch {
      // Left out on purpose: the validator names the missing icon file.
    }
  }
  return icons;
}

/** Reads the language files `localizationInfo` names, by plain file name only; the validator reports the rest. */
async function readNamedLanguageFiles(manifest: unknown, manifestDir: string): Promise<TeamsLanguageFiles> {
  const files: Record<string, Uint8Array> = {};
  for (const file of namedLanguageFiles(manifest)) {
    if (!PLAIN_LANGUAGE_FILE_NAME.test(file) || file === 'manifest.json') continue;
    try {
      files[file] = await readFile(path.join(manifestDir, file));
    } catch {
      // Left out on purpose: the validator names the missing language file.
    }
  }
  return files;
}
