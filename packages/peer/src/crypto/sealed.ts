// Offline messages: a ChatMessage sealed to the recipient's identity key so
// the node can store it without reading or forging it.
//
//   e        fresh X25519 key pair, one per message
//   R        recipient's identity key, converted to X25519 (convert.ts)
//   key      HKDF-SHA256(ikm = X25519(e, R), salt = none,
//                        info = "natter/1 sealed" || e_pub || idS || idR)
//   box      ChaCha20-Poly1305(key, random 12-byte nonce,
//                              aad = transcript("natter/1 sealed aad", version, e_pub, idS, idR))
//   sig      Ed25519 by the sender over transcript("natter/1 sealed sig",
//                              version, e_pub, idR, nonce, box)
//
// The signature makes the sender accountable to the recipient and, because
// it names idR, stops the recipient re-addressing it to a third user; the
// AAD binds idS, so re-signing someone else's box under another key fails.
import { diffieHellman, hkdfSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { PROTOCOL_VERSION, decodeChatMessage, decodeSealedMessage, encodeChatMessage, encodeSealedMessage } from '@natter/wire';
import type { ChatMessage, ChatMessageInit } from '@natter/wire';
import { CryptoError } from './errors.js';
import { identityPublicKey, publicKeyFromRaw } from './identity.js';
import type { Identity } from './identity.js';
import { x25519PrivateKeyFromIdentity, x25519PublicKeyFromIdentity, x25519PublicKeyFromRaw, x25519Raw } from './convert.js';
import { newX25519PrivateKey } from './keygen.js';
import { NONCE_BYTES, aeadOpen, aeadSeal } from './aead.js';
import { signTranscript, verifyTranscript } from './signature.js';
import { transcript } from './transcript.js';
import { keyFingerprint } from './safety.js';

const KEY_LABEL = 'natter/1 sealed';
const AAD_LABEL = 'natter/1 sealed aad';
const SIG_LABEL = 'natter/1 sealed sig';

export interface OpenedMessage {
  chat: ChatMessage;
  /** Raw Ed25519 key that signed it; compare with the buddy's known key if none was expected. */
  senderIdentity: Buffer;
}

function sealKey(shared: Buffer, ephemeral: Uint8Array, sender: Uint8Array, recipient: Uint8Array): Buffer {
  const info = Buffer.concat([Buffer.from(KEY_LABEL), ephemeral, sender, recipient]);
  return Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), info, 32));
}

function sealAad(version: number, ephemeral: Uint8Array, sender: Uint8Array, recipient: Uint8Array): Buffer {
  return transcript(AAD_LABEL, version, ephemeral, sender, recipient);
}

/** The bytes the sender signs. Exported for tests that play a forger; not part of the API. */
export function sealedSignedData(version: number, ephemeral: Uint8Array, recipient: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array): Buffer {
  return transcript(SIG_LABEL, version, ephemeral, recipient, nonce, ciphertext);
}

function dh(mine: KeyObject, theirs: KeyObject, what: string): Buffer {
  try {
    return diffieHellman({ privateKey: mine, publicKey: theirs });
  } catch (cause) {
    throw CryptoError.badKey(what, 'small-order point', cause);
  }
}

/** Seals `chat` from `sender` to the user whose identity key is `recipientIdentity`; returns an encoded SealedMessage. */
export function sealMessage(sender: Identity, recipientIdentity: Uint8Array, chat: ChatMessageInit): Uint8Array {
  const recipientX = x25519PublicKeyFromIdentity(recipientIdentity);
  const senderIdentity = identityPublicKey(sender);
  const plaintext = encodeChatMessage(chat);
  const privateKey = newX25519PrivateKey();
  const ephemeral = x25519Raw(privateKey);
  const shared = dh(privateKey, recipientX, 'recipient identity key');
  const key = sealKey(shared, ephemeral, senderIdentity, recipientIdentity);
  shared.fill(0);
  // The key is fresh per message, so even a fixed nonce would be safe; a
  // random one costs nothing and keeps that true if keys are ever reused.
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = aeadSeal(key, nonce, sealAad(PROTOCOL_VERSION, ephemeral, senderIdentity, recipientIdentity), plaintext);
  key.fill(0);
  const signature = signTranscript(sender, sealedSignedData(PROTOCOL_VERSION, ephemeral, recipientIdentity, nonce, ciphertext));
  return encodeSealedMessage({
    protocolVersion: PROTOCOL_VERSION,
    ephemeralKey: ephemeral,
    nonce,
    ciphertext,
    senderIdentityKey: senderIdentity,
    signature,
  });
}

/**
 * Verifies and opens a sealed message addressed to `recipient`. With
 * `expectedSenderIdentity` (the buddy's key from the node) a message signed
 * by any other key fails with CRYPTO_HANDSHAKE; without it, the caller must
 * check `senderIdentity` itself. The signature is checked before decrypting,
 * so forged input never reaches the cipher.
 */
export function openSealed(recipient: Identity, bytes: Uint8Array, expectedSenderIdentity?: Uint8Array): OpenedMessage {
  const sealed = decodeSealedMessage(bytes);
  const what = 'sealed message';
  const senderIdentity = Buffer.from(sealed.senderIdentityKey ?? []);
  if (expectedSenderIdentity !== undefined) {
    const expected = Buffer.from(expectedSenderIdentity);
    if (!expected.equals(senderIdentity)) {
      throw CryptoError.keyMismatch('the sender', keyFingerprint(expected), keyFingerprint(senderIdentity));
    }
  }
  const senderKey = publicKeyFromRaw(senderIdentity, 'sealed message sender key');
  const ephemeral = Buffer.from(sealed.ephemeralKey ?? []);
  const ephemeralKey = x25519PublicKeyFromRaw(ephemeral, 'sealed message ephemeral key');
  const nonce = Buffer.from(sealed.nonce ?? []);
  if (nonce.length !== NONCE_BYTES) throw CryptoError.decryptFailed(what, `nonce must be ${NONCE_BYTES} bytes`);
  const ciphertext = Buffer.from(sealed.ciphertext ?? []);
  const recipientIdentity = identityPublicKey(recipient);
  verifyTranscript(
    senderKey,
    sealedSignedData(sealed.protocolVersion, ephemeral, recipientIdentity, nonce, ciphertext),
    sealed.signature,
    what,
  );
  const shared = dh(x25519PrivateKeyFromIdentity(recipient), ephemeralKey, 'sealed message ephemeral key');
  const key = sealKey(shared, ephemeral, senderIdentity, recipientIdentity);
  shared.fill(0);
  try {
    const plaintext = aeadOpen(key, nonce, sealAad(sealed.protocolVersion, ephemeral, senderIdentity, recipientIdentity), ciphertext, what);
    return { chat: decodeChatMessage(plaintext), senderIdentity };
  } finally {
    key.fill(0);
  }
}
