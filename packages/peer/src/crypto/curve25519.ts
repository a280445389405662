// Field arithmetic over GF(2^255 - 19) with BigInt, only for what node:crypto
// does not offer: validating an Ed25519 public key and mapping it to its
// X25519 (Montgomery) form. Inputs are public keys, so variable-time BigInt
// arithmetic leaks nothing secret.

/** The field prime p = 2^255 - 19 (RFC 7748 §4.1). */
export const P = 2n ** 255n - 19n;

export function mod(a: bigint): bigint {
  const r = a % P;
  return r >= 0n ? r : r + P;
}

export function pow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

/** Inverse by Fermat's little theorem; inv(0) is 0, callers rule it out. */
export function inv(a: bigint): bigint {
  return pow(a, P - 2n);
}

/** Edwards curve constant d = -121665/121666 (RFC 8032 §5.1). */
const D = mod(-121665n * inv(121666n));
/** sqrt(-1) = 2^((p-1)/4) (RFC 8032 §5.1.3). */
const SQRT_M1 = pow(2n, (P - 1n) / 4n);

export function bytesToNumberLE(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

export function numberToBytesLE(n: bigint, length = 32): Buffer {
  const out = Buffer.alloc(length);
  let v = n;
  for (let i = 0; i < length; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** A point on edwards25519 in affine coordinates. */
export interface EdwardsPoint {
  readonly x: bigint;
  readonly y: bigint;
}

/**
 * Decodes a 32-byte Ed25519 public key as RFC 8032 §5.1.3 does: y little-
 * endian with bit 255 holding the sign of x. Returns null for a non-canonical
 * y (>= p), a y with no x on the curve, or "negative zero".
 */
export function decodeEdwardsPoint(raw: Uint8Array): EdwardsPoint | null {
  if (raw.length !== 32) return null;
  const sign = (raw[31] >> 7) & 1;
  const cleared = Uint8Array.from(raw);
  cleared[31] &= 0x7f;
  const y = bytesToNumberLE(cleared);
  if (y >= P) return null;
  const y2 = (y * y) % P;
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  // x = u v^3 (u v^7)^((p-5)/8), then fix up by sqrt(-1) if needed.
  const v3 = (v * v * v) % P;
  const v7 = (v3 * v3 * v) % P;
  let x = (u * v3 * pow(u * v7, (P - 5n) / 8n)) % P;
  const vx2 = (v * x * x) % P;
  if (vx2 === u) {
    // x is a root already
  } else if (vx2 === mod(-u)) {
    x = (x * SQRT_M1) % P;
  } else {
    return null;
  }
  if (x === 0n && sign === 1) return null;
  if (Number(x & 1n) !== sign) x = P - x;
  return { x, y };
}

/**
 * True for the eight points of order dividing 8 (the identity among them).
 * A public key there makes "signatures" that verify for many messages and
 * Diffie-Hellman outputs an attacker can predict, so we refuse such keys, as
 * libsodium does. Three doublings in projective coordinates (no inversions;
 * "dbl-2008-bbjlp" with a = -1), then compare with the identity (0 : 1 : 1).
 */
export function isSmallOrder(point: EdwardsPoint): boolean {
  let X = point.x;
  let Y = point.y;
  let Z = 1n;
  for (let i = 0; i < 3; i++) {
    const B = (X + Y) ** 2n % P;
    const C = (X * X) % P;
    const Dd = (Y * Y) % P;
    const F = mod(Dd - C); // E + D with E = a*C = -C
    const J = mod(F - 2n * ((Z * Z) % P));
    X = mod((B - C - Dd) * J);
    Y = mod(F * (-C - Dd));
    Z = (F * J) % P;
  }
  return X === 0n && Y === Z;
}

/**
 * The birational map from edwards25519 to curve25519 (RFC 7748 §4.1):
 * u = (1 + y) / (1 - y). Only y is needed, so the sign of x is irrelevant.
 * y = 1 (the identity) has no image; callers have rejected it as small-order.
 */
export function edwardsYToMontgomeryU(y: bigint): bigint {
  return mod((1n + y) * inv(mod(1n - y)));
}
