// The identity key last seen for each buddy, so a changed one is noticed:
// a new device, or someone in between. The caller saves the map (the
// profile) and warns the user; `natter verify` compares safety numbers.
import { keyFingerprint } from './crypto/index.js';

export interface KnownKeysHooks {
  /** The whole map after a change, to save. */
  onSaved(keys: Record<string, string>): void;
  /** A buddy's key differs from the one seen before (fingerprints of both, and the new key). */
  onChanged(buddy: string, before: string, after: string, key: Buffer): void;
}

export class KnownKeys {
  /** Base64 identity key by buddy. */
  private readonly keys: Record<string, string>;

  constructor(
    initial: Record<string, string> | undefined,
    private readonly hooks: KnownKeysHooks,
  ) {
    this.keys = { ...(initial ?? {}) };
  }

  /** Notes the key the node reports for `buddy` now. */
  check(buddy: string, key: Buffer): void {
    const b64 = key.toString('base64');
    const before = this.keys[buddy];
    if (before === b64) return;
    this.keys[buddy] = b64;
    this.hooks.onSaved({ ...this.keys });
    if (before) this.hooks.onChanged(buddy, keyFingerprint(Buffer.from(before, 'base64')), keyFingerprint(key), key);
  }
}
