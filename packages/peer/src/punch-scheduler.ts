// When to punch, and what to do with the outcome. A conversation on the
// relay asks the node for a punch once; the node's PunchPlan starts a
// PunchAttempt (punch/attempt.ts) on the chat socket; a punched path moves
// the conversation to it. A failed attempt, or a direct path that died,
// asks again later with backoff, numbering the request by the failures so
// far so the node's plan (planPunch) changes strategy.
import type { Clock, RemoteInfo, UdpSocket, UdpStack } from '@natter/io';
import type { ControlFrameInit, DecodedPeerPacket, natter } from '@natter/wire';
import type { Conversations } from './conversations.js';
import { PunchAttempt } from './punch/index.js';

export interface PunchSchedulerOptions {
  clock: Clock;
  random: () => number;
  stack: UdpStack;
  request(frame: ControlFrameInit): Promise<unknown>;
  me(): string;
  /** The chat socket: the one whose mapping the node saw. */
  chatSocket(): UdpSocket;
  /** The IPv6 chat socket, when the host has IPv6. */
  chatSocket6(): UdpSocket | undefined;
  /**
   * An attempt failed: our mapping may have moved since the node saw it (a
   * NAT that re-mapped, a router that took a probe for itself). The owner
   * tells the node the mapping we have now before the next plan is made.
   */
  onFailed(buddy: string): void;
  /** Our NAT report (undefined when not classified: the planner assumes the worst). */
  natReport(): natter.NatReport.$Properties | undefined;
  conversations: Conversations;
  isOnline(buddy: string): boolean;
  /** Datagrams on an attempt's birthday sockets: routed like the chat socket's (handshake, data). */
  onDatagram(data: Uint8Array, from: RemoteInfo, socket: UdpSocket): void;
}

/** After the result, an attempt keeps answering the buddy's probes this long, so its attempt ends too. */
const LINGER_MS = 5_000;

export class PunchScheduler {
  private readonly attempts = new Map<string, PunchAttempt>();
  /** Retries so far per buddy; present (0) from the first request until a success resets it. */
  private readonly backoff = new Map<string, number>();
  /** Failed punch attempts per buddy since the last success: the next plan's `attempt` (planPunch escalates on it). */
  private readonly failures = new Map<string, number>();
  private closed = false;

  constructor(private readonly options: PunchSchedulerOptions) {}

  /** The running (or lingering) attempt with `buddy`. */
  attempt(buddy: string): PunchAttempt | undefined {
    return this.attempts.get(buddy);
  }

  /** A conversation on the relay: ask the node for a punch, unless one runs or a retry is scheduled. */
  request(buddy: string): void {
    if (this.attempts.has(buddy) || this.backoff.has(buddy) || this.closed) return;
    this.backoff.set(buddy, 0);
    this.options.request({ punchRequest: { buddy } }).catch(() => this.backoff.delete(buddy));
  }

  /**
   * Now, whatever ran before: the network changed (a new address, a new
   * NAT), so earlier failures and backoff say nothing about the new path.
   */
  punchNow(buddy: string): void {
    if (this.closed) return;
    this.failures.delete(buddy);
    this.backoff.set(buddy, 0);
    this.options.request({ punchRequest: { buddy } }).catch(() => undefined);
  }

  /**
   * The buddy went offline: when they return it is a new situation (a new
   * process, maybe a new network), so the next request punches at once
   * instead of waiting out an old backoff or being skipped as already done.
   */
  forget(buddy: string): void {
    this.backoff.delete(buddy);
    this.failures.delete(buddy);
    // An attempt that still lingers belongs to the buddy's previous run.
    const attempt = this.attempts.get(buddy);
    if (attempt) {
      this.attempts.delete(buddy);
      void attempt.dispose();
    }
  }

  /** After a dead path or a failed attempt: try again later, backing off. */
  retryLater(buddy: string): void {
    const { clock, conversations } = this.options;
    const n = (this.backoff.get(buddy) ?? 0) + 1;
    this.backoff.set(buddy, n);
    const wait = Math.min(300_000, 5_000 * 2 ** (n - 1)) * (0.75 + this.options.random() / 2);
    clock.setTimeout(() => {
      if (this.closed || !this.options.isOnline(buddy) || conversations.get(buddy)?.path === 'direct') return;
      this.options.request({ punchRequest: { buddy, attempt: this.failures.get(buddy) ?? 0 } }).catch(() => undefined);
    }, wait);
  }

  /** The node's plan: a new attempt with the buddy replaces any running one. */
  onPlan(plan: natter.control.PunchPlan): void {
    const { clock, conversations } = this.options;
    const buddy = plan.buddy;
    if (!conversations.open(buddy) || this.closed) return;
    this.attempts.get(buddy)?.dispose();
    const attempt = new PunchAttempt({
      plan,
      me: this.options.me(),
      myNat: this.options.natReport(),
      socket: this.options.chatSocket(),
      socket6: this.options.chatSocket6(),
      stack: this.options.stack,
      clock,
      random: this.options.random,
    });
    this.attempts.set(buddy, attempt);
    void attempt.result.then((path) => {
      // Packets on the birthday sockets come to us too (handshake, data).
      for (const s of attempt.extraSockets) s.onMessage((data, from) => this.options.onDatagram(data, from, s));
      if (path && !this.closed) {
        this.backoff.set(buddy, 0);
        this.failures.delete(buddy);
        const over = path.family === 'IPv6' ? ' over IPv6' : '';
        conversations.get(buddy)?.setDirect({ socket: path.socket, remote: path.remote }, `hole punched${over} (${path.strategy}) in ${Math.round(path.rttMs)} ms`);
      } else if (!attempt.hopeless && !this.closed && conversations.get(buddy)?.path !== 'direct') {
        // The next attempt changes strategy (planPunch): the same one again would likely fail the same way.
        this.failures.set(buddy, Math.max(this.failures.get(buddy) ?? 0, (plan.attempt ?? 0) + 1));
        this.options.onFailed(buddy);
        this.retryLater(buddy);
      }
      clock.setTimeout(() => {
        if (this.attempts.get(buddy) === attempt) this.attempts.delete(buddy);
        void attempt.dispose();
      }, LINGER_MS);
    });
  }

  /** A probe or probe ack on one of our sockets: for whichever attempt it belongs to. */
  onProbe(packet: DecodedPeerPacket, from: RemoteInfo, socket: UdpSocket): void {
    for (const a of this.attempts.values()) if (a.handle(packet, from, socket)) return;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const a of this.attempts.values()) await a.dispose();
  }
}
