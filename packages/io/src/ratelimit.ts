import type { Clock } from './types.js';

/**
 * Token buckets by key (a source IP, a username). Used by the STUN server
 * so it cannot be turned into a packet cannon, and by the rendezvous node
 * for logins and relay bytes.
 */
export class KeyedRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly clock: Clock,
    /** Tokens added per second. */
    readonly perSecond: number,
    /** Bucket size: what may be spent at once after a quiet period. */
    readonly burst: number,
    /** Bounds memory under a flood of distinct keys (spoofed sources). */
    private readonly maxKeys = 100_000,
  ) {}

  private bucket(key: string): { tokens: number; at: number } {
    const now = this.clock.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
      b.at = now;
    }
    return b;
  }

  /** Spends `cost` tokens if the key has them. */
  allow(key: string, cost = 1): boolean {
    const b = this.bucket(key);
    if (b.tokens < cost) return false;
    b.tokens -= cost;
    return true;
  }

  /** Milliseconds until `cost` tokens are available (0 when they are now). */
  retryAfterMs(key: string, cost = 1): number {
    const b = this.bucket(key);
    return b.tokens >= cost ? 0 : Math.ceil(((cost - b.tokens) / this.perSecond) * 1000);
  }

  private prune(now: number): void {
    // Buckets that have refilled completely carry no state.
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k);
    }
    // Still full of active keys: forget the oldest half rather than grow.
    if (this.buckets.size >= this.maxKeys) {
      let n = this.buckets.size / 2;
      for (const k of this.buckets.keys()) {
        if (n-- <= 0) break;
        this.buckets.delete(k);
      }
    }
  }
}
