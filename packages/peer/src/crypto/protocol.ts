// The end-to-end protocol without any crypto implementation attached: the
// handshake, the channel cipher, sealed messages and safety numbers over the
// primitives of primitives.ts. What a browser imports (packages/web); Node
// code imports index.ts, which also installs node:crypto.
export { CryptoError, isCryptoError, CRYPTO_ERROR_CODES } from './errors.js';
export type { CryptoErrorCode } from './errors.js';
export { useCryptoPrimitives, cryptoPrimitives } from './primitives.js';
export type { CryptoPrimitives, AnyIdentity, EphemeralKeyPair } from './primitives.js';
export { checkIdentityKey } from './key-check.js';
export { ed25519PublicToX25519, ed25519SeedToX25519Scalar } from './convert.js';
export { HandshakeInitiator, respondToHandshake, SESSION_ID_BYTES } from './handshake.js';
export type { HandshakeProps, HandshakeInput } from './handshake.js';
export { Session, encryptPeerMessage, decryptPeerMessage, counterNonce } from './cipher.js';
export type { EncryptedProps, SessionKeys, SessionOptions } from './cipher.js';
export { ReplayWindow, DEFAULT_REPLAY_WINDOW } from './replay.js';
export type { ReplayVerdict } from './replay.js';
export { sealMessage, openSealed } from './sealed.js';
export type { OpenedMessage } from './sealed.js';
export { safetyNumber, keyFingerprint, deviceSetKey, safetyKeys, SAFETY_ROUNDS } from './safety.js';
export { transcript } from './transcript.js';
