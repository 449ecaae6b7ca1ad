import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsPackage } from './teams/buildTeamsPackage';

export { buildTeamsPackage, type TeamsPackageOptions, type TeamsPackageResult } from './teams/buildTeamsPackage';
export { validateTeamsPackage, type TeamsIconFiles } from './teams/validateTeamsPackage';
export { PLACEHOLDER_TEAMS_APP_ID } from './teams/teamsAppId';

const USAGE = `Usage: node dist/scripts/packageTeams.js [options]

Builds the Teams app package (manifest.json, color.png, outline.png and the language files) from manifest/.
The app id and bot id come from the MicrosoftAppId environment variable, or --app-id.

Options:
  --app-id GUID             Use this app id instead of $MicrosoftAppId.
  --allow-placeholder-id    Package with a placeholder GUID when no app id is set (for a look, not for a real bot).
  --manifest-dir DIR        Folder holding manifest.json and its icons (default: manifest).
  --out FILE                Zip to write (default: dist/appPackage.zip).
  --help                    Show this text.`;

/**
 * Command-line entry for `npm run package:teams`: packages the Teams app, prints each problem on its own line to
 * stderr and returns the process exit code (0 written, 1 refused, 2 bad arguments).
 *
 * @example
 * process.exitCode = await packageTeamsCli(['--allow-placeholder-id'], process.env);
 */
export async function packageTeamsCli(argv: string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'app-id': { type: 'string' },
        'allow-placeholder-id': { type: 'boolean', default: false },
        'manifest-dir': { type: 'string', default: 'manifest' },
        out: { type: 'string', default: path.join('dist', 'appPackage.zip') },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const result = await buildTeamsPackage({
    manifestDir: path.resolve(values['manifest-dir']),
    outFile: path.resolve(values.out),
    // The packager is a build tool, not the bot, so it reads its one setting here rather than through src/config.ts.
    microsoftAppId: values['app-id'] ?? env.MicrosoftAppId,
    allowPlaceholderId: values['allow-placeholder-id'],
  });
  if (!result.ok) {
    console.error('Teams app package not written:');
    for (const problem of result.problems) {
      console.error(problem);
    }
    return 1;
  }
  if (result.usedPlaceholderId) {
    console.error(`Warning: packaged with the placeholder app id ${result.appId}; set MicrosoftAppId before sideloading for real.`);
  }
  console.log(`Wrote ${path.relative(process.cwd(), result.outFile) || result.outFile} (${result.files.join(', ')}) for app id ${result.appId}.`);
  return 0;
}

if (require.main === module) {
  packageTeamsCli(process.argv.slice(2), process.env).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
