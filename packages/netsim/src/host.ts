// A machine on the virtual network: its addresses, its link to the segment
// it sits on, and its socket table (with Linux's bind rules).
import { socketError } from './errors.js';
import { isIPv4, isLocalOnly } from './ipv4.js';
import { VirtualUdpSocket, VirtualUdpStack } from './socket.js';
import type { Link } from './link.js';
import type { Endpoint } from './nat.js';
import type { Random } from './random.js';
import type { Router } from './router.js';
import type { Segment } from './segment.js';
import type { UdpStack } from '@natter/io';

/** The ephemeral range the virtual stack picks from (IANA dynamic ports, RFC 6335). */
export const EPHEMERAL_PORTS: readonly [number, number] = [49152, 65535];
const WILDCARD = '0.0.0.0';

/** What a host needs from the network to put a datagram on the wire. */
export interface HostFabric {
  transmit(host: Host, src: Endpoint, dst: Endpoint, data: Buffer, ttl: number): void;
}

export class Host {
  /** This host's UDP stack: hand it to the code under test. */
  readonly udp: UdpStack;
  /** port -> bound address -> socket. */
  private readonly byPort = new Map<number, Map<string, VirtualUdpSocket>>();

  constructor(
    readonly name: string,
    readonly addresses: readonly string[],
    /** @internal */ readonly segment: Segment,
    /** The link to this host's segment (its LAN, or the internet). */
    readonly link: Link,
    private readonly random: Random,
    private readonly fabric: HostFabric,
  ) {
    this.udp = new VirtualUdpStack(this);
  }

  /** The primary address: the source for datagrams from wildcard-bound sockets. */
  get address(): string {
    return this.addresses[0]!;
  }

  /** The router this host sits behind; undefined for a host on the internet. */
  get router(): Router | undefined {
    return this.segment.router;
  }

  /** True when a datagram to `address` never leaves this host. */
  isLocal(address: string): boolean {
    return isLocalOnly(address) || this.addresses.includes(address);
  }

  sourceAddressFor(remote: string): string {
    if (remote.startsWith('127.')) return '127.0.0.1';
    if (this.addresses.includes(remote)) return remote;
    return this.address; // one default route: the primary address, as Linux picks for a wildcard socket
  }

  /** @internal Binds with Linux semantics: a wildcard and a specific bind on one port conflict (no SO_REUSEADDR). */
  bind(address: string, port: number): VirtualUdpSocket {
    const addr = address === 'localhost' ? '127.0.0.1' : address;
    if (!(Number.isInteger(port) && port >= 0 && port < 65536)) {
      throw socketError('ERR_SOCKET_BAD_PORT', `Port should be >= 0 and < 65536. Received ${String(port)}.`);
    }
    if (!isIPv4(addr)) throw socketError('ENOTFOUND', `getaddrinfo ENOTFOUND ${address}`, { syscall: 'getaddrinfo', errno: -3008 });
    if (addr !== WILDCARD && !addr.startsWith('127.') && !this.addresses.includes(addr)) {
      throw socketError('EADDRNOTAVAIL', `bind EADDRNOTAVAIL ${addr}:${port}`, { syscall: 'bind', errno: -99, address: addr, port });
    }
    const chosen = port === 0 ? this.ephemeralPort(addr) : port;
    if (chosen === undefined || !this.canBind(addr, chosen)) {
      throw socketError('EADDRINUSE', `bind EADDRINUSE ${addr}:${port}`, { syscall: 'bind', errno: -98, address: addr, port });
    }
    const socket = new VirtualUdpSocket(this, addr, chosen);
    let table = this.byPort.get(chosen);
    if (!table) this.byPort.set(chosen, (table = new Map()));
    table.set(addr, socket);
    return socket;
  }

  /** @internal */
  release(socket: VirtualUdpSocket): void {
    const table = this.byPort.get(socket.port);
    if (table?.get(socket.boundAddress) === socket) {
      table.delete(socket.boundAddress);
      if (table.size === 0) this.byPort.delete(socket.port);
    }
  }

  /** @internal The socket a datagram to `dst` lands on: an exact bind wins over the wildcard. */
  socketFor(dst: Endpoint): VirtualUdpSocket | undefined {
    const table = this.byPort.get(dst.port);
    return table?.get(dst.address) ?? table?.get(WILDCARD);
  }

  /** @internal */
  transmit(socket: VirtualUdpSocket, data: Buffer, dst: Endpoint, ttl: number): void {
    const src = socket.boundAddress === WILDCARD ? this.sourceAddressFor(dst.address) : socket.boundAddress;
    this.fabric.transmit(this, { address: src, port: socket.port }, dst, data, ttl);
  }

  private canBind(address: string, port: number): boolean {
    const table = this.byPort.get(port);
    if (!table || table.size === 0) return true;
    return address !== WILDCARD && !table.has(WILDCARD) && !table.has(address);
  }

  // Linux picks ephemeral ports pseudo-randomly; so do we, from the host's own stream.
  private ephemeralPort(address: string): number | undefined {
    const [lo, hi] = EPHEMERAL_PORTS;
    const span = hi - lo + 1;
    for (let i = 0; i < 32; i++) {
      const port = lo + this.random.int(span);
      if (this.canBind(address, port)) return port;
    }
    for (let port = lo; port <= hi; port++) if (this.canBind(address, port)) return port;
    return undefined;
  }
}
