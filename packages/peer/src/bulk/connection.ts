// BulkConnection: reliable, congestion-controlled byte streams between two
// peers over whatever path their conversation is on (a punched UDP path or
// the node's relay), encrypted with keys from the conversation's session.
// Loss recovery follows QUIC (RFC 9002: packet numbers never reused, ACK
// ranges, packet and time thresholds, probe timeouts); the window is CUBIC
// (cubic.ts) and datagrams are paced (pacer.ts). Pure: the clock, the path's
// send function and the deferral are injected; datagrams come in through
// receive(). Why this and not udx-native: docs/protocol.md ("Bulk datagrams").
import type { Clock, TimerHandle } from '@natter/io';
import { AckTracker, MAX_ACK_DELAY_MS } from './ack-tracker.js';
import { type BulkKeys, type SealedDatagram, openDatagram, sealDatagram } from './crypto.js';
import { Cubic } from './cubic.js';
import { BulkError } from './errors.js';
import {
  FrameWriter,
  MAX_PACKET_NUMBER,
  MAX_STREAM_DATA_FRAME,
  PACKET_OVERHEAD,
  PARAMS_FRAME,
  PARAMS_WANT_REPLY,
  RESET_FRAME,
  STREAM_FRAME_HEADER,
  readFrames,
  type Frame,
} from './packet.js';
import { Pacer } from './pacer.js';
import { RangeSet } from './ranges.js';
import { DEFAULT_STREAM_WINDOW, RecvStream } from './recv-stream.js';
import { RttEstimator } from './rtt.js';
import { SendStream } from './send-stream.js';

/** A datagram size every path carries unfragmented (IPv6 minimum MTU 1280 less headers). */
export const SAFE_DATAGRAM = 1232;
/** Largest UDP payload over IPv4 (65535 - 20 - 8). */
export const MAX_DATAGRAM = 65_507;
/** Packets one turn of the event loop may send before it lets others (chat, incoming ACKs) run. */
const BURST_PACKETS = 32;
const BURST_BYTES = 256 * 1024;
/** Credit each side assumes for a new stream before the first MAX_STREAM_DATA: part of the protocol. */
export const INITIAL_STREAM_CREDIT = DEFAULT_STREAM_WINDOW;
/** Probe timeouts in a row that count as persistent congestion (RFC 9002 §7.6, simplified). */
const PERSISTENT_CONGESTION_PTOS = 3;

export interface BulkPath {
  /** Sends one datagram (given as its parts, see sealDatagram); may drop it (like the network). */
  send(datagram: SealedDatagram): void;
  /** Largest datagram our side of this path carries without fragmenting. */
  localMaxDatagram: number;
  /** Largest datagram to use without hearing the buddy's own limit (the relay needs no agreement). */
  assumedPeerMaxDatagram?: number;
  /** At most this many bytes a second (the relay's budget at the node); undefined: no cap. */
  rateCap?: number;
  kind: 'direct' | 'relay';
}

export interface BulkConnectionOptions {
  clock: Clock;
  keys: BulkKeys;
  /** The side that opened the session: its streams get even ids, the other side's odd ones. */
  initiator: boolean;
  path: BulkPath;
  /** A stream the buddy opened; set its handlers before returning. */
  onStream(stream: RecvStream): void;
  /** Runs `fn` after the current I/O; default setImmediate. Tests on a virtual clock pass their own. */
  defer?: (fn: () => void) => void;
  /** Credit per stream; default and least 16 MiB (INITIAL_STREAM_CREDIT). */
  streamWindow?: number;
  /** Streams the buddy may have open at once; default 64. */
  maxIncomingStreams?: number;
  /** The connection failed (the buddy broke the protocol). */
  onError?(err: BulkError): void;
}

type SentFrame =
  | { kind: 'stream'; stream: SendStream; offset: number; length: number; fin: boolean }
  | { kind: 'credit'; stream: RecvStream }
  | { kind: 'reset'; id: number }
  | { kind: 'stop'; id: number }
  | { kind: 'params' }
  | { kind: 'ping' };

interface SentPacket {
  pn: number;
  time: number;
  size: number;
  /** Bytes in flight when it left: below half the window, the window was not what limited us. */
  inFlightBefore: number;
  frames: SentFrame[];
}

export interface BulkStats {
  path: 'direct' | 'relay';
  srttMs: number;
  minRttMs: number;
  cwndBytes: number;
  bytesInFlight: number;
  pacingBytesPerSecond: number;
  maxDatagram: number;
  packetsSent: number;
  packetsLost: number;
  bytesSent: number;
  bytesReceived: number;
}

export class BulkConnection {
  private readonly clock: Clock;
  private readonly keys: BulkKeys;
  private readonly defer: (fn: () => void) => void;
  private readonly streamWindow: number;
  private readonly maxIncomingStreams: number;
  private path: BulkPath;
  private peerMaxDatagram: number | undefined;
  private nextPn = 0;
  private readonly sent = new Map<number, SentPacket>();
  private bytesInFlight = 0;
  private largestAcked = -1;
  private rtt = new RttEstimator();
  private cc: Cubic;
  private pacer: Pacer;
  private ptoCount = 0;
  private lastElicitingAt = 0;
  private lossTime: number | undefined;
  private recoveryTimer: TimerHandle | undefined;
  private pacingTimer: TimerHandle | undefined;
  private pumpQueued = false;
  private probesDue = 0;

  private readonly acks: AckTracker;

  private readonly sendStreams = new Map<number, SendStream>();
  private readonly recvStreams = new Map<number, RecvStream>();
  /** Ids of streams that ended, so late frames for them are not taken for new streams. */
  private readonly finishedIncoming = new RangeSet();
  private nextStreamId: number;
  private rotation = 0;
  private paramsPending = true;
  private readonly resetsPending = new Map<number, number>();
  private readonly stopsPending = new Map<number, number>();
  private readonly scratch = Buffer.allocUnsafe(8192);
  private closedWith: BulkError | undefined;
  private readonly counters = { packetsSent: 0, packetsLost: 0, bytesSent: 0, bytesReceived: 0 };

  constructor(private readonly options: BulkConnectionOptions) {
    this.clock = options.clock;
    this.keys = options.keys;
    this.defer = options.defer ?? ((fn) => void setImmediate(fn));
    // Never below the credit the buddy assumes before our first update.
    this.streamWindow = Math.max(INITIAL_STREAM_CREDIT, options.streamWindow ?? DEFAULT_STREAM_WINDOW);
    this.maxIncomingStreams = options.maxIncomingStreams ?? 64;
    this.nextStreamId = options.initiator ? 0 : 1;
    this.path = options.path;
    this.cc = new Cubic(this.maxDatagram);
    this.pacer = new Pacer(this.maxDatagram, this.clock.now());
    this.acks = new AckTracker(this.clock, () => this.wake());
    this.wake();
  }

  get connectionId(): Buffer {
    return this.keys.connectionId;
  }

  get closed(): boolean {
    return this.closedWith !== undefined;
  }

  get pathKind(): 'direct' | 'relay' {
    return this.path.kind;
  }

  /** The datagram size in use: the smaller of both sides' limits on this path. */
  get maxDatagram(): number {
    const peer = this.peerMaxDatagram ?? this.path.assumedPeerMaxDatagram ?? SAFE_DATAGRAM;
    return Math.max(SAFE_DATAGRAM, Math.min(this.path.localMaxDatagram, peer, MAX_DATAGRAM));
  }

  /** Opens a stream to the buddy. */
  openStream(): SendStream {
    if (this.closedWith) throw this.closedWith;
    const id = this.nextStreamId;
    this.nextStreamId += 2;
    const stream = new SendStream(id, INITIAL_STREAM_CREDIT, () => this.wake());
    this.sendStreams.set(id, stream);
    return stream;
  }

  /** Gives up a stream we send on; the buddy is told. */
  resetStream(stream: SendStream, code: number): void {
    if (!this.sendStreams.has(stream.id)) return;
    stream.fail(new BulkError('BULK_STREAM_RESET', `stream ${stream.id} reset by us (${code})`));
    this.sendStreams.delete(stream.id);
    this.resetsPending.set(stream.id, code);
    this.wake();
  }

  /** Asks the buddy to stop sending on a stream we receive. */
  stopStream(stream: RecvStream, code: number): void {
    if (!this.recvStreams.has(stream.id)) return;
    stream.fail(new BulkError('BULK_STREAM_RESET', `stream ${stream.id} stopped by us (${code})`));
    this.forgetIncoming(stream.id);
    this.stopsPending.set(stream.id, code);
    this.wake();
  }

  /**
   * The conversation moved (direct <-> relay, or a new direct address): a new
   * path has its own round trip and capacity, so congestion state starts over
   * and what was in flight on the old path is sent again (RFC 9000 §9.4).
   */
  setPath(path: BulkPath): void {
    if (this.closedWith) return;
    this.path = path;
    this.peerMaxDatagram = undefined;
    this.paramsPending = true;
    for (const p of this.sent.values()) this.requeue(p);
    this.sent.clear();
    this.bytesInFlight = 0;
    this.ptoCount = 0;
    this.lossTime = undefined;
    this.rtt = new RttEstimator();
    this.cc = new Cubic(this.maxDatagram);
    this.pacer = new Pacer(this.maxDatagram, this.clock.now());
    this.setRecoveryTimer();
    this.wake();
  }

  /**
   * A bulk datagram for this connection. True when it authenticated (the
   * caller counts that as life on the path), false when it did not.
   */
  receive(datagram: Buffer): boolean {
    if (this.closedWith) return false;
    const opened = openDatagram(this.keys, datagram);
    if (!opened) return false;
    const { packetNumber: pn, plain } = opened;
    if (this.acks.isDuplicate(pn)) return true; // a duplicate or replay
    const frames = readFrames(plain);
    if (!frames) return true; // authentic but malformed: dropped whole
    const now = this.clock.now();
    this.counters.bytesReceived += datagram.length;
    let eliciting = false;
    try {
      for (const frame of frames) if (this.onFrame(frame, now)) eliciting = true;
    } catch (err) {
      if (err instanceof BulkError) {
        this.close(err);
        this.options.onError?.(err);
        return true;
      }
      throw err;
    }
    this.acks.onPacket(pn, eliciting);
    return true;
  }

  /** One frame; true when it asks for an acknowledgement. */
  private onFrame(frame: Frame, now: number): boolean {
    switch (frame.type) {
      case 'ack':
        this.onAck(frame, now);
        return false;
      case 'stream': {
        const stream = this.incoming(frame.streamId);
        stream?.onFrame(frame.offset, frame.data, frame.fin);
        if (stream?.finished) this.forgetIncoming(stream.id);
        return true;
      }
      case 'maxStreamData': {
        const stream = this.sendStreams.get(frame.streamId);
        if (stream && frame.maxOffset > stream.credit) {
          stream.credit = frame.maxOffset;
          this.wake();
        }
        return true;
      }
      case 'resetStream': {
        const stream = this.recvStreams.get(frame.streamId);
        if (stream) {
          stream.fail(new BulkError('BULK_STREAM_RESET', `the buddy abandoned stream ${frame.streamId} (${frame.code})`));
          this.forgetIncoming(frame.streamId);
        }
        return true;
      }
      case 'stopSending': {
        const stream = this.sendStreams.get(frame.streamId);
        if (stream) {
          stream.fail(new BulkError('BULK_STREAM_RESET', `the buddy stopped stream ${frame.streamId} (${frame.code})`));
          this.sendStreams.delete(frame.streamId);
        }
        return true;
      }
      case 'params': {
        const before = this.maxDatagram;
        this.peerMaxDatagram = Math.max(SAFE_DATAGRAM, Math.min(MAX_DATAGRAM, frame.maxDatagram));
        if (this.maxDatagram !== before) this.cc.setMss(this.maxDatagram);
        if (frame.flags & PARAMS_WANT_REPLY) {
          this.paramsPending = true;
          this.wake();
        }
        return true;
      }
      case 'ping':
        return true;
    }
  }

  /** The receiving half of stream `id`, made on its first frame. */
  private incoming(id: number): RecvStream | undefined {
    const existing = this.recvStreams.get(id);
    if (existing) return existing;
    if (this.finishedIncoming.has(id)) return undefined;
    const mine = this.options.initiator ? 0 : 1;
    if (id % 2 === mine) throw new BulkError('BULK_PROTOCOL', `the buddy sent on stream ${id}, which is ours to open`);
    if (this.recvStreams.size >= this.maxIncomingStreams) {
      throw new BulkError('BULK_PROTOCOL', `the buddy opened more than ${this.maxIncomingStreams} streams`);
    }
    const stream = new RecvStream(id, this.streamWindow, () => this.wake());
    this.recvStreams.set(id, stream);
    this.options.onStream(stream);
    return stream;
  }

  private forgetIncoming(id: number): void {
    this.recvStreams.delete(id);
    this.finishedIncoming.add(id, id + 1);
  }

  private onAck(frame: Extract<Frame, { type: 'ack' }>, now: number): void {
    if (frame.largest >= this.nextPn) return; // acknowledges what we never sent: ignore
    if (frame.largest > this.largestAcked) this.largestAcked = frame.largest;
    const ranges = frame.ranges;
    let newestAcked: SentPacket | undefined;
    for (const p of this.sent.values()) {
      if (p.pn > frame.largest) break;
      if (!inRanges(ranges, p.pn)) continue;
      this.sent.delete(p.pn);
      this.bytesInFlight -= p.size;
      if (!newestAcked || p.pn > newestAcked.pn) newestAcked = p;
      for (const f of p.frames) this.acked(f);
      this.cc.onAck(p.size, p.time, now, this.rtt.smoothed, p.inFlightBefore < this.cc.cwnd / 2);
    }
    if (!newestAcked) return;
    if (newestAcked.pn === frame.largest) this.rtt.update(now - newestAcked.time, Math.min(frame.delayUs / 1000, MAX_ACK_DELAY_MS));
    this.ptoCount = 0;
    this.detectLosses(now);
    this.setRecoveryTimer();
    this.wake();
  }

  private acked(f: SentFrame): void {
    switch (f.kind) {
      case 'stream':
        f.stream.onAcked(f.offset, f.length, f.fin);
        if (f.stream.finished) this.sendStreams.delete(f.stream.id);
        return;
      case 'params':
        this.paramsPending = false;
        return;
      default:
        return;
    }
  }

  /** RFC 9002 §6.1: three later packets acknowledged, or 9/8 RTT since it left. */
  private detectLosses(now: number): void {
    const delay = this.rtt.lossDelay();
    this.lossTime = undefined;
    let lostSentAt: number | undefined;
    for (const p of this.sent.values()) {
      if (p.pn > this.largestAcked) break;
      if (this.largestAcked - p.pn >= 3 || p.time <= now - delay) {
        this.sent.delete(p.pn);
        this.bytesInFlight -= p.size;
        this.counters.packetsLost++;
        this.requeue(p);
        lostSentAt = Math.max(lostSentAt ?? -Infinity, p.time);
      } else {
        this.lossTime = Math.min(this.lossTime ?? Infinity, p.time + delay);
      }
    }
    if (lostSentAt !== undefined) this.cc.onCongestion(lostSentAt, now);
  }

  /** What a lost packet carried goes again (in new packets). */
  private requeue(p: SentPacket): void {
    for (const f of p.frames) {
      switch (f.kind) {
        case 'stream':
          if (this.sendStreams.get(f.stream.id) === f.stream) f.stream.onLost(f.offset, f.length, f.fin);
          break;
        case 'credit':
          if (this.recvStreams.get(f.stream.id) === f.stream) f.stream.creditDirty = true;
          break;
        case 'params':
          this.paramsPending = true;
          break;
        case 'reset':
          if (!this.resetsPending.has(f.id)) this.resetsPending.set(f.id, 0);
          break;
        case 'stop':
          if (!this.stopsPending.has(f.id)) this.stopsPending.set(f.id, 0);
          break;
      }
    }
    this.wake();
  }

  private setRecoveryTimer(): void {
    if (this.recoveryTimer) this.clock.clearTimeout(this.recoveryTimer);
    this.recoveryTimer = undefined;
    if (this.closedWith || this.sent.size === 0) return;
    const now = this.clock.now();
    const at = this.lossTime ?? this.lastElicitingAt + this.rtt.pto(MAX_ACK_DELAY_MS) * 2 ** Math.min(this.ptoCount, 6);
    this.recoveryTimer = this.clock.setTimeout(() => this.onRecoveryTimer(), Math.max(0, at - now));
  }

  private onRecoveryTimer(): void {
    this.recoveryTimer = undefined;
    if (this.closedWith) return;
    const now = this.clock.now();
    if (this.lossTime !== undefined && this.lossTime <= now + 0.5) {
      this.detectLosses(now);
    } else {
      // Probe timeout: the tail of what we sent, or its ACKs, are lost.
      this.ptoCount++;
      if (this.ptoCount >= PERSISTENT_CONGESTION_PTOS) this.cc.collapse();
      const oldest = this.sent.values().next().value as SentPacket | undefined;
      if (oldest) {
        for (const f of oldest.frames) if (f.kind === 'stream') f.stream.onLost(f.offset, f.length, f.fin);
      }
      this.probesDue = 2;
    }
    this.setRecoveryTimer();
    this.wake();
  }

  /** Something may be sendable: run the send loop after the current I/O. */
  private wake(): void {
    if (this.pumpQueued || this.closedWith) return;
    this.pumpQueued = true;
    this.defer(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  private hasElicitingWork(): boolean {
    if (this.paramsPending || this.resetsPending.size || this.stopsPending.size) return true;
    for (const s of this.recvStreams.values()) if (s.creditDirty) return true;
    for (const s of this.sendStreams.values()) if (s.wantsToSend) return true;
    return false;
  }

  private pump(): void {
    if (this.closedWith) return;
    // While a pacing timer runs only ACKs may go; the timer sends the rest.
    const paced = this.pacingTimer !== undefined;
    const now = this.clock.now();
    this.pacer.configure(this.cc.cwnd, this.rtt.hasSample ? this.rtt.smoothed : 50, this.cc.inSlowStart, this.maxDatagram, this.path.rateCap);
    let packets = 0;
    let bytes = 0;
    while (packets < BURST_PACKETS && bytes < BURST_BYTES) {
      const size = this.maxDatagram;
      let mayElicit = false;
      if (this.probesDue > 0) mayElicit = true;
      else if (!paced && this.hasElicitingWork() && this.bytesInFlight + size <= this.cc.cwnd) {
        const wait = this.pacer.delayFor(size, now);
        if (wait <= 0) mayElicit = true;
        else if (!this.acks.ackDue) {
          this.pacingTimer = this.clock.setTimeout(() => {
            this.pacingTimer = undefined;
            this.pump();
          }, Math.max(1, wait));
          return;
        }
      }
      if (!mayElicit && !this.acks.ackDue) return;
      const sentBytes = this.sendPacket(now, mayElicit, this.probesDue > 0);
      if (this.probesDue > 0) this.probesDue--;
      if (sentBytes === 0) return;
      packets++;
      bytes += sentBytes;
    }
    this.wake(); // more may be sendable: continue after other I/O had its turn
  }

  /** Builds, seals and sends one datagram; its size, or 0 when there was nothing to put in it. */
  private sendPacket(now: number, mayElicit: boolean, probe: boolean): number {
    const capacity = this.maxDatagram - PACKET_OVERHEAD;
    const scratch = this.scratch;
    const writer = new FrameWriter(scratch);
    const pieces: Buffer[] = [];
    let mark = 0;
    let length = 0;
    const flush = () => {
      if (writer.offset > mark) {
        pieces.push(scratch.subarray(mark, writer.offset));
        length += writer.offset - mark;
        mark = writer.offset;
      }
    };
    const room = () => capacity - length - (writer.offset - mark);
    const frames: SentFrame[] = [];

    if (this.acks.wanted) this.acks.write(writer, now, room());

    if (mayElicit) {
      if (this.paramsPending && room() >= PARAMS_FRAME) {
        writer.params(this.path.localMaxDatagram, this.peerMaxDatagram === undefined ? PARAMS_WANT_REPLY : 0);
        frames.push({ kind: 'params' });
        this.paramsPending = false;
      }
      for (const [id, code] of this.resetsPending) {
        if (room() < RESET_FRAME) break;
        writer.reset('resetStream', id, code);
        frames.push({ kind: 'reset', id });
        this.resetsPending.delete(id);
      }
      for (const [id, code] of this.stopsPending) {
        if (room() < RESET_FRAME) break;
        writer.reset('stopSending', id, code);
        frames.push({ kind: 'stop', id });
        this.stopsPending.delete(id);
      }
      for (const stream of this.recvStreams.values()) {
        if (!stream.creditDirty) continue;
        if (room() < MAX_STREAM_DATA_FRAME) break;
        writer.maxStreamData(stream.id, stream.credit);
        stream.creditDirty = false;
        frames.push({ kind: 'credit', stream });
      }
      // Stream data, taking turns between streams from one packet to the next.
      const streams = [...this.sendStreams.values()];
      const n = streams.length;
      for (let i = 0; i < n && room() > STREAM_FRAME_HEADER && writer.offset + STREAM_FRAME_HEADER <= scratch.length; i++) {
        const stream = streams[(this.rotation + i) % n]!;
        while (stream.wantsToSend && room() > STREAM_FRAME_HEADER && writer.offset + STREAM_FRAME_HEADER <= scratch.length) {
          const frame = stream.nextFrame(room() - STREAM_FRAME_HEADER);
          if (!frame) break;
          writer.streamHeader(stream.id, frame.offset, frame.data.length, frame.fin);
          flush();
          if (frame.data.length) {
            pieces.push(frame.data);
            length += frame.data.length;
          }
          frames.push({ kind: 'stream', stream, offset: frame.offset, length: frame.data.length, fin: frame.fin });
        }
      }
      this.rotation = n ? (this.rotation + 1) % n : 0;
      if (probe && frames.length === 0) {
        writer.ping();
        frames.push({ kind: 'ping' }); // nothing to resend, but in flight: its ACK ends the probe
      }
    }
    flush();
    if (length === 0) return 0;
    if (this.nextPn > MAX_PACKET_NUMBER) {
      this.close(new BulkError('BULK_CLOSED', 'packet numbers used up: the connection must be replaced'));
      return 0;
    }
    const pn = this.nextPn++;
    const datagram = sealDatagram(this.keys, pn, pieces, length);
    const eliciting = frames.length > 0;
    if (eliciting) {
      this.sent.set(pn, { pn, time: now, size: datagram.length, inFlightBefore: this.bytesInFlight, frames });
      this.bytesInFlight += datagram.length;
      this.lastElicitingAt = now;
      this.pacer.spend(datagram.length);
      if (!this.recoveryTimer || this.sent.size === 1) this.setRecoveryTimer();
    }
    this.counters.packetsSent++;
    this.counters.bytesSent += datagram.length;
    this.path.send(datagram);
    return datagram.length;
  }

  get stats(): BulkStats {
    return {
      path: this.path.kind,
      srttMs: this.rtt.smoothed,
      minRttMs: this.rtt.min,
      cwndBytes: this.cc.cwnd,
      bytesInFlight: this.bytesInFlight,
      pacingBytesPerSecond: this.pacer.bytesPerSecond,
      maxDatagram: this.maxDatagram,
      ...this.counters,
    };
  }

  /** Ends the connection: every stream fails with `err` (BULK_CLOSED by default). */
  close(err = new BulkError('BULK_CLOSED', 'the bulk connection closed')): void {
    if (this.closedWith) return;
    this.closedWith = err;
    for (const t of [this.recoveryTimer, this.pacingTimer]) if (t) this.clock.clearTimeout(t);
    this.acks.stop();
    for (const s of this.sendStreams.values()) s.fail(err);
    for (const s of this.recvStreams.values()) s.fail(err);
    this.sendStreams.clear();
    this.recvStreams.clear();
    this.sent.clear();
  }
}

/** Whether pn is in one of the ranges (highest first, each [start, end)). */
function inRanges(ranges: ReadonlyArray<readonly [number, number]>, pn: number): boolean {
  for (const [start, end] of ranges) {
    if (pn >= end) return false;
    if (pn >= start) return true;
  }
  return false;
}
