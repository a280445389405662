// The receiving half: tracks which sequence numbers arrived, buffers the
// out-of-order ones within the receive window, hands fragments in order to
// the reassembler, drops messages already delivered, and acknowledges.
//
// Ack policy (RFC 5681 §4.2 in spirit): acknowledge at once when the
// fragment is a duplicate (our previous ack was probably lost), arrives out
// of order or fills a gap (the sender needs the selective acks to repair
// loss quickly), ends a message (the user waits for "delivered", and the
// sender gets an undelayed RTT sample), or is the second unacknowledged
// one. Only a lone in-order fragment in the middle of a message waits, at
// most ackDelayMs, for a companion to share the ack with.
import type { Clock, TimerHandle } from '@natter/io';
import type { PeerMessageInit } from '@natter/wire';
import type { DeliveredIds } from './delivered.js';
import { parseData, type InFragment } from './fragment.js';
import { MAX_SELECTIVE_ACKS, RECEIVE_WINDOW_PACKETS } from './limits.js';
import { Reassembler, type Reassembled } from './reassembly.js';
import type { ReliableCounters } from './stats.js';

export interface ReceiverOptions {
  clock: Clock;
  transmit: (message: PeerMessageInit) => void;
  counters: ReliableCounters;
  ackDelayMs: number;
  delivered: DeliveredIds;
  onMessage: (messageId: Uint8Array, bytes: Uint8Array) => void;
  onDuplicate?: (messageId: Uint8Array) => void;
}

export class Receiver {
  /** Every seq up to and including this one has been consumed. */
  private cumulative = 0;
  private readonly buffered = new Map<number, InFragment>();
  private bufferedChunkBytes = 0;
  private readonly reassembler = new Reassembler();
  private unacked = 0;
  private ackTimer: TimerHandle | undefined;
  private stopped = false;

  constructor(private readonly options: ReceiverOptions) {}

  get bufferedFragments(): number {
    return this.buffered.size;
  }

  get bufferedBytes(): number {
    return this.bufferedChunkBytes + this.reassembler.bufferedBytes;
  }

  onData(data: unknown): void {
    const f = parseData(data);
    if (!f) {
      this.options.counters.garbage++;
      return;
    }
    if (f.seq <= this.cumulative || this.buffered.has(f.seq)) {
      this.options.counters.duplicateFragments++;
      return this.ackNow();
    }
    if (f.seq > this.cumulative + RECEIVE_WINDOW_PACKETS) {
      this.options.counters.outOfWindow++;
      return this.ackNow();
    }
    if (f.seq !== this.cumulative + 1) {
      this.buffered.set(f.seq, f);
      this.bufferedChunkBytes += f.chunk.length;
      return this.ackNow();
    }

    const ready: Reassembled[] = [];
    const filledGap = this.buffered.size > 0;
    let endsMessage = this.consume(f, ready);
    for (let next = this.buffered.get(this.cumulative + 1); next; next = this.buffered.get(this.cumulative + 1)) {
      this.buffered.delete(next.seq);
      this.bufferedChunkBytes -= next.chunk.length;
      endsMessage = this.consume(next, ready) || endsMessage;
    }
    this.unacked++;
    if (filledGap || endsMessage || this.unacked >= 2 || this.options.ackDelayMs === 0) this.ackNow();
    else this.ackTimer ??= this.options.clock.setTimeout(() => this.ackNow(), this.options.ackDelayMs);
    this.deliver(ready);
  }

  /** Sends an ack for everything received so far, now (also used after a path change). */
  ackNow(): void {
    if (this.ackTimer !== undefined) {
      this.options.clock.clearTimeout(this.ackTimer);
      this.ackTimer = undefined;
    }
    if (this.stopped) return;
    this.unacked = 0;
    const selective = [...this.buffered.keys()].sort((a, b) => a - b).slice(0, MAX_SELECTIVE_ACKS);
    this.options.counters.acksSent++;
    try {
      this.options.transmit({ ack: { cumulative: this.cumulative, selective } });
    } catch {
      this.options.counters.transmitErrors++;
    }
  }

  stop(): void {
    if (this.ackTimer !== undefined) this.options.clock.clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    this.stopped = true;
    this.buffered.clear();
    this.bufferedChunkBytes = 0;
    this.reassembler.reset();
  }

  /** Feeds the next in-order fragment to the reassembler; true when it is the last of its message. */
  private consume(f: InFragment, ready: Reassembled[]): boolean {
    this.cumulative = f.seq;
    const step = this.reassembler.push(f);
    if (step.error !== undefined) this.options.counters.reassemblyErrors++;
    if (step.message) ready.push(step.message);
    return f.index === f.count - 1;
  }

  // Runs after every state change and the ack, so the application may call
  // back into the channel (send a reply, even close it) from onMessage.
  // Everything acknowledged is delivered, even if onMessage closes the
  // channel half-way: the sender already counts it as delivered. An error
  // thrown by onMessage does not stop later deliveries; the first one is
  // rethrown to the caller of receive() once the channel is consistent.
  private deliver(ready: Reassembled[]): void {
    let failure: { error: unknown } | undefined;
    for (const m of ready) {
      // Checked here, not at reassembly, so an id counts as delivered only
      // once the application really had it.
      if (this.options.delivered.touch(m.key)) {
        this.options.counters.duplicateMessages++;
        try {
          this.options.onDuplicate?.(m.id);
        } catch (error) {
          failure ??= { error };
        }
        continue;
      }
      this.options.delivered.addKey(m.key);
      this.options.counters.delivered++;
      try {
        this.options.onMessage(m.id, m.bytes);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
