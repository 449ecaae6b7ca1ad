import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/security/tokenBucket';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('allows the limit at once, then refuses with the time until the next request is allowed', () => {
    const time = clock();
    const bucket = new TokenBucket({ limit: 20, windowMs: 10_000, now: time.now });
    const decisions = Array.from({ length: 21 }, () => bucket.take('conversation-1'));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(20);
    expect(decisions[20]).toEqual({ allowed: false, retryAfterMs: 500 });
  });

  it('refills at limit per window: after half a second one more is allowed, and after a whole window the full burst', () => {
    const time = clock();
    const bucket = new TokenBucket({ limit: 20, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 20; i += 1) bucket.take('k');
    time.advance(499);
    expect(bucket.take('k').allowed).toBe(false);
    time.advance(1);
    expect(bucket.take('k').allowed).toBe(true);
    time.advance(10_000);
    const burst = Array.from({ length: 21 }, () => bucket.take('k').allowed);
    expect(burst.filter(Boolean)).toHaveLength(20);
  });

  it('counts keys separately', () => {
    const bucket = new TokenBucket({ limit: 1, windowMs: 60_000, now: clock().now });
    expect(bucket.take('a').allowed).toBe(true);
    expect(bucket.take('a').allowed).toBe(false);
    expect(bucket.take('b').allowed).toBe(true);
  });

  it('remembers at most maxKeys keys, forgetting the least recently seen first', () => {
    const bucket = new TokenBucket({ limit: 1, windowMs: 60_000, maxKeys: 1_000, now: clock().now });
    for (let i = 0; i < 50_000; i += 1) bucket.take(`address-${i}`);
    expect(bucket.size).toBe(1_000);
    expect(bucket.take('address-49999').allowed).toBe(false);
    expect(bucket.take('address-0').allowed).toBe(true);
  });

  it('forgets a key once its bucket has refilled, so parked conversations leave nothing behind', () => {
    const time = clock();
    const bucket = new TokenBucket({ limit: 20, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 10_000; i += 1) {
      bucket.take(`parked-${i}`);
      bucket.take(`parked-${i}`);
    }
    expect(bucket.size).toBe(10_000);
    // Two tokens refill in one second: every parked bucket is full again, the same as no bucket.
    time.advance(1_000);
    bucket.take('active');
    expect(bucket.size).toBe(1);
  });

  it('keeps a bucket that is still refilling: half a window after a burst, exactly half the burst is allowed', () => {
    const time = clock();
    const bucket = new TokenBucket({ limit: 20, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 20; i += 1) bucket.take('drained');
    time.advance(5_000);
    bucket.take('someone-else');
    const allowed = Array.from({ length: 20 }, () => bucket.take('drained').allowed).filter(Boolean);
    expect(allowed).toHaveLength(10);
  });

  it('refuses a limit below one or an empty window', () => {
    expect(() => new TokenBucket({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new TokenBucket({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
