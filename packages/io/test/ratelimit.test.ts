// KeyedRateLimiter on a hand-driven clock: refill, burst, retry-after, and
// the memory bound under a flood of distinct keys.
import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter, type Clock } from '@natter/io';

function manualClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  return {
    now: () => now,
    setTimeout: () => ({}),
    clearTimeout: () => undefined,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('KeyedRateLimiter', () => {
  it('allows a burst, then refills at the rate', () => {
    const clock = manualClock();
    const limiter = new KeyedRateLimiter(clock, 2, 3);
    expect([1, 2, 3, 4].map(() => limiter.allow('a'))).toEqual([true, true, true, false]);
    expect(limiter.retryAfterMs('a')).toBe(500);
    clock.advance(499);
    expect(limiter.allow('a')).toBe(false);
    clock.advance(1);
    expect(limiter.allow('a')).toBe(true);
    // Another key has its own bucket.
    expect(limiter.allow('b', 3)).toBe(true);
    expect(limiter.allow('b')).toBe(false);
  });

  it('never refills past the burst', () => {
    const clock = manualClock();
    const limiter = new KeyedRateLimiter(clock, 10, 2);
    clock.advance(60_000);
    expect(limiter.allow('a', 2)).toBe(true);
    expect(limiter.allow('a')).toBe(false);
  });

  it('stays bounded under a flood of distinct keys', () => {
    const clock = manualClock();
    const limiter = new KeyedRateLimiter(clock, 1, 1, 100);
    for (let i = 0; i < 10_000; i++) limiter.allow(`k${i}`);
    const size = (limiter as unknown as { buckets: Map<string, unknown> }).buckets.size;
    expect(size).toBeLessThanOrEqual(100);
  });
});
