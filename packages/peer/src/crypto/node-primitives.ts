// The crypto primitives on node:crypto (OpenSSL): what natter uses in Node.
// Keys stay KeyObjects; the private-key operations resolve at once.
import { createCipheriv, createDecipheriv, createHash, diffieHellman, hkdfSync, randomBytes, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { TAG_BYTES } from './aead.js';
import { newX25519PrivateKey } from './keygen.js';
import { x25519PrivateKeyFromIdentity, x25519PublicKeyFromRaw, x25519Raw, ed25519PublicKeyFromRaw, rawEd25519PublicKey } from './node-keys.js';
import type { Identity } from './identity.js';
import { registerNodeDefault, type AnyIdentity, type CryptoPrimitives } from './primitives.js';

function dh(privateKey: KeyObject, publicRaw: Uint8Array): Uint8Array {
  // OpenSSL refuses an all-zero shared secret (RFC 7748 §6.1) by throwing.
  return diffieHellman({ privateKey, publicKey: x25519PublicKeyFromRaw(publicRaw) });
}

export interface NodePrimitivesOptions {
  /** Default: node:crypto's randomBytes. Tests give a seeded one to compare transcripts with the browser's primitives. */
  randomBytes?: (length: number) => Uint8Array;
}

export function createNodeCryptoPrimitives(options: NodePrimitivesOptions = {}): CryptoPrimitives {
  const random = options.randomBytes ?? ((length: number) => randomBytes(length));
  return {
    name: 'node:crypto',
    randomBytes: random,
    sha256: (data) => createHash('sha256').update(data).digest(),
    sha512: (data) => createHash('sha512').update(data).digest(),
    hkdfSha256: (ikm, salt, info, length) => Buffer.from(hkdfSync('sha256', ikm, salt, info, length)),
    aeadSeal(key, nonce, aad, plaintext) {
      const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad, { plaintextLength: plaintext.length });
      const body = cipher.update(plaintext);
      cipher.final();
      return Buffer.concat([body, cipher.getAuthTag()]);
    },
    aeadOpen(key, nonce, aad, sealed) {
      const body = sealed.subarray(0, sealed.length - TAG_BYTES);
      const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad, { plaintextLength: body.length });
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plaintext = decipher.update(body);
      try {
        decipher.final();
      } catch {
        // OpenSSL has already produced unauthenticated plaintext; wipe it.
        plaintext.fill(0);
        return null;
      }
      return plaintext;
    },
    async newX25519() {
      const privateKey = newX25519PrivateKey(random);
      return { privateKey, publicKey: x25519Raw(privateKey) };
    },
    async x25519(privateKey, publicKey) {
      return dh(privateKey as KeyObject, publicKey);
    },
    async identityX25519(identity, publicKey) {
      return dh(x25519PrivateKeyFromIdentity(identity as Identity), publicKey);
    },
    identityPublicKey: (identity: AnyIdentity) => rawEd25519PublicKey((identity as Identity).publicKey),
    // Ed25519 hashes internally (RFC 8032 §5.1.6), hence the null digest.
    sign: async (identity, data) => sign(null, data, (identity as Identity).privateKey),
    async verify(publicKey, data, signature) {
      try {
        return verify(null, data, ed25519PublicKeyFromRaw(publicKey), signature);
      } catch {
        return false;
      }
    },
  };
}

export const nodeCryptoPrimitives: CryptoPrimitives = createNodeCryptoPrimitives();

registerNodeDefault(() => nodeCryptoPrimitives);
