// @natter/peer: the client core: session with the node, hole punching, the
// reliable end-to-end encrypted channel with relay fallback, local history.
export { NatterPeer } from './peer.js';
export type { NatterPeerOptions, NatterPeerEvents, BuddyInfo, BuddyRequests, DeviceInfo } from './peer.js';
export { createNatterPeer } from './create-peer.js';
export type { CreatePeerOptions } from './create-peer.js';
export type { Conversations } from './conversations.js';
export type { PunchScheduler } from './punch-scheduler.js';
export { Conversation, KEEPALIVE_MIN_MS, KEEPALIVE_MAX_MS, DEAD_AFTER_MS } from './conversation.js';
export type { PathKind, DirectPath } from './conversation.js';
export { NetworkWatch, NETWORK_POLL_MS } from './network-watch.js';
export type { NetworkChange } from './network-watch.js';
export { NAT_TYPES, BEHAVIOURS, STATUSES, BUDDY_ACTIONS, BUDDY_EVENT_KINDS, natReportToWire } from './protocol-names.js';
export type { WireNames, StatusName, BuddyActionName, BuddyEventKindName } from './protocol-names.js';
export { History, nextState, isUndelivered } from './history.js';
export type { HistoryEntry, MessageHistory, MessageState, MessagePath } from './history.js';
export { Profile } from './profile.js';
export type { ProfileData } from './profile.js';
export { signDeviceCertificate, linkCodeOf } from './device-set.js';
export { NodeSession, SessionError, SESSION_ERROR_CODES, parseNodeAddress, checkPlainAllowed, pushEvent, DEFAULT_NODE_PORT } from './session/index.js';
export type {
  NodeSessionOptions,
  LoginOk,
  SessionErrorCode,
  ControlChannel,
  ControlChannelEvents,
  ControlChannelState,
  NodeAddress,
  NodeTrust,
  TrustBasis,
  TrustPolicy,
  SessionDevice,
} from './session/index.js';
export { planPunch, PunchAttempt, OPENER_TTL, BIRTHDAY_PORTS, BIRTHDAY_SOCKETS } from './punch/index.js';
export type { PunchStrategy, PunchPath } from './punch/index.js';
export { RtcPaths, DataChannelSocket, RTC_ATTEMPT_MS, RTC_RETRY_MS } from './rtc/index.js';
export { loadNodeRtc } from './rtc/node-rtc.js';
export type { RtcPeerConnectionFactory } from './rtc/index.js';
export {
  generateIdentity,
  identityPublicKey,
  exportIdentity,
  importIdentity,
  safetyNumber,
  keyFingerprint,
  deviceSetKey,
  safetyKeys,
  sealMessage,
  openSealed,
  CryptoError,
  CRYPTO_ERROR_CODES,
  useCryptoPrimitives,
  cryptoPrimitives,
  nodeCryptoPrimitives,
  createNodeCryptoPrimitives,
  identityFromSeed,
  checkIdentityKey,
} from './crypto/index.js';
export type { Identity, CryptoErrorCode, CryptoPrimitives, AnyIdentity, NodePrimitivesOptions } from './crypto/index.js';
export { ReliableChannel, ReliableError, RELIABLE_ERROR_CODES } from './reliable/index.js';
export { FileError, FILE_ERROR_CODES, sanitizeFileName, defaultDownloadDir } from './files/index.js';
export type { FileErrorCode, FileTransferInfo, FileTransferState } from './files/index.js';
export { BulkError, BULK_ERROR_CODES } from './bulk/index.js';
export type { BulkErrorCode, BulkStats } from './bulk/index.js';
export type { ReliableErrorCode } from './reliable/index.js';
export { NotifyClient } from './notify.js';
export type { NotifyKindName, NotifyChannelState, NotifyChannelInfo, NotifySettingsInfo, NotifyAdded } from './notify.js';
