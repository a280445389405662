// Test fixtures for the reliable channel tests: a
// one-way in-memory datagram path with netsim's link model (seeded loss,
// duplication, reordering, latency on a Clock), and two channels joined by a
// pair of such paths. Every message crosses the real wire codec, limited to
// what fits a sealed datagram, so an oversized ack or fragment fails loudly.
import type { Clock } from '@natter/io';
import { Link, Random, VirtualClock, type LinkConditions } from '@natter/netsim';
import { decodePeerMessage, encodePeerMessage, type DecodedPeerMessage, type PeerMessageInit } from '@natter/wire';
import { ReliableChannel, type ReliableChannelOptions } from '../../src/reliable/channel.js';
import { MAX_PLAINTEXT_BYTES } from '../../src/reliable/limits.js';

export interface MemoryPathOptions {
  clock: Clock;
  /** Seed for this path's loss/duplication/reordering draws. */
  seed: number;
  conditions?: LinkConditions;
  /** Where datagrams come out (usually the far channel's receive). */
  deliver: (message: DecodedPeerMessage) => void;
  /** Deterministic extra loss: return true to drop this datagram. */
  drop?: (message: DecodedPeerMessage) => boolean;
}

export interface MemoryPathStats {
  sent: number;
  lost: number;
  duplicated: number;
  delivered: number;
  /** Largest encoded PeerMessage seen, in bytes. */
  largestBytes: number;
  /** Messages the codec refused (too large for one datagram): always a bug. */
  encodeErrors: number;
}

export class MemoryPath {
  readonly stats: MemoryPathStats = { sent: 0, lost: 0, duplicated: 0, delivered: 0, largestBytes: 0, encodeErrors: 0 };
  private readonly link: Link;

  constructor(private readonly o: MemoryPathOptions) {
    this.link = new Link(`memory-path-${o.seed}`, o.conditions ?? {}, new Random(o.seed));
  }

  /** Changes the conditions from now on (datagrams in flight keep theirs). */
  set(conditions: LinkConditions): void {
    this.link.set(conditions);
  }

  readonly transmit = (message: PeerMessageInit): void => {
    let bytes: Uint8Array;
    try {
      bytes = encodePeerMessage(message, MAX_PLAINTEXT_BYTES);
    } catch (err) {
      this.stats.encodeErrors++;
      throw err;
    }
    this.stats.sent++;
    this.stats.largestBytes = Math.max(this.stats.largestBytes, bytes.length);
    if (this.o.drop?.(decodePeerMessage(bytes))) {
      this.stats.lost++;
      return;
    }
    const delays = this.link.transit();
    if (delays.length === 0) this.stats.lost++;
    if (delays.length > 1) this.stats.duplicated += delays.length - 1;
    for (const d of delays) {
      this.o.clock.setTimeout(() => {
        this.stats.delivered++;
        this.o.deliver(decodePeerMessage(bytes));
      }, d);
    }
  };
}

export interface TestPairOptions {
  seed?: number;
  clock?: VirtualClock;
  /** Both directions; override one with `ab` / `ba`. */
  conditions?: LinkConditions;
  ab?: LinkConditions;
  ba?: LinkConditions;
  /** Options for both channels (clock, transmit and onMessage are provided). */
  channel?: Partial<Omit<ReliableChannelOptions, 'clock' | 'transmit' | 'onMessage'>>;
  dropAb?: (message: DecodedPeerMessage) => boolean;
  dropBa?: (message: DecodedPeerMessage) => boolean;
}

export interface Delivery {
  id: Uint8Array;
  bytes: Uint8Array;
}

export interface TestPair {
  clock: VirtualClock;
  a: ReliableChannel;
  b: ReliableChannel;
  /** a -> b and b -> a. */
  ab: MemoryPath;
  ba: MemoryPath;
  /** What each side's onMessage received, in order. */
  atA: Delivery[];
  atB: Delivery[];
}

/** Two channels, a and b, joined by two memory paths on one virtual clock. */
export function createTestPair(options: TestPairOptions = {}): TestPair {
  const clock = options.clock ?? new VirtualClock();
  const seed = options.seed ?? 1;
  const atA: Delivery[] = [];
  const atB: Delivery[] = [];
  const ends: { a?: ReliableChannel; b?: ReliableChannel } = {};
  const ab = new MemoryPath({
    clock,
    seed: seed * 2,
    conditions: { ...options.conditions, ...options.ab },
    deliver: (m) => ends.b!.receive(m),
    ...(options.dropAb ? { drop: options.dropAb } : {}),
  });
  const ba = new MemoryPath({
    clock,
    seed: seed * 2 + 1,
    conditions: { ...options.conditions, ...options.ba },
    deliver: (m) => ends.a!.receive(m),
    ...(options.dropBa ? { drop: options.dropBa } : {}),
  });
  const a = new ReliableChannel({ ...options.channel, clock, transmit: ab.transmit, onMessage: (id, bytes) => atA.push({ id, bytes }) });
  const b = new ReliableChannel({ ...options.channel, clock, transmit: ba.transmit, onMessage: (id, bytes) => atB.push({ id, bytes }) });
  ends.a = a;
  ends.b = b;
  return { clock, a, b, ab, ba, atA, atB };
}
