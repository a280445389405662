// Direct paths over WebRTC data channels, for buddies in a browser (which
// cannot send UDP, so cannot punch): the browser offers, the other side
// answers (a terminal peer with node-datachannel, or another browser), the
// offer, answer and ICE candidates travel as PeerPacket.rtc over the node's
// relay, ICE finds a path (the node's STUN server gives the public
// candidates), and the open channel becomes the conversation's direct path.
// Nothing on it is trusted for identity: natter's handshake and encrypted
// packets ride on top, as on UDP. When ICE fails the conversation stays on
// the relay; a channel that closes or goes silent drops back to it.
//
//   browser (offers)                       buddy (answers)
//   RtcSignal{OFFER, attempt, sdp} ---relay--->
//       <---relay--- RtcSignal{ANSWER, attempt, sdp}
//   RtcSignal{CANDIDATE ...} <---relay---> RtcSignal{CANDIDATE ...}
//   data channel "natter" opens: conversation.setDirect(channel)
import type { Clock, RemoteInfo, TimerHandle, UdpSocket } from '@natter/io';
import { natter } from '@natter/wire';
import type { Conversations } from '../conversations.js';
import { DataChannelSocket } from './channel-socket.js';
import type { RtcDataChannelLike, RtcPeerConnectionFactory, RtcPeerConnectionLike } from './types.js';

type Signal = natter.peer.RtcSignal.$Properties;
const Kind = natter.peer.RtcSignal.Kind;

export interface RtcPathsOptions {
  clock: Clock;
  createPeerConnection: RtcPeerConnectionFactory;
  /** STUN URLs for ICE (the node's STUN server): `stun:host:port`. */
  iceServers(): string[];
  /** True in a browser: it offers. A terminal peer only answers (it punches UDP itself). */
  offers: boolean;
  me(): string;
  /** Sends a signal to the buddy through the node's relay; false when the node is unreachable. */
  signal(buddy: string, signal: Signal): boolean;
  conversations: Conversations;
  /** A datagram from the channel, for the router (as if from UDP). */
  onDatagram(data: Uint8Array, from: RemoteInfo, socket: UdpSocket): void;
  randomBytes(length: number): Uint8Array;
}

/** How long an attempt may take before the conversation stays on the relay. */
export const RTC_ATTEMPT_MS = 15_000;
/** An offer to the same buddy at most this often (a terminal without WebRTC never answers). */
export const RTC_RETRY_MS = 30_000;

interface Attempt {
  id: string;
  buddy: string;
  role: 'offer' | 'answer';
  pc: RtcPeerConnectionLike;
  socket?: DataChannelSocket;
  /** Candidates that came before the remote description. */
  early: Array<{ candidate: string; mid: string }>;
  remoteSet: boolean;
  timer: TimerHandle | undefined;
}

const hex = (b: Uint8Array | null | undefined) => Array.from(b ?? [], (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s: string) => Uint8Array.from({ length: s.length / 2 }, (_, i) => parseInt(s.slice(i * 2, i * 2 + 2), 16));

export class RtcPaths {
  private readonly attempts = new Map<string, Attempt>();
  private readonly lastOffer = new Map<string, number>();
  private closed = false;

  constructor(private readonly options: RtcPathsOptions) {}

  /** Tries a data channel to `buddy` (a browser's answer to "punch"); at most one attempt at a time, one per RTC_RETRY_MS. */
  request(buddy: string): void {
    const { clock } = this.options;
    if (!this.options.offers || this.closed || this.attempts.has(buddy)) return;
    const last = this.lastOffer.get(buddy);
    if (last !== undefined && clock.now() - last < RTC_RETRY_MS) return;
    this.lastOffer.set(buddy, clock.now());
    const attempt = this.start(buddy, hex(this.options.randomBytes(8)), 'offer');
    const channel = attempt.pc.createDataChannel('natter', { ordered: false, maxRetransmits: 0 });
    this.wire(attempt, channel);
    void (async () => {
      const offer = await attempt.pc.createOffer();
      await attempt.pc.setLocalDescription(offer);
      if (!this.current(attempt)) return;
      this.options.signal(buddy, { kind: Kind.OFFER, attempt: fromHex(attempt.id), sdp: offer.sdp ?? '' });
    })().catch(() => this.end(attempt, true));
  }

  /** A signal the node relayed from `buddy`. */
  onSignal(buddy: string, signal: natter.peer.RtcSignal): void {
    if (this.closed) return;
    const id = hex(signal.attempt);
    const attempt = this.attempts.get(buddy);
    switch (signal.kind) {
      case Kind.OFFER: {
        if (attempt?.id === id) return; // the same offer again
        if (attempt?.role === 'offer' && this.options.me() < buddy) return; // both offered: the smaller name's offer wins
        if (attempt) this.end(attempt, false);
        void this.answer(buddy, id, signal.sdp ?? '');
        return;
      }
      case Kind.ANSWER:
        if (!attempt || attempt.id !== id || attempt.role !== 'offer' || attempt.remoteSet) return;
        attempt.remoteSet = true;
        void attempt.pc
          .setRemoteDescription({ type: 'answer', sdp: signal.sdp ?? '' })
          .then(() => this.flushCandidates(attempt))
          .catch(() => this.end(attempt, true));
        return;
      case Kind.CANDIDATE:
        if (!attempt || attempt.id !== id || !signal.candidate) return;
        if (!attempt.remoteSet) attempt.early.push({ candidate: signal.candidate, mid: signal.mid ?? '' });
        else void attempt.pc.addIceCandidate({ candidate: signal.candidate, sdpMid: signal.mid || '0' }).catch(() => undefined);
        return;
      case Kind.CLOSE:
        if (attempt && attempt.id === id) this.end(attempt, false);
        return;
      default:
        return;
    }
  }

  /** The buddy left, or their direct path died: the channel goes; a later request may offer again. */
  close(buddy: string): void {
    const attempt = this.attempts.get(buddy);
    if (attempt) this.end(attempt, true);
    this.lastOffer.delete(buddy);
  }

  closeAll(): void {
    this.closed = true;
    for (const attempt of [...this.attempts.values()]) this.end(attempt, true);
  }

  /** Whether `buddy`'s conversation runs over one of our data channels now. */
  isDirect(buddy: string): boolean {
    const socket = this.attempts.get(buddy)?.socket;
    return socket !== undefined && this.options.conversations.get(buddy)?.directPath?.socket === socket;
  }

  private async answer(buddy: string, id: string, sdp: string): Promise<void> {
    const attempt = this.start(buddy, id, 'answer');
    attempt.pc.ondatachannel = (event) => this.wire(attempt, event.channel);
    try {
      await attempt.pc.setRemoteDescription({ type: 'offer', sdp });
      attempt.remoteSet = true;
      await this.flushCandidates(attempt);
      const answer = await attempt.pc.createAnswer();
      await attempt.pc.setLocalDescription(answer);
      if (!this.current(attempt)) return;
      this.options.signal(buddy, { kind: Kind.ANSWER, attempt: fromHex(id), sdp: answer.sdp ?? '' });
    } catch {
      this.end(attempt, true);
    }
  }

  private start(buddy: string, id: string, role: Attempt['role']): Attempt {
    const pc = this.options.createPeerConnection({ iceServers: [{ urls: this.options.iceServers() }] });
    const attempt: Attempt = { id, buddy, role, pc, early: [], remoteSet: false, timer: undefined };
    this.attempts.set(buddy, attempt);
    pc.onicecandidate = (event) => {
      if (!this.current(attempt) || !event.candidate?.candidate) return;
      this.options.signal(buddy, { kind: Kind.CANDIDATE, attempt: fromHex(id), candidate: event.candidate.candidate, mid: event.candidate.sdpMid ?? '' });
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed' || pc.connectionState === 'closed') this.end(attempt, false);
    };
    attempt.timer = this.options.clock.setTimeout(() => {
      if (!attempt.socket) this.end(attempt, true); // ICE found no path in time: the relay stays
    }, RTC_ATTEMPT_MS);
    return attempt;
  }

  private wire(attempt: Attempt, channel: RtcDataChannelLike): void {
    channel.onopen = () => {
      if (!this.current(attempt)) return channel.close();
      const socket = new DataChannelSocket(channel, attempt.buddy, () => this.end(attempt, false));
      attempt.socket = socket;
      socket.onMessage((data, from) => this.options.onDatagram(data, from, socket));
      const conversation = this.options.conversations.open(attempt.buddy);
      conversation?.setDirect({ socket, remote: { address: socket.remote.address, port: 0 } }, 'WebRTC data channel (ICE)');
    };
    channel.onerror = () => undefined;
    if (channel.readyState === 'open') channel.onopen(undefined);
  }

  private async flushCandidates(attempt: Attempt): Promise<void> {
    for (const c of attempt.early.splice(0)) await attempt.pc.addIceCandidate({ candidate: c.candidate, sdpMid: c.mid || '0' }).catch(() => undefined);
  }

  private current(attempt: Attempt): boolean {
    return !this.closed && this.attempts.get(attempt.buddy) === attempt;
  }

  private end(attempt: Attempt, tell: boolean): void {
    if (this.attempts.get(attempt.buddy) !== attempt) return;
    this.attempts.delete(attempt.buddy);
    if (attempt.timer) this.options.clock.clearTimeout(attempt.timer);
    const conversation = this.options.conversations.get(attempt.buddy);
    if (attempt.socket && conversation?.directPath?.socket === attempt.socket) conversation.dropDirect('the WebRTC data channel closed');
    void attempt.socket?.close();
    try {
      attempt.pc.close();
    } catch {
      /* closed already */
    }
    if (tell) this.options.signal(attempt.buddy, { kind: Kind.CLOSE, attempt: fromHex(attempt.id) });
  }
}
