// A router between an inside segment and its parent (the internet, or the
// inside of another router for carrier-grade NAT), applying one NAT model.
import { NatTable, type Endpoint, type NatConfig, type NatMapping } from './nat.js';
import type { Link } from './link.js';
import type { Random } from './random.js';
import type { Segment } from './segment.js';

/** Why a router refused a datagram; the network counts and traces it. */
export type RouterDrop = 'udp-blocked' | 'nat-ports-exhausted' | 'no-mapping' | 'filtered' | 'hairpin-disabled';

export class Router {
  /** @internal */ readonly table: NatTable;
  /** @internal */ inside!: Segment;

  constructor(
    readonly name: string,
    readonly config: Readonly<NatConfig>,
    /** Addresses on the parent segment; the external side of every mapping. Empty for a firewall. */
    readonly publicAddresses: readonly string[],
    /** @internal */ readonly parent: Segment,
    /** The router's uplink to its parent segment (the access link of the site). */
    readonly link: Link,
    random: Random,
    private readonly now: () => number,
  ) {
    this.table = new NatTable(config, publicAddresses, random);
  }

  get publicAddress(): string | undefined {
    return this.publicAddresses[0];
  }

  /** The inside address range (CIDR), or undefined for a firewall in front of public hosts. */
  get insideCidr(): string | undefined {
    return this.inside.cidr?.text;
  }

  /** Live mappings (expired ones are pruned first). */
  mappings(): NatMapping[] {
    return this.table.list(this.now());
  }

  /** Drops every mapping, as a reboot or a conntrack flush does. */
  flush(): void {
    this.table.flush();
  }

  /** @internal True if `address` is one of this NAT's own public addresses. */
  ownsPublic(address: string): boolean {
    return this.publicAddresses.includes(address);
  }

  /**
   * @internal Inside -> outside: find or create the mapping and rewrite the
   * source. `created` reports a new mapping (for the trace).
   */
  translateOut(src: Endpoint, dst: Endpoint): { drop: RouterDrop } | { source: Endpoint; created: boolean } {
    if (this.config.udpBlocked) return { drop: 'udp-blocked' };
    const r = this.table.outbound(src, dst, this.now());
    return r ? { source: r.external, created: r.created } : { drop: 'nat-ports-exhausted' };
  }

  /** @internal Outside -> inside: the inside endpoint for `dst`, after filtering on `src`. */
  translateIn(dst: Endpoint, src: Endpoint): { drop: RouterDrop } | { destination: Endpoint } {
    if (this.config.udpBlocked) return { drop: 'udp-blocked' };
    const v = this.table.inbound(dst, src, this.now());
    return typeof v === 'string' ? { drop: v } : { destination: v };
  }
}
