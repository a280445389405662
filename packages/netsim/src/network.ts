// The virtual network: builds hosts and routers, and walks each datagram
// hop by hop on the virtual clock.
//
// Path of a datagram: up the sender's link to its segment; on a segment,
// to the node owning the destination address (down that node's link), or
// else up through the segment's router (NAT, then the router's uplink) to
// the parent segment; on the internet an unknown address is dropped.
//
// TTL model (kept simple on purpose): every router a datagram passes
// decrements its TTL after translating it, and drops it when the TTL hits
// zero. So a datagram sent with TTL n crosses n-1 routers and dies at the
// n-th, but that n-th router's NAT has already created or refreshed the
// mapping: TTL 1 opens the sender's own NAT and goes no further, which is
// what low-TTL hole punching relies on. Segments (the internet included)
// cost no hops. Real paths have more hops, and Linux confirms a conntrack
// entry only when the packet leaves, so real code should not depend on
// exact TTL values.
import { VirtualClock, type RunOptions } from './clock.js';
import { NetsimError } from './errors.js';
import { Host, type HostFabric } from './host.js';
import { Cidr } from './ipv4.js';
import { Link, type LinkConditions } from './link.js';
import { endpointKey, type Endpoint, type NatConfig } from './nat.js';
import { resolveNat, type NatPresetName } from './presets.js';
import { Random } from './random.js';
import { Router, type RouterDrop } from './router.js';
import { Segment } from './segment.js';
import { emptyStats, type DropReason, type NetEvent, type NetStats } from './trace.js';

export interface VirtualNetworkOptions {
  /** Seed for every random choice (loss, jitter, ports); default 1. */
  seed?: number;
  /** Default: a new VirtualClock at t=0. */
  clock?: VirtualClock;
  /**
   * Routers inside the internet between any two of its members (access and
   * core routers): a datagram crossing it loses this much TTL, and dies
   * there when it runs out. Default 0: every NAT's WAN is one hop from
   * every other, and a low-TTL packet that leaves its own NAT reaches the
   * far one.
   */
  internetHops?: number;
}

export interface HostOptions {
  /** Unique among hosts and routers; default host1, host2, ... */
  name?: string;
  /** The router to sit behind; default: directly on the internet. */
  behind?: Router;
  /** One address, or several (the first is primary); default: the next free one. */
  address?: string;
  addresses?: readonly string[];
  /** The host's link to its segment. */
  link?: LinkConditions;
}

export interface RouterOptions {
  name?: string;
  /** The NAT model: a preset name or a full RFC 4787 description. */
  nat: NatConfig | NatPresetName;
  /** The router this one sits behind (NAT behind NAT); default: the internet. */
  behind?: Router;
  /** Outside address(es) on the parent segment; default: the next free one. Unused by a firewall. */
  publicAddress?: string;
  publicAddresses?: readonly string[];
  /** Inside range of a translating NAT; default 10.0.N.0/24, a new N per router. */
  inside?: string;
  /** The router's uplink (the site's access link). */
  link?: LinkConditions;
}

interface Datagram {
  id: number;
  src: Endpoint;
  dst: Endpoint;
  data: Buffer;
  ttl: number;
}

export class VirtualNetwork implements HostFabric {
  readonly clock: VirtualClock;
  readonly seed: number;
  private readonly random: Random;
  private readonly internet = new Segment('internet', undefined, undefined, undefined);
  private readonly hostsByName = new Map<string, Host>();
  private readonly routersByName = new Map<string, Router>();
  private readonly listeners = new Set<(e: NetEvent) => void>();
  private counters = emptyStats();
  private nextPacket = 1;
  private nextLan = 1;
  private readonly internetHops: number;

  constructor(options: VirtualNetworkOptions = {}) {
    this.seed = options.seed ?? 1;
    this.internetHops = options.internetHops ?? 0;
    if (!(Number.isInteger(this.internetHops) && this.internetHops >= 0)) throw NetsimError.badConfig(`internetHops must be a non-negative integer, got ${options.internetHops}`);
    this.random = new Random(this.seed);
    this.clock = options.clock ?? new VirtualClock();
  }

  addHost(options: HostOptions = {}): Host {
    const name = this.claimName(options.name, 'host', this.hostsByName.size + 1);
    const segment = options.behind?.inside ?? this.internet;
    const addresses = options.addresses ?? [options.address ?? segment.allocate()];
    if (addresses.length === 0) throw NetsimError.badConfig(`host ${name}: needs at least one address`);
    const link = new Link(`${name}.link`, options.link ?? {}, this.random.fork(`link:${name}`));
    const host = new Host(name, [...addresses], segment, link, this.random.fork(`host:${name}`), this);
    for (const a of addresses) segment.register(a, host);
    this.hostsByName.set(name, host);
    return host;
  }

  addRouter(options: RouterOptions): Router {
    const name = this.claimName(options.name, 'router', this.routersByName.size + 1);
    const nat = resolveNat(options.nat);
    const parent = options.behind?.inside ?? this.internet;
    const translates = nat.mapping !== 'none';
    if (!translates && (options.inside || options.publicAddress || options.publicAddresses)) {
      throw NetsimError.badConfig(`router ${name}: a firewall (mapping 'none') has no inside range or public address; its hosts take public addresses`);
    }
    const publicAddresses = translates ? (options.publicAddresses ?? [options.publicAddress ?? parent.allocate()]) : [];
    const link = new Link(`${name}.link`, options.link ?? {}, this.random.fork(`link:${name}`));
    const router = new Router(name, nat, [...publicAddresses], parent, link, this.random.fork(`nat:${name}`), () => this.clock.now());
    const cidr = translates ? new Cidr(options.inside ?? `10.0.${this.nextLan++}.0/24`) : undefined;
    router.inside = new Segment(`${name}.inside`, cidr, router, translates ? undefined : parent);
    for (const a of publicAddresses) parent.register(a, router);
    this.routersByName.set(name, router);
    return router;
  }

  host(name: string): Host {
    const h = this.hostsByName.get(name);
    if (!h) throw NetsimError.badConfig(`no host named ${name}`);
    return h;
  }

  router(name: string): Router {
    const r = this.routersByName.get(name);
    if (!r) throw NetsimError.badConfig(`no router named ${name}`);
    return r;
  }

  get hosts(): Host[] {
    return [...this.hostsByName.values()];
  }

  get routers(): Router[] {
    return [...this.routersByName.values()];
  }

  /** Counters since the start (or the last resetStats()). */
  stats(): NetStats {
    return { ...this.counters, drops: { ...this.counters.drops } };
  }

  resetStats(): void {
    this.counters = emptyStats();
  }

  /** Calls `listener` for every send, delivery, drop, duplicate and new mapping; returns an unsubscribe. */
  onEvent(listener: (e: NetEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  now(): number {
    return this.clock.now();
  }

  /** Drives the clock until `work` settles; see VirtualClock.run. */
  run<T>(work: PromiseLike<T> | (() => PromiseLike<T>), options?: RunOptions): Promise<T> {
    return this.clock.run(work, options);
  }

  advance(ms: number): Promise<void> {
    return this.clock.advance(ms);
  }

  runUntilIdle(options?: RunOptions): Promise<void> {
    return this.clock.runUntilIdle(options);
  }

  /** @internal Called by a host's socket. */
  transmit(host: Host, src: Endpoint, dst: Endpoint, data: Buffer, ttl: number): void {
    const pkt: Datagram = { id: this.nextPacket++, src, dst, data, ttl };
    this.counters.sent++;
    this.emit('send', host.name, pkt);
    if (host.isLocal(dst.address)) {
      // Loopback never touches the link, but still arrives asynchronously.
      this.clock.setTimeout(() => this.deliver(host, pkt), 0);
      return;
    }
    this.cross(host.link, pkt, false, (p) => this.onSegment(host.segment, p));
  }

  // Copies are made before any of them moves on, because routers rewrite
  // addresses in place. Zero-delay hops run inline; only the last hop (into
  // a host, where user code runs) always goes through a visible timer.
  private cross(link: Link, pkt: Datagram, intoHost: boolean, next: (p: Datagram) => void): void {
    const delays = link.transit();
    if (delays.length === 0) return this.drop(pkt, link.name, 'link-loss');
    const copies = delays.map((_, i) => (i === 0 ? pkt : this.duplicate(pkt, link)));
    for (let i = 0; i < copies.length; i++) {
      const p = copies[i]!;
      const d = delays[i]!;
      if (intoHost) this.clock.setTimeout(() => next(p), d);
      else if (d === 0) next(p);
      else this.clock.setQuietTimeout(() => next(p), d);
    }
  }

  private onSegment(segment: Segment, pkt: Datagram): void {
    if (segment.owners.has(pkt.dst.address)) return this.within(segment, pkt);
    if (segment.router) return this.outbound(segment.router, pkt);
    this.drop(pkt, segment.name, 'no-route');
  }

  /** To the owner of the destination on this segment, never up and out. */
  private within(segment: Segment, pkt: Datagram): void {
    if (segment === this.internet && this.internetHops > 0 && (pkt.ttl -= this.internetHops) <= 0) return this.drop(pkt, segment.name, 'ttl-expired');
    const owner = segment.owners.get(pkt.dst.address);
    if (owner instanceof Host) this.cross(owner.link, pkt, true, (p) => this.deliver(owner, p));
    else if (owner instanceof Router) this.cross(owner.link, pkt, false, (p) => this.inbound(owner, p));
    else this.drop(pkt, segment.name, 'no-route');
  }

  private outbound(router: Router, pkt: Datagram): void {
    const out = router.translateOut(pkt.src, pkt.dst);
    if ('drop' in out) return this.drop(pkt, router.name, out.drop);
    if (out.created && this.listeners.size > 0) {
      this.emit('map', router.name, { ...pkt, dst: out.source });
    }
    pkt.src = out.source;
    if (--pkt.ttl <= 0) return this.drop(pkt, router.name, 'ttl-expired');
    if (router.ownsPublic(pkt.dst.address)) {
      // RFC 4787 §6 REQ-9: hairpinning turns the datagram around inside the
      // NAT, its source already rewritten to the sender's external endpoint,
      // and filters it like any datagram from that external endpoint.
      if (!router.config.hairpinning) return this.drop(pkt, router.name, 'hairpin-disabled');
      return this.intoInside(router, pkt);
    }
    this.cross(router.link, pkt, false, (p) => this.onSegment(router.parent, p));
  }

  private inbound(router: Router, pkt: Datagram): void {
    this.intoInside(router, pkt, true);
  }

  private intoInside(router: Router, pkt: Datagram, countHop = false): void {
    const verdict = router.translateIn(pkt.dst, pkt.src);
    if ('drop' in verdict) return this.drop(pkt, router.name, verdict.drop);
    pkt.dst = verdict.destination;
    if (countHop && --pkt.ttl <= 0) return this.drop(pkt, router.name, 'ttl-expired');
    this.within(router.inside, pkt);
  }

  private deliver(host: Host, pkt: Datagram): void {
    const socket = host.socketFor(pkt.dst);
    if (!socket) return this.drop(pkt, host.name, 'port-unreachable');
    this.counters.delivered++;
    this.emit('deliver', host.name, pkt);
    socket.receive(pkt.data, { address: pkt.src.address, port: pkt.src.port, family: 'IPv4' });
  }

  private duplicate(pkt: Datagram, link: Link): Datagram {
    const copy: Datagram = { ...pkt, id: this.nextPacket++, data: Buffer.from(pkt.data) };
    this.counters.duplicated++;
    this.emit('duplicate', link.name, copy);
    return copy;
  }

  private drop(pkt: Datagram, at: string, reason: DropReason | RouterDrop): void {
    this.counters.dropped++;
    this.counters.drops[reason]++;
    this.emit('drop', at, pkt, reason);
  }

  private emit(kind: NetEvent['kind'], at: string, pkt: Datagram, reason?: DropReason): void {
    if (this.listeners.size === 0) return;
    const event: NetEvent = {
      time: this.clock.now(),
      kind,
      at,
      packet: pkt.id,
      src: endpointKey(pkt.src),
      dst: endpointKey(pkt.dst),
      bytes: pkt.data.byteLength,
      ttl: pkt.ttl,
    };
    if (reason) event.reason = reason;
    for (const l of this.listeners) l(event);
  }

  private claimName(requested: string | undefined, prefix: string, n: number): string {
    let name = requested;
    if (name === undefined) {
      for (let i = n; ; i++) {
        name = `${prefix}${i}`;
        if (!this.hostsByName.has(name) && !this.routersByName.has(name)) break;
      }
    }
    if (this.hostsByName.has(name) || this.routersByName.has(name)) throw NetsimError.badConfig(`name ${name} is already used`);
    return name;
  }
}
