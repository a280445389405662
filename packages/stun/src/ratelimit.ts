import type { Clock } from '@natter/netsim';

/**
 * Token bucket per source IP. A STUN server answers anyone, so it must not
 * become a free packet cannon: past the limit a source's requests are
 * dropped (not answered with an error, which would cost the same).
 */
export class SourceRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly perSecond: number,
    private readonly burst: number,
    /** Bounds memory under a spoofed-source flood. */
    private readonly maxSources = 100_000,
  ) {}

  allow(source: string): boolean {
    const now = this.clock.now();
    let b = this.buckets.get(source);
    if (!b) {
      if (this.buckets.size >= this.maxSources) this.prune(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(source, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
      b.at = now;
    }
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private prune(now: number): void {
    // Drop buckets that have refilled completely: they carry no state.
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k);
    }
    // Still full of active sources: forget the oldest half rather than grow.
    if (this.buckets.size >= this.maxSources) {
      let n = this.buckets.size / 2;
      for (const k of this.buckets.keys()) {
        if (n-- <= 0) break;
        this.buckets.delete(k);
      }
    }
  }
}
