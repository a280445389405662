// ChaCha20-Poly1305 (RFC 8439) with the tag appended to the ciphertext, the
// layout every other AEAD library uses and the one proto/ documents.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { CryptoError } from './errors.js';

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

export function aeadSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad, { plaintextLength: plaintext.length });
  const body = cipher.update(plaintext);
  cipher.final();
  return Buffer.concat([body, cipher.getAuthTag()]);
}

/** Opens ciphertext||tag; CRYPTO_DECRYPT_FAILED for any mismatch, and no plaintext escapes. */
export function aeadOpen(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array, what: string): Buffer {
  if (sealed.length < TAG_BYTES) throw CryptoError.decryptFailed(what, 'shorter than the authentication tag');
  const body = sealed.subarray(0, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad, { plaintextLength: body.length });
  decipher.setAuthTag(tag);
  const plaintext = decipher.update(body);
  try {
    decipher.final();
  } catch {
    // OpenSSL has already produced unauthenticated plaintext; wipe it.
    plaintext.fill(0);
    throw CryptoError.decryptFailed(what);
  }
  return plaintext;
}
