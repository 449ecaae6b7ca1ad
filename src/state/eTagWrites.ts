import { calculateChangeHash, type Storage, type TurnContext } from 'botbuilder';
import { isETagConflict } from '../storage/eTagConflictError';

/** A bot state object as botbuilder caches it: its properties, plus the eTag the store handed out with it. */
export type StateObject = Record<string, unknown> & { eTag?: string };

/**
 * What to do when the store refuses a write because someone else wrote since this turn read:
 * - `refuse`: throw the conflict, so the caller can reload and replay the turn (conversation state: the dialog
 *   decided on a stale stack, and only running the turn again decides right);
 * - `mergeProperties`: re-read, put this turn's changed properties on top of the newer copy and write again
 *   (user state: shared by all of a user's conversations, each property a "latest wins" value).
 */
export type ConflictPolicy = 'refuse' | 'mergeProperties';

interface LoadedVersion {
  /** The cached object this version describes; a fresh read makes a new object. */
  state: StateObject;
  hash: string;
  propertyHashes: Map<string, string>;
}

/** Tries before a merge gives up: each retry means yet another writer got in between, which is rare for one user. */
const MERGE_ATTEMPTS = 3;

function propertyNames(state: StateObject): string[] {
  return Object.keys(state).filter((name) => name !== 'eTag');
}

function versionOf(state: StateObject): LoadedVersion {
  const propertyHashes = new Map(propertyNames(state).map((name) => [name, calculateChangeHash({ [name]: state[name] })]));
  return { state, hash: calculateChangeHash(state), propertyHashes };
}

function changedProperties(state: StateObject, loaded: LoadedVersion | undefined): string[] {
  const names = new Set([...propertyNames(state), ...(loaded?.propertyHashes.keys() ?? [])]);
  return [...names].filter((name) => !(name in state) || loaded?.propertyHashes.get(name) !== calculateChangeHash({ [name]: state[name] }));
}

function replaceContents(state: StateObject, contents: StateObject): void {
  for (const name of Object.keys(state)) {
    if (!(name in contents)) delete state[name];
  }
  Object.assign(state, contents);
}

/**
 * Optimistic-concurrency writes for one botbuilder `BotState`. botbuilder's own `saveChanges` stamps every write
 * with eTag `*`, so two instances running turns of one conversation overwrite each other without a word. This
 * remembers, per turn, the version a state was loaded at (the store's eTag travels in the loaded object) and writes
 * with that eTag, so the store refuses a write based on a stale read.
 *
 * A state that was never stored carries no eTag and is written with `*`: botbuilder's `Storage` has no
 * "create only if absent", so two first turns of a brand-new conversation can still race.
 *
 * @example
 * const writes = new ETagWrites('refuse');
 * writes.remember(context, await state.load(context));
 * await writes.save(context, storage, key, state.get(context)); // throws an eTag conflict if someone wrote first
 */
export class ETagWrites {
  private readonly loadedKey = Symbol('eTagWrites.loaded');

  constructor(private readonly policy: ConflictPolicy) {}

  /** Records the version just loaded, unless it is the very object already recorded (a cached load). */
  remember(context: TurnContext, state: StateObject): void {
    const loaded = context.turnState.get(this.loadedKey) as LoadedVersion | undefined;
    if (loaded?.state !== state) context.turnState.set(this.loadedKey, versionOf(state));
  }

  /**
   * Writes `state` under `key` if it changed since it was loaded (or if `force`), conditional on the eTag it was
   * loaded with. After a write the remembered eTag is stale: a second changed save in the same turn is refused
   * (or merged) rather than allowed to overwrite blindly.
   */
  async save(context: TurnContext, storage: Storage, key: string, state: StateObject, force = false): Promise<void> {
    const loaded = context.turnState.get(this.loadedKey) as LoadedVersion | undefined;
    const unchanged = loaded?.state === state && loaded.hash === calculateChangeHash(state);
    if (unchanged && !force) return;
    // A state cleared this turn is a new object without the eTag; the version it replaces still decides.
    const eTag = state.eTag || loaded?.state.eTag || '*';
    try {
      await storage.write({ [key]: { ...state, eTag } });
    } catch (error) {
      if (this.policy !== 'mergeProperties' || !isETagConflict(error)) throw error;
      await this.mergeOntoLatest(storage, key, state, changedProperties(state, loaded));
    }
    context.turnState.set(this.loadedKey, versionOf(state));
  }

  private async mergeOntoLatest(storage: Storage, key: string, state: StateObject, changed: string[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const latest = ((await storage.read([key]))[key] ?? {}) as StateObject;
      const merged: StateObject = { ...latest };
      for (const name of changed) {
        if (name in state) merged[name] = state[name];
        else delete merged[name];
      }
      try {
        await storage.write({ [key]: { ...merged, eTag: latest.eTag || '*' } });
        replaceContents(state, merged);
        return;
      } catch (error) {
        if (!isETagConflict(error) || attempt >= MERGE_ATTEMPTS) throw error;
      }
    }
  }
}
