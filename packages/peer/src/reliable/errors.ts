/**
 * Every failure the reliable channel reports, and what it means. `code` is
 * stable: callers branch on it (fall back to the offline store, show
 * "failed"), never on the message text.
 */
export const RELIABLE_ERROR_CODES = {
  /** Split it or send it another way. */
  RELIABLE_TOO_LARGE: 'a message longer than 64 KiB (MAX_CHAT_MESSAGE_BYTES)',
  RELIABLE_BAD_MESSAGE: 'send() got something other than a 16-byte message id, or bytes that are not a Uint8Array',
  /** Raised synchronously, never on the wire path. */
  RELIABLE_BAD_CONFIG: 'an option out of range',
  /**
   * The peer may or may not have the message; re-send it with the same id on
   * the next channel and it is shown at most once.
   */
  RELIABLE_CLOSED: 'the channel was closed (or timed out earlier) before the message was acknowledged',
  /**
   * Past giveUpAfterMs or maxRetries timeouts on the current path. The
   * channel is dead (the stream cannot skip a fragment); every pending send
   * rejects with this code.
   */
  RELIABLE_TIMEOUT: 'a fragment stayed unacknowledged too long; the channel is dead',
} as const;

export type ReliableErrorCode = keyof typeof RELIABLE_ERROR_CODES;

/** The only error class the reliable channel raises. */
export class ReliableError extends Error {
  override readonly name = 'ReliableError';
  constructor(readonly code: ReliableErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  static tooLarge(size: number, max: number): ReliableError {
    return new ReliableError('RELIABLE_TOO_LARGE', `message of ${size} bytes exceeds the limit of ${max} bytes`);
  }

  static badMessage(detail: string): ReliableError {
    return new ReliableError('RELIABLE_BAD_MESSAGE', detail);
  }

  static badConfig(option: string, detail: string): ReliableError {
    return new ReliableError('RELIABLE_BAD_CONFIG', `option ${option}: ${detail}`);
  }

  static closed(reason: string): ReliableError {
    return new ReliableError('RELIABLE_CLOSED', `reliable channel closed: ${reason}`);
  }

  static timeout(seq: number, timeouts: number, elapsedMs: number): ReliableError {
    return new ReliableError(
      'RELIABLE_TIMEOUT',
      `fragment ${seq} unacknowledged after ${timeouts} retransmission timeouts and ${Math.round(elapsedMs)} ms on this path; the channel is dead`,
    );
  }
}

export function isReliableError(err: unknown): err is ReliableError {
  return err instanceof ReliableError;
}
