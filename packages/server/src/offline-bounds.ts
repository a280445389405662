// What an offline message may be, whatever store keeps it.
import { MAX_SEALED_MESSAGE_BYTES } from '@natter/wire';
import { NodeError } from './errors.js';
import { MAX_MESSAGE_ID_BYTES } from './bounds.js';

/** OFFLINE_TOO_LARGE for a sealed message or message id out of bounds. */
export function checkOfflineMessage(messageId: Uint8Array, sealed: Uint8Array): void {
  if (sealed.length > MAX_SEALED_MESSAGE_BYTES) throw new NodeError('OFFLINE_TOO_LARGE', `an offline message is at most ${MAX_SEALED_MESSAGE_BYTES} bytes`);
  // The id is stored twice (record and index) and sent back at every
  // login: unbounded, two records made every later login fail.
  if (messageId.length === 0 || messageId.length > MAX_MESSAGE_ID_BYTES) {
    throw new NodeError('OFFLINE_TOO_LARGE', `an offline message id is 1 to ${MAX_MESSAGE_ID_BYTES} bytes`);
  }
}
