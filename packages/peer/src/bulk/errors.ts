/**
 * Every failure the bulk transport reports. `code` is stable: the file
 * transfer above branches on it, never on the message text. A packet that
 * does not authenticate is not an error: it is dropped as if lost.
 */
export const BULK_ERROR_CODES = {
  /** The buddy's frames break the protocol (data past the credit we gave, a stream limit): the connection is closed. */
  BULK_PROTOCOL: 'the buddy broke the bulk transport protocol',
  /** The connection closed (session replaced, buddy offline, shutdown) before the stream finished. */
  BULK_CLOSED: 'the bulk connection closed before the stream finished',
  /** The other side abandoned the stream (RESET_STREAM or STOP_SENDING) with the given code. */
  BULK_STREAM_RESET: 'the other side abandoned the stream',
} as const;

export type BulkErrorCode = keyof typeof BULK_ERROR_CODES;

export class BulkError extends Error {
  override readonly name = 'BulkError';
  constructor(readonly code: BulkErrorCode, message: string) {
    super(message);
  }
}
