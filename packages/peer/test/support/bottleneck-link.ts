// A one-way link with a bottleneck for transport tests on the virtual clock:
// a rate, a drop-tail queue in front of it, a propagation delay and random
// loss. netsim's links model delay and loss but no capacity, and congestion
// control is about capacity.
import type { Clock } from '@natter/io';

export interface BottleneckOptions {
  bytesPerSecond: number;
  delayMs: number;
  /** Bytes the queue holds before it drops (tail drop). */
  queueBytes: number;
  lossRate?: number;
  random?: () => number;
}

export class BottleneckLink {
  private lastDeparture = 0;
  readonly stats = { sent: 0, delivered: 0, lostRandom: 0, lostQueue: 0, bytesDelivered: 0, maxQueueBytes: 0 };
  /** Set to false to cut the link (everything sent is lost). */
  up = true;

  constructor(
    private readonly clock: Clock,
    private readonly options: BottleneckOptions,
    private readonly deliver: (datagram: Buffer) => void,
  ) {}

  /** Bytes waiting for the bottleneck right now. */
  get queuedBytes(): number {
    return Math.max(0, (this.lastDeparture - this.clock.now()) * (this.options.bytesPerSecond / 1000));
  }

  send(datagram: Buffer): void {
    this.stats.sent++;
    if (!this.up) return;
    const random = this.options.random ?? Math.random;
    if (this.options.lossRate && random() < this.options.lossRate) {
      this.stats.lostRandom++;
      return;
    }
    const queued = this.queuedBytes;
    if (queued + datagram.length > this.options.queueBytes) {
      this.stats.lostQueue++;
      return;
    }
    this.stats.maxQueueBytes = Math.max(this.stats.maxQueueBytes, queued + datagram.length);
    const now = this.clock.now();
    const departure = Math.max(now, this.lastDeparture) + datagram.length / (this.options.bytesPerSecond / 1000);
    this.lastDeparture = departure;
    const copy = Buffer.from(datagram);
    this.clock.setTimeout(() => {
      this.stats.delivered++;
      this.stats.bytesDelivered += copy.length;
      this.deliver(copy);
    }, departure - now + this.options.delayMs);
  }
}

/** A deterministic random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
