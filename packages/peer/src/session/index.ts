export { NodeSession } from './session.js';
export type { NodeSessionOptions, NodeSessionEvents, SessionCredentials, LoginOk, Presence } from './session.js';
export { SessionError, SESSION_ERROR_CODES } from './errors.js';
export type { SessionErrorCode } from './errors.js';
