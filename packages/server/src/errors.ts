import { CONTROL_ERROR_CODES, type ControlFrameInit } from '@natter/wire';

/**
 * Every code the node raises, and what it means. Clients get the control
 * channel's codes (@natter/wire's CONTROL_ERROR_CODES, docs/protocol.md);
 * the last three are for operators (natter server, natter admin).
 */
export const NODE_ERROR_CODES = {
  ...CONTROL_ERROR_CODES,
  NO_SUCH_USER: 'natter admin: the user does not exist',
  CONFIG_INVALID: 'the data directory cannot be opened (in use by another node?), or a backup cannot be created there',
  USAGE: 'natter admin: a request line on the admin socket that is not JSON',
} as const;

export type NodeErrorCode = keyof typeof NODE_ERROR_CODES;

/** An error the node reports to a client (as an Error frame) or an operator. */
export class NodeError extends Error {
  override readonly name = 'NodeError';
  constructor(
    readonly code: NodeErrorCode,
    message: string,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }
}

/** The Error frame that tells a client about `err` (request id 0: a push). */
export function errorFrame(err: NodeError, requestId = 0): ControlFrameInit {
  return { requestId, error: { code: err.code, message: err.message, retryAfterMs: err.retryAfterMs } };
}
