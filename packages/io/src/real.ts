// The one file that opens real sockets: node:dgram behind the UdpSocket
// interface, and the system clock.
import dgram from 'node:dgram';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import os from 'node:os';
import type { AddressFamily, BindOptions, Clock, MessageHandler, RemoteInfo, SendOptions, SocketAddress, TimerHandle, UdpSocket, UdpStack } from './types.js';

/** Linux's default IP TTL (net.ipv4.ip_default_ttl) and IPv6 hop limit. */
const DEFAULT_TTL = 64;

class NodeUdpSocket implements UdpSocket {
  private readonly handlers = new Set<MessageHandler>();
  private isClosed = false;
  /**
   * Read once: the socket is bound before it is wrapped and never rebound.
   * dgram's address() is a getsockname(2) per call, and the STUN server
   * asks for it in every answer (RESPONSE-ORIGIN).
   */
  private readonly bound: SocketAddress;

  constructor(private readonly socket: dgram.Socket) {
    const a = socket.address();
    this.bound = { address: a.address, port: a.port, family: a.family as SocketAddress['family'] };
    socket.on('message', (msg, rinfo) => {
      const from: RemoteInfo = { address: rinfo.address, port: rinfo.port, family: rinfo.family as RemoteInfo['family'] };
      // A snapshot: a handler added while delivering must not see this datagram.
      for (const h of [...this.handlers]) h(msg, from);
    });
    // An ICMP error reported on a later send would otherwise be an
    // unhandled 'error' event and kill the process; UDP is best effort.
    socket.on('error', () => {});
  }

  address(): SocketAddress {
    if (this.isClosed) throw notRunning();
    return { ...this.bound };
  }

  send(data: Uint8Array, port: number, address: string, options?: SendOptions): Promise<void> {
    if (this.isClosed) return Promise.reject(notRunning());
    if (options?.ttl !== undefined && options.ttl !== this.ttl) return this.sendWithTtl(data, port, address, options.ttl);
    if (this.ttlHeld) return this.ttlHeld.then(() => this.sendNow(data, port, address));
    return this.sendNow(data, port, address);
  }

  sendAndForget(data: Uint8Array, port: number, address: string): void {
    if (this.isClosed) return;
    if (this.ttlHeld) {
      this.send(data, port, address).catch(() => {});
      return;
    }
    try {
      // Without a callback dgram allocates no completion and defers nothing;
      // an error it finds later goes to the 'error' listener above.
      this.socket.send(data, port, address);
    } catch {
      // A bad port or address: lost like any datagram.
    }
  }

  sendPartsAndForget(parts: readonly Uint8Array[], port: number, address: string): void {
    if (this.isClosed) return;
    if (this.ttlHeld) {
      this.send(Buffer.concat(parts), port, address).catch(() => {});
      return;
    }
    try {
      this.socket.send(parts as Uint8Array[], port, address);
    } catch {
      // A bad port or address: lost like any datagram.
    }
  }

  /** The socket's own TTL (setTTL), which every datagram without a TTL of its own leaves with. */
  private ttl = DEFAULT_TTL;
  /**
   * Datagrams with a TTL of their own still on their way out. node:dgram
   * has no per-datagram TTL, only the socket's (IP_TTL / IPV6_UNICAST_HOPS),
   * so such a send sets it, waits until the datagram has left, and sets it
   * back; any other send made meanwhile waits behind it rather than leave
   * with the low TTL and die on the way (the chat socket carries a
   * conversation's packets while a punch opens its mapping).
   */
  private ttlHeld: Promise<void> | undefined;

  private sendWithTtl(data: Uint8Array, port: number, address: string, ttl: number): Promise<void> {
    const sent = (this.ttlHeld ?? Promise.resolve()).then(async () => {
      if (this.isClosed) throw notRunning();
      this.socket.setTTL(ttl);
      try {
        await this.sendNow(data, port, address);
      } finally {
        if (!this.isClosed) this.socket.setTTL(this.ttl);
      }
    });
    const held = sent.catch(() => {});
    this.ttlHeld = held;
    void held.then(() => {
      if (this.ttlHeld === held) this.ttlHeld = undefined;
    });
    return sent;
  }

  private sendNow(data: Uint8Array, port: number, address: string): Promise<void> {
    if (this.isClosed) return Promise.reject(notRunning());
    return new Promise((resolve, reject) => {
      this.socket.send(data, port, address, (err) => (err ? reject(err) : resolve()));
    });
  }

  onMessage(handler: MessageHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  setTTL(ttl: number): void {
    this.socket.setTTL(ttl);
    this.ttl = ttl;
  }

  setBufferSizes(receiveBytes: number, sendBytes: number): void {
    // The kernel caps both at net.core.rmem_max / wmem_max; asking for more is not an error.
    try {
      this.socket.setRecvBufferSize(receiveBytes);
      this.socket.setSendBufferSize(sendBytes);
    } catch {
      /* a closed socket, or a platform without the option: keep the defaults */
    }
  }

  get closed(): boolean {
    return this.isClosed;
  }

  close(): Promise<void> {
    if (this.isClosed) return Promise.resolve();
    this.isClosed = true;
    this.handlers.clear();
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

function notRunning(): Error {
  return Object.assign(new Error('socket is closed'), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
}

/** The family of an IP address, or undefined when it is not one. */
function familyOf(address: string): AddressFamily | undefined {
  const v = isIP(address);
  return v === 4 ? 'IPv4' : v === 6 ? 'IPv6' : undefined;
}

/** fe80::/10: reachable only with a zone (an interface), never a candidate for a buddy. */
function isLinkLocal6(address: string): boolean {
  return /^fe[89ab][0-9a-f]:/i.test(address);
}

/** The host's real UDP stack, IPv4 and IPv6 (one socket per family). */
export const nodeUdpStack: UdpStack = {
  bind(options: BindOptions = {}): Promise<UdpSocket> {
    const family = (options.address && familyOf(options.address)) || options.family || 'IPv4';
    const socket = family === 'IPv6' ? dgram.createSocket({ type: 'udp6', ipv6Only: true }) : dgram.createSocket({ type: 'udp4' });
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.bind({ port: options.port ?? 0, address: options.address ?? (family === 'IPv6' ? '::' : '0.0.0.0'), exclusive: true }, () => {
        socket.removeListener('error', reject);
        resolve(new NodeUdpSocket(socket));
      });
    });
  },

  interfaceAddresses(family: AddressFamily = 'IPv4'): string[] {
    const out: string[] = [];
    for (const list of Object.values(os.networkInterfaces())) {
      for (const a of list ?? []) {
        if (a.family !== family || a.internal) continue;
        if (family === 'IPv6' && isLinkLocal6(a.address)) continue;
        out.push(a.address);
      }
    }
    return out;
  },

  sourceAddressFor(remote: string): Promise<string> {
    // connect() on a UDP socket sends nothing; it only asks the kernel for a
    // route, whose source address then shows in address().
    const socket = dgram.createSocket({ type: familyOf(remote) === 'IPv6' ? 'udp6' : 'udp4' });
    return new Promise((resolve, reject) => {
      socket.once('error', (err) => {
        socket.close();
        reject(err);
      });
      socket.connect(9, remote, () => {
        const { address } = socket.address();
        socket.close();
        resolve(address);
      });
    });
  },

  async linkMtuFor(remote: string): Promise<number | undefined> {
    try {
      const source = await nodeUdpStack.sourceAddressFor(remote);
      for (const [name, list] of Object.entries(os.networkInterfaces())) {
        if (!(list ?? []).some((a) => a.address === source)) continue;
        // Linux only; elsewhere the caller keeps its safe default.
        const mtu = Number((await readFile(`/sys/class/net/${name}/mtu`, 'utf8')).trim());
        return Number.isInteger(mtu) && mtu > 0 ? mtu : undefined;
      }
    } catch {
      /* no route, or no sysfs */
    }
    return undefined;
  },
};

// Constant for the process; read once (a getter), since the STUN server's
// rate limiter asks for the time on every datagram.
const timeOrigin = performance.timeOrigin;

/** Wall-clock time and real timers; timers do not keep the process alive. */
export const systemClock: Clock = {
  now: () => timeOrigin + performance.now(),
  setTimeout(fn: () => void, ms: number): TimerHandle {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout(handle: TimerHandle): void {
    clearTimeout(handle as NodeJS.Timeout);
  },
};
