/** The wire package's error codes and what each means (the README's "Error codes" table lists them). */
export const WIRE_ERROR_CODES = {
  WIRE_TOO_LARGE: 'a frame exceeds its limit (control 256 KiB, peer datagram 1280 B)',
  WIRE_MALFORMED: 'bytes that are not a valid frame, or a frame with no message this version knows',
  WIRE_VERSION: 'the other side speaks a protocol version this build does not',
} as const;

export type WireErrorCode = keyof typeof WIRE_ERROR_CODES;

/**
 * The only error the wire package raises. `code` is stable and documented in
 * the README; callers branch on it, never on the message text.
 */
export class WireError extends Error {
  override readonly name = 'WireError';
  constructor(readonly code: WireErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  static tooLarge(what: string, size: number, max: number): WireError {
    return new WireError('WIRE_TOO_LARGE', `${what} of ${size} bytes exceeds the limit of ${max} bytes`);
  }

  static malformed(what: string, detail: string, cause?: unknown): WireError {
    return new WireError('WIRE_MALFORMED', `malformed ${what}: ${detail}`, { cause });
  }

  static version(got: number, supported: readonly number[]): WireError {
    return new WireError(
      'WIRE_VERSION',
      `protocol version ${got} is not supported (this side speaks ${supported.join(', ')}); upgrade the older side`,
    );
  }
}

export function isWireError(err: unknown): err is WireError {
  return err instanceof WireError;
}
