/** An error from the node (its stable code) or from the session itself. */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  constructor(
    /** The node's Error code (AUTH_FAILED, NOT_A_BUDDY, ...) or SESSION_CLOSED / SESSION_TIMEOUT / SESSION_CONNECT. */
    readonly code: string,
    message: string,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }
}
