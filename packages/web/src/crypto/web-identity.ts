// A browser's identity key, made so that no private key is ever extractable:
// 32 random bytes (the RFC 8032 seed) become a non-extractable Ed25519
// signing key, and the clamped SHA-512 of the seed (the scalar Ed25519
// itself signs with, RFC 8032 §5.1.5) a non-extractable X25519 key for
// sealed messages; then the seed is wiped. WebCrypto cannot export the
// public half of a private key it will not export, so we compute it:
// X25519(scalar, 9) is the Montgomery u of the Ed25519 public point, the
// birational map gives its y (RFC 7748 §4.1), and one test signature picks
// the sign of x.
import { checkIdentityKey, type CryptoPrimitives } from '@natter/peer/core';
import { sha512 } from '@noble/hashes/sha2.js';
import { BASE_POINT, ED25519_PKCS8_PREFIX, X25519_PKCS8_PREFIX, clamp, concat, type WebIdentity } from './web-primitives.js';

const P = 2n ** 255n - 19n;
const PROBE: Uint8Array<ArrayBuffer> = new TextEncoder().encode('natter/1 web identity: which sign of x');

/** A new identity from 32 random bytes. */
export function generateWebIdentity(primitives: CryptoPrimitives, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<WebIdentity> {
  return webIdentityFromSeed(primitives.randomBytes(32), primitives, subtle);
}

/** The identity for a known seed (test vectors; the seed is wiped). */
export async function webIdentityFromSeed(seed: Uint8Array, primitives: CryptoPrimitives, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<WebIdentity> {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  const scalar = clamp(sha512(seed).subarray(0, 32));
  const signingDer = concat(ED25519_PKCS8_PREFIX, seed);
  const agreementDer = concat(X25519_PKCS8_PREFIX, scalar);
  try {
    const signing = await subtle.importKey('pkcs8', signingDer, { name: 'Ed25519' }, false, ['sign']);
    const agreement = await subtle.importKey('pkcs8', agreementDer, { name: 'X25519' }, false, ['deriveBits']);
    const u = new Uint8Array(await subtle.deriveBits({ name: 'X25519', public: await subtle.importKey('raw', BASE_POINT, { name: 'X25519' }, true, []) } as EcdhKeyDeriveParams, agreement, 256));
    const probe = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, signing, PROBE));
    for (const candidate of edwardsCandidates(u)) {
      try {
        checkIdentityKey(candidate);
      } catch {
        continue;
      }
      if (await primitives.verify(candidate, PROBE, probe)) return { privateKey: { signing, agreement }, publicKey: candidate };
    }
    throw new Error('could not recover the Ed25519 public key');
  } finally {
    seed.fill(0);
    scalar.fill(0);
    signingDer.fill(0);
    agreementDer.fill(0);
  }
}

/** The two Ed25519 encodings (x even, x odd) of the point whose Montgomery u is `uBytes`: y = (u - 1) / (u + 1). */
function edwardsCandidates(uBytes: Uint8Array): Uint8Array[] {
  let u = 0n;
  for (let i = 31; i >= 0; i--) u = (u << 8n) | BigInt(uBytes[i]!);
  u %= P;
  const y = (((u - 1n + P) % P) * pow(u + 1n, P - 2n)) % P;
  const even = new Uint8Array(32);
  let v = y;
  for (let i = 0; i < 32; i++) {
    even[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  const odd = Uint8Array.from(even);
  odd[31]! |= 0x80;
  return [even, odd];
}

function pow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = base % P;
  for (let e = exp; e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) result = (result * b) % P;
  return result;
}
