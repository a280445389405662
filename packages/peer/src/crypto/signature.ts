// Ed25519 signatures by identity keys. Every signed byte string starts with
// a purpose label (see transcript.ts), so these helpers take already-labelled
// data and never sign anything else.
import { CryptoError } from './errors.js';
import { checkIdentityKey } from './key-check.js';
import { cryptoPrimitives, type AnyIdentity } from './primitives.js';

export const SIGNATURE_BYTES = 64;

export async function signTranscript(identity: AnyIdentity, data: Uint8Array): Promise<Buffer> {
  return Buffer.from(await cryptoPrimitives().sign(identity, data));
}

/**
 * Throws CRYPTO_BAD_SIGNATURE unless `signature` is a valid signature of
 * `data` by the raw Ed25519 key `publicKey` (CRYPTO_BAD_KEY for a key that
 * is not a canonical, non-small-order point).
 */
export async function verifyTranscript(publicKey: Uint8Array, data: Uint8Array, signature: unknown, what: string, keyWhat = 'identity key'): Promise<void> {
  checkIdentityKey(publicKey, keyWhat);
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_BYTES) throw CryptoError.badSignature(what);
  if (!(await cryptoPrimitives().verify(publicKey, data, signature))) throw CryptoError.badSignature(what);
}
