import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildPolicySet, type PolicySet } from './policySet';

/**
 * The package root: the nearest folder above this file holding package.json. Found by walking up rather than by a
 * fixed number of `..`, so the same code finds `policies/` whether it runs from `src/` (tests, tsx) or `dist/src/`.
 */
export function packageRoot(from: string): string {
  let directory = from;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`no package.json above ${from}`);
    directory = parent;
  }
  return directory;
}

/** The policy files shipped with the assistant: `policies/` at the package root (one JSON file per version). */
export const BUILT_IN_POLICY_DIR = join(packageRoot(__dirname), 'policies');

/**
 * Reads every `*.json` file in a directory as one policy version, validates them as a set, and throws with every
 * problem listed: a bad policy file must stop the server at start, never surface mid-conversation. This is the one
 * file of `src/eligibility` that touches the file system (the lint rule names it); everything it returns is checked
 * by the pure `buildPolicySet`.
 *
 * @example
 * loadPolicyDirectory(BUILT_IN_POLICY_DIR).versions.map((v) => v.effectiveFrom) // ['2023-07-01', '2024-07-01', '2026-01-01']
 */
export function loadPolicyDirectory(directory: string = BUILT_IN_POLICY_DIR): PolicySet {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      try {
        return { name, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
      } catch (error) {
        return { name, data: { invalidJson: (error as Error).message } };
      }
    });
  const result = buildPolicySet(files);
  if (!result.ok) throw new Error(`Invalid policy files in ${directory}:\n${result.problems.join('\n')}`);
  return result.policies;
}
