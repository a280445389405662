// The STUN message layer (RFC 5389 §6): header, attribute TLVs, and the two
// integrity mechanisms computed over the raw bytes. Pure functions over byte
// arrays: no sockets, no timers.
import { createHmac, timingSafeEqual, randomBytes } from 'node:crypto';
import { Attr, FINGERPRINT_XOR, HEADER_LENGTH, MAGIC_COOKIE, type MessageClass } from './constants.js';
import { StunError } from './errors.js';

export interface StunAttribute {
  type: number;
  value: Uint8Array;
  /** Offset of the attribute's TLV header in the raw message. */
  offset: number;
}

export interface StunMessage {
  method: number;
  cls: MessageClass;
  /**
   * 12 bytes for RFC 5389. For an RFC 3489 message (no magic cookie) the
   * transaction ID is the 16 bytes after the length field, cookie position
   * included, and this holds all 16.
   */
  transactionId: Uint8Array;
  /** True for an RFC 3489 message: its bytes 4-7 are not the magic cookie. */
  legacy: boolean;
  attributes: StunAttribute[];
  /** The whole message as received; integrity and fingerprint are checked over it. */
  raw: Uint8Array;
}

/** CRC-32 as zlib computes it (ISO 3309), for FINGERPRINT (RFC 5389 §15.5). */
const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/**
 * CRC-32 of bytes[0, end). In JS rather than zlib.crc32: for the 20-60
 * bytes of a Binding message the native call and the subarray it needs
 * cost more than the table loop.
 */
function crc32(bytes: Uint8Array, end: number): number {
  let c = -1;
  for (let i = 0; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** RFC 5389 §6: the class bits C1 C0 are interleaved with the method bits. */
export function messageType(method: number, cls: MessageClass): number {
  return (method & 0x000f) | ((method & 0x0070) << 1) | ((method & 0x0f80) << 2) | ((cls & 1) << 4) | ((cls & 2) << 7);
}

function splitType(type: number): { method: number; cls: MessageClass } {
  const method = (type & 0x000f) | ((type >> 1) & 0x0070) | ((type >> 2) & 0x0f80);
  const cls = (((type >> 4) & 1) | ((type >> 7) & 2)) as MessageClass;
  return { method, cls };
}

// Big-endian fields by hand: a DataView per message cost more than the rest
// of decoding a Binding request (the server decodes and encodes one each).
function get16(b: Uint8Array, i: number): number {
  return (b[i]! << 8) | b[i + 1]!;
}

function get32(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
}

function put16(b: Uint8Array, i: number, v: number): void {
  b[i] = v >>> 8;
  b[i + 1] = v;
}

function put32(b: Uint8Array, i: number, v: number): void {
  put16(b, i, v >>> 16);
  put16(b, i + 2, v);
}

/**
 * Cheap test whether a datagram looks like STUN, for demultiplexing a socket
 * shared with other protocols (RFC 7983 §7: first byte 0-3).
 */
export function looksLikeStun(bytes: Uint8Array): boolean {
  if (bytes.length < HEADER_LENGTH || (bytes[0]! & 0xc0) !== 0) return false;
  const length = get16(bytes, 2);
  return length % 4 === 0 && length + HEADER_LENGTH === bytes.length;
}

/** Largest STUN message we accept; RFC 5389 §7.1 keeps messages below the path MTU. */
export const MAX_STUN_MESSAGE = 1500;

export function decodeStun(bytes: Uint8Array): StunMessage {
  if (!(bytes instanceof Uint8Array)) throw StunError.malformed('not a byte array');
  if (bytes.length > MAX_STUN_MESSAGE) throw new StunError('STUN_TOO_LARGE', `message of ${bytes.length} bytes exceeds ${MAX_STUN_MESSAGE}`);
  if (bytes.length < HEADER_LENGTH) throw StunError.malformed(`${bytes.length} bytes is shorter than the 20-byte header`);
  const type = get16(bytes, 0);
  if (type & 0xc000) throw StunError.malformed('the two most significant bits are not zero');
  const length = get16(bytes, 2);
  if (length % 4 !== 0) throw StunError.malformed(`length ${length} is not a multiple of 4`);
  if (length + HEADER_LENGTH !== bytes.length) {
    throw StunError.malformed(`header says ${length} bytes of attributes, datagram has ${bytes.length - HEADER_LENGTH}`);
  }
  const legacy = get32(bytes, 4) !== MAGIC_COOKIE;
  const transactionId = bytes.slice(legacy ? 4 : 8, HEADER_LENGTH);
  const attributes: StunAttribute[] = [];
  let pos = HEADER_LENGTH;
  while (pos < bytes.length) {
    if (pos + 4 > bytes.length) throw StunError.malformed('truncated attribute header');
    const atype = get16(bytes, pos);
    const alen = get16(bytes, pos + 2);
    const end = pos + 4 + alen;
    if (end > bytes.length) throw StunError.malformed(`attribute 0x${atype.toString(16)} overruns the message`);
    attributes.push({ type: atype, value: bytes.subarray(pos + 4, end), offset: pos });
    // RFC 5389 §15: values are padded to a multiple of 4; the padding bytes
    // are ignored (RFC 5769 uses 0x20, not zero).
    pos = end + ((4 - (alen % 4)) % 4);
  }
  if (pos !== bytes.length) throw StunError.malformed('attribute padding runs past the end');
  const { method, cls } = splitType(type);
  return { method, cls, transactionId, legacy, attributes, raw: bytes };
}

export function getAttribute(message: StunMessage, type: number): Uint8Array | undefined {
  // RFC 5389 §15: only the first occurrence of an attribute counts.
  for (const a of message.attributes) if (a.type === type) return a.value;
  return undefined;
}

export interface OutgoingAttribute {
  type: number;
  value: Uint8Array;
}

export interface EncodeOptions {
  method: number;
  cls: MessageClass;
  /** 12 bytes, or 16 for an RFC 3489 (legacy) message. */
  transactionId: Uint8Array;
  attributes?: OutgoingAttribute[];
  /** Adds MESSAGE-INTEGRITY with this key (RFC 5389 §15.4). */
  integrityKey?: Uint8Array | undefined;
  /** Adds FINGERPRINT (RFC 5389 §15.5). */
  fingerprint?: boolean;
  /**
   * Value of padding bytes. RFC 5389 §15 lets a sender choose; zero is the
   * norm, and RFC 5769's vectors use 0x20, which tests need to reproduce.
   */
  paddingByte?: number;
}

export function newTransactionId(): Uint8Array {
  return randomBytes(12);
}

// V8 gives every typed array over 64 bytes a backing store of its own,
// which took longer than encoding the rest of an 80-byte Binding response.
// Messages are instead carved out of a shared, zero-filled ArrayBuffer
// (what Node's Buffer pool does; a Buffer itself would change what slice()
// means for callers). Each piece is handed out once, so it is still zero.
const POOL_SIZE = 8 * 1024; // as Buffer.poolSize
let pool = new ArrayBuffer(POOL_SIZE);
let poolUsed = 0;

function messageBytes(size: number): Uint8Array {
  if (poolUsed + size > POOL_SIZE) {
    pool = new ArrayBuffer(POOL_SIZE);
    poolUsed = 0;
  }
  const out = new Uint8Array(pool, poolUsed, size);
  poolUsed += (size + 7) & ~7;
  return out;
}

export function encodeStun(options: EncodeOptions): Uint8Array {
  const legacy = options.transactionId.length === 16;
  if (!legacy && options.transactionId.length !== 12) throw new StunError('STUN_BAD_ATTRIBUTE', 'transaction ID must be 12 bytes (or 16 for RFC 3489)');
  const attrs = options.attributes ?? [];
  let size = HEADER_LENGTH;
  for (const a of attrs) size += 4 + pad4(a.value.length);
  if (options.integrityKey) size += 24;
  if (options.fingerprint) size += 8;
  if (size > MAX_STUN_MESSAGE) throw new StunError('STUN_TOO_LARGE', `message would be ${size} bytes`);

  const out = messageBytes(size);
  put16(out, 0, messageType(options.method, options.cls));
  if (legacy) out.set(options.transactionId, 4);
  else {
    put32(out, 4, MAGIC_COOKIE);
    out.set(options.transactionId, 8);
  }
  let pos = HEADER_LENGTH;
  for (const a of attrs) {
    put16(out, pos, a.type);
    put16(out, pos + 2, a.value.length);
    out.set(a.value, pos + 4);
    if (options.paddingByte) out.fill(options.paddingByte, pos + 4 + a.value.length, pos + 4 + pad4(a.value.length));
    pos += 4 + pad4(a.value.length);
  }
  if (options.integrityKey) {
    // §15.4: the HMAC covers the message up to the attribute, with the
    // length field already counting MESSAGE-INTEGRITY (but not FINGERPRINT).
    put16(out, 2, pos + 24 - HEADER_LENGTH);
    const mac = createHmac('sha1', options.integrityKey).update(out.subarray(0, pos)).digest();
    put16(out, pos, Attr.MessageIntegrity);
    put16(out, pos + 2, 20);
    out.set(mac, pos + 4);
    pos += 24;
  }
  if (options.fingerprint) {
    put16(out, 2, pos + 8 - HEADER_LENGTH);
    const crc = (crc32(out, pos) ^ FINGERPRINT_XOR) >>> 0;
    put16(out, pos, Attr.Fingerprint);
    put16(out, pos + 2, 4);
    put32(out, pos + 4, crc);
    pos += 8;
  }
  put16(out, 2, pos - HEADER_LENGTH);
  return out;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function findAttribute(message: StunMessage, type: number): StunAttribute | undefined {
  return message.attributes.find((a) => a.type === type);
}

/**
 * RFC 5389 §15.5. Returns false when the message has no FINGERPRINT; throws
 * STUN_BAD_FINGERPRINT when it has one that does not match or is not last.
 */
export function checkFingerprint(message: StunMessage): boolean {
  const fp = findAttribute(message, Attr.Fingerprint);
  if (!fp) return false;
  if (fp.offset + 8 !== message.raw.length || fp.value.length !== 4) {
    throw new StunError('STUN_BAD_FINGERPRINT', 'FINGERPRINT is not the last attribute');
  }
  const want = get32(fp.value, 0);
  const got = (crc32(message.raw, fp.offset) ^ FINGERPRINT_XOR) >>> 0;
  if (want !== got) throw new StunError('STUN_BAD_FINGERPRINT', 'FINGERPRINT does not match the message');
  return true;
}

/**
 * RFC 5389 §15.4. Returns false when the message has no MESSAGE-INTEGRITY;
 * throws STUN_BAD_INTEGRITY when the HMAC does not match `key`.
 */
export function checkIntegrity(message: StunMessage, key: Uint8Array): boolean {
  const mi = findAttribute(message, Attr.MessageIntegrity);
  if (!mi) return false;
  if (mi.value.length !== 20) throw new StunError('STUN_BAD_INTEGRITY', 'MESSAGE-INTEGRITY is not 20 bytes');
  // Everything after MESSAGE-INTEGRITY except FINGERPRINT must be ignored
  // (§15.4), and the length field is rewritten to end at the attribute.
  // A copy, also when raw is a Buffer (from node:dgram), whose slice() is a view.
  const covered = new Uint8Array(message.raw.subarray(0, mi.offset));
  put16(covered, 2, mi.offset + 24 - HEADER_LENGTH);
  const mac = createHmac('sha1', key).update(covered).digest();
  if (!timingSafeEqual(mac, mi.value)) throw new StunError('STUN_BAD_INTEGRITY', 'MESSAGE-INTEGRITY does not match');
  return true;
}

/** RFC 5389 §15.4: the short-term credential key is the (SASLprep'd) password. */
export function shortTermKey(password: string | Uint8Array): Uint8Array {
  return typeof password === 'string' ? new TextEncoder().encode(password) : password;
}
