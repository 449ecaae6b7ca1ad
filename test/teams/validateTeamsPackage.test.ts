import { describe, expect, it } from 'vitest';
import { validateTeamsPackage } from '../../scripts/teams/validateTeamsPackage';
import { committedIcons, committedLanguageFiles, committedManifest, solidPng, TEST_APP_ID } from './teamsFixtures';

type Manifest = Record<string, unknown>;
type Icons = Record<string, Buffer | undefined>;

interface BrokenPackageCase {
  name: string;
  /** Breaks one thing in a copy of the committed manifest or icons. */
  breakIt: (manifest: Manifest, icons: Icons) => unknown;
  /** The problem that must be reported, naming what is wrong. */
  expectedProblem: RegExp;
}

function firstBot(manifest: Manifest): Record<string, unknown> {
  return (manifest.bots as Record<string, unknown>[])[0] as Record<string, unknown>;
}

function firstCommandList(manifest: Manifest): Record<string, unknown> {
  return (firstBot(manifest).commandLists as Record<string, unknown>[])[0] as Record<string, unknown>;
}

const brokenPackages: BrokenPackageCase[] = [
  {
    name: 'a manifest without a developer is refused, naming the missing field',
    breakIt: (manifest) => delete manifest.developer,
    expectedProblem: /must have required property 'developer'/,
  },
  {
    name: 'a manifest without a short name is refused, naming the missing field',
    breakIt: (manifest) => (manifest.name = { full: 'Co-sell eligibility assistant' }),
    expectedProblem: /\/name must have required property 'short'/,
  },
  {
    name: 'a short name over 30 characters is refused by the schema',
    breakIt: (manifest) => (manifest.name = { short: 'Co-sell eligibility assistant for partners', full: 'x' }),
    expectedProblem: /\/name\/short must NOT have more than 30 characters/,
  },
  {
    name: 'an app id that is not a GUID is refused by the schema',
    breakIt: (manifest) => {
      manifest.id = 'not-a-guid';
      firstBot(manifest).botId = 'not-a-guid';
    },
    expectedProblem: /\/id must match pattern/,
  },
  {
    name: 'an app version that is not MAJOR.MINOR.PATCH is refused',
    breakIt: (manifest) => (manifest.version = '1.0'),
    expectedProblem: /version "1\.0" must be MAJOR\.MINOR\.PATCH/,
  },
  {
    name: 'an app version with a pre-release tag is refused',
    breakIt: (manifest) => (manifest.version = '1.0.0-beta'),
    expectedProblem: /version "1\.0\.0-beta" must be MAJOR\.MINOR\.PATCH/,
  },
  {
    name: 'a manifest version with no bundled schema is refused rather than fetched',
    breakIt: (manifest) => {
      manifest.manifestVersion = '1.99';
      delete manifest.$schema;
    },
    expectedProblem: /manifestVersion "1\.99" is not a Teams manifest version bundled with @microsoft\/app-manifest/,
  },
  {
    name: 'a manifest version that is not a released number is refused',
    breakIt: (manifest) => (manifest.manifestVersion = '../1.28'),
    expectedProblem: /manifestVersion "\.\.\/1\.28" is not a Teams manifest version bundled/,
  },
  {
    name: 'a $schema of another version than manifestVersion is refused',
    breakIt: (manifest) => (manifest.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json'),
    expectedProblem: /\$schema ".*v1\.19.*" does not match manifestVersion "1\.28"/,
  },
  {
    name: 'a 64x64 colour icon is refused as the wrong size',
    breakIt: (_manifest, icons) => (icons['color.png'] = solidPng(64, 64, [0, 120, 212, 255])),
    expectedProblem: /icons\.color "color\.png" is 64x64 pixels; Teams requires exactly 192x192/,
  },
  {
    name: 'a 192x192 outline icon is refused as the wrong size',
    breakIt: (_manifest, icons) => (icons['outline.png'] = solidPng(192, 192, [255, 255, 255, 0])),
    expectedProblem: /icons\.outline "outline\.png" is 192x192 pixels; Teams requires exactly 32x32/,
  },
  {
    name: 'an outline icon with grey pixels is refused as not white on transparent',
    breakIt: (_manifest, icons) => (icons['outline.png'] = solidPng(32, 32, [128, 128, 128, 255])),
    expectedProblem: /icons\.outline "outline\.png" has 1024 pixels that are neither white nor transparent/,
  },
  {
    name: 'a missing outline icon file is refused',
    breakIt: (_manifest, icons) => delete icons['outline.png'],
    expectedProblem: /icons\.outline "outline\.png" was not found/,
  },
  {
    name: 'an icon file that is not a PNG is refused',
    breakIt: (_manifest, icons) => (icons['color.png'] = Buffer.from('GIF89a not a png')),
    expectedProblem: /icons\.color "color\.png" is not a readable PNG/,
  },
  {
    name: 'an icon in a folder is refused, since the package keeps icons at its root',
    breakIt: (manifest) => (manifest.icons = { color: 'images/color.png', outline: 'outline.png' }),
    expectedProblem: /icons\.color "images\/color\.png" must be a \.png file name at the package root/,
  },
  {
    name: 'an extra icon the package would not carry is refused',
    breakIt: (manifest) => (manifest.icons = { color: 'color.png', outline: 'outline.png', color32x32: 'color32.png' }),
    expectedProblem: /icons\.color32x32 is not packaged/,
  },
  {
    name: 'a command list scoped outside the bot scopes is refused',
    breakIt: (manifest) => (firstBot(manifest).scopes = ['personal']),
    expectedProblem: /\/bots\/0\/commandLists\/0\/scopes lists "team", which is not one of the bot's scopes \(personal\)/,
  },
  {
    name: 'a command list with a scope Teams does not know is refused by the schema',
    breakIt: (manifest) => (firstCommandList(manifest).scopes = ['personal', 'meeting']),
    expectedProblem: /\/bots\/0\/commandLists\/0\/scopes\/1 must be equal to one of the allowed values/,
  },
  {
    name: 'a command without a description is refused',
    breakIt: (manifest) => (firstCommandList(manifest).commands = [{ title: 'help' }]),
    expectedProblem: /\/bots\/0\/commandLists\/0\/commands\/0 \("help"\) needs a description/,
  },
  {
    name: 'a bot id that differs from the app id is refused',
    breakIt: (manifest) => (firstBot(manifest).botId = '11111111-2222-4333-8444-555555555555'),
    expectedProblem: new RegExp(`/bots/0/botId "11111111-2222-4333-8444-555555555555" must equal the app id "${TEST_APP_ID}"`),
  },
  {
    name: 'a wildcard-only valid domain is refused',
    breakIt: (manifest) => (manifest.validDomains = ['token.botframework.com', '*']),
    expectedProblem: /\/validDomains\/1 "\*" is only a wildcard/,
  },
  {
    name: 'a wildcard-and-dots valid domain is refused',
    breakIt: (manifest) => (manifest.validDomains = ['*.*']),
    expectedProblem: /\/validDomains\/0 "\*\.\*" is only a wildcard/,
  },
  {
    name: 'a valid domain written as a URL is refused',
    breakIt: (manifest) => (manifest.validDomains = ['https://token.botframework.com']),
    expectedProblem: /\/validDomains\/0 "https:\/\/token\.botframework\.com" must be a domain without a scheme/,
  },
];

describe('validateTeamsPackage', () => {
  it('finds no problem in the committed manifest and icons', async () => {
    expect(await validateTeamsPackage(committedManifest(), committedIcons(), committedLanguageFiles())).toEqual([]);
  });

  it('accepts a wildcard subdomain in validDomains', async () => {
    const manifest = { ...committedManifest(), validDomains: ['*.botframework.com'] };
    expect(await validateTeamsPackage(manifest, committedIcons(), committedLanguageFiles())).toEqual([]);
  });

  it.each(brokenPackages)('$name', async ({ breakIt, expectedProblem }) => {
    const manifest = committedManifest();
    const icons: Icons = committedIcons();
    breakIt(manifest, icons);
    const problems = await validateTeamsPackage(manifest, icons, committedLanguageFiles());
    expect(problems).toContainEqual(expect.stringMatching(expectedProblem));
  });

  it('reports every problem at once, one sentence each', async () => {
    const manifest = { ...committedManifest(), version: 'one', validDomains: ['*'] };
    const icons = { ...committedIcons(), 'color.png': solidPng(10, 10, [0, 0, 0, 255]) };
    const problems = await validateTeamsPackage(manifest, icons, committedLanguageFiles());
    expect(problems).toHaveLength(3);
    expect(problems.every((problem) => !problem.includes('\n'))).toBe(true);
  });

  it('refuses a manifest that is not a JSON object', async () => {
    expect(await validateTeamsPackage(['not', 'an', 'object'], committedIcons(), committedLanguageFiles())).toEqual(['manifest.json must hold a JSON object.']);
  });
});

type LanguageFiles = Record<string, Buffer | undefined>;

/** A copy of a committed language file, changed by `change`. */
function changedLanguageFile(name: string, change: (strings: Record<string, unknown>) => void): LanguageFiles {
  const files: LanguageFiles = committedLanguageFiles();
  const strings = JSON.parse(files[name]!.toString('utf8')) as Record<string, unknown>;
  change(strings);
  files[name] = Buffer.from(JSON.stringify(strings));
  return files;
}

describe('validateTeamsPackage: the language files of localizationInfo', () => {
  it('the committed manifest names six languages besides en-us, each with its own complete file', () => {
    const info = committedManifest().localizationInfo as { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
    expect(info.defaultLanguageTag).toBe('en-us');
    expect(info.additionalLanguages.map((language) => language.languageTag)).toEqual(['es', 'pt-br', 'fr', 'de', 'ja', 'zh-cn']);
    expect(Object.keys(committedLanguageFiles())).toHaveLength(6);
  });

  it.each([
    ['a missing language file is named', () => ({ ...committedLanguageFiles(), 'de.json': undefined }), /language file "de\.json" was not found next to manifest\.json/],
    ['a short name over 30 characters is refused by the localization schema', () => changedLanguageFile('de.json', (s) => (s['name.short'] = 'Ein sehr langer Name für einen Assistenten')), /language file "de\.json", localization schema v1\.28: \/name\.short must NOT have more than 30 characters/],
    ['a key the schema does not know is refused', () => changedLanguageFile('fr.json', (s) => (s['name.medium'] = 'x')), /language file "fr\.json", localization schema v1\.28: \(file root\) must NOT have additional properties "name\.medium"/],
    ['a command the manifest does not have is named', () => changedLanguageFile('es.json', (s) => (s['bots[0].commandLists[0].commands[5].title'] = 'otro')), /"es\.json" translates "bots\[0\]\.commandLists\[0\]\.commands\[5\]\.title"/],
    ['an untranslated command is named', () => changedLanguageFile('ja.json', (s) => delete s['bots[0].commandLists[0].commands[2].description']), /"ja\.json" leaves bots\[0\]\.commandLists\[0\]\.commands\[2\]\.description untranslated/],
    ['a file that is not JSON is named', () => ({ ...committedLanguageFiles(), 'zh-cn.json': Buffer.from('{ "name.short": ') }), /language file "zh-cn\.json" is not valid JSON/],
  ] as Array<[string, () => LanguageFiles, RegExp]>)('%s', async (_name, languageFiles, expected) => {
    const problems = await validateTeamsPackage(committedManifest(), committedIcons(), languageFiles());
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });

  it('a language file outside the package root, or a language named twice, is refused', async () => {
    const manifest = committedManifest();
    const info = manifest.localizationInfo as { additionalLanguages: Array<{ languageTag: string; file: string }> };
    info.additionalLanguages.push({ languageTag: 'it', file: '../secrets.json' }, { languageTag: 'de', file: 'de.json' });
    const problems = await validateTeamsPackage(manifest, committedIcons(), committedLanguageFiles());
    expect(problems).toContainEqual(expect.stringMatching(/names "\.\.\/secrets\.json"; a language file must be a \.json file name at the package root/));
    expect(problems).toContainEqual(expect.stringMatching(/additionalLanguages\/7 repeats the language "de"/));
  });
});
