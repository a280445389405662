// One hole-punching attempt: authenticated probes to every candidate, over
// IPv4 (plain, port prediction or birthday probing, as the planner says)
// and over IPv6 at once; the first probe acknowledgement wins. Each side
// first opens its own mappings with packets that die before the buddy's
// NAT, then probes from a start time the node synchronised. Pure over the
// UdpSocket/Clock seams.
import type { Clock, RemoteInfo, TimerHandle, UdpSocket, UdpStack } from '@natter/io';
import { PROTOCOL_VERSION, decodePeerDatagram, encodePeerDatagram, natter, type DecodedPeerPacket } from '@natter/wire';
import { BIRTHDAY_PASSES, planPunch, type PunchStrategy } from './planner.js';
import { macOk, probeAckMac, probeMac } from './probe.js';
import { punchTargets, type PunchTarget } from './targets.js';

export { PREDICTED_PORTS } from './targets.js';

export interface PunchPath {
  socket: UdpSocket;
  remote: { address: string; port: number };
  rttMs: number;
  strategy: PunchStrategy['kind'];
  family: 'IPv4' | 'IPv6';
}

export interface PunchAttemptOptions {
  plan: natter.control.PunchPlan;
  me: string;
  myNat: natter.NatReport.$Properties | undefined;
  /** The chat socket: the one whose mapping the node saw. */
  socket: UdpSocket;
  /** The IPv6 chat socket, when the host has IPv6: the buddy's IPv6 candidates are probed from it. */
  socket6?: UdpSocket | undefined;
  stack: UdpStack;
  clock: Clock;
  random?: () => number;
  /** Give up after this long (ms after the start time). */
  durationMs?: number;
  intervalMs?: number;
}

/**
 * The TTL (IPv6 hop limit) of the packets that open our own mapping: they
 * pass the NAT in front of us (the first router decrements 2 to 1 and
 * forwards) and die at the next router, long before the buddy's NAT, which
 * is at least two more routers away on any real path (our access router,
 * theirs). A host behind two NATs (a carrier NAT) opens only the inner one
 * this way; the carrier's is opened by the first full probe.
 */
export const OPENER_TTL = 2;

export class PunchAttempt {
  /** The IPv4 strategy (the NAT reports are IPv4's); IPv6 has no NAT and is always probed plainly. */
  readonly strategy: PunchStrategy;
  /** Whether this attempt probes the buddy over IPv6 too. */
  readonly ipv6: boolean;
  readonly result: Promise<PunchPath | undefined>;
  private resolve!: (p: PunchPath | undefined) => void;
  private readonly timers: TimerHandle[] = [];
  private readonly extra: UdpSocket[] = [];
  private readonly offs: Array<() => void> = [];
  private readonly sentAt = new Map<number, number>();
  private readonly targets: PunchTarget[];
  private nonce = 1;
  private done = false;
  private winner: PunchPath | undefined;
  private readonly random: () => number;
  private readonly started: number;

  constructor(private readonly options: PunchAttemptOptions) {
    this.random = options.random ?? Math.random;
    this.strategy = planPunch(options.myNat, options.plan.buddyNat, options.plan.attempt ?? 0, options.plan.role !== natter.control.PunchPlan.Role.RESPONDER);
    this.started = options.clock.now();
    this.result = new Promise((r) => (this.resolve = r));
    const all = punchTargets(options.plan);
    this.targets = all.filter((t) => (t.family === 'IPv6' ? Boolean(options.socket6) : this.strategy.kind !== 'relay-only'));
    this.ipv6 = this.targets.some((t) => t.family === 'IPv6');
    if (this.targets.length === 0) {
      this.finish(undefined);
      return;
    }
    const birthday = this.strategy.kind === 'birthday';
    const duration = options.durationMs ?? (birthday ? 10_000 : 6_000);
    this.after(options.plan.startInMs + duration, () => this.finish(undefined));
    this.open();
    this.after(options.plan.startInMs, () => this.start());
  }

  get attemptId(): Uint8Array {
    return this.options.plan.attemptId;
  }

  /** True when nothing can come of it: no IPv4 strategy and no IPv6 to try. */
  get hopeless(): boolean {
    return this.strategy.kind === 'relay-only' && !this.ipv6;
  }

  private after(ms: number, fn: () => void): void {
    this.timers.push(this.options.clock.setTimeout(fn, Math.max(0, ms)));
  }

  private socketFor(t: PunchTarget): UdpSocket {
    return t.family === 'IPv6' ? this.options.socket6! : this.options.socket;
  }

  /** The symmetric side of birthday probing: it never probes the buddy's public endpoint at full TTL (see manySockets). */
  private get manySocketsSide(): boolean {
    return this.strategy.kind === 'birthday' && this.strategy.side === 'many-sockets';
  }

  /**
   * Before anything that can reach the buddy's NAT: one packet from our
   * socket to each of the buddy's public candidates, with a TTL that gets
   * it through our own NAT and no further. Our NAT then holds the flow (us
   * -> buddy) before the buddy's first probe arrives, and takes that probe
   * for an answer. Arriving first, the probe would be dropped (a stateful
   * firewall, a NAT with an input firewall) or, on a router without a WAN
   * input firewall (a Linux box doing masquerade), taken by the router
   * itself: our flow to the buddy would then leave from another port than
   * the one the buddy was told about. The plan comes at least 50 ms before
   * both sides start probing (startInMs), so these go first on both sides.
   */
  private open(): void {
    for (const t of this.targets) if (t.reach === 'public') void this.sendProbe(this.socketFor(t), t, OPENER_TTL);
    if (this.strategy.kind === 'birthday' && this.strategy.side === 'many-sockets') void this.manySockets(this.strategy.sockets);
  }

  private start(): void {
    if (this.done) return;
    const interval = this.options.intervalMs ?? 100;
    // The symmetric side of birthday probing probes only LAN candidates
    // (and IPv6): its full-TTL probes could never pass a port-restricted
    // cone, and on a router without an input firewall each one would take
    // a pair the cone's spray needs.
    const plain = this.targets.filter((t) => !(this.manySocketsSide && t.family === 'IPv4' && t.reach === 'public'));
    let rounds = 0;
    const tick = () => {
      if (this.done) return;
      for (const t of plain) void this.sendProbe(this.socketFor(t), t);
      rounds++;
      // Fast at first, then slower: most paths open in the first second.
      this.after(rounds < 20 ? interval : interval * 3, tick);
    };
    if (plain.length > 0) tick();
    if (this.strategy.kind === 'birthday' && this.strategy.side === 'many-ports') this.manyPorts(this.strategy.ports);
  }

  /**
   * The symmetric side: many sockets, each a fresh mapping towards the cone
   * side, opened by one low-TTL packet each and then left alone: the cone
   * side's spray finds one of them, and the probe it brings is answered
   * from that socket (handle()). Opened all at once when the plan comes,
   * ahead of the spray: every socket that exists sooner is a chance taken
   * sooner (256 binds in a row cost a few hundred ms on a busy host).
   */
  private async manySockets(n: number): Promise<void> {
    const to = this.targets.find((t) => t.family === 'IPv4' && t.reach === 'public');
    if (!to) return;
    const open = async (): Promise<void> => {
      let s: UdpSocket;
      try {
        s = await this.options.stack.bind();
      } catch {
        return; // out of ports or descriptors: probe with what we have
      }
      if (this.done) {
        await s.close();
        return;
      }
      this.extra.push(s);
      this.offs.push(s.onMessage((data, from) => this.onRaw(data, from, s)));
      await this.sendProbe(s, to, OPENER_TTL);
    };
    await Promise.all(Array.from({ length: n }, open));
  }

  /**
   * The cone side: probes to many random ports of the symmetric side's
   * public IP, paced. Each pass of `m` probes goes to ports not tried
   * before (BIRTHDAY_PASSES of them), then the whole set is probed again:
   * a pass that ran before the other side had opened all its sockets, or
   * simply missed (~2 % for 256 x 1024), is followed by fresh chances
   * instead of the same misses. Capped so the NAT's connection table sees
   * a bounded number of destinations.
   */
  private manyPorts(m: number): void {
    const pub = this.targets.find((t) => t.family === 'IPv4' && t.reach === 'public');
    if (!pub) return;
    const limit = Math.min(m * BIRTHDAY_PASSES, 65536 - 1024);
    const tried = new Set<number>();
    const order: number[] = [];
    let i = 0;
    const next = (): number => {
      if (order.length < limit) {
        let port: number;
        do port = 1024 + Math.floor(this.random() * (65536 - 1024));
        while (tried.has(port));
        tried.add(port);
        order.push(port);
        return port;
      }
      return order[i++ % order.length]!;
    };
    const burst = () => {
      if (this.done) return;
      // 64 probes every 25 ms: ~2,600 packets/s of ~100 bytes, for at most
      // 4096 destinations; a hit is expected within ~0.1 s of the other
      // side's sockets being open.
      for (let k = 0; k < 64; k++) void this.sendProbe(this.options.socket, { ...pub, port: next() });
      this.after(25, burst);
    };
    // At once: the symmetric side opened its sockets when the plan came,
    // and ports probed before they were all open come round again later.
    burst();
  }

  private sendProbe(socket: UdpSocket, to: { address: string; port: number }, ttl?: number): Promise<void> {
    const nonce = this.nonce++;
    this.sentAt.set(nonce, this.options.clock.now());
    const bytes = encodePeerDatagram({
      probe: {
        protocolVersion: PROTOCOL_VERSION,
        attemptId: this.options.plan.attemptId,
        from: this.options.me,
        nonce,
        mac: probeMac(this.options.plan.secret, this.options.plan.attemptId, this.options.me, nonce),
      },
    });
    return socket.send(bytes, to.port, to.address, ttl === undefined ? undefined : { ttl }).catch(() => {});
  }

  private onRaw(data: Uint8Array, from: RemoteInfo, socket: UdpSocket): void {
    try {
      this.handle(decodePeerDatagram(data), from, socket);
    } catch {
      /* not a peer packet */
    }
  }

  /**
   * A probe or probe-ack that arrived on one of our sockets. Returns true
   * when it belonged to this attempt (valid or not).
   */
  handle(packet: DecodedPeerPacket, from: RemoteInfo, socket: UdpSocket): boolean {
    const plan = this.options.plan;
    if (packet.body === 'probe') {
      const p = packet.probe as natter.peer.Probe;
      if (!sameBytes(p.attemptId, plan.attemptId)) return false;
      if (p.from !== plan.buddy || !macOk(probeMac(plan.secret, plan.attemptId, p.from, p.nonce), p.mac)) return true;
      // Answer from the socket it came in on: that is the mapping that works.
      const ack = encodePeerDatagram({
        probeAck: {
          protocolVersion: PROTOCOL_VERSION,
          attemptId: plan.attemptId,
          from: this.options.me,
          nonce: p.nonce,
          mac: probeAckMac(plan.secret, plan.attemptId, this.options.me, p.nonce, { ip: from.address, port: from.port }),
          observed: { ip: from.address, port: from.port },
        },
      });
      socket.send(ack, from.port, from.address).catch(() => {});
      // A birthday socket that the cone side's spray found: the cone's NAT
      // let our answer's way open (it sent to this very mapping), and this
      // side sends no probes of its own to be acknowledged.
      if (!this.done && this.extra.includes(socket)) {
        this.finish({ socket, remote: { address: from.address, port: from.port }, rttMs: this.options.clock.now() - this.started, strategy: this.strategy.kind, family: from.family });
      }
      return true;
    }
    if (packet.body === 'probeAck') {
      const a = packet.probeAck as natter.peer.ProbeAck;
      if (!sameBytes(a.attemptId, plan.attemptId)) return false;
      const observed = { ip: String(a.observed?.ip ?? ''), port: Number(a.observed?.port ?? 0) };
      if (a.from !== plan.buddy || !macOk(probeAckMac(plan.secret, plan.attemptId, a.from, a.nonce, observed), a.mac)) return true;
      const sent = this.sentAt.get(a.nonce);
      if (!this.done) {
        this.finish({
          socket,
          remote: { address: from.address, port: from.port },
          rttMs: sent !== undefined ? this.options.clock.now() - sent : this.options.clock.now() - this.started,
          strategy: this.strategy.kind,
          family: from.family,
        });
      }
      return true;
    }
    return false;
  }

  private finish(path: PunchPath | undefined): void {
    if (this.done) return;
    this.done = true;
    this.winner = path;
    for (const t of this.timers.splice(0)) this.options.clock.clearTimeout(t);
    this.resolve(path);
  }

  /**
   * Releases the birthday sockets except the winner's. Called by the owner
   * some seconds after the result, so late probes from the other side are
   * still answered while it finishes its own attempt.
   */
  async dispose(): Promise<void> {
    this.finish(undefined);
    for (const off of this.offs.splice(0)) off();
    const keep = this.winner?.socket;
    await Promise.all(this.extra.filter((s) => s !== keep).map((s) => s.close()));
    this.extra.length = 0;
  }

  /** Sockets of this attempt other than the chat socket (birthday side). */
  get extraSockets(): readonly UdpSocket[] {
    return this.extra;
  }
}

function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
