// Is 32 bytes a usable Ed25519 public key? Pure arithmetic (curve25519.ts),
// the same in Node and in a browser.
import { CryptoError } from './errors.js';
import { decodeEdwardsPoint, isSmallOrder } from './curve25519.js';

/**
 * Keys that passed checkIdentityKey. The check costs about 1 ms of BigInt
 * arithmetic, and a buddy's key is checked on every sealed message (early
 * data, offline messages) and handshake. Public keys only; bounded, oldest
 * out first.
 */
const checkedKeys = new Set<string>();
const MAX_CHECKED = 1024;

/** Throws CRYPTO_BAD_KEY unless `raw` is a canonical, non-small-order Ed25519 public key. */
export function checkIdentityKey(raw: unknown, what = 'identity key'): asserts raw is Uint8Array {
  if (!(raw instanceof Uint8Array)) throw CryptoError.badKey(what, 'not bytes');
  if (raw.length !== 32) throw CryptoError.badKey(what, `must be 32 bytes, got ${raw.length}`);
  const id = Buffer.from(raw).toString('hex');
  if (checkedKeys.has(id)) return;
  const point = decodeEdwardsPoint(raw);
  if (!point) throw CryptoError.badKey(what, 'not a point on edwards25519');
  if (isSmallOrder(point)) throw CryptoError.badKey(what, 'small-order point');
  if (checkedKeys.size >= MAX_CHECKED) checkedKeys.delete(checkedKeys.values().next().value!);
  checkedKeys.add(id);
}
