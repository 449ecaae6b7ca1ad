export interface TokenBucketOptions {
  /** Requests allowed in a burst, and per window on average. */
  limit: number;
  windowMs: number;
  /** Most keys remembered; the least recently seen is forgotten first, so a flood of new keys cannot grow memory. */
  maxKeys?: number;
  /** A monotonic clock in milliseconds; tests pass their own. */
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** When refused: how long until one more request would be allowed. */
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const DEFAULT_MAX_KEYS = 100_000;

/**
 * A token bucket per key: `limit` requests at once, refilled at `limit` per `windowMs`. Unlike fixed windows it
 * never lets twice the limit through at a window boundary, and it tells a refused caller exactly when to retry.
 * Memory is bounded by `maxKeys` (least recently used first out); a forgotten key simply starts full again.
 *
 * @example
 * const limiter = new TokenBucket({ limit: 20, windowMs: 10_000 });
 * limiter.take('conversation-1') // { allowed: true, retryAfterMs: 0 }
 */
export class TokenBucket {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0)) throw new RangeError('a rate limit needs limit >= 1 and windowMs > 0');
    this.refillPerMs = options.limit / options.windowMs;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.now = options.now ?? (() => performance.now());
  }

  take(key: string): RateDecision {
    const now = this.now();
    const previous = this.buckets.get(key);
    const tokens = previous ? Math.min(this.options.limit, previous.tokens + (now - previous.updatedAt) * this.refillPerMs) : this.options.limit;
    // Re-inserting moves the key to the end of the Map's order, which is what makes the eviction below LRU.
    this.buckets.delete(key);
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, updatedAt: now });
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return { allowed, retryAfterMs: allowed ? 0 : Math.ceil((1 - tokens) / this.refillPerMs) };
  }

  /** Keys currently remembered (for tests of the memory bound). */
  get size(): number {
    return this.buckets.size;
  }
}
