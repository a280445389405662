// @natter/peer/core: the client core without Node: the end-to-end protocol
// (with no crypto implementation attached: see crypto/primitives.ts), the
// conversations and their reliable channel, sending and receiving, the
// roster, known keys and the control session over any transport. What the
// web client (packages/web) builds its peer from; NatterPeer (index.ts) wires
// the same modules with UDP, punching and node:crypto.
export * from './crypto/protocol.js';
export { Conversations } from './conversations.js';
export type { ConversationsOptions } from './conversations.js';
export { Conversation, KEEPALIVE_MIN_MS, KEEPALIVE_MAX_MS, DEAD_AFTER_MS } from './conversation.js';
export type { PathKind, DirectPath } from './conversation.js';
export { Outbox, deliveryTargets } from './outbox.js';
export { linkCodeOf, signDeviceCertificate, pendingDeviceWithCode, trustDevices } from './device-set.js';
export type { OutboxOptions, DeliveryTarget } from './outbox.js';
export { Inbox } from './inbox.js';
export type { InboxOptions } from './inbox.js';
export { Roster } from './roster.js';
export { OwnDevices } from './own-devices.js';
export { KnownKeys } from './known-keys.js';
export { DatagramRouter } from './router.js';
export type { BuddyInfo, BuddyRequests, DeviceInfo, EmitPeerEvent, NatterPeerEvents } from './peer-events.js';
export { nextState, isUndelivered } from './history-state.js';
export type { HistoryEntry, MessageHistory, MessageState, MessagePath } from './history-state.js';
export { NAT_TYPES, BEHAVIOURS, STATUSES, BUDDY_ACTIONS, BUDDY_EVENT_KINDS, natReportToWire } from './protocol-names.js';
export type { WireNames, StatusName, BuddyActionName, BuddyEventKindName } from './protocol-names.js';
export { ControlSession, registerAccount } from './session/control-session.js';
export type { ControlSessionOptions, SessionCredentials } from './session/control-session.js';
export type { ControlSocket, ControlTransport } from './session/transport.js';
export type { ControlChannel, ControlChannelEvents, ControlChannelState, LoginOk, Presence } from './session/control.js';
export { SessionError, SESSION_ERROR_CODES } from './session/errors.js';
export type { SessionErrorCode } from './session/errors.js';
export type { NodeTrust, TrustBasis } from './session/trust.js';
export { RtcPaths, DataChannelSocket, RTC_ATTEMPT_MS, RTC_RETRY_MS, nodeStunUrls } from './rtc/index.js';
export type { RtcPathsOptions, RtcPeerConnectionFactory, RtcPeerConnectionLike, RtcDataChannelLike } from './rtc/index.js';
