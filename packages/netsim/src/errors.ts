/**
 * The virtual network's own error codes and what each means. Test-only: the
 * README summarises them as NETSIM_*.
 */
export const NETSIM_ERROR_CODES = {
  NETSIM_STALLED: 'run(): the promise is still pending and no timer is left to fire',
  NETSIM_TIME_LIMIT: 'run() / runUntilIdle(): the virtual-time budget ran out',
  NETSIM_LIVELOCK: 'timers keep firing without virtual time moving (a zero-delay loop)',
  NETSIM_CLOCK_BUSY: 'advance() / run() called while another one is driving the same clock',
  NETSIM_BAD_CONFIG: 'an invalid topology: bad address, duplicate name or address, bad option',
} as const;

export type NetsimErrorCode = keyof typeof NETSIM_ERROR_CODES;

/**
 * The error the virtual network itself raises (topology and clock misuse).
 * Socket-level failures instead carry the codes node:dgram uses
 * (EADDRINUSE, ERR_SOCKET_DGRAM_NOT_RUNNING, ...) so code under test sees
 * the same errors over netsim as over real sockets.
 */
export class NetsimError extends Error {
  override readonly name = 'NetsimError';
  constructor(readonly code: NetsimErrorCode, message: string) {
    super(message);
  }

  static badConfig(message: string): NetsimError {
    return new NetsimError('NETSIM_BAD_CONFIG', message);
  }
}

/** An error shaped like the ones node:dgram raises (`code`, `syscall`, ...). */
export function socketError(
  code: string,
  message: string,
  extra: { syscall?: string; address?: string; port?: number; errno?: number } = {},
): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = code === 'ERR_SOCKET_BAD_PORT' ? new RangeError(message) : new Error(message);
  err.code = code;
  if (extra.errno !== undefined) err.errno = extra.errno;
  if (extra.syscall !== undefined) err.syscall = extra.syscall;
  return Object.assign(err, extra.address === undefined ? {} : { address: extra.address, port: extra.port });
}
