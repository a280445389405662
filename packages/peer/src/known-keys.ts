// The identity key accepted for each buddy, so a changed one is noticed: a
// new device, or someone in between (docs/security.md, "Key changes"). The
// first key seen for a buddy is accepted (trust on first use); a different
// one later is only noted as pending until the user accepts it (natter
// verify USER --accept), and messages to that buddy are held until then.
// The caller saves the accepted map (the profile), so the hold outlives the
// process: the next command sees the same difference.
import { keyFingerprint } from './crypto/protocol.js';

export interface KnownKeysHooks {
  /** The accepted map after a change, to save. */
  onSaved(keys: Record<string, string>): void;
  /** A buddy's key differs from the accepted one (fingerprints of both, and the new key). */
  onChanged(buddy: string, before: string, after: string, key: Buffer): void;
}

export class KnownKeys {
  /** Accepted identity key (base64) by buddy. */
  private readonly keys: Record<string, string>;
  /** A key the node reports now that differs from the accepted one, by buddy. */
  private readonly changed = new Map<string, string>();

  constructor(
    initial: Record<string, string> | undefined,
    private readonly hooks: KnownKeysHooks,
  ) {
    this.keys = { ...(initial ?? {}) };
  }

  /** Notes the key the node reports for `buddy` now. */
  check(buddy: string, key: Buffer): void {
    const b64 = key.toString('base64');
    const accepted = this.keys[buddy];
    if (accepted === b64) {
      this.changed.delete(buddy); // back to the key the user knows
      return;
    }
    if (!accepted) {
      this.keys[buddy] = b64;
      this.hooks.onSaved({ ...this.keys });
      return;
    }
    if (this.changed.get(buddy) === b64) return; // reported already
    this.changed.set(buddy, b64);
    this.hooks.onChanged(buddy, keyFingerprint(Buffer.from(accepted, 'base64')), keyFingerprint(key), key);
  }

  /** Messages to `buddy` wait: the node reports a key the user has not accepted. */
  isHeld(buddy: string): boolean {
    return this.changed.has(buddy);
  }

  /** The key the user accepted for `buddy` (also for someone who is no longer a buddy). */
  accepted(buddy: string): Buffer | undefined {
    const b64 = this.keys[buddy];
    return b64 ? Buffer.from(b64, 'base64') : undefined;
  }

  /** Accepts the pending key of `buddy`; false when there is none. */
  accept(buddy: string): boolean {
    const b64 = this.changed.get(buddy);
    if (!b64) return false;
    this.keys[buddy] = b64;
    this.changed.delete(buddy);
    this.hooks.onSaved({ ...this.keys });
    return true;
  }
}
