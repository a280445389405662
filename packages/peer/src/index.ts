// @natter/peer: the client core: session with the node, hole punching, the
// reliable end-to-end encrypted channel with relay fallback, local history.
export { NatterPeer } from './peer.js';
export type { NatterPeerOptions, NatterPeerEvents, BuddyInfo, BuddyRequests } from './peer.js';
export { Conversation, KEEPALIVE_MIN_MS, KEEPALIVE_MAX_MS, DEAD_AFTER_MS } from './conversation.js';
export type { PathKind, DirectPath } from './conversation.js';
export { History } from './history.js';
export type { HistoryEntry, MessageState, MessagePath } from './history.js';
export { Profile } from './profile.js';
export type { ProfileData } from './profile.js';
export { NodeSession, SessionError, SESSION_ERROR_CODES, parseNodeAddress, checkPlainAllowed, DEFAULT_NODE_PORT } from './session/index.js';
export type { NodeSessionOptions, LoginOk, SessionErrorCode, NodeAddress, NodeTrust, TrustBasis, TrustPolicy } from './session/index.js';
export { planPunch, PunchAttempt, BIRTHDAY_PORTS, BIRTHDAY_SOCKETS } from './punch/index.js';
export type { PunchStrategy, PunchPath } from './punch/index.js';
export {
  generateIdentity,
  identityPublicKey,
  exportIdentity,
  importIdentity,
  safetyNumber,
  keyFingerprint,
  sealMessage,
  openSealed,
  CryptoError,
  CRYPTO_ERROR_CODES,
} from './crypto/index.js';
export type { Identity, CryptoErrorCode } from './crypto/index.js';
export { ReliableChannel, ReliableError, RELIABLE_ERROR_CODES } from './reliable/index.js';
export type { ReliableErrorCode } from './reliable/index.js';
