// One buddy's conversation: the end-to-end session (handshake over whatever
// path is up), the reliable channel over it, and the path itself: the relay
// at once, a punched direct path when one works, back to the relay when the
// direct path dies. Messages never notice the switch: the channel resends
// whatever is unacknowledged on the new path.
import type { Clock, RemoteInfo, TimerHandle, UdpSocket } from '@natter/io';
import { encodePeerDatagram, natter, type DecodedPeerMessage, type PeerMessageInit } from '@natter/wire';
import {
  HandshakeInitiator,
  decryptPeerMessage,
  encryptPeerMessage,
  isCryptoError,
  respondToHandshake,
  type AnyIdentity,
  type Session,
} from './crypto/protocol.js';
import { DeliveredIds, ReliableChannel } from './reliable/index.js';

export type PathKind = 'relay' | 'direct';

export interface DirectPath {
  socket: UdpSocket;
  remote: { address: string; port: number };
}

export interface ConversationHooks {
  clock: Clock;
  me: string;
  identity: AnyIdentity;
  /** Sends a datagram through the node's relay. False when the node is unreachable. */
  relay(datagram: Uint8Array): boolean;
  /** A whole message from the buddy (already de-duplicated by the channel). */
  onMessage(messageId: Uint8Array, bytes: Uint8Array): void;
  /** A message the buddy sent again after we had it: its receipt may have been lost. */
  onDuplicate?(messageId: Uint8Array): void;
  onPath(path: PathKind, why: string): void;
  /** The direct path went silent; the owner may punch again later. */
  onDirectDead(): void;
  /** A session (re)started: the owner re-sends undelivered messages. */
  onSession(): void;
  random?: () => number;
}

/** Keepalive every 15-25 s idle, a dead path noticed in about 6 s (docs/protocol.md, "The peer channel", step 4). */
export const KEEPALIVE_MIN_MS = 15_000;
export const KEEPALIVE_MAX_MS = 25_000;
export const DEAD_AFTER_MS = 6_000;
/** At most one handshake per this long is started because the buddy uses an unknown session. */
const RESYNC_MS = 2_000;
/** While waiting for the far side, nudge it this often so silence means death, not idleness. */
const NUDGE_MS = 1_000;

export class Conversation {
  private session: Session | undefined;
  /**
   * A session we answered while another was in use, held until the buddy
   * proves it holds it too (its first authentic packet on it). The init may
   * be stale: the buddy gave it up for ours, and it came late over the
   * slower of two paths (the relay, behind a punched UDP path). Adopted at
   * once, it left the two sides on different sessions, and nothing
   * decrypted until the direct path was declared dead. A buddy that really
   * restarted confirms at once: an initiator speaks first (see onHandshake).
   */
  private proposed: Session | undefined;
  private channel: ReliableChannel | undefined;
  private initiator: HandshakeInitiator | undefined;
  /** An initiation being made (signing is asynchronous in a browser); cleared to cancel it. */
  private starting: object | undefined;
  /** Handshake messages are handled one at a time, in arrival order, as if synchronous. */
  private handshakes: Promise<void> = Promise.resolve();
  /** Our answer to the buddy's latest init, to repeat if that init comes again. */
  private lastReply: { sessionId: Buffer; datagram: Uint8Array } | undefined;
  private handshakeTimer: TimerHandle | undefined;
  private waiting: Array<{ resolve: () => void; reject: (err: Error) => void }> = [];
  private direct: DirectPath | undefined;
  private lastDirectRx = 0;
  private lastDirectTx = 0;
  /** Since when we sent on the direct path without hearing anything back. */
  private expectingSince: number | undefined;
  private watchdog: TimerHandle | undefined;
  private nextKeepalive = 0;
  private closed = false;
  /** Shared across sessions, so a message re-sent on a new session is still delivered once. */
  private readonly delivered = new DeliveredIds();
  private readonly random: () => number;

  constructor(
    readonly buddy: string,
    /** The buddy's identity key as the node reports it (checked in the handshake). */
    public buddyIdentity: Uint8Array,
    private readonly hooks: ConversationHooks,
  ) {
    this.random = hooks.random ?? Math.random;
  }

  get path(): PathKind {
    return this.direct ? 'direct' : 'relay';
  }

  get sessionId(): Buffer | undefined {
    return this.session?.sessionId;
  }

  /** Whether packets of this session id are ours (the session in use, or one we answered and wait to be confirmed). */
  hasSession(sessionId: Uint8Array): boolean {
    return [this.session, this.proposed].some((s) => s !== undefined && s.sessionId.equals(sessionId));
  }

  get ready(): boolean {
    return this.channel !== undefined;
  }

  get directPath(): DirectPath | undefined {
    return this.direct;
  }

  /** Resolves once an end-to-end session exists (starting the handshake if needed). */
  whenReady(): Promise<void> {
    if (this.channel) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error(`the conversation with ${this.buddy} is closed`));
    if (!this.initiating) this.startHandshake();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Sends one whole message reliably; resolves when the buddy's peer has it. */
  async send(messageId: Uint8Array, bytes: Uint8Array): Promise<void> {
    await this.whenReady();
    return this.channel!.send(messageId, bytes);
  }

  /**
   * A message that came ahead of the session (PeerPacket.early, sealed and
   * signed, over the relay): delivered now, and dropped as a duplicate when
   * the session brings it again.
   */
  deliverEarly(messageId: Uint8Array, bytes: Uint8Array): void {
    if (this.closed || this.delivered.has(messageId)) return;
    this.delivered.add(messageId);
    this.hooks.onMessage(messageId, bytes);
  }

  private lastResync = -Infinity;

  private resync(): void {
    const now = this.hooks.clock.now();
    if (this.closed || this.initiating || now - this.lastResync < RESYNC_MS) return;
    this.lastResync = now;
    this.startHandshake();
  }

  /** An initiation of ours is out or being made. */
  private get initiating(): boolean {
    return this.initiator !== undefined || this.starting !== undefined;
  }

  private startHandshake(): void {
    const token = (this.starting = {});
    HandshakeInitiator.start(this.hooks.identity, this.hooks.me, this.buddy, this.buddyIdentity).then(
      (initiator) => {
        if (this.starting !== token || this.closed) return; // answered the buddy's init meanwhile
        this.starting = undefined;
        this.initiator = initiator;
        this.sendInitiation(initiator);
      },
      () => {
        // The buddy's key is unusable (CRYPTO_BAD_KEY): nothing to send; a send waits for a new key.
        if (this.starting === token) this.starting = undefined;
      },
    );
  }

  private sendInitiation(initiator: HandshakeInitiator): void {
    const hello = encodePeerDatagram({ handshake: initiator.message });
    const resend = (n: number) => {
      if (!this.initiator || this.closed) return;
      this.transmitRaw(hello);
      // The handshake rides the same lossy paths; retry with backoff.
      this.handshakeTimer = this.hooks.clock.setTimeout(() => resend(n + 1), Math.min(4000, 500 * 2 ** n));
    };
    resend(0);
  }

  /** A Handshake from the buddy, via the relay or UDP. */
  onHandshake(msg: natter.peer.Handshake, via?: { socket: UdpSocket; from: RemoteInfo }): void {
    if (this.closed || msg.from !== this.buddy) return;
    const handled = this.handshakes.then(() => this.handleHandshake(msg, via));
    // The chain must outlive a failure, or no later handshake would run;
    // a failure that is not a crypto error is a bug and still surfaces.
    this.handshakes = handled.catch(() => undefined);
    handled.catch((err) => queueMicrotask(() => {
      throw err;
    }));
  }

  /** Resolves when the handshake messages received so far are handled (tests, diagnostics). */
  handshakesDone(): Promise<void> {
    return this.handshakes;
  }

  private async handleHandshake(msg: natter.peer.Handshake, via?: { socket: UdpSocket; from: RemoteInfo }): Promise<void> {
    if (this.closed) return;
    try {
      if (msg.response) {
        const initiator = this.initiator;
        if (!initiator) return;
        const session = await initiator.complete(msg);
        if (this.closed || this.initiator !== initiator) return;
        this.initiator = undefined;
        if (this.handshakeTimer) this.hooks.clock.clearTimeout(this.handshakeTimer);
        this.adopt(session);
        // Key confirmation: a responder that had another session in use
        // switches to this one on our first packet.
        this.transmit({ keepalive: { sentAtMs: Math.round(this.hooks.clock.now()), reply: false } });
      } else {
        // Both sides started at once: the smaller name's handshake wins.
        if (this.initiating && this.hooks.me < this.buddy) return;
        const reply0 = this.lastReply;
        if (reply0 && msg.sessionId && Buffer.from(msg.sessionId).equals(reply0.sessionId)) {
          // The same init again: our reply was lost or is still in flight.
          // Answer it again; a new session here would throw away the one in use.
          this.sendReply(reply0.datagram, via);
          return;
        }
        const { message, session } = await respondToHandshake(this.hooks.identity, this.hooks.me, this.buddyIdentity, msg);
        if (this.closed) return;
        this.starting = undefined;
        if (this.initiator) {
          this.initiator = undefined;
          if (this.handshakeTimer) this.hooks.clock.clearTimeout(this.handshakeTimer);
        }
        const reply = encodePeerDatagram({ handshake: message });
        this.lastReply = { sessionId: Buffer.from(message.sessionId), datagram: reply };
        this.sendReply(reply, via);
        // A new session id means the buddy restarted (this session replaces
        // ours), or it is a stale init: with a session in use, wait for the
        // buddy's first packet on the new one before switching.
        if (this.channel) this.proposed = session;
        else this.adopt(session);
      }
    } catch (err) {
      if (!isCryptoError(err)) throw err;
      // A forged or stale handshake: ignore it, the real one still works.
    }
  }

  private sendReply(reply: Uint8Array, via?: { socket: UdpSocket; from: RemoteInfo }): void {
    if (via) via.socket.send(reply, via.from.port, via.from.address).catch(() => {});
    else this.hooks.relay(reply);
  }

  private adopt(session: Session): void {
    this.channel?.close('a new session replaced this one');
    this.session = session;
    this.proposed = undefined;
    this.channel = new ReliableChannel({
      clock: this.hooks.clock,
      transmit: (m) => this.transmit(m),
      onMessage: (id, bytes) => this.hooks.onMessage(id, bytes),
      onDuplicate: (id) => this.hooks.onDuplicate?.(id),
      deliveredIds: this.delivered,
    });
    for (const w of this.waiting.splice(0)) w.resolve();
    this.hooks.onSession();
  }

  /** An Encrypted packet for our session. False when it is not ours or does not authenticate. */
  onEncrypted(enc: natter.peer.Encrypted, via?: { socket: UdpSocket; from: RemoteInfo }): boolean {
    const sid = Buffer.from(enc.sessionId ?? []);
    const proposed = this.proposed && sid.equals(this.proposed.sessionId) ? this.proposed : undefined;
    const session = proposed ?? this.session;
    if (!session || !(this.channel || proposed) || !sid.equals(session.sessionId)) {
      // The buddy talks in a session we no longer have (we restarted the
      // conversation, they did not). Over the relay the node vouches that it
      // is the buddy: start a fresh handshake so both sides agree again.
      // Over UDP anyone could send this, so it is only dropped.
      if (!via) this.resync();
      return false;
    }
    let msg: DecodedPeerMessage;
    try {
      msg = decryptPeerMessage(session, enc);
    } catch {
      return false; // forged, replayed or damaged: as if it never came
    }
    // The buddy holds the session we answered: it replaces ours.
    if (proposed) this.adopt(proposed);
    if (via) this.heardDirect(via);
    if (msg.body === 'keepalive') {
      const k = msg.keepalive as natter.peer.Keepalive;
      if (!k.reply && via) this.transmit({ keepalive: { sentAtMs: k.sentAtMs, reply: true } });
      return true;
    }
    if (msg.body === 'close') return true;
    this.channel!.receive(msg);
    return true;
  }

  /**
   * Authenticated traffic from the buddy over UDP (a chat packet, or a bulk
   * packet of a file transfer): the path is alive. It also proves a direct
   * path the buddy uses; take it even if our own punch attempt has not
   * finished.
   */
  heardDirect(via: { socket: UdpSocket; from: RemoteInfo }): void {
    if (this.closed) return;
    this.lastDirectRx = this.hooks.clock.now();
    this.expectingSince = undefined;
    // Authenticated traffic over UDP proves a direct path the buddy uses;
    // take it even if our own punch attempt has not finished.
    if (!this.direct) this.setDirect({ socket: via.socket, remote: { address: via.from.address, port: via.from.port } }, `the buddy reached us directly${via.from.family === 'IPv6' ? ' over IPv6' : ''}`);
    else if (this.direct.remote.address !== via.from.address || this.direct.remote.port !== via.from.port) {
      // Their NAT remapped (a new public port): follow it.
      this.direct = { socket: via.socket, remote: { address: via.from.address, port: via.from.port } };
    }
  }

  /**
   * We sent a bulk datagram on the direct path ourselves: like our own
   * packets, it expects an answer, so a path that stays silent under a
   * file transfer is declared dead as fast as under chat.
   */
  sentDirect(): void {
    const now = this.hooks.clock.now();
    this.lastDirectTx = now;
    this.expectingSince ??= now;
  }

  /** The session in use once the handshake is done: its keys also protect file transfers. */
  get currentSession(): Session | undefined {
    return this.channel ? this.session : undefined;
  }

  /** Moves the conversation to a punched direct path. */
  setDirect(path: DirectPath, why: string): void {
    if (this.closed) return;
    const was = this.direct;
    this.direct = path;
    this.lastDirectRx = this.hooks.clock.now();
    this.expectingSince = undefined;
    this.scheduleKeepalive();
    if (!was) {
      this.hooks.onPath('direct', why);
      this.channel?.retransmitAll();
      // Tell the buddy now: its own attempt may learn of this path only at
      // its next probe round (up to 500 ms on the birthday sockets), while
      // authenticated traffic arriving on the path moves it at once.
      this.transmit({ keepalive: { sentAtMs: Math.round(this.hooks.clock.now()), reply: false } });
    } else if (was.socket !== path.socket || was.remote.address !== path.remote.address || was.remote.port !== path.remote.port) {
      // Another direct path (the buddy moved to another network): what went
      // to the old one is lost with it.
      this.channel?.retransmitAll();
    }
    this.startWatchdog();
  }

  private scheduleKeepalive(): void {
    this.nextKeepalive = this.hooks.clock.now() + KEEPALIVE_MIN_MS + this.random() * (KEEPALIVE_MAX_MS - KEEPALIVE_MIN_MS);
  }

  private startWatchdog(): void {
    if (this.watchdog) return;
    const tick = () => {
      this.watchdog = undefined;
      if (this.closed || !this.direct) return;
      const now = this.hooks.clock.now();
      if (this.expectingSince !== undefined && now - this.expectingSince >= DEAD_AFTER_MS) {
        this.dropDirect('no answer on the direct path for 6 s');
        return;
      }
      if (this.expectingSince !== undefined && now - this.lastDirectTx >= NUDGE_MS) {
        // Something is outstanding and the far side is quiet: ask it to speak.
        this.transmit({ keepalive: { sentAtMs: Math.round(now), reply: false } });
      } else if (now >= this.nextKeepalive && now - this.lastDirectTx >= KEEPALIVE_MIN_MS) {
        // Idle: keep the NAT mappings open.
        this.transmit({ keepalive: { sentAtMs: Math.round(now), reply: false } });
        this.scheduleKeepalive();
      }
      this.watchdog = this.hooks.clock.setTimeout(tick, 500);
    };
    this.watchdog = this.hooks.clock.setTimeout(tick, 500);
  }

  /** Everything unacknowledged goes again now, on the current path (the relay came back after a reconnect). */
  resend(): void {
    this.channel?.retransmitAll();
  }

  /** Back to the relay; everything unacknowledged goes again that way. */
  dropDirect(why: string): void {
    if (!this.direct) return;
    this.direct = undefined;
    this.expectingSince = undefined;
    if (this.watchdog) this.hooks.clock.clearTimeout(this.watchdog);
    this.watchdog = undefined;
    this.hooks.onPath('relay', why);
    this.channel?.retransmitAll();
    this.hooks.onDirectDead();
  }

  private transmit(m: PeerMessageInit): void {
    if (!this.session) return;
    let datagram: Uint8Array;
    try {
      datagram = encodePeerDatagram({ encrypted: encryptPeerMessage(this.session, m) });
    } catch {
      return; // cannot happen with the channel's chunk sizes; never throw into it
    }
    this.transmitRaw(datagram);
  }

  private transmitRaw(datagram: Uint8Array): void {
    const d = this.direct;
    if (d) {
      const now = this.hooks.clock.now();
      this.lastDirectTx = now;
      this.expectingSince ??= now;
      d.socket.send(datagram, d.remote.port, d.remote.address).catch(() => this.dropDirect('the direct path is unusable (send failed)'));
    } else this.hooks.relay(datagram);
  }

  /** The relay is the only way now (the buddy went offline, or on close). */
  close(): void {
    this.closed = true;
    // A send waiting for the handshake must not hang: its owner stores the
    // message offline or re-sends it on the next conversation.
    for (const w of this.waiting.splice(0)) w.reject(new Error(`the conversation with ${this.buddy} closed before it was ready`));
    if (this.handshakeTimer) this.hooks.clock.clearTimeout(this.handshakeTimer);
    if (this.watchdog) this.hooks.clock.clearTimeout(this.watchdog);
    this.channel?.close('conversation closed');
    this.channel = undefined;
    this.session = undefined;
    this.proposed = undefined;
    this.initiator = undefined;
    this.starting = undefined;
    this.direct = undefined;
  }

  get stats() {
    return this.channel?.stats;
  }
}
