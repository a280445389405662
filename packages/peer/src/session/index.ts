export { NodeSession } from './session.js';
export type { NodeSessionOptions, SessionCredentials } from './session.js';
export type { ControlChannel, ControlChannelEvents, ControlChannelState, LoginOk, Presence } from './control.js';
export { SessionError } from './errors.js';
