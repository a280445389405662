// What the network did with each datagram: counters for assertions, events
// for debugging and for checking that a seed reproduces a run exactly.
import type { RouterDrop } from './router.js';

export type DropReason =
  /** Lost on a link (lossRate). */
  | 'link-loss'
  /** No node has the destination address on the segment it reached. */
  | 'no-route'
  /** The destination host has no socket on that port (real hosts answer with ICMP, which dgram ignores). */
  | 'port-unreachable'
  /** The TTL ran out at a router (after that router's NAT saw it; see network.ts). */
  | 'ttl-expired'
  | RouterDrop;

export const DROP_REASONS: readonly DropReason[] = Object.freeze([
  'link-loss',
  'no-route',
  'port-unreachable',
  'ttl-expired',
  'udp-blocked',
  'nat-ports-exhausted',
  'no-mapping',
  'filtered',
  'hairpin-disabled',
]);

export interface NetStats {
  /** Datagrams sockets handed to the network. */
  sent: number;
  /** Datagrams handed to a socket (a duplicated datagram counts each time). */
  delivered: number;
  /** Extra copies made by link duplication. */
  duplicated: number;
  dropped: number;
  drops: Record<DropReason, number>;
}

export interface NetEvent {
  /** Virtual time, ms. */
  time: number;
  /**
   * send: a socket sent; deliver: a socket received; drop: see reason;
   * duplicate: a link copied the datagram (`packet` is the copy's id);
   * map: a NAT created a mapping (src = inside, dst = outside endpoint).
   */
  kind: 'send' | 'deliver' | 'drop' | 'duplicate' | 'map';
  /** The host, router or link where it happened. */
  at: string;
  /** Datagram id, unique per network. */
  packet: number;
  /** "ip:port" as the datagram looked there (after any translation so far). */
  src: string;
  dst: string;
  bytes: number;
  ttl: number;
  reason?: DropReason;
}

export function emptyStats(): NetStats {
  return {
    sent: 0,
    delivered: 0,
    duplicated: 0,
    dropped: 0,
    drops: Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>,
  };
}

/** One line per event, for logs and trace comparisons. */
export function formatEvent(e: NetEvent): string {
  const reason = e.reason ? ` (${e.reason})` : '';
  return `${e.time.toFixed(3)} ${e.kind} #${e.packet} @${e.at} ${e.src} > ${e.dst} ${e.bytes}B ttl=${e.ttl}${reason}`;
}
