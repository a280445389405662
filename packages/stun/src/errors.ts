/** The stun package's error codes and what each means (the README's "Error codes" table lists them). */
export const STUN_ERROR_CODES = {
  STUN_MALFORMED: 'not a STUN message',
  STUN_TOO_LARGE: 'a STUN message over 1500 bytes',
  STUN_BAD_ATTRIBUTE: 'an attribute of the wrong shape',
  STUN_BAD_FINGERPRINT: 'FINGERPRINT does not match',
  STUN_BAD_INTEGRITY: 'MESSAGE-INTEGRITY does not match',
  STUN_TIMEOUT: 'no answer from the server',
  STUN_ERROR_RESPONSE: 'the server answered with an error',
  STUN_NO_SERVER: 'no server given',
} as const;

export type StunErrorCode = keyof typeof STUN_ERROR_CODES;

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
