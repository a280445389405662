// The ids of messages already handed to the application, so a message that
// arrives again (re-sent after a restart or a path change, or a second time
// on a new channel) is acknowledged but not shown twice.
import { ReliableError } from './errors.js';

/**
 * 4096 ids cost about half a megabyte and cover far more than can be in
 * doubt at once: a sender re-sends only messages it has not seen
 * acknowledged, at most a send window (64 fragments) per channel, plus what
 * the user re-sends by hand.
 */
export const DEFAULT_DELIVERED_IDS = 4096;

/** The map key for a message id: its hex form. */
export function idKey(id: Uint8Array): string {
  return Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString('hex');
}

/**
 * A bounded LRU set of delivered message ids. Share one instance between the
 * successive channels of a conversation (one per session) so duplicates are
 * caught across reconnects too.
 */
export class DeliveredIds {
  // A Map iterates in insertion order: the first key is the least recently used.
  private readonly ids = new Map<string, true>();

  constructor(readonly capacity = DEFAULT_DELIVERED_IDS) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) throw ReliableError.badConfig('capacity', `must be a positive integer, got ${String(capacity)}`);
  }

  get size(): number {
    return this.ids.size;
  }

  /** True when `id` was delivered (and recently enough to be remembered); refreshes it. */
  has(id: Uint8Array): boolean {
    return this.touch(idKey(id));
  }

  add(id: Uint8Array): void {
    this.addKey(idKey(id));
  }

  /** @internal */
  touch(key: string): boolean {
    if (!this.ids.has(key)) return false;
    this.ids.delete(key);
    this.ids.set(key, true);
    return true;
  }

  /** @internal */
  addKey(key: string): void {
    this.ids.delete(key);
    this.ids.set(key, true);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.keys().next().value!);
  }
}
