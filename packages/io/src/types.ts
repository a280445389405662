// The seams between protocol logic and the world. The STUN classifier, the
// STUN server and the peer core take these as parameters, so the same code
// runs over the virtual network (network.ts) and over real sockets (real.ts).

export type AddressFamily = 'IPv4' | 'IPv6';

/** Where a datagram came from, as node:dgram reports it. */
export interface RemoteInfo {
  address: string;
  port: number;
  family: AddressFamily;
}

export interface SocketAddress {
  address: string;
  port: number;
  family: AddressFamily;
}

export type MessageHandler = (data: Uint8Array, from: RemoteInfo) => void;

/** One bound UDP socket. */
export interface UdpSocket {
  /** The local address and port the socket is bound to. */
  address(): SocketAddress;
  /**
   * Sends one datagram. Resolves once handed to the network; rejects only on
   * local errors (socket closed, no route). Delivery is never promised.
   * With `options.ttl`, this one datagram leaves with that IP TTL (IPv6 hop
   * limit); datagrams sent meanwhile keep the socket's own.
   */
  send(data: Uint8Array, port: number, address: string, options?: SendOptions): Promise<void>;
  /**
   * Sends one datagram and returns nothing: a local error loses it, as the
   * network may lose any datagram. For senders that would only ignore the
   * outcome of send(); on node:dgram it saves a Promise and a completion
   * callback per datagram (a STUN server answers tens of thousands a second).
   */
  sendAndForget(data: Uint8Array, port: number, address: string): void;
  /**
   * Sends one datagram made of `parts`, in order, without joining them
   * first (node:dgram hands them to sendmsg(2) as an iovec); otherwise as
   * sendAndForget. A bulk sender seals a 64 KiB datagram in pieces: joining
   * them cost a copy and an allocation per datagram, 8 % of its CPU on
   * loopback. Optional: without it, join the parts and use sendAndForget.
   */
  sendPartsAndForget?(parts: readonly Uint8Array[], port: number, address: string): void;
  /** Adds a receive handler; returns a function that removes it. */
  onMessage(handler: MessageHandler): () => void;
  /**
   * IP TTL for later sends. Hole punching sends low-TTL packets that open the
   * sender's own NAT mapping without reaching (and upsetting) the far NAT.
   */
  setTTL(ttl: number): void;
  /**
   * Asks for kernel socket buffers of about this size (capped by the
   * system's limits). A bulk transfer at line rate needs more than the
   * ~200 KiB default to ride out a busy event loop. Optional: virtual
   * sockets have no kernel buffers.
   */
  setBufferSizes?(receiveBytes: number, sendBytes: number): void;
  close(): Promise<void>;
  readonly closed: boolean;
}

export interface SendOptions {
  /**
   * IP TTL (IPv6 hop limit) for this datagram only. Hole punching opens its
   * own NAT mapping with packets that die before the far NAT.
   */
  ttl?: number;
}

export interface BindOptions {
  /** Local address; default the wildcard of `family` (0.0.0.0 or ::). */
  address?: string;
  /** Local port; 0 or absent picks an ephemeral port. */
  port?: number;
  /**
   * The address family when no address is given; default IPv4. An IPv6
   * socket is IPv6 only (no IPv4-mapped addresses): a peer keeps one
   * socket per family, each with its own mapping.
   */
  family?: AddressFamily;
}

/** A host's UDP stack: the factory for sockets plus the routing facts a peer needs. */
export interface UdpStack {
  bind(options?: BindOptions): Promise<UdpSocket>;
  /**
   * The host's own unicast addresses of one family (default IPv4): loopback
   * excluded, and for IPv6 link-local too (fe80::/10 needs a zone to be
   * reached; a peer's IPv6 candidates are global or unique-local).
   */
  interfaceAddresses(family?: AddressFamily): string[];
  /** The source address the host would use to reach `remote` (a route lookup, IPv4 or IPv6). */
  sourceAddressFor(remote: string): Promise<string>;
  /**
   * The MTU of the interface the host would use to reach `remote` (65536 on
   * loopback, 1500 on Ethernet, less on a tunnel); undefined when unknown.
   * Optional: a stack without it gets the safe datagram size everywhere.
   */
  linkMtuFor?(remote: string): Promise<number | undefined>;
}

/** Opaque timer handle. */
export type TimerHandle = { readonly __timer: unique symbol } | object;

/** Time, injected so protocol code runs on a virtual clock in tests. */
export interface Clock {
  /** Milliseconds since an arbitrary epoch; monotonic. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Resolves after `ms` on the given clock. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimeout(resolve, ms));
}
