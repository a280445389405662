// ReliableChannel: whole messages, exactly once and in order, over a
// datagram path that loses, duplicates, reorders and delays. It owns no
// socket and no timer source: the caller passes a Clock and a transmit
// function (which encrypts and sends on the current path, direct UDP or
// relay) and feeds every decrypted Data and Ack to receive().
//
// One channel lives as long as one session (one handshake): sequence numbers
// start at 1 on both sides, so a side that restarts must get a new channel
// on both ends. Share a DeliveredIds between a conversation's successive
// channels so messages re-sent after a reconnect are still shown once.
import type { Clock } from '@natter/io';
import { MAX_CHAT_MESSAGE_BYTES, type DecodedPeerMessage, type PeerMessageInit } from '@natter/wire';
import { DeliveredIds, idKey } from './delivered.js';
import { ReliableError } from './errors.js';
import { DEFAULT_MAX_CHUNK_BYTES, MESSAGE_ID_BYTES, MIN_CHUNK_BYTES, RECEIVE_WINDOW_PACKETS } from './limits.js';
import { Receiver } from './receiver.js';
import { DEFAULT_INITIAL_RTO_MS, DEFAULT_MAX_RTO_MS, DEFAULT_MIN_RTO_MS, RtoEstimator } from './rto.js';
import { Sender } from './sender.js';
import { emptyCounters, type ReliableCounters, type ReliableStats } from './stats.js';

/**
 * Fragments in flight. 64 × 1181 bytes (~74 KiB) carries a whole 64 KiB
 * message in one round trip, yet a burst of 200 short messages leaves in
 * windows of 64 instead of all at once; at most RECEIVE_WINDOW_PACKETS (120).
 */
export const DEFAULT_WINDOW_PACKETS = 64;
/** Delayed ack for a lone mid-message fragment (RFC 5681 §4.2 allows up to 500 ms). */
export const DEFAULT_ACK_DELAY_MS = 20;
/**
 * Retransmission timeouts of one fragment on one path before the channel
 * gives up. At 30 % loss each way a fragment survives 15 tries with
 * probability 1 - 0.3^16; in practice giveUpAfterMs ends a dead path first.
 */
export const DEFAULT_MAX_RETRIES = 15;
/**
 * How long a fragment may stay unacknowledged on one path. A minute: the
 * session notices a dead direct path within ~6 s and moves to the relay
 * (retransmitAll restarts this clock); past a minute the user is better
 * served by "failed, stored offline" than by more waiting.
 */
export const DEFAULT_GIVE_UP_AFTER_MS = 60_000;

export interface ReliableChannelOptions {
  clock: Clock;
  /** Encrypts and sends one message on the current path. Must not call back into the channel synchronously. */
  transmit: (message: PeerMessageInit) => void;
  /** Every message exactly once, in send order. See Receiver for what happens when it throws. */
  onMessage: (messageId: Uint8Array, bytes: Uint8Array) => void;
  /**
   * A whole message whose id was delivered before arrived again (acknowledged,
   * not delivered): its sender is still waiting for something, e.g. the
   * application's own receipt that got lost.
   */
  onDuplicate?: (messageId: Uint8Array) => void;
  /** Fragment size, MIN_CHUNK_BYTES..DEFAULT_MAX_CHUNK_BYTES; default DEFAULT_MAX_CHUNK_BYTES (1181). */
  maxChunkBytes?: number;
  /** Default DEFAULT_WINDOW_PACKETS (64), at most RECEIVE_WINDOW_PACKETS (120). */
  windowPackets?: number;
  /** Default DEFAULT_MAX_RETRIES (15). */
  maxRetries?: number;
  /** Default DEFAULT_GIVE_UP_AFTER_MS (60 s). */
  giveUpAfterMs?: number;
  /** RFC 6298 timeouts; defaults 1000 / 200 / 10 000 ms. */
  initialRtoMs?: number;
  minRtoMs?: number;
  maxRtoMs?: number;
  /** Default DEFAULT_ACK_DELAY_MS (20); 0 acknowledges every fragment at once. */
  ackDelayMs?: number;
  /** Ids already delivered; share one across a conversation's channels. Default: a new DeliveredIds(). */
  deliveredIds?: DeliveredIds;
  /** Called once when the channel fails with RELIABLE_TIMEOUT (after every pending send rejected). */
  onFailure?: (err: ReliableError) => void;
}

export type ReliableChannelState = 'open' | 'closed' | 'failed';

export class ReliableChannel {
  private readonly counters: ReliableCounters = emptyCounters();
  private readonly rto: RtoEstimator;
  private readonly sender: Sender;
  private readonly receiver: Receiver;
  private readonly onFailure: ((err: ReliableError) => void) | undefined;
  private current: ReliableChannelState = 'open';

  constructor(options: ReliableChannelOptions) {
    const o = options;
    const minRtoMs = check('minRtoMs', o.minRtoMs ?? DEFAULT_MIN_RTO_MS, 1, Infinity);
    const maxRtoMs = check('maxRtoMs', o.maxRtoMs ?? DEFAULT_MAX_RTO_MS, minRtoMs, Infinity);
    const initialRtoMs = check('initialRtoMs', o.initialRtoMs ?? DEFAULT_INITIAL_RTO_MS, minRtoMs, maxRtoMs);
    this.rto = new RtoEstimator({ initialRtoMs, minRtoMs, maxRtoMs });
    this.onFailure = o.onFailure;
    this.sender = new Sender({
      clock: o.clock,
      transmit: o.transmit,
      rto: this.rto,
      counters: this.counters,
      maxChunkBytes: checkInt('maxChunkBytes', o.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES, MIN_CHUNK_BYTES, DEFAULT_MAX_CHUNK_BYTES),
      windowPackets: checkInt('windowPackets', o.windowPackets ?? DEFAULT_WINDOW_PACKETS, 1, RECEIVE_WINDOW_PACKETS),
      maxRetries: checkInt('maxRetries', o.maxRetries ?? DEFAULT_MAX_RETRIES, 0, Infinity),
      giveUpAfterMs: check('giveUpAfterMs', o.giveUpAfterMs ?? DEFAULT_GIVE_UP_AFTER_MS, 1, Infinity),
      onGiveUp: (err) => this.fail(err),
    });
    this.receiver = new Receiver({
      clock: o.clock,
      transmit: o.transmit,
      counters: this.counters,
      ackDelayMs: check('ackDelayMs', o.ackDelayMs ?? DEFAULT_ACK_DELAY_MS, 0, 500),
      delivered: o.deliveredIds ?? new DeliveredIds(),
      onMessage: o.onMessage,
      ...(o.onDuplicate && { onDuplicate: o.onDuplicate }),
    });
  }

  get state(): ReliableChannelState {
    return this.current;
  }

  /**
   * Queues one message. Resolves when the peer has acknowledged every
   * fragment; rejects with RELIABLE_TOO_LARGE, RELIABLE_BAD_MESSAGE,
   * RELIABLE_CLOSED or RELIABLE_TIMEOUT. Sending an id that is still pending
   * returns the pending promise; an id sent earlier goes out again and the
   * peer drops it as a duplicate. The bytes are copied.
   */
  send(messageId: Uint8Array, bytes: Uint8Array): Promise<void> {
    if (this.current !== 'open') return Promise.reject(ReliableError.closed(`channel is ${this.current}`));
    if (!(messageId instanceof Uint8Array && messageId.length === MESSAGE_ID_BYTES)) {
      return Promise.reject(ReliableError.badMessage(`message id must be ${MESSAGE_ID_BYTES} bytes`));
    }
    if (!(bytes instanceof Uint8Array)) return Promise.reject(ReliableError.badMessage('message must be a Uint8Array'));
    if (bytes.length > MAX_CHAT_MESSAGE_BYTES) return Promise.reject(ReliableError.tooLarge(bytes.length, MAX_CHAT_MESSAGE_BYTES));
    const id = new Uint8Array(messageId);
    return this.sender.send(id, idKey(id), new Uint8Array(bytes));
  }

  /**
   * Feeds one decrypted peer message. Data and Ack are consumed; Keepalive
   * and Close belong to the session and are only counted. Malformed input is
   * counted as garbage and dropped; nothing the peer sends makes this throw.
   * (Only an exception from onMessage is passed on, after the channel has
   * finished its own work.)
   */
  receive(message: DecodedPeerMessage | PeerMessageInit): void {
    if (this.current !== 'open') return;
    if (typeof message !== 'object' || message === null) {
      this.counters.garbage++;
      return;
    }
    const m = message as { body?: unknown; data?: unknown; ack?: unknown; keepalive?: unknown; close?: unknown };
    const body = typeof m.body === 'string' ? m.body : m.data ? 'data' : m.ack ? 'ack' : m.keepalive ? 'keepalive' : m.close ? 'close' : undefined;
    if (body === 'data') this.receiver.onData(m.data);
    else if (body === 'ack') {
      const ack = m.ack;
      if (typeof ack !== 'object' || ack === null || !this.sender.onAck(ack)) this.counters.garbage++;
    } else if (body === 'keepalive' || body === 'close') this.counters.ignored++;
    else this.counters.garbage++;
  }

  /**
   * The session moved to another path (direct <-> relay): forget the old
   * path's RTT, resend every unacknowledged fragment now, restart the
   * give-up clock, and re-acknowledge what we received (our last acks may
   * have died with the old path).
   */
  retransmitAll(): void {
    if (this.current !== 'open') return;
    this.rto.reset();
    this.sender.retransmitAll();
    this.receiver.ackNow();
  }

  /**
   * An RTT measured on the current path outside the channel, e.g. from the
   * session's Keepalive echo. Unlike acks of retransmitted fragments it is
   * unambiguous, so it feeds SRTT/RTTVAR (RFC 6298 §2.3) and ends a backoff.
   */
  observeRtt(rttMs: number): void {
    if (this.current === 'open' && typeof rttMs === 'number' && Number.isFinite(rttMs) && rttMs >= 0) this.rto.sample(rttMs);
  }

  /** Rejects every pending send with RELIABLE_CLOSED and stops all timers. Idempotent. */
  close(reason = 'closed by the application'): void {
    if (this.current !== 'open') return;
    this.current = 'closed';
    this.receiver.stop();
    this.sender.abort(ReliableError.closed(reason));
  }

  get stats(): ReliableStats {
    return {
      ...this.counters,
      srttMs: this.rto.srtt,
      rttvarMs: this.rto.rttvar,
      rtoMs: this.rto.rto,
      inFlight: this.sender.inFlightCount,
      pendingMessages: this.sender.pendingCount,
      bufferedFragments: this.receiver.bufferedFragments,
      bufferedBytes: this.receiver.bufferedBytes,
    };
  }

  private fail(err: ReliableError): void {
    if (this.current !== 'open') return;
    this.current = 'failed';
    this.receiver.stop();
    this.sender.abort(err);
    this.onFailure?.(err);
  }
}

function check(option: string, value: number, min: number, max: number): number {
  if (!(typeof value === 'number' && value >= min && value <= max)) {
    throw ReliableError.badConfig(option, `must be within ${min}..${max}, got ${String(value)}`);
  }
  return value;
}

function checkInt(option: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) throw ReliableError.badConfig(option, `must be an integer, got ${String(value)}`);
  return check(option, value, min, max);
}
