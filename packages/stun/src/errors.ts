export type StunErrorCode =
  | 'STUN_MALFORMED'
  | 'STUN_TOO_LARGE'
  | 'STUN_BAD_FINGERPRINT'
  | 'STUN_BAD_INTEGRITY'
  | 'STUN_BAD_ATTRIBUTE'
  | 'STUN_TIMEOUT'
  | 'STUN_ERROR_RESPONSE'
  | 'STUN_NO_SERVER';

/**
 * The stun package's one error class. A STUN ERROR-CODE attribute in a
 * response is data (see attributes.ts), not an exception; this is raised
 * for bytes that are not STUN, failed checks and transactions that end
 * without an answer.
 */
export class StunError extends Error {
  override readonly name = 'StunError';
  constructor(readonly code: StunErrorCode, message: string) {
    super(message);
  }

  static malformed(detail: string): StunError {
    return new StunError('STUN_MALFORMED', `not a valid STUN message: ${detail}`);
  }
}
