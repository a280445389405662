// A user's devices on the wire (docs/protocol.md, "Devices"): how a device
// is addressed, the bytes a device certificate's signature covers, and the
// input of the link code. Pure: each side hashes and signs with its own
// crypto (node:crypto on the node, the peer's primitives in Node and the
// browser).
import type { natter } from '../gen/proto.js';

/** Bytes in a device id (chosen at random by the device, once). */
export const DEVICE_ID_BYTES = 16;
/** Most devices a user may have, pending ones included. */
export const MAX_DEVICES = 8;
/** Longest device name, in characters. */
export const MAX_DEVICE_NAME_CHARS = 40;

const encoder = new TextEncoder();
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A device's address, USER/DEVICE with the id in hex, like an XMPP full
 * JID: what relay frames, punch requests and offline stores name. A
 * username never holds '/', so the user part is everything before it.
 */
export function deviceAddress(user: string, deviceId: Uint8Array | string): string {
  return `${user}/${typeof deviceId === 'string' ? deviceId : hex(deviceId)}`;
}

export interface ParsedDeviceAddress {
  user: string;
  /** The device id in lower-case hex. */
  device: string;
}

/** The parts of USER/DEVICE; undefined for anything else (a bare name included). */
export function parseDeviceAddress(address: string): ParsedDeviceAddress | undefined {
  const slash = address.indexOf('/');
  if (slash <= 0) return undefined;
  const device = address.slice(slash + 1);
  if (device.length !== DEVICE_ID_BYTES * 2 || !/^[0-9a-f]+$/.test(device)) return undefined;
  return { user: address.slice(0, slash), device };
}

/** The user part of a device address, or the name itself when it is bare. */
export function userOfAddress(address: string): string {
  const slash = address.indexOf('/');
  return slash < 0 ? address : address.slice(0, slash);
}

function field(parts: Uint8Array[], bytes: Uint8Array): void {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, bytes.length);
  parts.push(length, bytes);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * What a DeviceCertificate's signature covers: a label, then every field
 * but the signature, each behind its 4-byte length (not the protobuf
 * encoding, which two encoders may write differently).
 */
export function deviceCertificateSignedBytes(cert: natter.control.IDeviceCertificate): Uint8Array {
  const parts: Uint8Array[] = [encoder.encode('natter device certificate v1\0')];
  field(parts, encoder.encode(cert.user ?? ''));
  field(parts, cert.deviceId ?? new Uint8Array(0));
  field(parts, cert.deviceKey ?? new Uint8Array(0));
  field(parts, encoder.encode(cert.name ?? ''));
  field(parts, cert.signerDeviceId ?? new Uint8Array(0));
  const at = new Uint8Array(8);
  new DataView(at.buffer).setBigUint64(0, BigInt(Math.max(0, Math.floor(Number(cert.issuedAtMs ?? 0)))));
  parts.push(at);
  return concat(parts);
}

/** What SHA-256 hashes into a device id when a client names none: the label and the device's key. */
export function deviceIdInput(identityKey: Uint8Array): Uint8Array {
  return concat([encoder.encode('natter device id v1\0'), identityKey]);
}

/** What SHA-256 hashes into a pending device's link code: the user, device id and key. */
export function linkCodeInput(user: string, deviceId: Uint8Array, deviceKey: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [encoder.encode('natter link code v1\0')];
  field(parts, encoder.encode(user));
  field(parts, deviceId);
  field(parts, deviceKey);
  return concat(parts);
}

// RFC 4648 base32 without the letters people misread for digits.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * The link code from the SHA-256 of linkCodeInput: 10 characters (~49
 * bits) as XXXXX-XXXXX. It commits to the device's key: the approving
 * device recomputes it for each pending device and signs only the one
 * whose code the user typed, so the node cannot slip in another key
 * without finding a key with the same code (2^49 work, while the user waits).
 */
export function formatLinkCode(digest: Uint8Array): string {
  let value = 0n;
  for (const b of digest.subarray(0, 8)) value = (value << 8n) | BigInt(b);
  let code = '';
  for (let i = 0; i < 10; i++) {
    code += CODE_ALPHABET[Number(value % BigInt(CODE_ALPHABET.length))];
    value /= BigInt(CODE_ALPHABET.length);
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A typed code, normalised for comparison: upper case, no spaces or dashes. */
export function normaliseLinkCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
