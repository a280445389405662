/**
 * Every failure the crypto module reports, and what it means. `code` is
 * stable: callers branch on it (drop a packet, warn that a buddy's key
 * changed, refuse a file), never on the message text.
 */
export const CRYPTO_ERROR_CODES = {
  /**
   * Something between the two users (the node, the relay, the network)
   * altered the data, or someone without the signing key made it up. Never
   * retry with the same input.
   */
  CRYPTO_BAD_SIGNATURE: 'an Ed25519 signature did not verify',
  /**
   * Wrong length, not a point on the curve, a small-order point (which would
   * make every signature or shared secret predictable), or an identity file
   * that does not parse. Raised before the key is used.
   */
  CRYPTO_BAD_KEY: 'a key is malformed',
  /**
   * The tag does not match, so the bytes were altered or were sealed under
   * another key. Also a packet for another session, or one whose counter no
   * sender could have produced.
   */
  CRYPTO_DECRYPT_FAILED: 'ChaCha20-Poly1305 refused a ciphertext',
  /** Expected on a lossy, duplicating network; drop it quietly. */
  CRYPTO_REPLAY: 'a packet already accepted, or older than the replay window',
  /**
   * A message in the wrong role or session, or — the one to show the user —
   * a buddy presenting an identity key other than the one the node told us
   * about. Sealed offline messages from an unexpected sender key raise it
   * too, for the same reason.
   */
  CRYPTO_HANDSHAKE: "the key exchange cannot go on (e.g. a buddy's identity key is not the one the node gave)",
  /**
   * Reusing a nonce would reveal the XOR of two plaintexts and let anyone
   * forge Poly1305 tags, so we stop instead.
   */
  CRYPTO_EXHAUSTED: 'the session has used every counter it may send; a new handshake is needed',
} as const;

export type CryptoErrorCode = keyof typeof CRYPTO_ERROR_CODES;

/** The only error class the crypto module raises (besides WireError from decoding). */
export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  constructor(readonly code: CryptoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  static badSignature(what: string): CryptoError {
    return new CryptoError('CRYPTO_BAD_SIGNATURE', `${what}: signature does not verify`);
  }

  static badKey(what: string, detail: string, cause?: unknown): CryptoError {
    return new CryptoError('CRYPTO_BAD_KEY', `${what}: ${detail}`, { cause });
  }

  static decryptFailed(what: string, detail = 'authentication tag does not match'): CryptoError {
    return new CryptoError('CRYPTO_DECRYPT_FAILED', `${what}: ${detail}`);
  }

  static replay(counter: number, detail: string): CryptoError {
    return new CryptoError('CRYPTO_REPLAY', `packet ${counter} ${detail}`);
  }

  static handshake(detail: string): CryptoError {
    return new CryptoError('CRYPTO_HANDSHAKE', detail);
  }

  /** The buddy's identity key is not the one we were told to expect. */
  static keyMismatch(who: string, expected: string, got: string): CryptoError {
    return new CryptoError(
      'CRYPTO_HANDSHAKE',
      `${who}'s identity key differs from the one we know (expected ${expected}, got ${got}); ` +
        `their key changed or someone is impersonating them — compare safety numbers`,
    );
  }

  static exhausted(limit: number): CryptoError {
    return new CryptoError('CRYPTO_EXHAUSTED', `session sent its last counter (${limit}); run a new handshake`);
  }
}

export function isCryptoError(err: unknown): err is CryptoError {
  return err instanceof CryptoError;
}
