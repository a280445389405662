// New Ed25519 and X25519 private keys: 32 random bytes imported as PKCS#8
// (RFC 8410), which is all OpenSSL's own key generation does for these curves
// (RFC 8032 §5.1.5, RFC 7748 §5).
//
// Not generateKeyPairSync: on Node 20 it can deadlock the calling thread.
// Its key pair shares a mutex with the native KeyGenJob that made it, and the
// job's destructor takes that mutex. The job is freed by the garbage
// collector. KeyObject.export({ format: 'jwk' }) holds the same mutex while
// it allocates the JWK strings, so a collection that starts there runs the
// destructor on the same thread, which then waits forever on its own lock
// (seen on Node 20.20.2: `~KeyGenJob` -> `uv_mutex_lock` under
// `ExportJWKEdKey`; a loop of generate + JWK export hangs about once in
// 10,000 keys). A key imported with createPrivateKey has no such job.
import { createPrivateKey, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

// RFC 8410 §7: PKCS#8 for these curves is a fixed prefix followed by the 32-byte private key.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');

/** An Ed25519 private key for a 32-byte seed (the RFC 8032 private key). */
export function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  return importPkcs8(ED25519_PKCS8_PREFIX, seed);
}

/** A fresh random Ed25519 private key. */
export function newEd25519PrivateKey(): KeyObject {
  const seed = randomBytes(32);
  const key = importPkcs8(ED25519_PKCS8_PREFIX, seed);
  seed.fill(0);
  return key;
}

/** A fresh random X25519 private key, clamped as RFC 7748 §5 decodes it (and as OpenSSL stores its own). */
export function newX25519PrivateKey(random: (length: number) => Uint8Array = randomBytes): KeyObject {
  const scalar = Buffer.from(random(32));
  scalar[0] &= 248;
  scalar[31] &= 127;
  scalar[31] |= 64;
  const key = importPkcs8(X25519_PKCS8_PREFIX, scalar);
  scalar.fill(0);
  return key;
}

function importPkcs8(prefix: Buffer, privateKey: Uint8Array): KeyObject {
  const der = Buffer.concat([prefix, privateKey]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}
