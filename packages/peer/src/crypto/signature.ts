// Ed25519 signatures by identity keys. Every signed byte string starts with
// a purpose label (see transcript.ts), so these helpers take already-labelled
// data and never sign anything else.
import { sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { CryptoError } from './errors.js';
import type { Identity } from './identity.js';

export const SIGNATURE_BYTES = 64;

export function signTranscript(identity: Identity, data: Uint8Array): Buffer {
  // Ed25519 hashes internally (RFC 8032 §5.1.6), hence the null digest.
  return sign(null, data, identity.privateKey);
}

/** Throws CRYPTO_BAD_SIGNATURE unless `signature` is a valid signature of `data`. */
export function verifyTranscript(publicKey: KeyObject, data: Uint8Array, signature: unknown, what: string): void {
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_BYTES) throw CryptoError.badSignature(what);
  let ok = false;
  try {
    ok = verify(null, data, publicKey, signature);
  } catch {
    ok = false;
  }
  if (!ok) throw CryptoError.badSignature(what);
}
