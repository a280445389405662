// The translation and filtering state of one NAT, per RFC 4787 ("NAT
// Behavioral Requirements for Unicast UDP"). Pure bookkeeping: the router
// (router.ts) feeds it packets and the current time; nothing here schedules
// timers, so idle mappings cost nothing and expire lazily when looked at.
import { NetsimError } from './errors.js';
import type { Random } from './random.js';

/** RFC 4787 §4.1 (mapping) and §5 (filtering) behaviours. */
export type NatBehaviour = 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent';

export interface NatConfig {
  /**
   * RFC 4787 §4.1: when an inside endpoint reuses its external mapping.
   * 'none' = no translation at all (a stateful firewall in front of public
   * hosts: RFC 3489's "symmetric UDP firewall", or "open" with filtering 'none').
   */
  mapping: NatBehaviour | 'none';
  /** RFC 4787 §5: which outside endpoints may send in through a mapping. 'none' = no filtering. */
  filtering: NatBehaviour | 'none';
  /**
   * RFC 4787 §4.2.1 port assignment: 'preserving' keeps the inside port when
   * free, else picks at random; 'sequential' steps a NAT-wide cursor by
   * `portStep` (so other hosts' mappings consume ports in between);
   * 'random' picks uniformly. Default 'preserving'.
   */
  portAllocation?: 'preserving' | 'sequential' | 'random';
  /** Cursor step for 'sequential'; default 1. */
  portStep?: number;
  /** External port range; default [1024, 65535]. */
  portRange?: readonly [number, number];
  /**
   * RFC 4787 §4.3 REQ-5: a UDP mapping MUST NOT expire in under 2 minutes
   * (5 RECOMMENDED). Default 120 000 ms, the minimum, so keepalive code is
   * tested against the least forgiving compliant NAT.
   */
  mappingTimeoutMs?: number;
  /**
   * RFC 4787 §4.3 REQ-6: outbound traffic MUST refresh a mapping; inbound
   * refresh is a MAY. Default false.
   */
  inboundRefresh?: boolean;
  /**
   * RFC 4787 §6 REQ-9: an inside host reaching another inside host through
   * the NAT's public address. Default false: many deployed NATs do not, and
   * peers should try LAN candidates anyway.
   */
  hairpinning?: boolean;
  /** Drop every UDP datagram, both ways (a site where only TCP gets out). */
  udpBlocked?: boolean;
  /**
   * Whether the router drops unsolicited datagrams to itself (default
   * true). Without that input firewall (a Linux host doing masquerade, a
   * Docker or Kubernetes node) such a datagram is accepted by the router
   * and its conntrack entry (remote -> external port) stays for as long as
   * the remote keeps sending, and 30 s after: a later flow of the inside
   * endpoint towards that remote would clash with it, so the NAT gives
   * that flow another external port. A hole punch whose first probe
   * arrives before our own first packet out finds our mapping moved.
   */
  inputFirewall?: boolean;
}

export interface Endpoint {
  address: string;
  port: number;
}

/** A snapshot of one mapping, for tests and debugging. */
export interface NatMapping {
  internal: Endpoint;
  external: Endpoint;
  /** For address(-and-port)-dependent mapping: the remote this mapping is for ("ip" or "ip:port"). */
  remote?: string;
  createdAt: number;
  expiresAt: number;
  /** Remotes allowed in by filtering ("ip" or "ip:port"); empty when filtering is endpoint-independent. */
  permits: string[];
}

export type InboundVerdict = Endpoint | 'no-mapping' | 'filtered';

const DEFAULT_TIMEOUT_MS = 120_000;
const RANDOM_TRIES = 32;
/** Linux's nf_conntrack_udp_timeout: how long an unreplied UDP entry (one taken by the router) stays. */
export const UNREPLIED_TIMEOUT_MS = 30_000;

class Entry {
  /** Filtering state: remote ("ip" or "ip:port") -> expiry. */
  readonly permits = new Map<string, number>();
  constructor(
    readonly key: string,
    readonly internal: Endpoint,
    readonly external: Endpoint,
    readonly remote: string | undefined,
    readonly createdAt: number,
    public expiresAt: number,
  ) {}
}

export class NatTable {
  readonly timeoutMs: number;
  private readonly byKey = new Map<string, Entry>();
  private readonly byExternal = new Map<string, Entry>();
  /** RFC 4787 §4.1 REQ-2: "paired" pooling, one external IP per internal IP. */
  private readonly pairing = new Map<string, string>();
  private readonly minPort: number;
  private readonly maxPort: number;
  private cursor: number | undefined;
  /** Without an input firewall: "external>remote" pairs the router took for itself, and until when. */
  private readonly taken = new Map<string, number>();

  constructor(
    readonly config: Readonly<NatConfig>,
    private readonly publicAddresses: readonly string[],
    private readonly random: Random,
  ) {
    this.timeoutMs = config.mappingTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    [this.minPort, this.maxPort] = config.portRange ?? [1024, 65535];
    const behaviours = ['endpoint-independent', 'address-dependent', 'address-and-port-dependent', 'none'];
    if (!behaviours.includes(config.mapping)) throw NetsimError.badConfig(`unknown mapping behaviour ${JSON.stringify(config.mapping)}`);
    if (!behaviours.includes(config.filtering)) throw NetsimError.badConfig(`unknown filtering behaviour ${JSON.stringify(config.filtering)}`);
    if (!['preserving', 'sequential', 'random', undefined].includes(config.portAllocation)) {
      throw NetsimError.badConfig(`unknown port allocation ${JSON.stringify(config.portAllocation)}`);
    }
    if (!(this.timeoutMs > 0)) throw NetsimError.badConfig(`mappingTimeoutMs must be > 0, got ${this.timeoutMs}`);
    if (!(Number.isInteger(this.minPort) && this.minPort >= 1 && this.maxPort <= 65535 && this.minPort <= this.maxPort)) {
      throw NetsimError.badConfig(`portRange must lie within [1, 65535], got [${this.minPort}, ${this.maxPort}]`);
    }
    if (!(Number.isInteger(config.portStep ?? 1) && (config.portStep ?? 1) !== 0)) {
      throw NetsimError.badConfig(`portStep must be a non-zero integer, got ${config.portStep}`);
    }
    if (config.mapping !== 'none' && publicAddresses.length === 0) throw NetsimError.badConfig('a translating NAT needs a public address');
  }

  get translates(): boolean {
    return this.config.mapping !== 'none';
  }

  /**
   * An inside endpoint sends to `dst`: finds or creates its mapping,
   * refreshes it and opens filtering for `dst`. Returns the external
   * endpoint, or undefined when no external port is free.
   */
  outbound(src: Endpoint, dst: Endpoint, now: number): { external: Endpoint; created: boolean } | undefined {
    let key = this.mappingKey(src, dst);
    let entry = this.live(this.byKey.get(key), now);
    let created = false;
    if (this.translates && this.config.inputFirewall === false) {
      // A flow to `dst` that had to move off the mapping keeps its own port.
      const moved = this.live(this.byKey.get(`${key}!${endpointKey(dst)}`), now);
      if (moved) entry = moved;
      else if (entry && this.isTaken(entry.external, dst, now)) {
        key = `${key}!${endpointKey(dst)}`;
        entry = undefined;
      }
    }
    if (!entry) {
      const external = this.translates ? this.allocate(src, dst, now) : { ...src };
      if (!external) return undefined;
      entry = new Entry(key, { ...src }, external, remoteOf(key), now, 0);
      this.byKey.set(key, entry);
      this.byExternal.set(endpointKey(external), entry);
      created = true;
    }
    const expiresAt = now + this.timeoutMs; // REQ-6: outbound refresh
    entry.expiresAt = expiresAt;
    const permit = this.permitKey(dst);
    if (permit !== undefined) entry.permits.set(permit, expiresAt);
    return { external: entry.external, created };
  }

  /** An outside endpoint `src` sends to `dst`: the inside endpoint to deliver to, or why not. */
  inbound(dst: Endpoint, src: Endpoint, now: number): InboundVerdict {
    const verdict = this.filter(dst, src, now);
    if (typeof verdict === 'string' && this.translates && this.config.inputFirewall === false) {
      // Not for the inside: the router takes it itself, and the pair stays taken.
      if (this.taken.size > 100_000) for (const [k, until] of this.taken) if (until <= now) this.taken.delete(k);
      this.taken.set(`${endpointKey(dst)}>${endpointKey(src)}`, now + UNREPLIED_TIMEOUT_MS);
    }
    return verdict;
  }

  private isTaken(external: Endpoint, remote: Endpoint, now: number): boolean {
    const until = this.taken.get(`${endpointKey(external)}>${endpointKey(remote)}`);
    return until !== undefined && until > now;
  }

  private filter(dst: Endpoint, src: Endpoint, now: number): InboundVerdict {
    const entry = this.live(this.byExternal.get(endpointKey(dst)), now);
    const filtering = this.config.filtering;
    if (!entry) {
      if (this.translates) return 'no-mapping';
      return filtering === 'none' ? dst : 'filtered';
    }
    const permit = this.permitKey(src);
    if (permit !== undefined) {
      const until = entry.permits.get(permit);
      if (until === undefined) return 'filtered';
      if (until <= now) {
        entry.permits.delete(permit);
        return 'filtered';
      }
    }
    if (this.config.inboundRefresh) {
      entry.expiresAt = now + this.timeoutMs;
      if (permit !== undefined) entry.permits.set(permit, entry.expiresAt);
    }
    return entry.internal;
  }

  /** Live mappings, oldest first. */
  list(now: number): NatMapping[] {
    const out: NatMapping[] = [];
    for (const e of [...this.byKey.values()]) {
      if (!this.live(e, now)) continue;
      const permits = [...e.permits].filter(([, until]) => until > now).map(([remote]) => remote);
      const m: NatMapping = { internal: { ...e.internal }, external: { ...e.external }, createdAt: e.createdAt, expiresAt: e.expiresAt, permits };
      if (e.remote !== undefined) m.remote = e.remote;
      out.push(m);
    }
    return out;
  }

  /** Forgets every mapping, as a NAT reboot or a conntrack flush does. */
  flush(): void {
    this.byKey.clear();
    this.byExternal.clear();
    this.pairing.clear();
    this.taken.clear();
  }

  private live(entry: Entry | undefined, now: number): Entry | undefined {
    if (!entry || entry.expiresAt > now) return entry;
    this.byKey.delete(entry.key);
    this.byExternal.delete(endpointKey(entry.external));
    return undefined;
  }

  // RFC 4787 §4.1: the mapping is reused for any destination (EIM), for the
  // same destination address (ADM), or only the same address and port (APDM).
  private mappingKey(src: Endpoint, dst: Endpoint): string {
    const inside = endpointKey(src);
    switch (this.config.mapping) {
      case 'endpoint-independent':
      case 'none':
        return inside;
      case 'address-dependent':
        return `${inside}>${dst.address}`;
      case 'address-and-port-dependent':
        return `${inside}>${dst.address}:${dst.port}`;
    }
  }

  // RFC 4787 §5: what an outbound packet to `remote` lets back in.
  private permitKey(remote: Endpoint): string | undefined {
    switch (this.config.filtering) {
      case 'endpoint-independent':
      case 'none':
        return undefined;
      case 'address-dependent':
        return remote.address;
      case 'address-and-port-dependent':
        return endpointKey(remote);
    }
  }

  private allocate(src: Endpoint, dst: Endpoint, now: number): Endpoint | undefined {
    let address = this.pairing.get(src.address);
    if (address === undefined) {
      address = this.publicAddresses[this.pairing.size % this.publicAddresses.length]!;
      this.pairing.set(src.address, address);
    }
    // A port whose pair with `dst` the router took for itself clashes too (Linux picks a unique tuple).
    const free = (port: number) => !this.live(this.byExternal.get(`${address}:${port}`), now) && !this.isTaken({ address, port }, dst, now);
    const port = this.choosePort(src.port, free);
    return port === undefined ? undefined : { address, port };
  }

  private choosePort(insidePort: number, free: (port: number) => boolean): number | undefined {
    const span = this.maxPort - this.minPort + 1;
    switch (this.config.portAllocation ?? 'preserving') {
      case 'preserving':
        // REQ-3/REQ-4 (parity, contiguity) are not modelled.
        if (insidePort >= this.minPort && insidePort <= this.maxPort && free(insidePort)) return insidePort;
        return this.randomPort(free);
      case 'sequential': {
        const step = this.config.portStep ?? 1;
        this.cursor ??= this.minPort + this.random.int(span);
        for (let i = 0; i < span; i++) {
          const port: number = this.cursor;
          this.cursor = this.minPort + ((((port - this.minPort + step) % span) + span) % span);
          if (free(port)) return port;
        }
        return undefined;
      }
      case 'random':
        return this.randomPort(free);
    }
  }

  private randomPort(free: (port: number) => boolean): number | undefined {
    const span = this.maxPort - this.minPort + 1;
    for (let i = 0; i < RANDOM_TRIES; i++) {
      const port = this.minPort + this.random.int(span);
      if (free(port)) return port;
    }
    const start = this.random.int(span); // nearly full: scan
    for (let i = 0; i < span; i++) {
      const port = this.minPort + ((start + i) % span);
      if (free(port)) return port;
    }
    return undefined;
  }
}

export function endpointKey(e: Endpoint): string {
  return `${e.address}:${e.port}`;
}

function remoteOf(key: string): string | undefined {
  const i = key.indexOf('>');
  return i < 0 ? undefined : key.slice(i + 1);
}
