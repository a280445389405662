// One hole-punching attempt: authenticated probes to every candidate (or
// birthday probing), from a start time the node synchronised; the first
// probe acknowledgement wins. Pure over the UdpSocket/Clock seams.
import { isPrivateAddress, type Clock, type RemoteInfo, type TimerHandle, type UdpSocket, type UdpStack } from '@natter/io';
import { PROTOCOL_VERSION, decodePeerDatagram, encodePeerDatagram, natter, type DecodedPeerPacket } from '@natter/wire';
import { BIRTHDAY_PASSES, planPunch, type PunchStrategy } from './planner.js';
import { macOk, probeAckMac, probeMac } from './probe.js';

export interface PunchPath {
  socket: UdpSocket;
  remote: { address: string; port: number };
  rttMs: number;
  strategy: PunchStrategy['kind'];
}

export interface PunchAttemptOptions {
  plan: natter.control.PunchPlan;
  me: string;
  myNat: natter.NatReport.$Properties | undefined;
  /** The chat socket: the one whose mapping the node saw. */
  socket: UdpSocket;
  stack: UdpStack;
  clock: Clock;
  random?: () => number;
  /** Give up after this long (ms after the start time). */
  durationMs?: number;
  intervalMs?: number;
}

const Kind = natter.Endpoint.Kind;
/** How many steps ahead of the observed port a sequential symmetric NAT is probed. */
export const PREDICTED_PORTS = 32;

export class PunchAttempt {
  readonly strategy: PunchStrategy;
  readonly result: Promise<PunchPath | undefined>;
  private resolve!: (p: PunchPath | undefined) => void;
  private readonly timers: TimerHandle[] = [];
  private readonly extra: UdpSocket[] = [];
  private readonly offs: Array<() => void> = [];
  private readonly sentAt = new Map<number, number>();
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
    if (this.strategy.kind === 'relay-only') {
      this.finish(undefined);
      return;
    }
    const birthday = this.strategy.kind === 'birthday';
    const duration = options.durationMs ?? (birthday ? 10_000 : 6_000);
    this.after(options.plan.startInMs + duration, () => this.finish(undefined));
    this.after(options.plan.startInMs, () => void this.start());
  }

  get attemptId(): Uint8Array {
    return this.options.plan.attemptId;
  }

  private after(ms: number, fn: () => void): void {
    this.timers.push(this.options.clock.setTimeout(fn, Math.max(0, ms)));
  }

  /**
   * Where probes go: the public endpoint the node itself observed, and LAN
   * candidates only in private or link-local ranges. A buddy names its LAN
   * candidates itself; without this check one PunchRequest could aim our
   * probes at any host on the internet (docs/security.md).
   */
  private candidates(): Array<{ address: string; port: number }> {
    const out = (this.options.plan.candidates ?? [])
      .filter((c) => c.ip && c.port && (c.kind === Kind.PUBLIC || (c.kind === Kind.LAN && isPrivateAddress(c.ip))))
      .map((c) => ({ address: c.ip!, port: c.port! }));
    // Port prediction: a symmetric NAT with a regular step gives the buddy's
    // mapping towards us the next ports after the one the node saw. Other
    // traffic of theirs may have taken a few, so look some steps ahead.
    const nat = this.options.plan.buddyNat;
    const step = nat?.portDelta ?? 0;
    const pub = (this.options.plan.candidates ?? []).find((c) => c.kind === Kind.PUBLIC);
    if (step && pub?.ip && pub.port && (nat?.mapping === natter.Behaviour.ADDRESS_DEPENDENT || nat?.mapping === natter.Behaviour.ADDRESS_AND_PORT_DEPENDENT)) {
      for (let k = 1; k <= PREDICTED_PORTS; k++) {
        const port = pub.port + k * step;
        if (port > 0 && port < 65536) out.push({ address: pub.ip, port });
      }
    }
    return out;
  }

  private async start(): Promise<void> {
    if (this.done) return;
    const interval = this.options.intervalMs ?? 100;
    const targets = this.candidates();
    // Plain probing to every candidate, from the chat socket. Runs in every
    // strategy: LAN candidates may win even where the NATs would not allow it.
    let rounds = 0;
    const tick = () => {
      if (this.done) return;
      for (const t of targets) this.sendProbe(this.options.socket, t);
      rounds++;
      // Fast at first, then slower: most paths open in the first second.
      this.after(rounds < 20 ? interval : interval * 3, tick);
    };
    tick();
    if (this.strategy.kind === 'birthday') {
      if (this.strategy.side === 'many-sockets') await this.manySockets(this.strategy.sockets);
      else this.manyPorts(this.strategy.ports);
    }
  }

  /**
   * The symmetric side: many sockets, each a fresh mapping towards the cone
   * side. Opened all at once rather than one after another: the cone side
   * is already spraying, and every socket that exists sooner is a chance
   * taken sooner (256 binds in a row cost a few hundred ms on a busy host).
   */
  private async manySockets(n: number): Promise<void> {
    const pub = (this.options.plan.candidates ?? []).find((c) => c.kind === Kind.PUBLIC);
    if (!pub?.ip || !pub.port) return;
    const to = { address: pub.ip, port: pub.port };
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
      // The first packet with a small TTL opens our own mapping without
      // reaching the far NAT (which might otherwise blacklist the flow).
      try {
        s.setTTL(2);
        // Wait for the datagram to leave before restoring the TTL: the
        // option applies when the packet is actually sent.
        await this.sendProbe(s, to);
        s.setTTL(64);
      } catch {
        /* TTL not supported here: the next round sends normally */
      }
    };
    await Promise.all(Array.from({ length: n }, open));
    const again = () => {
      if (this.done) return;
      for (const s of this.extra) this.sendProbe(s, to);
      this.after(500, again);
    };
    this.after(200, again);
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
    const pub = (this.options.plan.candidates ?? []).find((c) => c.kind === Kind.PUBLIC);
    if (!pub?.ip) return;
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
      for (let k = 0; k < 64; k++) this.sendProbe(this.options.socket, { address: pub.ip!, port: next() });
      this.after(25, burst);
    };
    // At once: the symmetric side opens its sockets meanwhile, and ports
    // probed before it did come round again in the later passes.
    burst();
  }

  private sendProbe(socket: UdpSocket, to: { address: string; port: number }): Promise<void> {
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
    return socket.send(bytes, to.port, to.address).catch(() => {});
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
