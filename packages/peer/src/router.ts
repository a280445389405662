// Where each datagram goes. On our UDP sockets STUN answers are left to
// their own transactions, and peer packets go by kind: probes to the punch
// attempts, handshakes and encrypted packets to the buddy's conversation.
// Over the relay the node vouches for the sender's name, so only there may
// a packet name its buddy (early data, a handshake, a resync); on UDP an
// encrypted packet is matched by its session id alone. Bulk datagrams (file
// transfers, their own marker byte) go to the file links whole.
import type { RemoteInfo, UdpSocket } from '@natter/io';
import { decodePeerDatagram, isPeerDatagram, natter, type DecodedPeerPacket } from '@natter/wire';
import { BULK_MARKER } from './bulk/packet.js';
import type { Conversations } from './conversations.js';

export interface DatagramRouterOptions {
  conversations: Conversations;
  /** A probe or probe ack: the running punch attempts. */
  onProbe(packet: DecodedPeerPacket, from: RemoteInfo, socket: UdpSocket): void;
  /** Sealed early data the node relayed from `buddy` (PeerPacket.early). */
  onEarly(buddy: string, sealed: Uint8Array): void;
  /** A bulk datagram (a file transfer's), on UDP (`via`) or from the relay (`relayFrom`). */
  onBulk?(datagram: Uint8Array, via: { socket: UdpSocket; from: RemoteInfo } | undefined, relayFrom: string | undefined): void;
  /** STUN on the chat socket (looksLikeStun); such datagrams belong to their own transactions. */
  isStun(data: Uint8Array): boolean;
  /** WebRTC signalling the node relayed from `buddy` (PeerPacket.rtc; rtc/rtc-paths.ts). */
  onRtc?(buddy: string, signal: natter.peer.RtcSignal): void;
}

export class DatagramRouter {
  constructor(private readonly options: DatagramRouterOptions) {}

  /** A datagram on one of our sockets: the chat socket or a punch attempt's birthday socket. */
  fromUdp(data: Uint8Array, from: RemoteInfo, socket: UdpSocket): void {
    if (this.options.isStun(data)) return; // STUN transactions have their own handlers
    if (data[0] === BULK_MARKER) return void this.options.onBulk?.(data, { socket, from }, undefined);
    if (!isPeerDatagram(data)) return;
    this.route(data, undefined, { socket, from });
  }

  /** A datagram the node relayed from `buddy`. */
  fromRelay(buddy: string, payload: Uint8Array): void {
    if (payload[0] === BULK_MARKER) return void this.options.onBulk?.(payload, undefined, buddy);
    this.route(payload, buddy);
  }

  private route(data: Uint8Array, relayFrom: string | undefined, via?: { socket: UdpSocket; from: RemoteInfo }): void {
    let packet: DecodedPeerPacket;
    try {
      packet = decodePeerDatagram(data);
    } catch {
      return;
    }
    const { conversations } = this.options;
    switch (packet.body) {
      case 'probe':
      case 'probeAck':
        if (via) this.options.onProbe(packet, via.from, via.socket);
        return;
      case 'handshake': {
        const handshake = packet.handshake as natter.peer.Handshake;
        if (relayFrom !== undefined && handshake.from !== relayFrom) return;
        conversations.open(handshake.from)?.onHandshake(handshake, via);
        return;
      }
      case 'early':
        // Only from the relay: the signature is checked against the key
        // registered for the name the node vouches for.
        if (relayFrom !== undefined) this.options.onEarly(relayFrom, packet.early as Uint8Array);
        return;
      case 'rtc':
        // Only from the relay: the node vouches for the sender's name.
        if (relayFrom !== undefined) this.options.onRtc?.(relayFrom, packet.rtc as natter.peer.RtcSignal);
        return;
      case 'encrypted': {
        const encrypted = packet.encrypted as natter.peer.Encrypted;
        if (relayFrom !== undefined) conversations.open(relayFrom)?.onEncrypted(encrypted);
        else conversations.withSession(encrypted.sessionId)?.onEncrypted(encrypted, via);
        return;
      }
      default:
        return;
    }
  }
}
