import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPolicySet, type PolicySet } from '../eligibility/policy/policySet';

/** The policy files shipped with the assistant: `policies/` at the package root (one JSON file per version). */
export const BUILT_IN_POLICY_DIR = resolve(__dirname, __dirname.includes(`${'dist'}`) ? '../../../policies' : '../../policies');

/**
 * Reads every `*.json` file in a directory as one policy version, validates them as a set, and throws with every
 * problem listed: a bad policy file must stop the server at start, never surface mid-conversation.
 *
 * @example
 * loadPolicyDirectory(BUILT_IN_POLICY_DIR).versions.map((v) => v.effectiveFrom) // ['2023-07-01', '2024-07-01']
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
