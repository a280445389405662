// Attribute values (RFC 5389 §15, RFC 5780 §7, RFC 3489 §11.2). Each kind
// has an encoder to bytes and a decoder from bytes; decoders throw
// STUN_BAD_ATTRIBUTE on values of the wrong shape.
import { isIPv4, isIPv6 } from 'node:net';
import { MAGIC_COOKIE } from './constants.js';
import { StunError } from './errors.js';

export interface TransportAddress {
  family: 'IPv4' | 'IPv6';
  address: string;
  port: number;
}

const FAMILY_V4 = 0x01;
const FAMILY_V6 = 0x02;

function bad(what: string, detail: string): StunError {
  return new StunError('STUN_BAD_ATTRIBUTE', `${what}: ${detail}`);
}

/** Writes a dotted quad as 4 bytes at out[at]; `address` has passed isIPv4 (or isIPv6 for an embedded quad). */
function writeIPv4(address: string, out: Uint8Array, at: number): void {
  // Runs for every STUN answer: a character loop, because split/map/
  // Uint8Array.from cost more than the rest of encodeAddress together.
  let octet = at;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 0x2e) octet++; // '.'
    else out[octet] = out[octet]! * 10 + (c - 0x30);
  }
}

function ipv6Bytes(address: string): Uint8Array {
  // Expand "::" and an embedded dotted quad to 8 groups.
  let text = address;
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const b = new Uint8Array(4);
    writeIPv4(dotted[1]!, b, 0);
    text = text.slice(0, -dotted[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = parseInt(g, 16);
    out[i * 2] = n >> 8;
    out[i * 2 + 1] = n & 0xff;
  });
  return out;
}

function ipv6Text(b: Uint8Array): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i]! << 8) | b[i + 1]!).toString(16));
  // RFC 5952: compress the longest run of two or more zero groups.
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

/** MAPPED-ADDRESS and its relatives (RFC 5389 §15.1). */
export function encodeAddress(a: TransportAddress): Uint8Array {
  const v4 = a.family === 'IPv4';
  if (v4 ? !isIPv4(a.address) : !isIPv6(a.address)) throw bad('address', `"${a.address}" is not an ${a.family} address`);
  const out = new Uint8Array(v4 ? 8 : 20);
  out[1] = v4 ? FAMILY_V4 : FAMILY_V6;
  out[2] = a.port >> 8;
  out[3] = a.port & 0xff;
  if (v4) writeIPv4(a.address, out, 4);
  else out.set(ipv6Bytes(a.address), 4);
  return out;
}

export function decodeAddress(value: Uint8Array): TransportAddress {
  if (value.length < 4) throw bad('address', 'shorter than 4 bytes');
  const family = value[1];
  const port = (value[2]! << 8) | value[3]!;
  if (family === FAMILY_V4 && value.length === 8) {
    return { family: 'IPv4', address: Array.from(value.subarray(4, 8)).join('.'), port };
  }
  if (family === FAMILY_V6 && value.length === 20) return { family: 'IPv6', address: ipv6Text(value.subarray(4, 20)), port };
  throw bad('address', `family ${family} with ${value.length} bytes`);
}

const COOKIE = Uint8Array.of(MAGIC_COOKIE >>> 24, (MAGIC_COOKIE >>> 16) & 0xff, (MAGIC_COOKIE >>> 8) & 0xff, MAGIC_COOKIE & 0xff);

/**
 * XOR-MAPPED-ADDRESS (RFC 5389 §15.2): the port XORed with the cookie's top
 * 16 bits, the address with the cookie followed by the transaction ID (the
 * last 12 bytes: an RFC 3489 ID is 16). Works in place.
 */
function xorInPlace(value: Uint8Array, transactionId: Uint8Array): Uint8Array {
  const id = transactionId.length - 12;
  value[2]! ^= COOKIE[0]!;
  value[3]! ^= COOKIE[1]!;
  for (let i = 4; i < value.length; i++) value[i]! ^= i < 8 ? COOKIE[i - 4]! : transactionId[id + i - 8]!;
  return value;
}

export function encodeXorAddress(a: TransportAddress, transactionId: Uint8Array): Uint8Array {
  return xorInPlace(encodeAddress(a), transactionId);
}

/** The XOR-MAPPED-ADDRESS value for an already encoded MAPPED-ADDRESS value. */
export function xorAddressValue(plain: Uint8Array, transactionId: Uint8Array): Uint8Array {
  return xorInPlace(plain.slice(), transactionId);
}

export function decodeXorAddress(value: Uint8Array, transactionId: Uint8Array): TransportAddress {
  if (value.length < 4) throw bad('XOR address', 'shorter than 4 bytes');
  return decodeAddress(xorInPlace(value.slice(), transactionId));
}

/** ERROR-CODE (RFC 5389 §15.6). */
export interface ErrorCodeValue {
  code: number;
  reason: string;
}

export function encodeErrorCode({ code, reason }: ErrorCodeValue): Uint8Array {
  if (code < 300 || code > 699) throw bad('ERROR-CODE', `${code} is outside 300-699`);
  const text = new TextEncoder().encode(reason);
  const out = new Uint8Array(4 + text.length);
  out[2] = Math.floor(code / 100);
  out[3] = code % 100;
  out.set(text, 4);
  return out;
}

export function decodeErrorCode(value: Uint8Array): ErrorCodeValue {
  if (value.length < 4) throw bad('ERROR-CODE', 'shorter than 4 bytes');
  const cls = value[2]! & 0x07;
  const number = value[3]!;
  if (cls < 3 || cls > 6 || number > 99) throw bad('ERROR-CODE', `class ${cls} number ${number}`);
  return { code: cls * 100 + number, reason: new TextDecoder().decode(value.subarray(4)) };
}

/** CHANGE-REQUEST (RFC 5780 §7.2): flags in the last byte. */
export function encodeChangeRequest(flags: number): Uint8Array {
  return Uint8Array.of(0, 0, 0, flags & 0x06);
}

export function decodeChangeRequest(value: Uint8Array): number {
  if (value.length !== 4) throw bad('CHANGE-REQUEST', `${value.length} bytes, expected 4`);
  return value[3]! & 0x06;
}

/** RESPONSE-PORT (RFC 5780 §7.5): 16-bit port then 2 bytes of padding. */
export function encodeResponsePort(port: number): Uint8Array {
  return Uint8Array.of(port >> 8, port & 0xff, 0, 0);
}

export function decodeResponsePort(value: Uint8Array): number {
  if (value.length !== 4) throw bad('RESPONSE-PORT', `${value.length} bytes, expected 4`);
  return (value[0]! << 8) | value[1]!;
}

/** UNKNOWN-ATTRIBUTES (RFC 5389 §15.9): a list of 16-bit types. */
export function encodeUnknownAttributes(types: number[]): Uint8Array {
  const out = new Uint8Array(types.length * 2);
  types.forEach((t, i) => {
    out[i * 2] = t >> 8;
    out[i * 2 + 1] = t & 0xff;
  });
  return out;
}

export function decodeUnknownAttributes(value: Uint8Array): number[] {
  if (value.length % 2 !== 0) throw bad('UNKNOWN-ATTRIBUTES', 'odd length');
  const out: number[] = [];
  for (let i = 0; i < value.length; i += 2) out.push((value[i]! << 8) | value[i + 1]!);
  return out;
}

export function encodeText(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function decodeText(value: Uint8Array): string {
  return new TextDecoder().decode(value);
}
