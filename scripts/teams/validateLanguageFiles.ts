import Ajv, { type ValidateFunction } from 'ajv';
import { z } from 'zod';
import { loadBundledTeamsSchema, teamsLocalizationSchemaUrl } from './bundledTeamsSchema';

/** Language file contents keyed by the file name `localizationInfo` gives (`de.json`). */
export type TeamsLanguageFiles = Readonly<Record<string, Uint8Array | undefined>>;

/** A language file is a plain .json name at the package root, as icons are: nothing outside the manifest folder. */
export const PLAIN_LANGUAGE_FILE_NAME = /^[^/\\]+\.json$/i;

const optionalString = z.string().optional().catch(undefined);
const localizationFacts = z
  .looseObject({
    defaultLanguageTag: optionalString,
    defaultLanguageFile: optionalString,
    additionalLanguages: z.array(z.looseObject({ languageTag: optionalString, file: optionalString })).catch([]),
  })
  .optional()
  .catch(undefined);

/** The files `localizationInfo` names: the default language's (when given) and each additional language's. */
export function namedLanguageFiles(manifest: unknown): string[] {
  const info = localizationFacts.parse((manifest as { localizationInfo?: unknown } | null)?.localizationInfo);
  if (!info) return [];
  const files = [info.defaultLanguageFile, ...info.additionalLanguages.map((language) => language.file)];
  return files.filter((file): file is string => typeof file === 'string');
}

const compiledSchemas = new Map<string, ValidateFunction | undefined>();

/**
 * The bundled Localization schema of a manifest version, compiled. Microsoft's file is draft-04 and has patterns
 * JavaScript accepts only without the `u` flag (`…\\b]\\.description$`), so @microsoft/app-manifest's validator
 * cannot compile it; ajv's default draft reads the keywords it uses (type, maxLength, pattern, patternProperties,
 * additionalProperties, $ref to its definitions) the same way.
 */
function localizationValidator(manifestVersion: string): ValidateFunction | undefined {
  if (!compiledSchemas.has(manifestVersion)) {
    const schema = loadBundledTeamsSchema(manifestVersion, 'MicrosoftTeams.Localization.schema.json');
    const { $schema: _draft, ...rules } = schema ?? {};
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, formats: { uri: true } });
    compiledSchemas.set(manifestVersion, schema ? ajv.compile(rules) : undefined);
  }
  return compiledSchemas.get(manifestVersion);
}

/** Each command of the first bot's command lists, as `[listIndex, commandIndex]`. */
function commandPositions(manifest: Record<string, unknown>): Set<string> {
  const positions = new Set<string>();
  const bots = Array.isArray(manifest.bots) ? (manifest.bots as Array<{ commandLists?: Array<{ commands?: unknown[] }> }>) : [];
  bots[0]?.commandLists?.forEach((list, listIndex) => list.commands?.forEach((_, commandIndex) => positions.add(`${listIndex},${commandIndex}`)));
  return positions;
}

const COMMAND_KEY = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/;
const TEXT_KEYS = ['name.short', 'name.full', 'description.short', 'description.full'] as const;

/**
 * Every reason the language files of `localizationInfo` would be refused or show half a translation: a file that is
 * not a plain .json name, missing, not JSON, not valid against the bundled Localization schema of the manifest's
 * version (checked offline), a key for a command the manifest does not have, or a name, description or command
 * left untranslated (Teams would show the English one in the middle of the user's language).
 *
 * @example
 * languageFileProblems(manifest, '1.28', { 'de.json': bytes }); // [] when every language file is good
 */
export function languageFileProblems(manifest: Record<string, unknown>, manifestVersion: string, files: TeamsLanguageFiles): string[] {
  const info = localizationFacts.parse(manifest.localizationInfo);
  if (!info) return [];
  const problems: string[] = [];
  const tags = info.additionalLanguages.map((language) => language.languageTag?.toLowerCase());
  tags.forEach((tag, index) => {
    if (tag !== undefined && (tags.indexOf(tag) !== index || tag === info.defaultLanguageTag?.toLowerCase())) {
      problems.push(`localizationInfo/additionalLanguages/${index} repeats the language "${tag}"; each language needs one file.`);
    }
  });
  const validate = localizationValidator(manifestVersion);
  const commands = commandPositions(manifest);
  for (const file of namedLanguageFiles(manifest)) {
    if (!PLAIN_LANGUAGE_FILE_NAME.test(file) || file === 'manifest.json') {
      problems.push(`localizationInfo names "${file}"; a language file must be a .json file name at the package root, with no folder.`);
      continue;
    }
    const bytes = files[file];
    if (bytes === undefined) {
      problems.push(`language file "${file}" was not found next to manifest.json.`);
      continue;
    }
    let strings: unknown;
    try {
      strings = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (error) {
      problems.push(`language file "${file}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
      problems.push(`language file "${file}" must hold a JSON object.`);
      continue;
    }
    const entries = strings as Record<string, unknown>;
    if (validate && !validate(entries)) {
      for (const error of validate.errors ?? []) {
        const where = error.instancePath || '(file root)';
        const extra = error.keyword === 'additionalProperties' ? ` "${String((error.params as { additionalProperty?: unknown }).additionalProperty)}"` : '';
        problems.push(`language file "${file}", localization schema v${manifestVersion}: ${where} ${error.message ?? 'is invalid'}${extra}`);
      }
    }
    if (typeof entries.$schema === 'string' && entries.$schema !== teamsLocalizationSchemaUrl(manifestVersion)) {
      problems.push(`language file "${file}": $schema "${entries.$schema}" does not match manifestVersion "${manifestVersion}"; expected ${teamsLocalizationSchemaUrl(manifestVersion)}.`);
    }
    for (const key of Object.keys(entries)) {
      const command = COMMAND_KEY.exec(key);
      if (command && !commands.has(`${command[1]},${command[2]}`)) problems.push(`language file "${file}" translates "${key}", a command manifest.json does not have.`);
    }
    if (file === info.defaultLanguageFile) continue;
    const expected = [...TEXT_KEYS, ...[...commands].flatMap((position) => {
      const [list, index] = position.split(',');
      return ['title', 'description'].map((field) => `bots[0].commandLists[${list}].commands[${index}].${field}`);
    })];
    const missing = expected.filter((key) => typeof entries[key] !== 'string' || (entries[key] as string).trim() === '');
    if (missing.length > 0) problems.push(`language file "${file}" leaves ${missing.join(', ')} untranslated.`);
  }
  return problems;
}
