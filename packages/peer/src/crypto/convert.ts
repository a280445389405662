// Ed25519 identity keys to X25519 keys, so an offline message can be sealed
// to the one key a user registers with the node. Same maps as libsodium's
// crypto_sign_ed25519_pk_to_curve25519 / crypto_sign_ed25519_sk_to_curve25519.
import { CryptoError } from './errors.js';
import { decodeEdwardsPoint, edwardsYToMontgomeryU, isSmallOrder, numberToBytesLE } from './curve25519.js';
import { cryptoPrimitives } from './primitives.js';

/**
 * Conversions done before, by Ed25519 key. One costs about 1 ms of BigInt
 * arithmetic, and every sealed message (early data, offline messages and
 * receipts) needs two: the recipient's key and our own. Public keys in and
 * out, so the cache holds nothing secret; bounded, oldest out first.
 */
const converted = new Map<string, Buffer>();
const MAX_CONVERTED = 1024;

/**
 * The raw X25519 public key (u, 32 bytes little-endian) for a raw Ed25519
 * public key: u = (1 + y) / (1 - y) mod p (RFC 7748 §4.1).
 */
export function ed25519PublicToX25519(edPublic: Uint8Array): Buffer {
  if (!(edPublic instanceof Uint8Array) || edPublic.length !== 32) {
    throw CryptoError.badKey('identity key', 'must be 32 bytes');
  }
  const id = Buffer.from(edPublic).toString('hex');
  const known = converted.get(id);
  if (known) return Buffer.from(known);
  // Full decode, not just y: a y that is not on edwards25519 would map to a
  // u on the twist, and a small-order point to a predictable shared secret.
  const point = decodeEdwardsPoint(edPublic);
  if (!point) throw CryptoError.badKey('identity key', 'not a point on edwards25519');
  if (isSmallOrder(point)) throw CryptoError.badKey('identity key', 'small-order point');
  const u = numberToBytesLE(edwardsYToMontgomeryU(point.y));
  if (converted.size >= MAX_CONVERTED) converted.delete(converted.keys().next().value!);
  converted.set(id, Buffer.from(u));
  return u;
}

/**
 * The X25519 private scalar for an identity: the first half of
 * SHA-512(seed), clamped (RFC 7748 §5). Ed25519 derives its signing scalar
 * the same way (RFC 8032 §5.1.5), so u = scalar·B on the Montgomery side is
 * exactly the converted public key.
 */
export function ed25519SeedToX25519Scalar(seed: Uint8Array): Buffer {
  const scalar = Buffer.from(cryptoPrimitives().sha512(seed).subarray(0, 32));
  scalar[0] &= 248;
  scalar[31] &= 127;
  scalar[31] |= 64;
  return Buffer.from(scalar);
}
