// The device keys accepted for each buddy (and for our own other devices),
// so a change is noticed (docs/security.md, "Key changes" and "Devices").
// The first set seen for a user is accepted (trust on first use). Later, a
// device whose certificate is signed by an accepted device of the same
// user is accepted too (a device the user linked), and a device that went
// is dropped: both are told (onDevices), neither holds messages. A device
// nothing vouches for (a new root: a re-registered identity, or someone in
// between) is a key change: noted as pending until the user accepts it
// (natter verify USER --accept), and messages to that user are held until
// then. The caller saves the accepted map (the profile): keys USER/DEVICE,
// and USER for a key accepted before devices existed.
import { deviceSetKey, keyFingerprint } from './crypto/protocol.js';
import { trustDevices, type DevicePresence } from './device-set.js';

export interface KnownKeysHooks {
  /** The accepted map after a change, to save. */
  onSaved(keys: Record<string, string>): void;
  /** A user's devices include one nothing vouches for (fingerprints of the accepted set and the new one). */
  onChanged(user: string, before: string, after: string): void;
  /** A user's trusted set changed without a hold: devices linked (certified) or removed, by id. */
  onDevices?(user: string, added: string[], removed: string[]): void;
}

const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');
const b64 = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('base64');

/** A fingerprint of a set of device keys (deviceSetKey: what safety numbers cover). */
export function setFingerprint(keys: Iterable<string>): string {
  const list = [...keys].map((k) => Buffer.from(k, 'base64'));
  return list.length ? keyFingerprint(deviceSetKey(list)) : '(none)';
}

export class KnownKeys {
  /** Accepted keys (base64): USER/DEVICE -> key, and USER -> key accepted before devices. */
  private readonly keys: Record<string, string>;
  /** A set the node reports now that holds an unaccepted device, by user. */
  private readonly changed = new Map<string, DevicePresence[]>();
  /** Device ids trusted now, by user. */
  private readonly trusted = new Map<string, Set<string>>();
  /** Checks one after another per user (each reads and writes the accepted set). */
  private readonly checks = new Map<string, Promise<void>>();

  constructor(
    initial: Record<string, string> | undefined,
    private readonly hooks: KnownKeysHooks,
  ) {
    this.keys = { ...(initial ?? {}) };
  }

  private acceptedOf(user: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of Object.entries(this.keys)) if (k.startsWith(`${user}/`)) out.set(k.slice(user.length + 1), v);
    return out;
  }

  /**
   * Notes the devices the node reports for `user` now; resolves when trust
   * is decided, with whether the set of trusted devices changed (what is
   * on its way to the user may go to a device it did not go to before).
   */
  check(user: string, presented: DevicePresence[]): Promise<boolean> {
    const next = (this.checks.get(user) ?? Promise.resolve()).then(() => this.decide(user, presented));
    this.checks.set(
      user,
      next.then(
        () => undefined,
        () => undefined,
      ),
    );
    return next;
  }

  private async decide(user: string, presented: DevicePresence[]): Promise<boolean> {
    if (!presented.length) return false; // an offline push: nothing new about devices
    const accepted = this.acceptedOf(user);
    const legacy = this.keys[user];
    const { trusted, untrusted } = await trustDevices(user, presented, accepted, legacy);
    const before = this.trusted.get(user);
    const now = new Set(trusted.map((d) => hex(d.deviceId)));
    this.trusted.set(user, now);
    const trustChanged = !before || before.size !== now.size || [...now].some((id) => !before.has(id));
    await this.record(user, presented, accepted, legacy, trusted, untrusted);
    return trustChanged;
  }

  private async record(user: string, presented: DevicePresence[], accepted: Map<string, string>, legacy: string | undefined, trusted: DevicePresence[], untrusted: DevicePresence[]): Promise<void> {
    if (untrusted.length) {
      const before = this.changed.get(user);
      this.changed.set(user, presented);
      const same = before && before.length === presented.length && before.every((d, i) => b64(d.identityKey) === b64(presented[i]!.identityKey));
      if (!same) this.hooks.onChanged(user, setFingerprint(accepted.size ? accepted.values() : legacy ? [legacy] : []), setFingerprint(presented.map((d) => b64(d.identityKey))));
      return;
    }
    this.changed.delete(user);
    const first = !accepted.size && !legacy;
    const ids = new Set(trusted.map((d) => hex(d.deviceId)));
    const added = trusted.filter((d) => accepted.get(hex(d.deviceId)) !== b64(d.identityKey)).map((d) => hex(d.deviceId));
    const removed = [...accepted.keys()].filter((id) => !ids.has(id));
    if (!added.length && !removed.length && !legacy) return;
    for (const id of removed) delete this.keys[`${user}/${id}`];
    for (const d of trusted) this.keys[`${user}/${hex(d.deviceId)}`] = b64(d.identityKey);
    delete this.keys[user];
    this.hooks.onSaved({ ...this.keys });
    if (!first && (added.length || removed.length)) this.hooks.onDevices?.(user, added, removed);
  }

  /** Messages to `user` wait: the node reports a device the user has not accepted. */
  isHeld(user: string): boolean {
    return this.changed.has(user);
  }

  /** True when messages may go to this device (USER/DEVICE): accepted, or certified by an accepted one. */
  isTrusted(user: string, deviceId: string): boolean {
    return this.trusted.get(user)?.has(deviceId) ?? false;
  }

  /** The key accepted for a device (USER/DEVICE), or for the user before devices (also for someone who is no longer a buddy). */
  accepted(address: string): Buffer | undefined {
    const slash = address.indexOf('/');
    const b = this.keys[address] ?? (slash > 0 ? this.keys[address.slice(0, slash)] : undefined);
    return b ? Buffer.from(b, 'base64') : undefined;
  }

  /** The accepted keys of `user`'s devices, base64 (what the safety number covers). */
  acceptedKeys(user: string): string[] {
    const keys = [...this.acceptedOf(user).values()];
    return keys.length ? keys : this.keys[user] ? [this.keys[user]!] : [];
  }

  /** Accepts the pending set of `user`; false when there is none. */
  accept(user: string): boolean {
    const presented = this.changed.get(user);
    if (!presented) return false;
    for (const k of Object.keys(this.keys)) if (k === user || k.startsWith(`${user}/`)) delete this.keys[k];
    for (const d of presented) this.keys[`${user}/${hex(d.deviceId)}`] = b64(d.identityKey);
    this.changed.delete(user);
    this.trusted.set(user, new Set(presented.map((d) => hex(d.deviceId))));
    this.hooks.onSaved({ ...this.keys });
    return true;
  }
}
