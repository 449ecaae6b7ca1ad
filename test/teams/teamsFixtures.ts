import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

/** The committed Teams manifest folder. */
export const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');

/** A made-up Azure Bot app id, in the GUID form Teams requires. */
export const TEST_APP_ID = '6f1a3c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';

/** The committed manifest with the app id filled in, as a fresh object each call so a test may break it. */
export function committedManifest(appId: string = TEST_APP_ID): Record<string, unknown> {
  const text = readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  return JSON.parse(text.replaceAll('${{MicrosoftAppId}}', appId)) as Record<string, unknown>;
}

/** The committed icons keyed by the names the manifest uses. */
export function committedIcons(): Record<string, Buffer> {
  return {
    'color.png': readFileSync(path.join(MANIFEST_DIR, 'color.png')),
    'outline.png': readFileSync(path.join(MANIFEST_DIR, 'outline.png')),
  };
}

/** The committed language files (`localizationInfo`), keyed by the names the manifest uses. */
export function committedLanguageFiles(): Record<string, Buffer> {
  const info = (committedManifest().localizationInfo ?? { additionalLanguages: [] }) as { additionalLanguages: Array<{ file: string }> };
  return Object.fromEntries(info.additionalLanguages.map(({ file }) => [file, readFileSync(path.join(MANIFEST_DIR, file))]));
}

/** A PNG of the given size filled with one RGBA colour. */
export function solidPng(width: number, height: number, rgba: readonly [number, number, number, number]): Buffer {
  const image = new PNG({ width, height });
  for (let offset = 0; offset < image.data.length; offset += 4) {
    image.data.set(rgba, offset);
  }
  return PNG.sync.write(image);
}

/** A scratch copy of the committed manifest folder that a test may edit. */
export function copyOfManifestDir(): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'teams-manifest-'));
  cpSync(MANIFEST_DIR, scratch, { recursive: true });
  return scratch;
}

/** A fresh scratch folder for output. */
export function scratchDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
}
