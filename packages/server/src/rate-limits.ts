// Rate limits the node applies (logins, registrations, punch plans), behind
// one interface: token buckets in this process on a single node, or in
// Redis on a cluster (cluster/redis-limits.ts), so a limit is the
// cluster's, not multiplied by the number of nodes.
import { KeyedRateLimiter, type Clock } from '@natter/io';

export interface RateLimit {
  /** Spends `cost` if there is room and answers 0; otherwise spends nothing and answers the ms until there is room. */
  take(key: string, cost?: number): Promise<number>;
  /** The ms until `cost` is there (0: now), spending nothing. */
  wait(key: string, cost?: number): Promise<number>;
}

/** Makes the limit called `name` (a key space): `perSecond` refill, `burst` at once. */
export type RateLimits = (name: string, perSecond: number, burst: number) => RateLimit;

/** Token buckets in this process (KeyedRateLimiter). */
export function localRateLimits(clock: Clock): RateLimits {
  return (_name, perSecond, burst) => {
    const buckets = new KeyedRateLimiter(clock, perSecond, burst);
    return {
      take: async (key, cost = 1) => (buckets.allow(key, cost) ? 0 : Math.max(1, buckets.retryAfterMs(key, cost))),
      wait: async (key, cost = 1) => buckets.retryAfterMs(key, cost),
    };
  };
}
