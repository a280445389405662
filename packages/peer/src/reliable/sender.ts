// The sending half: cuts messages into fragments, numbers them, keeps at
// most `windowPackets` sequence numbers outstanding, retransmits on timeout
// (RFC 6298) and on selective-ack evidence, and settles each send() once
// every fragment of its message is acknowledged.
//
// Retransmission keeps a fragment's seq (the receiver orders by it), so an
// ack cannot tell which transmission it answers: RTT samples come only from
// fragments sent exactly once (Karn's algorithm). Data carries no send time
// the peer could echo, so Ack.echo_sent_at_ms stays unused here.
import type { Clock, TimerHandle } from '@natter/io';
import type { PeerMessageInit } from '@natter/wire';
import { ReliableError } from './errors.js';
import type { RtoEstimator } from './rto.js';
import type { ReliableCounters } from './stats.js';

/** RFC 6675 DupThresh: a fragment is lost once three sent after it are acknowledged. */
const DUP_THRESHOLD = 3;
/** Timer rounding tolerated when deciding what an expiry covers (RFC 6298's G). */
const TIMER_SLACK_MS = 1;
/** Selective entries examined per ack; a decoded ack holds at most ~1200 anyway. */
const MAX_SELECTIVE_SCAN = 1024;

export interface SenderOptions {
  clock: Clock;
  transmit: (message: PeerMessageInit) => void;
  rto: RtoEstimator;
  counters: ReliableCounters;
  maxChunkBytes: number;
  windowPackets: number;
  maxRetries: number;
  giveUpAfterMs: number;
  /** A fragment ran out of retries: the channel must fail. */
  onGiveUp: (err: ReliableError) => void;
}

interface OutMessage {
  readonly id: Uint8Array;
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Next fragment index to put on the wire for the first time. */
  next: number;
  unacked: number;
  readonly promise: Promise<void>;
  resolve(): void;
  reject(err: Error): void;
}

interface OutFragment {
  readonly seq: number;
  readonly message: OutMessage;
  readonly index: number;
  readonly chunk: Uint8Array;
  /** First transmission on the current path: the give-up clock. */
  pathSince: number;
  lastSentAt: number;
  /** Order of the latest transmission among all transmissions (for loss detection). */
  lastTx: number;
  /** Timer expiries on the current path. */
  timeouts: number;
  /** Ever sent twice: no RTT sample from it (Karn). */
  retransmitted: boolean;
}

export class Sender {
  /** Messages with fragments not yet sent, oldest first. */
  private readonly queue: OutMessage[] = [];
  /** Messages not yet fully acknowledged, by id key. */
  private readonly pending = new Map<string, OutMessage>();
  /** Sent, unacknowledged fragments; a Map keeps them in seq order. */
  private readonly inFlight = new Map<number, OutFragment>();
  private nextSeq = 1;
  private txCount = 0;
  /** The three latest transmission numbers among acknowledged fragments, newest first (0 = none). */
  private readonly ackedTx = [0, 0, 0];
  private timer: TimerHandle | undefined;

  constructor(private readonly options: SenderOptions) {}

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  send(id: Uint8Array, key: string, bytes: Uint8Array): Promise<void> {
    // The application re-sent a message still on its way: one copy is enough.
    const existing = this.pending.get(key);
    if (existing) return existing.promise;
    let resolve!: () => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    const count = Math.max(1, Math.ceil(bytes.length / this.options.maxChunkBytes));
    const m: OutMessage = { id, key, bytes, count, next: 0, unacked: count, promise, resolve, reject };
    this.pending.set(key, m);
    this.queue.push(m);
    this.options.counters.messagesSent++;
    this.pump();
    return promise;
  }

  /** Applies a peer's Ack; false when it is garbage (acks what was never sent). */
  onAck(ack: { cumulative?: unknown; selective?: unknown }): boolean {
    const cumulative = ack.cumulative ?? 0;
    const selective = ack.selective ?? [];
    if (!(typeof cumulative === 'number' && Number.isSafeInteger(cumulative) && cumulative >= 0 && cumulative < this.nextSeq)) return false;
    if (!Array.isArray(selective)) return false;
    this.options.counters.acksReceived++;
    const now = this.options.clock.now();
    let sample: OutFragment | undefined;
    let progress = false;
    let spurious = false;
    const minRtt = this.options.rto.minRtt;
    const take = (f: OutFragment): void => {
      progress = true;
      this.acknowledge(f);
      if (!f.retransmitted) {
        if (!sample || f.lastTx > sample.lastTx) sample = f;
      } else if (minRtt !== undefined && now - f.lastSentAt < minRtt / 2) {
        // Faster than this path has ever answered: the ack is for an earlier
        // transmission, so the retransmission was spurious (Eifel, RFC 3522).
        spurious = true;
      }
    };
    for (const f of this.inFlight.values()) {
      if (f.seq > cumulative) break;
      take(f); // deleting the current entry does not disturb Map iteration
    }
    const scan = Math.min(selective.length, MAX_SELECTIVE_SCAN);
    for (let i = 0; i < scan; i++) {
      const s: unknown = selective[i];
      if (typeof s !== 'number' || !(s > cumulative && s < this.nextSeq)) continue;
      const f = this.inFlight.get(s);
      if (f) take(f);
    }
    // The newest fragment this ack covers most likely triggered it; older
    // ones may have waited behind a lost ack and would inflate the sample.
    if (sample) this.options.rto.sample(now - sample.lastSentAt);
    else if (progress && !spurious) {
      // Only retransmitted fragments were acknowledged: no sample (Karn), but
      // the path is alive, so the backoff ends, as RFC 9002 §6.2.1 does for
      // QUIC. RFC 6298 §5.7 keeps it until a clean sample, and on a lossy
      // path the tail of a burst has no clean sample left to take: each
      // further loss there doubled the wait again, up to the give-up. What
      // Karn's rule guards against, an RTO below the RTT, shows up as a
      // spurious retransmission above and keeps the backoff until a clean
      // sample; observeRtt() (keepalive echoes) corrects the estimate too.
      this.options.rto.resetBackoff();
    }
    if (progress) this.restartTimer();
    this.fastRetransmit(now);
    this.pump();
    return true;
  }

  /** The path changed: every unacknowledged fragment goes out again now, with a fresh give-up clock. */
  retransmitAll(): void {
    const now = this.options.clock.now();
    for (const f of this.inFlight.values()) {
      f.pathSince = now;
      f.timeouts = 0;
      this.retransmit(f, now);
    }
    this.restartTimer();
    this.pump();
  }

  /** Rejects every pending send with `err` and stops all timers. */
  abort(err: ReliableError): void {
    this.disarm();
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.queue.length = 0;
    this.inFlight.clear();
    for (const m of pending) m.reject(err);
  }

  private acknowledge(f: OutFragment): void {
    this.inFlight.delete(f.seq);
    const t = this.ackedTx;
    if (f.lastTx > t[2]!) {
      t[2] = f.lastTx;
      if (t[2]! > t[1]!) [t[1], t[2]] = [t[2]!, t[1]!];
      if (t[1]! > t[0]!) [t[0], t[1]] = [t[1]!, t[0]!];
    }
    const m = f.message;
    if (--m.unacked === 0) {
      this.pending.delete(m.key);
      this.options.counters.messagesAcked++;
      m.resolve();
    }
  }

  // RFC 6675-style loss detection by transmission order (as QUIC and RACK
  // do): once DUP_THRESHOLD fragments transmitted after this one are
  // acknowledged, it is lost, unless reordering is deeper than that. A
  // retransmission gets a new transmission number, so it is declared lost
  // again only on new evidence.
  private fastRetransmit(now: number): void {
    const threshold = this.ackedTx[DUP_THRESHOLD - 1]!;
    if (threshold === 0) return;
    for (const f of this.inFlight.values()) {
      if (f.lastTx < threshold) {
        this.options.counters.fastRetransmits++;
        this.retransmit(f, now);
      }
    }
  }

  /** Puts new fragments on the wire while the window allows. */
  private pump(): void {
    const now = this.options.clock.now();
    while (this.queue.length > 0) {
      const base = this.inFlight.keys().next().value ?? this.nextSeq;
      if (this.nextSeq >= base + this.options.windowPackets) return;
      const m = this.queue[0]!;
      const index = m.next++;
      if (m.next === m.count) this.queue.shift();
      const size = this.options.maxChunkBytes;
      const f: OutFragment = {
        seq: this.nextSeq++,
        message: m,
        index,
        chunk: m.bytes.subarray(index * size, (index + 1) * size),
        pathSince: now,
        lastSentAt: now,
        lastTx: ++this.txCount,
        timeouts: 0,
        retransmitted: false,
      };
      this.inFlight.set(f.seq, f);
      this.options.counters.fragmentsSent++;
      this.emit(f);
      this.startTimer();
    }
  }

  private retransmit(f: OutFragment, now: number): void {
    f.retransmitted = true;
    f.lastSentAt = now;
    f.lastTx = ++this.txCount;
    this.options.counters.retransmitted++;
    this.emit(f);
  }

  private emit(f: OutFragment): void {
    const m = f.message;
    try {
      this.options.transmit({ data: { seq: f.seq, messageId: m.id, fragmentIndex: f.index, fragmentCount: m.count, chunk: f.chunk } });
    } catch {
      this.options.counters.transmitErrors++; // as if lost on the wire; the timer repairs it
    }
  }

  // RFC 6298 §5: one timer for the whole flight. It runs while anything is
  // unacknowledged, restarts whenever an ack covers new fragments (§5.3),
  // and so expires only after a full RTO without progress. Then (RFC 6675
  // §5.1: after a timeout, whatever is not selectively acked is lost) every
  // fragment outstanding for at least an RTO goes out again, at least the
  // oldest one (§5.4), and the RTO doubles (§5.5) until a valid sample.
  private onTimer(): void {
    this.timer = undefined;
    const now = this.options.clock.now();
    const first = this.inFlight.values().next().value;
    if (!first) return;
    // Less one clock tick: timers round, and a fragment sent with the last
    // restart must count as due when the timer fires an RTO later.
    const rto = this.options.rto.rto - TIMER_SLACK_MS;
    const due = [...this.inFlight.values()].filter((f) => now - f.lastSentAt >= rto);
    if (due.length === 0) due.push(first);
    for (const f of [first, ...due]) {
      const elapsed = now - f.pathSince;
      if (elapsed >= this.options.giveUpAfterMs || f.timeouts >= this.options.maxRetries) {
        return this.options.onGiveUp(ReliableError.timeout(f.seq, f.timeouts, elapsed));
      }
    }
    this.options.counters.timeouts++;
    this.options.rto.backOff();
    for (const f of due) {
      f.timeouts++;
      this.retransmit(f, now);
    }
    // RFC 9002 §6.2.4: at least two datagrams per expiry, so one lost
    // datagram does not cost another, doubled, timeout. A lone fragment
    // (the usual chat case) goes out twice; if both arrive, the duplicate
    // draws a second ack, which covers a lost ack too.
    if (due.length === 1) this.retransmit(due[0]!, now);
    this.restartTimer();
  }

  /** Starts the timer unless it runs (§5.1). */
  private startTimer(): void {
    if (this.timer === undefined) this.restartTimer();
  }

  /** (Re)arms the timer an RTO from now, or earlier when the oldest fragment's give-up time comes first; stops it when nothing is outstanding (§5.2). */
  private restartTimer(): void {
    this.disarm();
    const first = this.inFlight.values().next().value;
    if (!first) return;
    const now = this.options.clock.now();
    // The oldest fragment has the oldest give-up clock: retransmitAll resets them all at once.
    const due = Math.min(now + this.options.rto.rto, first.pathSince + this.options.giveUpAfterMs);
    this.timer = this.options.clock.setTimeout(() => this.onTimer(), Math.max(0, due - now));
  }

  private disarm(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
