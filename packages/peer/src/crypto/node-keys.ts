// KeyObject forms of natter's keys, for node:crypto: raw bytes in and out,
// and the identity's X25519 private key (convert.ts has the maths).
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { CryptoError } from './errors.js';
import { ed25519PublicToX25519, ed25519SeedToX25519Scalar } from './convert.js';
import type { Identity } from './identity.js';

/** The raw 32-byte public key of an Ed25519 or X25519 KeyObject (public or private). */
function rawPublic(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return Buffer.from(pub.export({ format: 'jwk' }).x ?? '', 'base64url');
}

export function rawEd25519PublicKey(key: KeyObject): Buffer {
  return rawPublic(key);
}

/** Raw u of an X25519 KeyObject (public or private). */
export function x25519Raw(key: KeyObject): Buffer {
  return rawPublic(key);
}

/** A raw Ed25519 public key as a KeyObject; the caller has checked the point (checkIdentityKey). */
export function ed25519PublicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

export function x25519PublicKeyFromRaw(raw: Uint8Array, what = 'X25519 key'): KeyObject {
  if (!(raw instanceof Uint8Array) || raw.length !== 32) throw CryptoError.badKey(what, 'must be 32 bytes');
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
  } catch (cause) {
    throw CryptoError.badKey(what, 'rejected by OpenSSL', cause);
  }
}

/** The X25519 KeyObject for a raw Ed25519 identity key. */
export function x25519PublicKeyFromIdentity(edPublic: Uint8Array): KeyObject {
  return x25519PublicKeyFromRaw(ed25519PublicToX25519(edPublic));
}

/** The 32-byte seed (JWK `d`) of a Node identity. */
export function identitySeed(identity: Identity): Buffer {
  const jwk = identity.privateKey.export({ format: 'jwk' });
  return Buffer.from(jwk.d ?? '', 'base64url');
}

/** The identity's X25519 private key (with its public half) as a KeyObject. */
export function x25519PrivateKeyFromIdentity(identity: Identity): KeyObject {
  const scalar = ed25519SeedToX25519Scalar(identitySeed(identity));
  const u = ed25519PublicToX25519(rawEd25519PublicKey(identity.publicKey));
  // Node requires `x` in a private JWK; OpenSSL recomputes the public half
  // from `d`, and the conversion tests check the two agree.
  return createPrivateKey({
    key: { kty: 'OKP', crv: 'X25519', d: Buffer.from(scalar).toString('base64url'), x: u.toString('base64url') },
    format: 'jwk',
  });
}
