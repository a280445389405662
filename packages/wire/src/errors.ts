export type WireErrorCode = 'WIRE_TOO_LARGE' | 'WIRE_MALFORMED' | 'WIRE_VERSION';

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
