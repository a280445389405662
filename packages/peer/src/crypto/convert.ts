// Ed25519 identity keys to X25519 keys, so an offline message can be sealed
// to the one key a user registers with the node. Same maps as libsodium's
// crypto_sign_ed25519_pk_to_curve25519 / crypto_sign_ed25519_sk_to_curve25519.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { CryptoError } from './errors.js';
import { decodeEdwardsPoint, edwardsYToMontgomeryU, isSmallOrder, numberToBytesLE } from './curve25519.js';
import { identitySeed } from './identity.js';
import type { Identity } from './identity.js';

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

/** The same, as a KeyObject ready for diffieHellman(). */
export function x25519PublicKeyFromIdentity(edPublic: Uint8Array): KeyObject {
  return x25519PublicKeyFromRaw(ed25519PublicToX25519(edPublic));
}

export function x25519PublicKeyFromRaw(raw: Uint8Array, what = 'X25519 key'): KeyObject {
  if (!(raw instanceof Uint8Array) || raw.length !== 32) throw CryptoError.badKey(what, 'must be 32 bytes');
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
  } catch (cause) {
    throw CryptoError.badKey(what, 'rejected by OpenSSL', cause);
  }
}

/**
 * The X25519 private scalar for an identity: the first half of
 * SHA-512(seed), clamped (RFC 7748 §5). Ed25519 derives its signing scalar
 * the same way (RFC 8032 §5.1.5), so u = scalar·B on the Montgomery side is
 * exactly the converted public key.
 */
export function ed25519SeedToX25519Scalar(seed: Uint8Array): Buffer {
  const scalar = createHash('sha512').update(seed).digest().subarray(0, 32);
  scalar[0] &= 248;
  scalar[31] &= 127;
  scalar[31] |= 64;
  return Buffer.from(scalar);
}

/** The identity's X25519 private key (with its public half) as a KeyObject. */
export function x25519PrivateKeyFromIdentity(identity: Identity): KeyObject {
  const scalar = ed25519SeedToX25519Scalar(identitySeed(identity));
  const edPublic = identity.publicKey.export({ format: 'jwk' }).x ?? '';
  const u = ed25519PublicToX25519(Buffer.from(edPublic, 'base64url'));
  // Node requires `x` in a private JWK; OpenSSL recomputes the public half
  // from `d`, and the conversion tests check the two agree.
  return createPrivateKey({
    key: { kty: 'OKP', crv: 'X25519', d: scalar.toString('base64url'), x: u.toString('base64url') },
    format: 'jwk',
  });
}

/** Raw u of an X25519 KeyObject (public or private). */
export function x25519Raw(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return Buffer.from(pub.export({ format: 'jwk' }).x ?? '', 'base64url');
}
