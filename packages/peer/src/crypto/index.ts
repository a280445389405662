// End-to-end encryption for natter: identities, the peer handshake, the
// channel cipher, sealed offline messages and safety numbers. node:crypto
// only; the few curve operations it lacks are in curve25519.ts.
export { CryptoError, isCryptoError, CRYPTO_ERROR_CODES } from './errors.js';
export type { CryptoErrorCode } from './errors.js';
export {
  generateIdentity,
  identityFromSeed,
  identityPublicKey,
  exportIdentity,
  importIdentity,
  publicKeyFromRaw,
} from './identity.js';
export type { Identity } from './identity.js';
export {
  ed25519PublicToX25519,
  ed25519SeedToX25519Scalar,
  x25519PublicKeyFromIdentity,
  x25519PrivateKeyFromIdentity,
  x25519Raw,
} from './convert.js';
export { HandshakeInitiator, respondToHandshake, SESSION_ID_BYTES } from './handshake.js';
export type { HandshakeProps, HandshakeInput } from './handshake.js';
export { Session, encryptPeerMessage, decryptPeerMessage } from './cipher.js';
export type { EncryptedProps, SessionKeys, SessionOptions } from './cipher.js';
export { ReplayWindow, DEFAULT_REPLAY_WINDOW } from './replay.js';
export type { ReplayVerdict } from './replay.js';
export { sealMessage, openSealed } from './sealed.js';
export type { OpenedMessage } from './sealed.js';
export { safetyNumber, keyFingerprint, SAFETY_ROUNDS } from './safety.js';
