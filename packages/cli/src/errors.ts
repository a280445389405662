import type { FileErrorCode, SessionErrorCode } from '@natter/peer';
import type { NodeErrorCode } from '@natter/server';
import type { StunErrorCode } from '@natter/stun';

/**
 * Exit codes shared by every command (documented in the README):
 * 0 success, 1 failure or usage error, 2 `natter nat`: UDP blocked,
 * 3 not logged in (no profile, no saved session, or the node refused it),
 * 4 the node cannot be reached.
 */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 1, UDP_BLOCKED: 2, NOT_LOGGED_IN: 3, NODE_UNREACHABLE: 4 } as const;

/** The codes the CLI raises itself, and what each means (the README's "Error codes" table lists them). */
export const CLI_ERROR_CODES = {
  USAGE: 'unknown command or option, missing or bad argument',
  /** Printed by bin/natter.js, before any TypeScript runs. */
  CLI_NOT_BUILT: 'the TypeScript was not compiled: run npm run build',
  CONFIG_INVALID: 'unreadable or unknown config',
  ADDR_IN_USE: 'a port is taken',
  ADDR_NOT_AVAILABLE: 'the address is not on this host',
  ADDR_NOT_ALLOWED: 'a port below 1024',
  DNS_FAILED: 'natter nat: a --server name does not resolve',
  NODE_NOT_RUNNING: 'natter admin: no node on that data directory',
  ADMIN_DENIED: 'natter admin: the socket belongs to another user',
  NO_PROFILE: 'no profile under this --home (exit 3)',
  NOT_LOGGED_IN: 'logged out on this profile (exit 3)',
  SESSION_EXPIRED: 'the saved session expired (30 days) or was revoked (password changed): natter login USER (exit 3)',
  PROFILE_INVALID: 'the profile file or its identity key cannot be read: natter login USER --server URL writes a new one',
  PROFILE_IN_USE: "another natter process (chat, rpc) holds this profile's history; one process per profile",
  NODE_UNREACHABLE: 'no connection to the node, or it stopped answering (exit 4)',
  PASSWORD_MISMATCH: 'the two typed passwords differ',
  CANCELLED: 'Ctrl-C at the password prompt, or no to a confirmation',
  SEND_TIMEOUT: 'natter send: the message did not reach the --wait state in time (it stays queued)',
  SEND_FAILED: 'natter send: the message failed',
  MESSAGE_TOO_LARGE: 'send, chat, rpc: more than 32 KiB of text',
  KEY_UNKNOWN: 'natter verify: the node sent no key for that buddy',
  KEY_CHANGED: "the buddy's identity key changed and is not accepted yet: the message is held, not sent (natter verify USER, then natter verify USER --accept)",
  NOT_A_TERMINAL: 'natter chat: stdin or stdout is not a terminal: use send or rpc in scripts',
  CONFIRMATION_REQUIRED: 'natter send --via, rpc send with "via": an extended message leaves end-to-end encryption; without a terminal to ask on, say so with --yes (rpc: "confirm": true)',
  SESSION_ENDED: 'natter rpc: the session ended for good (logged in elsewhere, account removed); exit 1',
  RPC_BAD_JSON: 'natter rpc: a line that is not JSON',
  RPC_BAD_REQUEST: 'natter rpc: not an object, or a missing or wrong field',
  RPC_UNKNOWN_COMMAND: 'natter rpc: an unknown cmd',
  RPC_TOO_LARGE: 'natter rpc: a line over 256 KiB',
  INTERNAL: 'an unexpected error in natter itself (a bug); the message says what failed',
} as const;

/**
 * A code a command fails with: one of the CLI's own, or one it passes on
 * unchanged from the node (natter server, natter admin, the session's
 * answers), from STUN (natter nat) or from a file transfer (send-file).
 */
export type CliErrorCode = keyof typeof CLI_ERROR_CODES | NodeErrorCode | SessionErrorCode | StunErrorCode | FileErrorCode;

/** An error a command raises on purpose: printed as one line with its code. */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
    readonly exitCode: number = EXIT.FAILURE,
  ) {
    super(message);
  }
}
