// The bulk connection to each buddy, kept in step with the conversation:
// made from its session's keys when first needed, moved when the
// conversation's path moves (direct with the path's MTU, or the relay paced
// below the node's budget), replaced when the session is. Incoming bulk
// datagrams find their link by connection id.
import type { Clock, RemoteInfo, UdpSocket, UdpStack } from '@natter/io';
import type { DecodedFileControl } from '@natter/wire';
import { BulkConnection, SAFE_DATAGRAM, deriveBulkKeys, joinDatagram, readConnectionId, type BulkPath, type RecvStream } from '../bulk/index.js';
import type { Conversation } from '../conversation.js';
import type { Conversations } from '../conversations.js';
import { FileLink } from './link.js';

/** Bulk datagrams over the relay: one control frame each, well below its 256 KiB limit. */
export const RELAY_DATAGRAM = 16 * 1024;
/** Share of the node's relay budget a transfer uses, leaving room for chat on the same budget. */
export const RELAY_BUDGET_SHARE = 0.85;
/** IPv6 (40) + UDP (8) headers: what a datagram must leave of the link MTU. */
const IP_UDP_OVERHEAD = 48;
/**
 * Kernel socket buffers asked for on a socket that carries a transfer. The
 * receive buffer is a queue in front of our event loop, which chat packets
 * share with file data: measured on loopback (64 KiB datagrams, ~160 MB/s),
 * 4 MiB held 16 ms of backlog (the round trip went from 1.4 to 17 ms) for no
 * more throughput than 512 KiB, which holds about 2 ms. The default (about
 * 200 KiB) is under four 64 KiB datagrams, and loses bursts.
 */
const RECEIVE_BUFFER_BYTES = 512 * 1024;
const SEND_BUFFER_BYTES = 1024 * 1024;

export interface RelayBudget {
  bytesPerSecond: number;
  burstBytes: number;
}

export interface FileLinksOptions {
  clock: Clock;
  stack: UdpStack;
  conversations: Conversations;
  relay(buddy: string, datagram: Uint8Array): boolean;
  /** What the node allows us through its relay (LoginOk); undefined before the first login. */
  relayBudget(): RelayBudget | undefined;
  onControl(buddy: string, message: DecodedFileControl): void;
  onFileStream(buddy: string, transferId: Buffer, offset: number, stream: RecvStream, first: Buffer): void;
  /** The link to `buddy` went away (new session, buddy gone): its streams failed. */
  onLinkDown(buddy: string): void;
  /** A new session with `buddy` can carry transfers. */
  onLinkUp(buddy: string): void;
  defer?: (fn: () => void) => void;
}

export class FileLinks {
  private readonly links = new Map<string, FileLink>();
  /** Connection id (hex) -> buddy, for every session seen. */
  private readonly byConnectionId = new Map<string, string>();
  private readonly connectionIdOf = new Map<string, string>();
  private readonly mtus = new Map<string, number>();
  private readonly tunedSockets = new WeakSet<UdpSocket>();
  private readonly sessionOf = new WeakMap<FileLink, object>();

  constructor(private readonly options: FileLinksOptions) {}

  /** The link for the buddy's current session (made now if needed); undefined without a session. */
  get(buddy: string): FileLink | undefined {
    const conversation = this.options.conversations.get(buddy);
    const session = conversation?.currentSession;
    if (!conversation || !session) return undefined;
    const existing = this.links.get(buddy);
    // Every datagram asks: a cheap identity check, the keys are derived once per session.
    if (existing && this.sessionOf.get(existing) === session && !existing.connection.closed) return existing;
    existing?.close();
    const keys = deriveBulkKeys(session);
    this.register(buddy, keys.connectionId.toString('hex'));
    const link: FileLink = new FileLink(
      buddy,
      new BulkConnection({
        clock: this.options.clock,
        keys,
        initiator: session.initiator,
        path: this.pathFor(buddy, conversation),
        onStream: (stream) => link.accept(stream),
        onError: () => this.options.onLinkDown(buddy),
        ...(this.options.defer && { defer: this.options.defer }),
      }),
      {
        onControl: (message) => this.options.onControl(buddy, message),
        onFileStream: (id, offset, stream, first) => this.options.onFileStream(buddy, id, offset, stream, first),
        onProtocolError: () => undefined,
      },
    );
    this.links.set(buddy, link);
    this.sessionOf.set(link, session);
    return link;
  }

  private register(buddy: string, connectionId: string): void {
    const before = this.connectionIdOf.get(buddy);
    if (before) this.byConnectionId.delete(before);
    this.connectionIdOf.set(buddy, connectionId);
    this.byConnectionId.set(connectionId, buddy);
  }

  /** The conversation adopted a session: datagrams for it are recognised from now on; an older link is gone. */
  onSession(buddy: string): void {
    const session = this.options.conversations.get(buddy)?.currentSession;
    if (!session) return;
    const id = deriveBulkKeys(session).connectionId.toString('hex');
    if (this.connectionIdOf.get(buddy) === id) return;
    this.register(buddy, id);
    const old = this.links.get(buddy);
    if (old) {
      this.links.delete(buddy);
      old.close();
      this.options.onLinkDown(buddy);
    }
    this.options.onLinkUp(buddy);
  }

  /** The conversation moved between the relay and a direct path. */
  onPath(buddy: string): void {
    const link = this.links.get(buddy);
    const conversation = this.options.conversations.get(buddy);
    if (!link || !conversation) return;
    link.connection.setPath(this.pathFor(buddy, conversation));
  }

  /** The buddy went offline: the link's streams fail, transfers wait for their return. */
  onGone(buddy: string): void {
    const link = this.links.get(buddy);
    if (!link) return;
    this.links.delete(buddy);
    link.close();
    this.options.onLinkDown(buddy);
  }

  /** A bulk datagram on one of our UDP sockets (`via`) or from the relay (`relayFrom`). */
  receive(datagram: Uint8Array, via?: { socket: UdpSocket; from: RemoteInfo }, relayFrom?: string): void {
    const buddy = this.byConnectionId.get(readConnectionId(datagram).toString('hex'));
    if (!buddy || (relayFrom !== undefined && relayFrom !== buddy)) return;
    const link = this.get(buddy);
    if (!link) return;
    const data = Buffer.isBuffer(datagram) ? datagram : Buffer.from(datagram.buffer, datagram.byteOffset, datagram.byteLength);
    if (link.connection.receive(data) && via) this.options.conversations.get(buddy)?.heardDirect(via);
  }

  linkOf(buddy: string): FileLink | undefined {
    return this.links.get(buddy);
  }

  closeAll(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
  }

  private async learnMtu(address: string): Promise<void> {
    const mtu = await this.options.stack.linkMtuFor?.(address).catch(() => undefined);
    this.mtus.set(address, mtu ?? 0);
  }

  private pathFor(buddy: string, conversation: Conversation): BulkPath {
    const direct = conversation.directPath;
    if (direct) {
      if (!this.tunedSockets.has(direct.socket)) {
        this.tunedSockets.add(direct.socket);
        direct.socket.setBufferSizes?.(RECEIVE_BUFFER_BYTES, SEND_BUFFER_BYTES);
      }
      const mtu = this.mtus.get(direct.remote.address);
      if (mtu === undefined) {
        // Start with the safe size; move to the link's own once it is known.
        void this.learnMtu(direct.remote.address).then(() => {
          const link = this.links.get(buddy);
          if (link && conversation.directPath?.remote.address === direct.remote.address) link.connection.setPath(this.pathFor(buddy, conversation));
        });
      }
      return {
        kind: 'direct',
        localMaxDatagram: mtu ? mtu - IP_UDP_OVERHEAD : SAFE_DATAGRAM,
        send: (datagram) => {
          // Read the path at each send: the buddy's NAT may have remapped it.
          const path = conversation.directPath;
          if (!path) {
            this.options.relay(buddy, joinDatagram(datagram));
            return;
          }
          const { socket, remote } = path;
          if (socket.sendPartsAndForget) socket.sendPartsAndForget(datagram.parts, remote.port, remote.address);
          else socket.sendAndForget(joinDatagram(datagram), remote.port, remote.address);
          conversation.sentDirect();
        },
      };
    }
    const budget = this.options.relayBudget();
    return {
      kind: 'relay',
      localMaxDatagram: RELAY_DATAGRAM,
      assumedPeerMaxDatagram: RELAY_DATAGRAM,
      ...(budget && budget.bytesPerSecond > 0 && { rateCap: budget.bytesPerSecond * RELAY_BUDGET_SHARE }),
      send: (datagram) => void this.options.relay(buddy, joinDatagram(datagram)),
    };
  }
}
