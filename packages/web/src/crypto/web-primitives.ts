// natter's crypto primitives in a browser (crypto/primitives.ts in
// @natter/peer): Ed25519 and X25519 from WebCrypto, with every private key
// imported non-extractable; ChaCha20-Poly1305 from @noble/ciphers and
// SHA-2/HKDF from @noble/hashes, because WebCrypto has no ChaCha20 and its
// digests are asynchronous while the channel cipher and fingerprints are
// not. The same code runs in Node 20 (globalThis.crypto), which is how the
// unit tests hold it to node:crypto byte for byte; the browser tests do the
// same in Chromium.
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { AnyIdentity, CryptoPrimitives } from '@natter/peer/core';

/** A browser's identity: the Ed25519 key for signing and its X25519 form for sealed messages, both non-extractable. */
export interface WebIdentity extends AnyIdentity {
  readonly privateKey: { readonly signing: CryptoKey; readonly agreement: CryptoKey };
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
}

export interface WebPrimitivesOptions {
  /** Default: globalThis.crypto.subtle. */
  subtle?: SubtleCrypto;
  /** Default: crypto.getRandomValues. Tests give a seeded one to compare transcripts with node:crypto. */
  randomBytes?: (length: number) => Uint8Array;
}

// RFC 8410 §7: PKCS#8 for these curves is a fixed prefix followed by the 32-byte private key.
const ED25519_PKCS8_PREFIX = fromHex('302e020100300506032b657004220420');
const X25519_PKCS8_PREFIX = fromHex('302e020100300506032b656e04220420');
/** The X25519 base point, u = 9 (RFC 7748 §4.1): X25519(k, 9) is k's public key. */
const BASE_POINT: Uint8Array<ArrayBuffer> = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 9 : 0));
/** Imported public keys, by hex; bounded like the peer's key caches. */
const MAX_CACHED_KEYS = 1024;

export function createWebPrimitives(options: WebPrimitivesOptions = {}): CryptoPrimitives {
  const subtle = options.subtle ?? globalThis.crypto.subtle;
  const randomBytes = options.randomBytes ?? ((length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length)));
  const verifyKeys = new Map<string, Promise<CryptoKey>>();

  const importPrivate = (prefix: Uint8Array, key: Uint8Array, algorithm: string, usages: KeyUsage[]): Promise<CryptoKey> => {
    const der = concat(prefix, key);
    return subtle.importKey('pkcs8', der, { name: algorithm }, false, usages).finally(() => der.fill(0));
  };
  const x25519Public = (raw: Uint8Array) => subtle.importKey('raw', raw as BufferSource, { name: 'X25519' }, true, []);
  const derive = async (privateKey: CryptoKey, publicRaw: Uint8Array): Promise<Uint8Array> => {
    if (publicRaw.length !== 32) throw new Error('an X25519 public key is 32 bytes');
    // WebCrypto refuses an all-zero result (a small-order key) with OperationError.
    const bits = await subtle.deriveBits({ name: 'X25519', public: await x25519Public(publicRaw) } as EcdhKeyDeriveParams, privateKey, 256);
    return new Uint8Array(bits);
  };
  const verifyKey = (raw: Uint8Array): Promise<CryptoKey> => {
    const id = toHex(raw);
    let key = verifyKeys.get(id);
    if (!key) {
      key = subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, true, ['verify']);
      if (verifyKeys.size >= MAX_CACHED_KEYS) verifyKeys.delete(verifyKeys.keys().next().value!);
      verifyKeys.set(id, key);
      key.catch(() => verifyKeys.delete(id));
    }
    return key;
  };

  return {
    name: 'webcrypto+noble',
    randomBytes,
    sha256: (data) => sha256(data),
    sha512: (data) => sha512(data),
    hkdfSha256: (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
    aeadSeal: (key, nonce, aad, plaintext) => chacha20poly1305(key, nonce, aad).encrypt(plaintext),
    aeadOpen(key, nonce, aad, sealed) {
      try {
        return chacha20poly1305(key, nonce, aad).decrypt(sealed);
      } catch {
        return null;
      }
    },
    async newX25519() {
      const scalar = clamp(randomBytes(32));
      try {
        const privateKey = await importPrivate(X25519_PKCS8_PREFIX, scalar, 'X25519', ['deriveBits']);
        return { privateKey, publicKey: await derive(privateKey, BASE_POINT) };
      } finally {
        scalar.fill(0);
      }
    },
    x25519: (privateKey, publicKey) => derive(privateKey as CryptoKey, publicKey),
    identityX25519: (identity, publicKey) => derive((identity as WebIdentity).privateKey.agreement, publicKey),
    identityPublicKey: (identity) => Uint8Array.from((identity as WebIdentity).publicKey),
    async sign(identity, data) {
      return new Uint8Array(await subtle.sign({ name: 'Ed25519' }, (identity as WebIdentity).privateKey.signing, data as BufferSource));
    },
    async verify(publicKey, data, signature) {
      try {
        return await subtle.verify({ name: 'Ed25519' }, await verifyKey(publicKey), signature as BufferSource, data as BufferSource);
      } catch {
        return false;
      }
    },
  };
}

/** RFC 7748 §5 clamping, in place. */
export function clamp<T extends Uint8Array>(scalar: T): T {
  scalar[0]! &= 248;
  scalar[31]! &= 127;
  scalar[31]! |= 64;
  return scalar;
}

export { ED25519_PKCS8_PREFIX, X25519_PKCS8_PREFIX, BASE_POINT };

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}
