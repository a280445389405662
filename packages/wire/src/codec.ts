import './long.js';
import $protobuf from 'protobufjs/minimal.js';
import { natter } from '../gen/proto.js';
import { WireError } from './errors.js';

/** The protocol version this build speaks, sent in the first frame of each side. */
export const PROTOCOL_VERSION = 2;
/**
 * Versions this build accepts from the other side. 2 made a user a set of
 * devices (addresses USER/DEVICE in relay frames, punches and offline
 * messages): a version-1 side would misroute everything, so it is refused.
 */
export const SUPPORTED_VERSIONS: readonly number[] = [2];

/**
 * Largest control-channel frame either side accepts. A buddy list of a few
 * thousand buddies or a relayed peer packet fits with room to spare; anything
 * bigger is a bug or an attack and is refused before decoding.
 */
export const MAX_CONTROL_FRAME_BYTES = 256 * 1024;

/**
 * Largest peer packet on UDP, marker included. 1500 (Ethernet MTU) - 40
 * (IPv6 header) - 8 (UDP header) = 1452; we stay below it with margin for
 * tunnels (PPPoE, WireGuard) so direct packets are never IP-fragmented.
 */
export const MAX_PEER_PACKET_BYTES = 1280;

/**
 * First byte of every natter peer datagram. The chat socket also carries
 * STUN, whose first byte is 0-3 (RFC 7983 §7); 0xE7 is outside every range
 * RFC 7983 assigns, so the two never collide.
 */
export const PEER_PACKET_MARKER = 0xe7;

// Encoding and decoding are done by code generated from proto/; these
// wrappers add the size limits and turn every failure into a WireError.
interface Codec<T, P> {
  encode(message: P): $protobuf.Writer;
  decode(reader: Uint8Array): T;
}

function encodeWith<T, P>(codec: Codec<T, P>, what: string, message: P, max: number): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = codec.encode(message).finish();
  } catch (cause) {
    // Only reachable with a value of the wrong type from an untyped caller.
    throw WireError.malformed(what, `cannot encode: ${(cause as Error).message}`, cause);
  }
  if (bytes.length > max) throw WireError.tooLarge(what, bytes.length, max);
  return bytes;
}

function decodeWith<T>(codec: Codec<T, unknown>, what: string, bytes: Uint8Array, max: number): T {
  if (!(bytes instanceof Uint8Array)) throw WireError.malformed(what, 'not a byte array');
  if (bytes.length > max) throw WireError.tooLarge(what, bytes.length, max);
  try {
    return codec.decode(bytes);
  } catch (cause) {
    // protobufjs throws RangeError/Error for truncation, bad wire types and
    // deep group nesting (stack overflow); all of them mean the same thing.
    throw WireError.malformed(what, (cause as Error).message, cause);
  }
}

/** A oneof-carrying message decoded by the generated code. */
type WithBody<T, K extends string> = T & { body?: K };

function requireBody<T extends { body?: string }>(what: string, message: T): T & { body: NonNullable<T['body']> } {
  // A frame whose body is unset is empty, or carries only a message this
  // version does not know (proto3 skips unknown fields). Either way there is
  // nothing to act on; the receiver answers with this error.
  if (!message.body) throw WireError.malformed(what, 'carries no message this version understands');
  return message as T & { body: NonNullable<T['body']> };
}

// ---------------------------------------------------------------- control

export type ControlFrame = natter.control.ControlFrame;
export type ControlFrameInit = natter.control.ControlFrame.$Properties;
export type ControlBodyKind = NonNullable<natter.control.ControlFrame['body']>;
export type DecodedControlFrame = ControlFrame & { body: ControlBodyKind };

export function encodeControl(frame: ControlFrameInit, max = MAX_CONTROL_FRAME_BYTES): Uint8Array {
  return encodeWith(natter.control.ControlFrame, 'control frame', frame, max);
}

export function decodeControl(bytes: Uint8Array, max = MAX_CONTROL_FRAME_BYTES): DecodedControlFrame {
  const frame = decodeWith<WithBody<ControlFrame, ControlBodyKind>>(natter.control.ControlFrame, 'control frame', bytes, max);
  return requireBody('control frame', frame);
}

// ---------------------------------------------------------------- peer

export type PeerPacket = natter.peer.PeerPacket;
export type PeerPacketInit = natter.peer.PeerPacket.$Properties;
export type PeerPacketKind = NonNullable<natter.peer.PeerPacket['body']>;
export type DecodedPeerPacket = PeerPacket & { body: PeerPacketKind };

/** True when a datagram on the chat socket is a natter peer packet (not STUN). */
export function isPeerDatagram(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes[0] === PEER_PACKET_MARKER;
}

/** Encodes a peer packet as a UDP datagram: marker byte + protobuf. */
export function encodePeerDatagram(packet: PeerPacketInit, max = MAX_PEER_PACKET_BYTES): Uint8Array {
  const body = encodeWith(natter.peer.PeerPacket, 'peer packet', packet, max - 1);
  const out = new Uint8Array(body.length + 1);
  out[0] = PEER_PACKET_MARKER;
  out.set(body, 1);
  return out;
}

export function decodePeerDatagram(bytes: Uint8Array, max = MAX_PEER_PACKET_BYTES): DecodedPeerPacket {
  if (!(bytes instanceof Uint8Array)) throw WireError.malformed('peer packet', 'not a byte array');
  if (bytes.length > max) throw WireError.tooLarge('peer packet', bytes.length, max);
  if (!isPeerDatagram(bytes)) throw WireError.malformed('peer packet', 'missing the natter marker byte');
  const packet = decodeWith<WithBody<PeerPacket, PeerPacketKind>>(natter.peer.PeerPacket, 'peer packet', bytes.subarray(1), max);
  return requireBody('peer packet', packet);
}

export type PeerMessage = natter.peer.PeerMessage;
export type PeerMessageInit = natter.peer.PeerMessage.$Properties;
export type PeerMessageKind = NonNullable<natter.peer.PeerMessage['body']>;
export type DecodedPeerMessage = PeerMessage & { body: PeerMessageKind };

/** The plaintext inside an Encrypted packet. */
export function encodePeerMessage(message: PeerMessageInit, max = MAX_PEER_PACKET_BYTES): Uint8Array {
  return encodeWith(natter.peer.PeerMessage, 'peer message', message, max);
}

export function decodePeerMessage(bytes: Uint8Array, max = MAX_PEER_PACKET_BYTES): DecodedPeerMessage {
  const message = decodeWith<WithBody<PeerMessage, PeerMessageKind>>(natter.peer.PeerMessage, 'peer message', bytes, max);
  return requireBody('peer message', message);
}

/**
 * Largest chat message (text plus metadata) before fragmentation; a paste
 * of a long log is fine, a file transfer is not what this channel is for.
 */
export const MAX_CHAT_MESSAGE_BYTES = 64 * 1024;

export type ChatMessage = natter.peer.ChatMessage;
export type ChatMessageInit = natter.peer.ChatMessage.$Properties;

export function encodeChatMessage(message: ChatMessageInit, max = MAX_CHAT_MESSAGE_BYTES): Uint8Array {
  return encodeWith(natter.peer.ChatMessage, 'chat message', message, max);
}

export function decodeChatMessage(bytes: Uint8Array, max = MAX_CHAT_MESSAGE_BYTES): ChatMessage {
  return decodeWith<ChatMessage>(natter.peer.ChatMessage, 'chat message', bytes, max);
}

export type SealedMessage = natter.peer.SealedMessage;
export type SealedMessageInit = natter.peer.SealedMessage.$Properties;

/** A sealed message holds one chat message plus keys, nonce and signature. */
export const MAX_SEALED_MESSAGE_BYTES = MAX_CHAT_MESSAGE_BYTES + 512;

export function encodeSealedMessage(message: SealedMessageInit, max = MAX_SEALED_MESSAGE_BYTES): Uint8Array {
  return encodeWith(natter.peer.SealedMessage, 'sealed message', message, max);
}

export function decodeSealedMessage(bytes: Uint8Array, max = MAX_SEALED_MESSAGE_BYTES): SealedMessage {
  const sealed = decodeWith<SealedMessage>(natter.peer.SealedMessage, 'sealed message', bytes, max);
  checkVersion(sealed.protocolVersion);
  return sealed;
}

// ---------------------------------------------------------------- files

/** Largest file-transfer control message: an offer with a long name fits with room to spare. */
export const MAX_FILE_CONTROL_BYTES = 4096;

export type FileControl = natter.peer.FileControl;
export type FileControlInit = natter.peer.FileControl.$Properties;
export type FileControlKind = NonNullable<natter.peer.FileControl['body']>;
export type DecodedFileControl = FileControl & { body: FileControlKind };

export function encodeFileControl(message: FileControlInit, max = MAX_FILE_CONTROL_BYTES): Uint8Array {
  return encodeWith(natter.peer.FileControl, 'file control message', message, max);
}

export function decodeFileControl(bytes: Uint8Array, max = MAX_FILE_CONTROL_BYTES): DecodedFileControl {
  const message = decodeWith<WithBody<FileControl, FileControlKind>>(natter.peer.FileControl, 'file control message', bytes, max);
  return requireBody('file control message', message);
}

// ---------------------------------------------------------------- version

/**
 * Refuses a protocol version this build does not speak. Called on the first
 * frame of each side (Hello, Probe, Handshake) and on sealed messages.
 */
export function checkVersion(version: number): void {
  if (!SUPPORTED_VERSIONS.includes(version)) throw WireError.version(version, SUPPORTED_VERSIONS);
}
