import { AppManifestUtils } from '@microsoft/app-manifest';
import { z } from 'zod';
import { bundledTeamsManifestVersions, loadBundledTeamsSchema, teamsSchemaUrl } from './bundledTeamsSchema';
import { readPngFacts } from './pngFacts';
import { languageFileProblems, type TeamsLanguageFiles } from './validateLanguageFiles';

/** Icon file contents keyed by the relative path the manifest names (`icons.color`, `icons.outline`). */
export type TeamsIconFiles = Readonly<Record<string, Uint8Array | undefined>>;

/**
 * The icon sizes Teams requires: a 192x192 full-colour icon and a 32x32 white-on-transparent outline icon
 * (the schema's descriptions of `icons.color` and `icons.outline`).
 */
export const TEAMS_ICON_SIZES = { color: 192, outline: 32 } as const;

// Teams wants MAJOR.MINOR.PATCH; the schema only says "semver" in a description and does not check it.
const APP_VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

// Only the fields the checks below read. Each one falls back instead of failing, because the JSON schema is what
// reports a missing or mistyped field; these checks just must not crash on a broken manifest.
const optionalString = z.string().optional().catch(undefined);
const stringList = z.array(z.string()).catch([]);
const manifestFacts = z.looseObject({
  $schema: optionalString,
  manifestVersion: optionalString,
  version: optionalString,
  id: optionalString,
  icons: z.record(z.string(), z.unknown()).optional().catch(undefined),
  bots: z
    .array(
      z.looseObject({
        botId: optionalString,
        scopes: stringList,
        commandLists: z
          .array(
            z.looseObject({
              scopes: stringList,
              commands: z.array(z.looseObject({ title: optionalString, description: optionalString })).catch([]),
            }),
          )
          .catch([]),
      }),
    )
    .catch([]),
  validDomains: z.array(z.unknown()).catch([]),
});
type ManifestFacts = z.infer<typeof manifestFacts>;

/**
 * Lists every reason a Teams app package built from this manifest, these icons and these language files would be
 * rejected: the bundled JSON schema of the manifest's version (checked offline), then the rules a schema cannot
 * express, then each language file `localizationInfo` names (see `languageFileProblems`). An empty list means the
 * package is good to zip.
 *
 * @example
 * const problems = await validateTeamsPackage(manifest, { 'color.png': colorBytes, 'outline.png': outlineBytes });
 * // => [] when the manifest and icons are valid, otherwise one readable sentence per problem
 */
export async function validateTeamsPackage(manifest: unknown, icons: TeamsIconFiles, languageFiles: TeamsLanguageFiles = {}): Promise<string[]> {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return ['manifest.json must hold a JSON object.'];
  }
  const facts = manifestFacts.parse(manifest);
  return [
    ...(await schemaProblems(manifest, facts)),
    ...appVersionProblems(facts),
    ...botProblems(facts),
    ...validDomainProblems(facts),
    ...iconProblems(facts, icons),
    ...(facts.manifestVersion === undefined ? [] : languageFileProblems(manifest as Record<string, unknown>, facts.manifestVersion, languageFiles)),
  ];
}

async function schemaProblems(manifest: object, facts: ManifestFacts): Promise<string[]> {
  const { manifestVersion } = facts;
  if (manifestVersion === undefined) {
    return ['manifestVersion is missing or not a string; set it to a Teams manifest schema version such as "1.28".'];
  }
  const schema = loadBundledTeamsSchema(manifestVersion);
  if (schema === undefined) {
    const bundled = bundledTeamsManifestVersions();
    return [
      `manifestVersion "${manifestVersion}" is not a Teams manifest version bundled with @microsoft/app-manifest ` +
        `(bundled: ${bundled.join(', ')}); the manifest cannot be checked offline.`,
    ];
  }
  const problems: string[] = [];
  if (facts.$schema !== undefined && withoutLocale(facts.$schema) !== teamsSchemaUrl(manifestVersion)) {
    problems.push(`$schema "${facts.$schema}" does not match manifestVersion "${manifestVersion}"; expected ${teamsSchemaUrl(manifestVersion)}.`);
  }
  // The schema is passed in explicitly so the library never goes looking for it over the network.
  const schemaFailures = await AppManifestUtils.validateAgainstSchema(
    manifest as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
  for (const failure of schemaFailures) {
    // The library starts each message with the JSON pointer of the offending value, which is empty at the root.
    problems.push(`schema v${manifestVersion}: ${failure.startsWith(' ') ? `(manifest root)${failure}` : failure}`);
  }
  return problems;
}

// Microsoft also serves its schemas under a locale folder (/en-us/json-schemas/...); both name the same schema.
function withoutLocale(schemaUrl: string): string {
  return schemaUrl.replace(/^https:\/\/developer\.microsoft\.com\/[a-z]{2}(-[a-z]{2})?\/json-schemas\//i, 'https://developer.microsoft.com/json-schemas/');
}

function appVersionProblems(facts: ManifestFacts): string[] {
  if (facts.version === undefined || APP_VERSION_PATTERN.test(facts.version)) {
    return [];
  }
  return [`version "${facts.version}" must be MAJOR.MINOR.PATCH with plain numbers, for example "1.0.0".`];
}

function botProblems(facts: ManifestFacts): string[] {
  const problems: string[] = [];
  facts.bots.forEach((bot, botIndex) => {
    const botPath = `/bots/${botIndex}`;
    // The bot registration and the Teams app share one id in this project, so a mismatch means a stale manifest.
    if (bot.botId !== facts.id) {
      problems.push(`${botPath}/botId "${bot.botId ?? ''}" must equal the app id "${facts.id ?? ''}" being packaged.`);
    }
    bot.commandLists.forEach((commandList, listIndex) => {
      const listPath = `${botPath}/commandLists/${listIndex}`;
      for (const scope of commandList.scopes) {
        if (!bot.scopes.includes(scope)) {
          problems.push(`${listPath}/scopes lists "${scope}", which is not one of the bot's scopes (${bot.scopes.join(', ') || 'none'}).`);
        }
      }
      commandList.commands.forEach((command, commandIndex) => {
        if ((command.description ?? '').trim() === '') {
          problems.push(`${listPath}/commands/${commandIndex} ("${command.title ?? ''}") needs a description so Teams can show what it does.`);
        }
      });
    });
  });
  return problems;
}

function validDomainProblems(facts: ManifestFacts): string[] {
  const problems: string[] = [];
  facts.validDomains.forEach((domain, index) => {
    if (typeof domain !== 'string') {
      return;
    }
    // "*" or "*.*" would let any site into the app's web views; Teams wants a real domain, optionally with "*.".
    if (domain.replace(/[*.]/g, '').trim() === '') {
      problems.push(`/validDomains/${index} "${domain}" is only a wildcard; name a real domain such as "*.example.com".`);
    } else if (domain.includes('://')) {
      problems.push(`/validDomains/${index} "${domain}" must be a domain without a scheme, for example "example.com".`);
    }
  });
  return problems;
}

function iconProblems(facts: ManifestFacts, icons: TeamsIconFiles): string[] {
  if (facts.icons === undefined) {
    return [];
  }
  const problems: string[] = [];
  for (const role of Object.keys(facts.icons)) {
    if (!(role in TEAMS_ICON_SIZES)) {
      problems.push(`icons.${role} is not packaged: the app package holds manifest.json, the color and outline icons and the language files.`);
    }
  }
  const iconPaths = new Set<string>();
  for (const role of ['color', 'outline'] as const) {
    const iconPath = facts.icons[role];
    if (typeof iconPath !== 'string') {
      continue;
    }
    if (!/^[^/\\]+\.png$/i.test(iconPath) || iconPath === 'manifest.json') {
      problems.push(`icons.${role} "${iconPath}" must be a .png file name at the package root, with no folder.`);
      continue;
    }
    if (iconPaths.has(iconPath)) {
      problems.push(`icons.${role} "${iconPath}" is the same file as the other icon; color and outline need their own files.`);
      continue;
    }
    iconPaths.add(iconPath);
    problems.push(...iconFileProblems(role, iconPath, icons[iconPath]));
  }
  return problems;
}

function iconFileProblems(role: keyof typeof TEAMS_ICON_SIZES, iconPath: string, bytes: Uint8Array | undefined): string[] {
  if (bytes === undefined) {
    return [`icons.${role} "${iconPath}" was not found next to manifest.json.`];
  }
  const png = readPngFacts(bytes);
  if (!png.ok) {
    return [`icons.${role} "${iconPath}" ${png.reason}.`];
  }
  const problems: string[] = [];
  const size = TEAMS_ICON_SIZES[role];
  if (png.width !== size || png.height !== size) {
    problems.push(`icons.${role} "${iconPath}" is ${png.width}x${png.height} pixels; Teams requires exactly ${size}x${size}.`);
  }
  if (role === 'outline' && png.pixelsNeitherWhiteNorTransparent > 0) {
    problems.push(
      `icons.outline "${iconPath}" has ${png.pixelsNeitherWhiteNorTransparent} pixels that are neither white nor transparent; ` +
        'Teams requires a white glyph on a transparent background.',
    );
  }
  return problems;
}
