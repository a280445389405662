// Numbers two users compare (aloud, or side by side) to be sure no one sits
// between them: the node hands out identity keys, so only this check shows
// that the key you were given is your buddy's.
import { CryptoError } from './errors.js';
import { cryptoPrimitives } from './primitives.js';

/** Format version, hashed first so a future format can never collide with this one. */
const SAFETY_VERSION = Buffer.from([0x00, 0x01]);

/**
 * SHA-512 iterations per side. Signal uses 5200; the iteration only adds
 * log2(rounds) bits of work on top of the ~2^99.7 an attacker already needs
 * to hit a given 30-digit half, so 1024 (+10 bits) keeps nearly all of it at
 * a fifth of the cost (~2.5 ms per side), which matters when a buddy list
 * shows a number per buddy.
 */
export const SAFETY_ROUNDS = 1024;

const FINGERPRINT_LABEL = 'natter/1 key fingerprint';

/** 30 digits for one (name, key): Signal's displayable fingerprint construction. */
function sideDigits(name: string, key: Uint8Array): string {
  const { sha512 } = cryptoPrimitives();
  const nameBytes = Buffer.from(name, 'utf8');
  let hash = Buffer.from(sha512(Buffer.concat([SAFETY_VERSION, key, nameBytes])));
  for (let i = 0; i < SAFETY_ROUNDS; i++) hash = Buffer.from(sha512(Buffer.concat([hash, key])));
  let digits = '';
  // Six 5-byte chunks, each a 40-bit big-endian number mod 100000.
  for (let chunk = 0; chunk < 6; chunk++) {
    const value = hash.readUIntBE(chunk * 5, 5) % 100000;
    digits += value.toString().padStart(5, '0');
  }
  return digits;
}

function compareSides(a: [string, Buffer], b: [string, Buffer]): number {
  const byName = Buffer.compare(Buffer.from(a[0], 'utf8'), Buffer.from(b[0], 'utf8'));
  return byName !== 0 ? byName : Buffer.compare(a[1], b[1]);
}

function requireKey(key: unknown): Buffer {
  if (!(key instanceof Uint8Array) || key.length !== 32) throw CryptoError.badKey('identity key', 'must be 32 bytes');
  return Buffer.from(key);
}

/**
 * 60 digits as 12 groups of 5, the same on both phones: the two (name, key)
 * pairs are sorted before hashing, so argument order does not matter.
 */
export function safetyNumber(nameA: string, keyA: Uint8Array, nameB: string, keyB: Uint8Array): string {
  const sides: [string, Buffer][] = [[nameA, requireKey(keyA)], [nameB, requireKey(keyB)]];
  sides.sort(compareSides);
  const digits = sides.map(([name, key]) => sideDigits(name, key)).join('');
  return digits.match(/\d{5}/g)!.join(' ');
}

/**
 * A short tag for a key, e.g. "3f9a 0c12 77be 51d0", for "bob's key changed
 * from X to Y" warnings. 64 bits tells keys apart, but does not resist a
 * targeted second key: verify with safetyNumber, never with this.
 */
export function keyFingerprint(key: Uint8Array): string {
  const digest = cryptoPrimitives().sha256(Buffer.concat([Buffer.from(FINGERPRINT_LABEL), key]));
  const hex = Buffer.from(digest.subarray(0, 8)).toString('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

/**
 * One 32-byte key standing for a user's set of device keys, for safety
 * numbers and fingerprints (docs/security.md, "Devices"): the key itself
 * for one device (so numbers stay what they were), else SHA-256 over a
 * label and the keys in sorted order, so adding or removing a device
 * changes the number.
 */
export function deviceSetKey(keys: readonly Uint8Array[]): Buffer {
  const sorted = keys.map((k) => requireKey(k)).sort(Buffer.compare);
  if (sorted.length === 1) return sorted[0]!;
  return Buffer.from(cryptoPrimitives().sha256(Buffer.concat([Buffer.from('natter device set v1\0'), ...sorted])));
}

/**
 * The two keys of the safety number a running peer shows (every UI the
 * same): each side's set of devices. Ours: our active devices. Theirs: the
 * devices we trust, or with `held` (a key change waiting for acceptance)
 * every device the node reports now, to compare before accepting. A
 * single key where no device list is known (a user from before devices).
 */
export function safetyKeys(
  own: { devices: ReadonlyArray<{ state: string; identityKey: Uint8Array }>; identityKey: Uint8Array },
  buddy: { devices: ReadonlyArray<{ trusted: boolean; identityKey: Uint8Array }>; identityKey: Uint8Array },
  held: boolean,
): { myKey: Uint8Array; buddyKey: Uint8Array } {
  const mine = own.devices.filter((d) => d.state === 'active').map((d) => d.identityKey);
  const theirs = buddy.devices.filter((d) => d.trusted || held).map((d) => d.identityKey);
  return { myKey: mine.length ? deviceSetKey(mine) : own.identityKey, buddyKey: theirs.length ? deviceSetKey(theirs) : buddy.identityKey };
}
