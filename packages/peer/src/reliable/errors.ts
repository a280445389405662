/**
 * Every failure the reliable channel reports. `code` is stable: callers
 * branch on it (fall back to the offline store, show "failed"), never on the
 * message text.
 */
export type ReliableErrorCode =
  /** A message longer than MAX_CHAT_MESSAGE_BYTES (64 KiB); split it or send it another way. */
  | 'RELIABLE_TOO_LARGE'
  /** send() got something other than a 16-byte message id, or bytes that are not a Uint8Array. */
  | 'RELIABLE_BAD_MESSAGE'
  /** The constructor got an option out of range; raised synchronously, never on the wire path. */
  | 'RELIABLE_BAD_CONFIG'
  /**
   * The channel was closed (by close(), or earlier by a timeout) before the
   * message was acknowledged. The peer may or may not have it; re-send it
   * with the same id on the next channel and it is shown at most once.
   */
  | 'RELIABLE_CLOSED'
  /**
   * A fragment stayed unacknowledged past giveUpAfterMs or maxRetries
   * timeouts on the current path. The channel is dead (the stream cannot
   * skip a fragment), every pending send rejects with this code.
   */
  | 'RELIABLE_TIMEOUT';

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
