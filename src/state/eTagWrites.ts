import type { Storage, StoreItem, TurnContext } from 'botbuilder';
import { isETagConflict } from '../storage/eTagConflictError';
import { holdsNothing, stateJson, type StateObject } from './stateJson';

/**
 * What to do when the store refuses a write because someone else wrote since this turn read:
 * - `refuse`: throw the conflict, so the caller can reload and replay the turn (conversation state: the dialog
 *   decided on a stale stack, and only running the turn again decides right);
 * - `mergeProperties`: re-read, put this turn's changed properties on top of the newer copy and write again
 *   (user state: shared by all of a user's conversations, each property a "latest wins" value).
 */
export type ConflictPolicy = 'refuse' | 'mergeProperties';

/** One state's write, worked out but not yet made: what a turn that saves several states at once hands the store. */
export interface PendingWrite {
  key: string;
  /** The state with the eTag the store must still hold for the write to go through (`*`: whatever it holds). */
  item: StoreItem;
  /** The state's JSON (without eTag) as written, remembered once the write is made. */
  json: string;
}

/** A turn's copy of one state: botbuilder caches the same in `turnState`, under a key of its own. */
interface TurnCopy {
  /** The object the turn reads and changes. */
  state: StateObject;
  /** JSON of the stored version the turn is based on; undefined when nothing was stored. */
  storedJson: string | undefined;
  /** eTag of that stored version; undefined when nothing was stored. */
  eTag: string | undefined;
  /** `clear()` replaced the state: it is written even if it looks like what is stored. */
  cleared: boolean;
}

/** Tries before a merge gives up: each retry means yet another writer got in between, which is rare for one user. */
const MERGE_ATTEMPTS = 3;

function propertyNames(state: StateObject): string[] {
  return Object.keys(state).filter((name) => name !== 'eTag');
}

/** The properties this turn set, changed or removed, judged against the stored version's JSON. */
function changedProperties(state: StateObject, storedJson: string | undefined): string[] {
  const stored = (storedJson === undefined ? {} : JSON.parse(storedJson)) as StateObject;
  const names = new Set([...propertyNames(state), ...propertyNames(stored)]);
  return [...names].filter((name) => !(name in state) || JSON.stringify(state[name]) !== JSON.stringify(stored[name]));
}

function replaceContents(state: StateObject, contents: StateObject): void {
  for (const name of Object.keys(state)) {
    if (!(name in contents)) delete state[name];
  }
  Object.assign(state, contents);
}

/**
 * The per-turn cache and optimistic-concurrency writes for one botbuilder `BotState`. botbuilder's own
 * `saveChanges` stamps every write with eTag `*`, so two instances running turns of one conversation overwrite each
 * other without a word; this writes with the eTag the state was read at, so the store refuses a write based on a
 * stale read.
 *
 * It replaces botbuilder's cache rather than sitting beside it: botbuilder hashes the whole state (a stable
 * stringify and a SHA-256) on every load and save to tell whether it changed, where comparing the JSON read with
 * the JSON about to be written says the same for one `JSON.stringify`.
 *
 * A state that was never stored is written with `*`: botbuilder's `Storage` has no "create only if absent", so two
 * first turns of a brand-new conversation can still race. A state that was never stored and still holds nothing
 * (see {@link holdsNothing}) is not written at all.
 *
 * @example
 * const writes = new ETagWrites('refuse');
 * const state = await writes.load(context, storage, key);
 * state.step = 2;
 * await writes.save(context, storage, key); // throws an eTag conflict if someone wrote first
 */
export class ETagWrites {
  private readonly copyKey = Symbol('eTagWrites.turnCopy');

  constructor(private readonly policy: ConflictPolicy) {}

  /** The state as this turn sees it, read from `storage` on first use in the turn (or when `force`). */
  async load(context: TurnContext, storage: Storage, key: string, force = false): Promise<StateObject> {
    const cached = this.copyOf(context);
    if (cached && !force) return cached.state;
    const stored = (await storage.read([key]))[key] as StateObject | undefined;
    const copy: TurnCopy = stored
      ? { state: stored, storedJson: stateJson(stored), eTag: stored.eTag, cleared: false }
      : { state: {}, storedJson: undefined, eTag: undefined, cleared: false };
    context.turnState.set(this.copyKey, copy);
    return copy.state;
  }

  /** The state loaded this turn, if any. */
  get(context: TurnContext): StateObject | undefined {
    return this.copyOf(context)?.state;
  }

  /** Empties the state for this turn; the next save writes the empty state over the version it was read at. */
  clear(context: TurnContext): void {
    const copy = this.copyOf(context);
    context.turnState.set(this.copyKey, { state: {}, storedJson: copy?.storedJson, eTag: copy?.eTag, cleared: true });
  }

  /** Forgets this turn's copy (the stored state is being deleted). */
  forget(context: TurnContext): void {
    context.turnState.delete(this.copyKey);
  }

  /**
   * The write this turn's state needs, or undefined when it changed nothing since it was read (and `force` is not
   * set). After a write the remembered eTag stays the one read: a second changed save in the same turn is refused
   * (or merged) rather than allowed to overwrite blindly.
   */
  pendingWrite(context: TurnContext, key: string, force = false): PendingWrite | undefined {
    let copy = this.copyOf(context);
    if (!copy) {
      if (!force) return undefined;
      copy = { state: {}, storedJson: undefined, eTag: undefined, cleared: false };
      context.turnState.set(this.copyKey, copy);
    }
    const json = stateJson(copy.state);
    if (!force && !copy.cleared) {
      const unchanged = copy.storedJson === undefined ? holdsNothing(copy.state) : json === copy.storedJson;
      if (unchanged) return undefined;
    }
    // A state cleared this turn is a new object without the eTag; the version it replaces still decides.
    const eTag = copy.state.eTag || copy.eTag || '*';
    return { key, item: { ...copy.state, eTag }, json };
  }

  /** Records that `pending` was stored (by {@link save}, or by a caller writing several states in one call). */
  written(context: TurnContext, pending: PendingWrite): void {
    const copy = this.copyOf(context);
    if (!copy) return;
    copy.storedJson = pending.json;
    copy.cleared = false;
  }

  /** Makes `pending` on its own, applying the conflict policy if the store refuses it. */
  async write(context: TurnContext, storage: Storage, pending: PendingWrite): Promise<void> {
    try {
      await storage.write({ [pending.key]: pending.item });
      this.written(context, pending);
    } catch (error) {
      const copy = this.copyOf(context);
      if (this.policy !== 'mergeProperties' || !isETagConflict(error) || !copy) throw error;
      await this.mergeOntoLatest(storage, pending.key, copy);
    }
  }

  /** Writes the state under `key` if it changed since it was loaded (or if `force`), conditional on its eTag. */
  async save(context: TurnContext, storage: Storage, key: string, force = false): Promise<void> {
    const pending = this.pendingWrite(context, key, force);
    if (pending) await this.write(context, storage, pending);
  }

  private copyOf(context: TurnContext): TurnCopy | undefined {
    return context.turnState.get(this.copyKey) as TurnCopy | undefined;
  }

  private async mergeOntoLatest(storage: Storage, key: string, copy: TurnCopy): Promise<void> {
    const { state } = copy;
    const changed = changedProperties(state, copy.storedJson);
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
        copy.storedJson = stateJson(merged);
        copy.cleared = false;
        return;
      } catch (error) {
        if (!isETagConflict(error) || attempt >= MERGE_ATTEMPTS) throw error;
      }
    }
  }
}
