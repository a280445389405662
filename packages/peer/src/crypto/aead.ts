// ChaCha20-Poly1305 (RFC 8439) with the tag appended to the ciphertext, the
// layout every other AEAD library uses and the one proto/ documents. The
// cipher itself is the active primitives' (primitives.ts).
import { CryptoError } from './errors.js';
import { cryptoPrimitives } from './primitives.js';

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

export function aeadSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Buffer {
  return Buffer.from(cryptoPrimitives().aeadSeal(key, nonce, aad, plaintext));
}

/** Opens ciphertext||tag; CRYPTO_DECRYPT_FAILED for any mismatch, and no plaintext escapes. */
export function aeadOpen(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array, what: string): Buffer {
  if (sealed.length < TAG_BYTES) throw CryptoError.decryptFailed(what, 'shorter than the authentication tag');
  const plaintext = cryptoPrimitives().aeadOpen(key, nonce, aad, sealed);
  if (!plaintext) throw CryptoError.decryptFailed(what);
  return Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength);
}
