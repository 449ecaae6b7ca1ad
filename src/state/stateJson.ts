/** A bot state object as botbuilder caches it: its properties, plus the eTag the store handed out with it. */
export type StateObject = Record<string, unknown> & { eTag?: string };

/**
 * The state as a store keeps it: its JSON without the eTag, which the store issues. Comparing two of these strings
 * tells whether a turn changed its state, at the price of one `JSON.stringify` and no hash: every store serializes
 * state to JSON anyway, so two states with the same JSON are the same state once stored.
 *
 * @example
 * stateJson({ step: 2, eTag: '7' }) // '{"step":2}'
 */
export function stateJson(state: StateObject): string {
  const { eTag: _eTag, ...properties } = state;
  return JSON.stringify(properties);
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const _name in value) return false;
  return true;
}

/**
 * Whether storing `state` would record nothing a later turn could tell from no state at all: every property is
 * missing or an empty object. A property accessor with a default (`profile.get(context, {})`) creates such a
 * property on first read; a turn that only read it has nothing to save.
 *
 * @example
 * holdsNothing({ profile: {} }) // true
 * holdsNothing({ profile: { lastCheckedOn: '2026-11-26' } }) // false
 */
export function holdsNothing(state: StateObject): boolean {
  for (const name in state) {
    if (name === 'eTag' || state[name] === undefined) continue;
    if (!isEmptyPlainObject(state[name])) return false;
  }
  return true;
}
