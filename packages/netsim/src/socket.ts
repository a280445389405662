// The virtual UdpSocket and UdpStack: same contract, same error codes as
// the node:dgram adapter in real.ts, so code under test cannot tell them apart.
import { socketError } from './errors.js';
import { isIPv4, isLocalOnly } from './ipv4.js';
import type { Host } from './host.js';
import type { AddressFamily, BindOptions, MessageHandler, RemoteInfo, SendOptions, SocketAddress, UdpSocket, UdpStack } from '@natter/io';

/** Largest UDP payload over IPv4: 65535 - 20 (IP header) - 8 (UDP header). */
export const MAX_UDP_PAYLOAD = 65_507;
/** Linux's default IP TTL (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;

export class VirtualUdpSocket implements UdpSocket {
  private readonly handlers = new Set<MessageHandler>();
  private isClosed = false;
  ttl = DEFAULT_TTL;

  constructor(
    private readonly host: Host,
    /** The bound address; '0.0.0.0' for the wildcard. */
    readonly boundAddress: string,
    readonly port: number,
  ) {}

  address(): SocketAddress {
    if (this.isClosed) throw notRunning();
    return { address: this.boundAddress, port: this.port, family: 'IPv4' };
  }

  send(data: Uint8Array, port: number, address: string, options?: SendOptions): Promise<void> {
    if (this.isClosed) return Promise.reject(notRunning());
    const ttl = options?.ttl ?? this.ttl;
    if (!(Number.isInteger(ttl) && ttl >= 1 && ttl <= 255)) return Promise.reject(socketError('EINVAL', 'send EINVAL (ttl)', { syscall: 'send', errno: -22 }));
    if (!(Number.isInteger(port) && port > 0 && port < 65536)) {
      return Promise.reject(socketError('ERR_SOCKET_BAD_PORT', `Port should be > 0 and < 65536. Received ${String(port)}.`));
    }
    const dst = address === 'localhost' ? '127.0.0.1' : address;
    if (!isIPv4(dst)) {
      // netsim has no DNS; node would have tried a lookup and failed like this.
      return Promise.reject(socketError('ENOTFOUND', `getaddrinfo ENOTFOUND ${address}`, { syscall: 'getaddrinfo', errno: -3008 }));
    }
    if (data.byteLength > MAX_UDP_PAYLOAD) {
      return Promise.reject(socketError('EMSGSIZE', `send EMSGSIZE ${dst}:${port}`, { syscall: 'send', errno: -90, address: dst, port }));
    }
    if (this.boundAddress.startsWith('127.') && !isLocalOnly(dst)) {
      // Linux refuses to send from a loopback address off the host.
      return Promise.reject(socketError('EINVAL', `send EINVAL ${dst}:${port}`, { syscall: 'send', errno: -22, address: dst, port }));
    }
    // Copy now: the caller may reuse its buffer as soon as send resolves.
    this.host.transmit(this, Buffer.from(data), { address: dst, port }, ttl);
    return Promise.resolve();
  }

  sendAndForget(data: Uint8Array, port: number, address: string): void {
    this.send(data, port, address).catch(() => {});
  }

  sendPartsAndForget(parts: readonly Uint8Array[], port: number, address: string): void {
    this.sendAndForget(Buffer.concat(parts), port, address);
  }

  onMessage(handler: MessageHandler): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  setTTL(ttl: number): void {
    if (this.isClosed) throw notRunning();
    // The same range libuv enforces (uv_udp_set_ttl).
    if (!(Number.isInteger(ttl) && ttl >= 1 && ttl <= 255)) throw socketError('EINVAL', 'setTTL EINVAL', { syscall: 'setTTL', errno: -22 });
    this.ttl = ttl;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  close(): Promise<void> {
    if (!this.isClosed) {
      this.isClosed = true;
      this.handlers.clear();
      this.host.release(this);
    }
    return Promise.resolve();
  }

  /** Called by the host when a datagram arrives for this socket. */
  receive(data: Buffer, from: RemoteInfo): void {
    // Like an EventEmitter: a handler that throws stops the rest, and the
    // error surfaces from the clock's advance()/run() (an uncaught exception for real).
    // A snapshot: a handler added while delivering must not see this datagram.
    for (const h of [...this.handlers]) h(data, from);
  }
}

export class VirtualUdpStack implements UdpStack {
  constructor(private readonly host: Host) {}

  bind(options: BindOptions = {}): Promise<UdpSocket> {
    // netsim is an IPv4 network: an IPv6 socket fails the way it does on a
    // host with IPv6 disabled, and the code under test goes on without one.
    if (options.family === 'IPv6' || options.address?.includes(':')) {
      return Promise.reject(socketError('EAFNOSUPPORT', `bind EAFNOSUPPORT ${options.address ?? '::'}`, { syscall: 'bind', errno: -97 }));
    }
    try {
      return Promise.resolve(this.host.bind(options.address ?? '0.0.0.0', options.port ?? 0));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  interfaceAddresses(family: AddressFamily = 'IPv4'): string[] {
    return family === 'IPv4' ? [...this.host.addresses] : [];
  }

  sourceAddressFor(remote: string): Promise<string> {
    const r = remote === 'localhost' ? '127.0.0.1' : remote;
    if (!isIPv4(r)) return Promise.reject(socketError('ENOTFOUND', `getaddrinfo ENOTFOUND ${remote}`, { syscall: 'getaddrinfo', errno: -3008 }));
    return Promise.resolve(this.host.sourceAddressFor(r));
  }
}

function notRunning(): Error {
  return socketError('ERR_SOCKET_DGRAM_NOT_RUNNING', 'socket is closed');
}
