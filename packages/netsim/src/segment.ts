// A broadcast domain: the public internet, or the inside of one router. It
// maps each address on it to the node that answers for it.
import { NetsimError } from './errors.js';
import { formatIPv4, isIPv4, parseIPv4, type Cidr } from './ipv4.js';
import type { Host } from './host.js';
import type { Router } from './router.js';

export type SegmentNode = Host | Router;

// Documentation ranges (RFC 5737) handed out on the internet when no
// address is given; 203.0.113.0/24 last, as tests like to name servers there.
const PUBLIC_POOLS = ['198.51.100.0', '192.0.2.0', '203.0.113.0'];

export class Segment {
  readonly owners = new Map<string, SegmentNode>();

  constructor(
    readonly name: string,
    /** Addresses allowed here (a NAT's private range); undefined on the internet. */
    readonly cidr: Cidr | undefined,
    /** The router whose inside this is; undefined for the internet. */
    readonly router: Router | undefined,
    /**
     * For a router that does not translate (a firewall), its parent segment:
     * inside addresses are public there too and route through the router.
     */
    private readonly routedVia: Segment | undefined,
  ) {}

  isFree(address: string): boolean {
    return !this.owners.has(address) && (this.routedVia?.isFree(address) ?? true);
  }

  register(address: string, node: SegmentNode): void {
    if (!isIPv4(address) || address.startsWith('127.') || address === '0.0.0.0') {
      throw NetsimError.badConfig(`${node.name}: not a unicast IPv4 address: ${JSON.stringify(address)}`);
    }
    if (this.cidr && !this.cidr.contains(address)) {
      throw NetsimError.badConfig(`${node.name}: ${address} is outside ${this.name} (${this.cidr.text})`);
    }
    if (!this.isFree(address)) throw NetsimError.badConfig(`${node.name}: address ${address} is already taken on ${this.name}`);
    this.owners.set(address, node);
    if (this.routedVia) this.routedVia.register(address, this.router!);
  }

  /** The first free address: from the CIDR, or for the internet from the RFC 5737 ranges. */
  allocate(): string {
    if (this.routedVia) return this.routedVia.allocate();
    if (this.cidr) {
      for (const a of this.cidr.hosts()) if (this.isFree(a)) return a;
    } else {
      for (const pool of PUBLIC_POOLS) {
        const base = parseIPv4(pool);
        for (let i = 1; i < 255; i++) {
          const a = formatIPv4(base + i);
          if (this.isFree(a)) return a;
        }
      }
    }
    throw NetsimError.badConfig(`no free address left on ${this.name}`);
  }
}
