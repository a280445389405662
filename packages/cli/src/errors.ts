/**
 * Exit codes shared by every command (documented in the README):
 * 0 success, 1 failure or usage error, 2 `natter nat`: UDP blocked,
 * 3 not logged in (no profile, no saved session, or the node refused it),
 * 4 the node cannot be reached.
 */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 1, UDP_BLOCKED: 2, NOT_LOGGED_IN: 3, NODE_UNREACHABLE: 4 } as const;

/** An error a command raises on purpose: printed as one line with its code. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.FAILURE,
  ) {
    super(message);
  }
}
