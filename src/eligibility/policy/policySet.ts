import { z } from 'zod';
import { shiftDays, type IsoDate } from '../isoDate';
import { policySchema, type Policy } from './schema';

/** A validated policy with the last day it is in force (the day before the next version starts). */
export interface DatedPolicy extends Policy {
  effectiveTo: IsoDate | null;
}

/** Every published version of the program's rules, in effective-date order. */
export interface PolicySet {
  readonly versions: readonly DatedPolicy[];
}

export type PolicySetResult = { ok: true; policies: PolicySet } | { ok: false; problems: string[] };

/**
 * Validates policy files and orders them by effective date. Versions follow each other with no gap or overlap
 * by construction: each is in force until the day before the next one starts.
 *
 * @example
 * buildPolicySet([{ name: '2023-07-01.json', data: json }]) // { ok: true, policies: { versions: [...] } }
 */
export function buildPolicySet(files: ReadonlyArray<{ name: string; data: unknown }>): PolicySetResult {
  const problems: string[] = [];
  const policies: Policy[] = [];
  for (const file of files) {
    const parsed = policySchema.safeParse(file.data);
    if (parsed.success) policies.push(parsed.data);
    else problems.push(`${file.name}: ${z.prettifyError(parsed.error)}`);
  }
  if (files.length === 0) problems.push('no policy files found');
  policies.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (let index = 1; index < policies.length; index += 1) {
    const previous = policies[index - 1]!;
    const current = policies[index]!;
    if (previous.effectiveFrom === current.effectiveFrom) {
      problems.push(`${previous.id} and ${current.id} both start on ${current.effectiveFrom}: two versions cannot be in force on one day`);
    }
    if (current.version <= previous.version) {
      problems.push(`${current.id} starts after ${previous.id} but its version ${current.version} is not higher than ${previous.version}`);
    }
  }
  const ids = new Set(policies.map((policy) => policy.id));
  if (ids.size !== policies.length) problems.push('two policy files share an id');
  if (problems.length > 0) return { ok: false, problems };
  const versions = policies.map((policy, index) => {
    const next = policies[index + 1];
    return { ...policy, effectiveTo: next ? shiftDays(next.effectiveFrom, -1) : null };
  });
  return { ok: true, policies: { versions } };
}

/** The version in force on the as-of date, or undefined before the program started. */
export function policyInForce(policies: PolicySet, asOf: IsoDate): DatedPolicy | undefined {
  let found: DatedPolicy | undefined;
  for (const policy of policies.versions) {
    if (policy.effectiveFrom <= asOf) found = policy;
    else break;
  }
  return found;
}
