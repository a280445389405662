/** Exit codes shared by every command (documented in the README). */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 1 } as const;

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
