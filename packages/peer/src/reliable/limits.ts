// Sizes and bounds of the reliable channel, derived from the wire limits so
// that every Data or Ack fits one UDP datagram after encryption.
import { MAX_CHAT_MESSAGE_BYTES, MAX_PEER_PACKET_BYTES } from '@natter/wire';

// Protobuf costs, worst case. Every field number involved is below 16, so
// each key is one byte; every length-delimited field here is shorter than
// 16 384 bytes, so its length prefix is at most two bytes.
const KEY = 1;
const LEN = 2;
const VARINT64 = 10; // any uint64 (ours stay below 2^53, i.e. 8 bytes: 2 spare per field)
const VARINT32 = 5;
const ID = 1 + 16; // 16-byte id with its one-byte length

/** The message id every chat message carries (random, from the sender). */
export const MESSAGE_ID_BYTES = 16;

/** ChaCha20-Poly1305 tag appended to the ciphertext (RFC 8439 §2.8). */
export const AEAD_TAG_BYTES = 16;

/**
 * Bytes around the plaintext PeerMessage in one UDP datagram: marker byte,
 * PeerPacket.encrypted, Encrypted{session_id, counter, ciphertext}, AEAD tag.
 * 1 + 3 + 18 + 11 + 3 + 16 = 52.
 */
export const ENVELOPE_OVERHEAD_BYTES =
  1 + (KEY + LEN) + (KEY + ID) + (KEY + VARINT64) + (KEY + LEN) + AEAD_TAG_BYTES;

/** Largest encoded PeerMessage that still fits MAX_PEER_PACKET_BYTES once sealed: 1228. */
export const MAX_PLAINTEXT_BYTES = MAX_PEER_PACKET_BYTES - ENVELOPE_OVERHEAD_BYTES;

/**
 * PeerMessage.data around the chunk: 3 (the data field) + seq 11 +
 * message_id 18 + fragment_index 6 + fragment_count 6 + chunk key/length 3 = 47.
 */
const DATA_OVERHEAD_BYTES =
  (KEY + LEN) + (KEY + VARINT64) + (KEY + ID) + (KEY + VARINT32) + (KEY + VARINT32) + (KEY + LEN);

/**
 * Default (and largest) fragment: 1280 - 52 - 47 = 1181 bytes, so a 64 KiB
 * message is 56 datagrams that IP never fragments (see MAX_PEER_PACKET_BYTES).
 */
export const DEFAULT_MAX_CHUNK_BYTES = MAX_PLAINTEXT_BYTES - DATA_OVERHEAD_BYTES;

/** Smallest fragment size a sender may configure; bounds the fragment count. */
export const MIN_CHUNK_BYTES = 64;

/** Most fragments one message may claim (64 KiB in 64-byte chunks); more is garbage. */
export const MAX_FRAGMENTS = Math.ceil(MAX_CHAT_MESSAGE_BYTES / MIN_CHUNK_BYTES);

/** PeerMessage.ack without its selective entries: 3 + cumulative 11 + selective key/length 3 + echo 11. */
const ACK_FIXED_BYTES = (KEY + LEN) + (KEY + VARINT64) + (KEY + LEN) + (KEY + VARINT64);

/** Selective acks that fit one sealed datagram even at 10 bytes each: 120. */
export const MAX_SELECTIVE_ACKS = Math.floor((MAX_PLAINTEXT_BYTES - ACK_FIXED_BYTES) / VARINT64);

/**
 * How far above its cumulative point a receiver buffers fragments. Equal to
 * MAX_SELECTIVE_ACKS, so an ack always lists every buffered fragment: the
 * sender never retransmits a fragment the receiver holds, and the receiver
 * never has to drop (renege on) one it acknowledged.
 */
export const RECEIVE_WINDOW_PACKETS = MAX_SELECTIVE_ACKS;

/**
 * Worst-case reassembly memory per channel (chunk bytes): a full receive
 * window of out-of-order fragments plus one partly assembled 64 KiB message,
 * about 202 KiB.
 */
export const MAX_REASSEMBLY_BYTES = RECEIVE_WINDOW_PACKETS * DEFAULT_MAX_CHUNK_BYTES + MAX_CHAT_MESSAGE_BYTES;
