// Seeded randomness for loss, jitter and port choice. Each component of a
// network draws from its own stream forked by name, so adding a host does
// not change what happens on an unrelated link (traces stay comparable).

/** A deterministic PRNG (mulberry32): fast, 32-bit state, good enough for simulation. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p; draws nothing when p <= 0. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** An independent stream named `label`, derived from the seed only (not from draws so far). */
  fork(label: string): Random {
    let h = 0x811c9dc5; // FNV-1a over the label
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Random(fmix32((this.seed ^ h) >>> 0));
  }
}

// MurmurHash3's finaliser: spreads nearby seeds far apart.
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
