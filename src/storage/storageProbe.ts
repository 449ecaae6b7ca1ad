import type { Storage } from 'botbuilder';

/** The key the probe writes: outside every channel's conversation and user keys. */
export const PROBE_KEY = 'health/storage-probe';
/** A probe result is reused this long, so frequent health checks cost one small write every few seconds. */
const PROBE_REUSE_MS = 5_000;
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Whether the store takes writes right now: one small write (reused for a few seconds), with a deadline. A store
 * that opened but cannot save (a damaged page, a full disk, Blob Storage unreachable) is not ready, so `/health`
 * says so instead of every turn answering "I could not save that".
 *
 * @example
 * const storageReady = storageProbe(storage);
 * await storageReady(); // true or false
 */
export function storageProbe(storage: Storage, now: () => number = Date.now): () => Promise<boolean> {
  let last: { at: number; ready: Promise<boolean> } | undefined;
  return () => {
    if (last && now() - last.at < PROBE_REUSE_MS) return last.ready;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
      timer.unref();
    });
    const write = storage.write({ [PROBE_KEY]: { checkedAt: new Date(now()).toISOString(), eTag: '*' } }).then(
      () => true,
      () => false,
    );
    const ready = Promise.race([write, deadline]).finally(() => clearTimeout(timer));
    last = { at: now(), ready };
    return ready;
  };
}
