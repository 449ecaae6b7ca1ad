import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Only numbered releases are looked up: the version becomes part of a file path, so nothing else may reach it.
const RELEASED_VERSION_PATTERN = /^\d+\.\d+$/;

/**
 * The folder where @microsoft/app-manifest keeps its copies of the published Teams manifest schemas. We read them
 * ourselves because the package's own lookup falls back to downloading a schema it does not recognise, and packaging
 * must never depend on the network.
 */
function bundledTeamsSchemaFolder(): string {
  const packageEntry = require.resolve('@microsoft/app-manifest');
  return path.join(path.dirname(packageEntry), 'json-schemas', 'teams');
}

/**
 * The `$schema` URL Microsoft publishes for a Teams manifest version; a manifest should point at the schema of the
 * version it declares.
 *
 * @example
 * teamsSchemaUrl('1.28'); // => 'https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.schema.json'
 */
export function teamsSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
}

/**
 * The numbered Teams manifest versions whose schema @microsoft/app-manifest bundles, oldest first.
 *
 * @example
 * bundledTeamsManifestVersions().includes('1.28'); // => true
 */
export function bundledTeamsManifestVersions(): string[] {
  return readdirSync(bundledTeamsSchemaFolder())
    .map((folder) => folder.replace(/^v/, ''))
    .filter((version) => RELEASED_VERSION_PATTERN.test(version))
    .sort((left, right) => left.localeCompare(right, 'en', { numeric: true }));
}

/**
 * The `$schema` URL Microsoft publishes for the language files (`localizationInfo`) of a Teams manifest version.
 *
 * @example
 * teamsLocalizationSchemaUrl('1.28'); // => 'https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.Localization.schema.json'
 */
export function teamsLocalizationSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`;
}

/**
 * Loads the bundled JSON schema for a Teams manifest version, or undefined when the package does not bundle it:
 * the manifest's own schema, or another file of that version (`MicrosoftTeams.Localization.schema.json`).
 *
 * @example
 * const schema = loadBundledTeamsSchema('1.28'); // the parsed MicrosoftTeams.schema.json for v1.28
 */
export function loadBundledTeamsSchema(
  manifestVersion: string,
  file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json' = 'MicrosoftTeams.schema.json',
): Record<string, unknown> | undefined {
  if (!RELEASED_VERSION_PATTERN.test(manifestVersion)) {
    return undefined;
  }
  const schemaFile = path.join(bundledTeamsSchemaFolder(), `v${manifestVersion}`, file);
  if (!existsSync(schemaFile)) {
    return undefined;
  }
  return JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
}
