export { NodeSession } from './session.js';
export type { NodeSessionOptions, NodeSessionEvents, SessionCredentials, LoginOk, Presence } from './session.js';
export { SessionError } from './errors.js';
