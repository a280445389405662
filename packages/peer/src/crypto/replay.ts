// Sliding-window replay protection over packet counters, as RFC 6479 and
// WireGuard do it: a ring of 32-bit blocks, so advancing the window clears
// whole blocks instead of shifting a bitmap bit by bit.

const BLOCK_BITS = 32;

/**
 * Default window: the newest counter and the 1023 before it. UDP on a
 * punched path reorders little, but a relay that catches up after a stall
 * can deliver a burst late; 1024 is WireGuard's choice (RFC 6479 suggests
 * at least as many as packets in flight) and costs 132 bytes per session.
 */
export const DEFAULT_REPLAY_WINDOW = 1024;

export type ReplayVerdict = 'fresh' | 'duplicate' | 'too-old';

export class ReplayWindow {
  private readonly blocks: Uint32Array;
  /** Highest counter accepted so far; -1 before the first. */
  private top = -1;

  /** `size` counters (a multiple of 32, at least 64) at and below the newest are tracked. */
  constructor(readonly size = DEFAULT_REPLAY_WINDOW) {
    if (!Number.isInteger(size) || size < 64 || size % BLOCK_BITS !== 0) {
      throw new RangeError(`replay window must be a multiple of ${BLOCK_BITS} and at least 64, got ${size}`);
    }
    // One spare block, so the block being filled never overwrites the
    // oldest block still inside the window (RFC 6479 §2).
    this.blocks = new Uint32Array(size / BLOCK_BITS + 1);
  }

  /** The newest counter accepted, or -1. */
  get highest(): number {
    return this.top;
  }

  /** Whether `counter` may be accepted. Call before authenticating; changes nothing. */
  check(counter: number): ReplayVerdict {
    if (counter > this.top) return 'fresh';
    if (this.top - counter >= this.size) return 'too-old';
    return this.bit(counter) ? 'duplicate' : 'fresh';
  }

  /**
   * Records `counter` as seen. Call only after the packet authenticated, so
   * a forged packet with a huge counter cannot slide the window past the
   * real traffic and make it all look too old.
   */
  accept(counter: number): void {
    const verdict = this.check(counter);
    if (verdict !== 'fresh') throw new RangeError(`counter ${counter} is ${verdict}`);
    if (counter > this.top) {
      const n = this.blocks.length;
      const from = this.top < 0 ? -1 : Math.floor(this.top / BLOCK_BITS);
      const to = Math.floor(counter / BLOCK_BITS);
      // Blocks between the old and new top hold counters a full ring ago.
      const clear = Math.min(to - from, n);
      for (let i = 1; i <= clear; i++) this.blocks[(from + i) % n] = 0;
      this.top = counter;
    }
    const index = Math.floor(counter / BLOCK_BITS) % this.blocks.length;
    this.blocks[index] = this.blocks[index] | (1 << counter % BLOCK_BITS);
  }

  private bit(counter: number): boolean {
    const index = Math.floor(counter / BLOCK_BITS) % this.blocks.length;
    return (this.blocks[index] & (1 << counter % BLOCK_BITS)) !== 0;
  }
}
