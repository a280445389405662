import type { ControlErrorCode, natter } from '@natter/wire';

/** The session's own error codes, and what each means (besides the node's, which it passes on). */
export const SESSION_ERROR_CODES = {
  SESSION_CONNECT: 'the node could not be reached',
  SESSION_TIMEOUT: 'the node did not answer in time',
  SESSION_CLOSED: 'the connection to the node dropped, or there is none',
  NODE_ADDRESS_INVALID: 'not a node address (host, host:port, wss://host:port, each with an optional #fingerprint)',
  INSECURE_URL: 'plain ws:// to a host that is not this machine, without --insecure: passwords and tokens would cross the network readable',
  NODE_KEY_MISMATCH: "the node presents another key than the one pinned for it: someone may be intercepting, or its operator changed the node's key",
} as const;

/** The node's Error codes (AUTH_FAILED, NOT_A_BUDDY, ...) or the session's own SESSION_*. */
export type SessionErrorCode = ControlErrorCode | keyof typeof SESSION_ERROR_CODES;

/** An error from the node (its stable code) or from the session itself. */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  constructor(
    readonly code: SessionErrorCode,
    message: string,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }

  /**
   * The node's Error frame. Its code is one of the control channel's codes
   * (docs/protocol.md) for every node that passed the Hello version check;
   * it is passed on unchanged either way, so a caller's switch over codes
   * keeps a default branch.
   */
  static fromNode(error: natter.control.Error): SessionError {
    return new SessionError(error.code as ControlErrorCode, error.message, error.retryAfterMs);
  }
}
