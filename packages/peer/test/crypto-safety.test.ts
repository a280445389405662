// Safety numbers and key fingerprints.
import { describe, expect, it } from 'vitest';
import { CryptoError, generateIdentity, identityPublicKey, keyFingerprint, safetyNumber } from '../src/crypto/index.js';

const a = identityPublicKey(generateIdentity());
const b = identityPublicKey(generateIdentity());
const c = identityPublicKey(generateIdentity());

describe('safety number', () => {
  it('is 12 groups of 5 digits', () => {
    expect(safetyNumber('alice', a, 'bob', b)).toMatch(/^\d{5}( \d{5}){11}$/);
  });

  it('is the same on both sides, whatever the argument order', () => {
    expect(safetyNumber('alice', a, 'bob', b)).toBe(safetyNumber('bob', b, 'alice', a));
  });

  it('changes when either key or either name changes', () => {
    const base = safetyNumber('alice', a, 'bob', b);
    expect(safetyNumber('alice', c, 'bob', b)).not.toBe(base);
    expect(safetyNumber('alice', a, 'bob', c)).not.toBe(base);
    expect(safetyNumber('alicia', a, 'bob', b)).not.toBe(base);
    expect(safetyNumber('alice', a, 'rob', b)).not.toBe(base);
  });

  it('each half belongs to one user: changing bob\'s key keeps alice\'s 30 digits', () => {
    const before = safetyNumber('alice', a, 'bob', b).split(' ');
    const after = safetyNumber('alice', a, 'bob', c).split(' ');
    expect(after.slice(0, 6)).toEqual(before.slice(0, 6)); // "alice" sorts first
    expect(after.slice(6)).not.toEqual(before.slice(6));
  });

  it('is stable: a pinned value guards the format against accidental change', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);
    // Recomputed independently with Python's hashlib from the documented
    // construction (SHA-512 of 0x0001||key||name, then 1024 x SHA-512(h||key),
    // six 40-bit chunks mod 100000 per side, sides sorted by name).
    expect(safetyNumber('alice', k1, 'bob', k2)).toBe('50688 29885 47851 54071 51596 35653 44670 55050 59480 52287 39842 18386');
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => safetyNumber('alice', Buffer.alloc(31), 'bob', b)).toThrow(CryptoError);
  });
});

describe('key fingerprint', () => {
  it('is four groups of four hex digits and tells keys apart', () => {
    expect(keyFingerprint(a)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(keyFingerprint(a)).toBe(keyFingerprint(Buffer.from(a)));
    expect(keyFingerprint(a)).not.toBe(keyFingerprint(b));
  });
});
