/** Stable error codes of the control channel (docs/protocol.md lists them). */
export type NodeErrorCode =
  | 'WIRE_MALFORMED'
  | 'WIRE_TOO_LARGE'
  | 'WIRE_VERSION'
  | 'PROTOCOL_HELLO_FIRST'
  | 'NOT_LOGGED_IN'
  | 'ALREADY_LOGGED_IN'
  | 'UNSUPPORTED'
  | 'USERNAME_INVALID'
  | 'USERNAME_TAKEN'
  | 'PASSWORD_WEAK'
  | 'IDENTITY_KEY_INVALID'
  | 'REGISTRATION_CLOSED'
  | 'AUTH_FAILED'
  | 'AUTH_RATE_LIMITED'
  | 'SESSION_REPLACED'
  | 'BUDDY_SELF'
  | 'NO_SUCH_REQUEST'
  | 'NOT_A_BUDDY'
  | 'BUDDY_OFFLINE'
  | 'RELAY_RATE_LIMITED'
  | 'RELAY_BACKPRESSURE'
  | 'OFFLINE_QUOTA'
  | 'OFFLINE_TOO_LARGE'
  | 'NO_SUCH_USER'
  | 'SHUTTING_DOWN'
  | 'CONFIG_INVALID'
  | 'INTERNAL';

/** An error the node reports to a client (as an Error frame) or an operator. */
export class NodeError extends Error {
  override readonly name = 'NodeError';
  constructor(
    readonly code: NodeErrorCode,
    message: string,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }
}
