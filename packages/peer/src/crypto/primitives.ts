// The crypto seam: the few primitives the end-to-end protocol needs, behind
// one interface, so the same handshake, channel cipher and sealed messages
// run on node:crypto in Node and on WebCrypto + @noble/ciphers in a browser
// (packages/web). Everything protocol-shaped (transcripts, key schedule,
// checks, error codes) stays in the files beside this one; an implementation
// only computes.
//
// Hashes, HKDF and the AEAD are synchronous: the channel cipher runs per
// packet and fingerprints are shown in synchronous code. What touches a
// private key (sign, Diffie-Hellman) is asynchronous, because WebCrypto is,
// and WebCrypto is what keeps a browser's identity key non-extractable.

/**
 * A user's long-term identity as the active primitives hold it: in Node two
 * KeyObjects (identity.ts), in a browser non-extractable CryptoKeys. The
 * protocol code only hands it back to the primitives.
 */
export interface AnyIdentity {
  readonly privateKey: unknown;
  readonly publicKey: unknown;
}

/** A fresh X25519 key pair for one handshake or one sealed message; `privateKey` is opaque. */
export interface EphemeralKeyPair {
  readonly privateKey: unknown;
  /** Raw u, 32 bytes. */
  readonly publicKey: Uint8Array;
}

export interface CryptoPrimitives {
  /** Shown in diagnostics and test names: 'node:crypto', 'webcrypto+noble'. */
  readonly name: string;
  randomBytes(length: number): Uint8Array;
  sha256(data: Uint8Array): Uint8Array;
  sha512(data: Uint8Array): Uint8Array;
  /** RFC 5869 with SHA-256. */
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
  /** RFC 8439: ciphertext || 16-byte tag. */
  aeadSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array;
  /** The plaintext, or null when the tag does not verify (no unauthenticated plaintext escapes). */
  aeadOpen(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array | null;
  newX25519(): Promise<EphemeralKeyPair>;
  /**
   * X25519(privateKey, publicKey) for an ephemeral private key. Rejects an
   * all-zero result (RFC 7748 §6.1: a small-order public key).
   */
  x25519(privateKey: unknown, publicKey: Uint8Array): Promise<Uint8Array>;
  /** The same with the identity's X25519 form (the clamped SHA-512 of its Ed25519 seed, convert.ts). */
  identityX25519(identity: AnyIdentity, publicKey: Uint8Array): Promise<Uint8Array>;
  /** The raw 32-byte Ed25519 public key. */
  identityPublicKey(identity: AnyIdentity): Uint8Array;
  sign(identity: AnyIdentity, data: Uint8Array): Promise<Uint8Array>;
  /** `publicKey` is raw and already checked by checkIdentityKey. */
  verify(publicKey: Uint8Array, data: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

let active: CryptoPrimitives | undefined;

/**
 * Chooses the implementation for this process (the browser app does, once,
 * before it touches a key). Without it, Node's is loaded on first use.
 */
export function useCryptoPrimitives(primitives: CryptoPrimitives): void {
  active = primitives;
}

/** The implementation in use. */
export function cryptoPrimitives(): CryptoPrimitives {
  active ??= nodeDefault();
  return active;
}

let nodeFactory: (() => CryptoPrimitives) | undefined;

/** node-primitives.ts registers itself here, so a browser bundle never has to contain it. */
export function registerNodeDefault(factory: () => CryptoPrimitives): void {
  nodeFactory = factory;
}

function nodeDefault(): CryptoPrimitives {
  if (!nodeFactory) throw new Error('no crypto primitives: call useCryptoPrimitives() first (the browser build has no node:crypto)');
  return nodeFactory();
}
