export interface TokenBucketOptions {
  /** Requests allowed in a burst, and per window on average. */
  limit: number;
  windowMs: number;
  /**
   * Most keys remembered; the least recently seen is forgotten first, so a flood of new keys cannot grow memory.
   * A backstop: keys whose bucket has refilled are forgotten long before this.
   */
  maxKeys?: number;
  /** A monotonic clock in milliseconds; tests pass their own. */
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** When refused: how long until one more request would be allowed. */
  retryAfterMs: number;
}

const DEFAULT_MAX_KEYS = 100_000;

/** Sweeps never run more often than this: each one visits every remembered key. */
const MIN_SWEEP_INTERVAL_MS = 100;

/**
 * A token bucket per key: `limit` requests at once, refilled at `limit` per `windowMs`. Unlike fixed windows it
 * never lets twice the limit through at a window boundary, and it tells a refused caller exactly when to retry.
 *
 * A bucket is kept as one number, the time it will be full again, and a full bucket is the same as none: a key is
 * forgotten once its bucket has refilled (on its next use, and by a sweep during later calls), so parked
 * conversations and one-off clients cost no memory once a window has passed. `maxKeys` bounds memory while
 * buckets are still refilling (least recently used first out); a forgotten key simply starts full again.
 *
 * @example
 * const limiter = new TokenBucket({ limit: 20, windowMs: 10_000 });
 * limiter.take('conversation-1') // { allowed: true, retryAfterMs: 0 }
 */
export class TokenBucket {
  /** Per key, when its bucket is full again; in the order keys were last used (a Map keeps insertion order). */
  private readonly fullAt = new Map<string, number>();
  private readonly msPerToken: number;
  private readonly maxKeys: number;
  private readonly sweepIntervalMs: number;
  private readonly now: () => number;
  private nextSweepAt = -Infinity;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0)) throw new RangeError('a rate limit needs limit >= 1 and windowMs > 0');
    this.msPerToken = options.windowMs / options.limit;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    // A bucket that gave one token is full again one token later: sweeping more often would find little more.
    this.sweepIntervalMs = Math.max(this.msPerToken, MIN_SWEEP_INTERVAL_MS);
    this.now = options.now ?? (() => performance.now());
  }

  take(key: string): RateDecision {
    const now = this.now();
    if (now >= this.nextSweepAt) this.forgetFullBuckets(now);
    // Time is the bucket's currency: tokens missing = (fullAt - now) / msPerToken. Working in milliseconds keeps
    // the arithmetic exact for the usual whole-millisecond windows.
    const refillingMs = Math.max(0, (this.fullAt.get(key) ?? now) - now);
    const takenMs = refillingMs + this.msPerToken;
    const allowed = takenMs <= this.options.windowMs;
    // Re-inserting moves the key to the end of the Map's order, which is what makes the eviction below LRU.
    this.fullAt.delete(key);
    this.fullAt.set(key, now + (allowed ? takenMs : refillingMs));
    if (this.fullAt.size > this.maxKeys) this.fullAt.delete(this.fullAt.keys().next().value!);
    return { allowed, retryAfterMs: allowed ? 0 : Math.ceil(takenMs - this.options.windowMs) };
  }

  /** Keys currently remembered (for tests of the memory bound). */
  get size(): number {
    return this.fullAt.size;
  }

  private forgetFullBuckets(now: number): void {
    for (const [key, fullAt] of this.fullAt) {
      if (fullAt <= now) this.fullAt.delete(key);
    }
    this.nextSweepAt = now + this.sweepIntervalMs;
  }
}
