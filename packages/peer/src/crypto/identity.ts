// A user's long-term identity in Node: one Ed25519 key pair as KeyObjects.
// The node registers the public half (32 raw bytes, the wire form) and hands
// it to buddies; the private half never leaves the user's profile. (The
// browser keeps its own as non-extractable CryptoKeys: packages/web.)
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { CryptoError } from './errors.js';
import { checkIdentityKey } from './key-check.js';
import { rawEd25519PublicKey } from './node-keys.js';
import { ed25519PrivateKeyFromSeed, newEd25519PrivateKey } from './keygen.js';

export interface Identity {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** What exportIdentity writes; `type` and `version` let a later format coexist. */
interface IdentityFile {
  type: 'natter-identity';
  version: 1;
  jwk: { kty: 'OKP'; crv: 'Ed25519'; d: string; x: string };
}

/** A new random identity (not from generateKeyPairSync: see keygen.ts). */
export function generateIdentity(): Identity {
  const privateKey = newEd25519PrivateKey();
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** An identity from a known 32-byte seed (RFC 8032 private key): for test vectors and fixtures. */
export function identityFromSeed(seed: Uint8Array): Identity {
  if (seed.length !== 32) throw CryptoError.badKey('Ed25519 seed', `must be 32 bytes, got ${seed.length}`);
  const privateKey = ed25519PrivateKeyFromSeed(seed);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** The raw 32-byte public key: what Handshake.identity_key and the node carry. */
export function identityPublicKey(identity: Identity): Buffer {
  return rawPublicKey(identity.publicKey);
}

function rawPublicKey(key: KeyObject): Buffer {
  return rawEd25519PublicKey(key);
}

/**
 * The profile-file form: JSON around a JWK (RFC 8037), readable by any JOSE
 * tool and self-describing, unlike a bare seed. importIdentity also accepts
 * a PKCS#8 PEM, so a key made with `openssl genpkey -algorithm ed25519` works.
 */
export function exportIdentity(identity: Identity): string {
  const jwk = identity.privateKey.export({ format: 'jwk' });
  const file: IdentityFile = {
    type: 'natter-identity',
    version: 1,
    jwk: { kty: 'OKP', crv: 'Ed25519', d: jwk.d ?? '', x: jwk.x ?? '' },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function importIdentity(text: string): Identity {
  const what = 'identity file';
  if (typeof text !== 'string') throw CryptoError.badKey(what, 'not text');
  let privateKey: KeyObject;
  let claimedX: string | undefined;
  if (text.trimStart().startsWith('-----BEGIN')) {
    try {
      privateKey = createPrivateKey({ key: text, format: 'pem' });
    } catch (cause) {
      throw CryptoError.badKey(what, 'PEM does not hold a private key', cause);
    }
  } else {
    let file: Partial<IdentityFile>;
    try {
      file = JSON.parse(text) as Partial<IdentityFile>;
    } catch (cause) {
      throw CryptoError.badKey(what, 'neither JSON nor PEM', cause);
    }
    if (file?.type !== 'natter-identity' || file.version !== 1) {
      throw CryptoError.badKey(what, 'not a natter identity (version 1)');
    }
    const jwk = file.jwk;
    if (jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
      throw CryptoError.badKey(what, 'key is not an Ed25519 private JWK');
    }
    const seed = Buffer.from(jwk.d, 'base64url');
    if (seed.length !== 32) throw CryptoError.badKey(what, 'private key is not 32 bytes');
    privateKey = identityFromSeed(seed).privateKey;
    claimedX = typeof jwk.x === 'string' ? jwk.x : undefined;
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw CryptoError.badKey(what, `key is ${privateKey.asymmetricKeyType ?? 'not asymmetric'}, not Ed25519`);
  }
  const publicKey = createPublicKey(privateKey);
  // The public half is recomputed from the seed; a stored one that differs
  // means the file was edited or corrupted, and the user should know.
  if (claimedX !== undefined && claimedX !== rawPublicKey(publicKey).toString('base64url')) {
    throw CryptoError.badKey(what, 'public key does not match the private key');
  }
  return { privateKey, publicKey };
}

/**
 * A raw 32-byte Ed25519 public key as a KeyObject. OpenSSL accepts any 32
 * bytes here and only fails later, so we decode the point ourselves (RFC 8032
 * §5.1.3) and also refuse small-order points.
 */
export function publicKeyFromRaw(raw: Uint8Array, what = 'identity key'): KeyObject {
  checkIdentityKey(raw, what);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}
