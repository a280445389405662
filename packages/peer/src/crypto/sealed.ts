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
import { PROTOCOL_VERSION, decodeChatMessage, decodeSealedMessage, encodeChatMessage, encodeSealedMessage } from '@natter/wire';
import type { ChatMessage, ChatMessageInit } from '@natter/wire';
import { CryptoError } from './errors.js';
import { ed25519PublicToX25519 } from './convert.js';
import { cryptoPrimitives, type AnyIdentity } from './primitives.js';
import { NONCE_BYTES, aeadOpen, aeadSeal } from './aead.js';
import { signTranscript, verifyTranscript } from './signature.js';
import { transcript } from './transcript.js';
import { keyFingerprint } from './safety.js';
import { checkIdentityKey } from './key-check.js';

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
  return Buffer.from(cryptoPrimitives().hkdfSha256(shared, new Uint8Array(0), info, 32));
}

function sealAad(version: number, ephemeral: Uint8Array, sender: Uint8Array, recipient: Uint8Array): Buffer {
  return transcript(AAD_LABEL, version, ephemeral, sender, recipient);
}

/** The bytes the sender signs. Exported for tests that play a forger; not part of the API. */
export function sealedSignedData(version: number, ephemeral: Uint8Array, recipient: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array): Buffer {
  return transcript(SIG_LABEL, version, ephemeral, recipient, nonce, ciphertext);
}

async function dh(compute: Promise<Uint8Array>, what: string): Promise<Buffer> {
  try {
    return Buffer.from(await compute);
  } catch (cause) {
    throw CryptoError.badKey(what, 'small-order point', cause);
  }
}

/** Seals `chat` from `sender` to the user whose identity key is `recipientIdentity`; returns an encoded SealedMessage. */
export async function sealMessage(sender: AnyIdentity, recipientIdentity: Uint8Array, chat: ChatMessageInit): Promise<Uint8Array> {
  const primitives = cryptoPrimitives();
  const recipientX = ed25519PublicToX25519(recipientIdentity);
  const senderIdentity = Buffer.from(primitives.identityPublicKey(sender));
  const plaintext = encodeChatMessage(chat);
  const pair = await primitives.newX25519();
  const ephemeral = Buffer.from(pair.publicKey);
  const shared = await dh(primitives.x25519(pair.privateKey, recipientX), 'recipient identity key');
  const key = sealKey(shared, ephemeral, senderIdentity, recipientIdentity);
  shared.fill(0);
  // The key is fresh per message, so even a fixed nonce would be safe; a
  // random one costs nothing and keeps that true if keys are ever reused.
  const nonce = Buffer.from(primitives.randomBytes(NONCE_BYTES));
  const ciphertext = aeadSeal(key, nonce, sealAad(PROTOCOL_VERSION, ephemeral, senderIdentity, recipientIdentity), plaintext);
  key.fill(0);
  const signature = await signTranscript(sender, sealedSignedData(PROTOCOL_VERSION, ephemeral, recipientIdentity, nonce, ciphertext));
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
export async function openSealed(recipient: AnyIdentity, bytes: Uint8Array, expectedSenderIdentity?: Uint8Array): Promise<OpenedMessage> {
  const sealed = decodeSealedMessage(bytes);
  const what = 'sealed message';
  const senderIdentity = Buffer.from(sealed.senderIdentityKey ?? []);
  if (expectedSenderIdentity !== undefined) {
    const expected = Buffer.from(expectedSenderIdentity);
    if (!expected.equals(senderIdentity)) {
      throw CryptoError.keyMismatch('the sender', keyFingerprint(expected), keyFingerprint(senderIdentity));
    }
  }
  checkIdentityKey(senderIdentity, 'sealed message sender key');
  const ephemeral = Buffer.from(sealed.ephemeralKey ?? []);
  if (ephemeral.length !== 32) throw CryptoError.badKey('sealed message ephemeral key', 'must be 32 bytes');
  const nonce = Buffer.from(sealed.nonce ?? []);
  if (nonce.length !== NONCE_BYTES) throw CryptoError.decryptFailed(what, `nonce must be ${NONCE_BYTES} bytes`);
  const ciphertext = Buffer.from(sealed.ciphertext ?? []);
  const primitives = cryptoPrimitives();
  const recipientIdentity = Buffer.from(primitives.identityPublicKey(recipient));
  await verifyTranscript(
    senderIdentity,
    sealedSignedData(sealed.protocolVersion, ephemeral, recipientIdentity, nonce, ciphertext),
    sealed.signature,
    what,
  );
  const shared = await dh(primitives.identityX25519(recipient, ephemeral), 'sealed message ephemeral key');
  const key = sealKey(shared, ephemeral, senderIdentity, recipientIdentity);
  shared.fill(0);
  try {
    const plaintext = aeadOpen(key, nonce, sealAad(sealed.protocolVersion, ephemeral, senderIdentity, recipientIdentity), ciphertext, what);
    return { chat: decodeChatMessage(plaintext), senderIdentity };
  } finally {
    key.fill(0);
  }
}
