export { NodeSession } from './session.js';
export type { NodeSessionOptions, SessionCredentials } from './session.js';
export { pushEvent } from './control.js';
export type { ControlChannel, ControlChannelEvent, ControlChannelEvents, ControlChannelState, LoginOk, Presence } from './control.js';
export { SessionError, SESSION_ERROR_CODES } from './errors.js';
export type { SessionErrorCode } from './errors.js';
export { parseNodeAddress, checkPlainAllowed, DEFAULT_NODE_PORT } from './trust.js';
export type { NodeAddress, NodeTrust, TrustBasis, TrustPolicy } from './trust.js';
