// Identity keys and the Ed25519 -> X25519 conversion sealed messages rely on.
import { describe, expect, it } from 'vitest';
import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, sign, verify } from 'node:crypto';
import {
  CryptoError,
  generateIdentity,
  identityFromSeed,
  identityPublicKey,
  exportIdentity,
  importIdentity,
  publicKeyFromRaw,
  ed25519PublicToX25519,
  ed25519SeedToX25519Scalar,
  x25519PrivateKeyFromIdentity,
  x25519PublicKeyFromIdentity,
  x25519Raw,
} from '../src/crypto/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof CryptoError) return err.code;
    throw err;
  }
}

const hex = (s: string) => Buffer.from(s, 'hex');

// X25519 private key from a raw scalar via PKCS#8 (RFC 8410), with no public
// half supplied: OpenSSL computes scalar·B itself, independent of our BigInt
// conversion, so comparing the two is a real check.
function x25519PublicFromScalar(scalar: Uint8Array): Buffer {
  const der = Buffer.concat([hex('302e020100300506032b656e04220420'), scalar]);
  const pub = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
  return Buffer.from(pub.export({ format: 'jwk' }).x!, 'base64url');
}

describe('identity', () => {
  it('has a 32-byte raw public key that verifies its own signatures', () => {
    const id = generateIdentity();
    const raw = identityPublicKey(id);
    expect(raw).toHaveLength(32);
    const sig = sign(null, Buffer.from('hello'), id.privateKey);
    expect(verify(null, Buffer.from('hello'), publicKeyFromRaw(raw), sig)).toBe(true);
  });

  it('exports to a JSON profile and imports the same key', () => {
    const id = generateIdentity();
    const text = exportIdentity(id);
    expect(JSON.parse(text)).toMatchObject({ type: 'natter-identity', version: 1, jwk: { kty: 'OKP', crv: 'Ed25519' } });
    const back = importIdentity(text);
    expect(identityPublicKey(back).equals(identityPublicKey(id))).toBe(true);
    const sig = sign(null, Buffer.from('x'), back.privateKey);
    expect(verify(null, Buffer.from('x'), id.publicKey, sig)).toBe(true);
  });

  it('imports a PKCS#8 PEM (e.g. from openssl genpkey)', () => {
    const id = generateIdentity();
    const pem = id.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(identityPublicKey(importIdentity(pem)).equals(identityPublicKey(id))).toBe(true);
  });

  it('refuses damaged or foreign identity files with CRYPTO_BAD_KEY', () => {
    const file = JSON.parse(exportIdentity(generateIdentity()));
    const other = identityPublicKey(generateIdentity()).toString('base64url');
    const x25519Pem = generateKeyPairSync('x25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    for (const text of [
      'not json',
      '{}',
      JSON.stringify({ ...file, version: 2 }),
      JSON.stringify({ ...file, jwk: { ...file.jwk, x: other } }), // public half edited
      JSON.stringify({ ...file, jwk: { ...file.jwk, d: 'AAAA' } }), // short seed
      JSON.stringify({ ...file, jwk: { ...file.jwk, crv: 'X25519' } }),
      '-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n',
      x25519Pem,
    ]) {
      expect(codeOf(() => importIdentity(text)), text.slice(0, 60)).toBe('CRYPTO_BAD_KEY');
    }
  });

  it('reproduces the RFC 8032 §7.1 TEST 1 public key from its seed', () => {
    const id = identityFromSeed(hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    expect(identityPublicKey(id).toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  });
});

describe('publicKeyFromRaw validation', () => {
  // The eight encodings of points of order 1, 2, 4 and 8 (libsodium's list).
  const smallOrder = [
    '0100000000000000000000000000000000000000000000000000000000000000',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    '0000000000000000000000000000000000000000000000000000000000000000',
    '0000000000000000000000000000000000000000000000000000000000000080',
    '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  ];

  it.each(smallOrder)('refuses small-order point %s', (h) => {
    expect(codeOf(() => publicKeyFromRaw(hex(h)))).toBe('CRYPTO_BAD_KEY');
    expect(codeOf(() => ed25519PublicToX25519(hex(h)))).toBe('CRYPTO_BAD_KEY');
  });

  it('refuses wrong lengths, non-canonical y, points off the curve and negative zero', () => {
    const offCurve = Buffer.alloc(32);
    offCurve[0] = 2; // y = 2 has no x on edwards25519
    const nonCanonical = hex('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'); // y = p
    const negativeZero = hex('0100000000000000000000000000000000000000000000000000000000000080'); // x = 0 with sign 1
    for (const raw of [Buffer.alloc(31), Buffer.alloc(33), offCurve, nonCanonical, negativeZero]) {
      expect(codeOf(() => publicKeyFromRaw(raw)), raw.toString('hex')).toBe('CRYPTO_BAD_KEY');
    }
  });

  it('accepts every honestly generated key', () => {
    for (let i = 0; i < 50; i++) {
      expect(codeOf(() => publicKeyFromRaw(identityPublicKey(generateIdentity())))).toBeUndefined();
    }
  });
});

describe('Ed25519 -> X25519 conversion', () => {
  it('matches libsodium crypto_sign_ed25519_{pk,sk}_to_curve25519 (test/default/ed25519_convert)', () => {
    const seed = hex('421151a459faeade3d247115f94aedae42318124095afabe4d1451a559faedee');
    const id = identityFromSeed(seed);
    expect(identityPublicKey(id).toString('hex')).toBe('b5076a8474a832daee4dd5b4040983b6623b5f344aca57d4d6ee4baf3f259e6e');
    expect(ed25519PublicToX25519(identityPublicKey(id)).toString('hex')).toBe(
      'f1814f0e8ff1043d8a44d25babff3cedcae6c22c3edaa48f857ae70de2baae50',
    );
    expect(ed25519SeedToX25519Scalar(seed).toString('hex')).toBe('8052030376d47112be7f73ed7a019293dd12ad910b654455798b4667d73de166');
    expect(x25519Raw(x25519PrivateKeyFromIdentity(id)).toString('hex')).toBe(
      'f1814f0e8ff1043d8a44d25babff3cedcae6c22c3edaa48f857ae70de2baae50',
    );
  });

  it('converts the RFC 8032 TEST 1 key to the known X25519 key', () => {
    const id = identityFromSeed(hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    expect(ed25519PublicToX25519(identityPublicKey(id)).toString('hex')).toBe(
      'd85e07ec22b0ad881537c2f44d662d1a143cf830c57aca4305d85c7a90f6b62e',
    );
  });

  it('the public key of the converted private key equals the converted public key (200 random identities)', () => {
    for (let i = 0; i < 200; i++) {
      const id = generateIdentity();
      const seed = Buffer.from(id.privateKey.export({ format: 'jwk' }).d!, 'base64url');
      const fromPublic = ed25519PublicToX25519(identityPublicKey(id));
      expect(x25519PublicFromScalar(ed25519SeedToX25519Scalar(seed)).equals(fromPublic)).toBe(true);
      expect(x25519Raw(x25519PrivateKeyFromIdentity(id)).equals(fromPublic)).toBe(true);
    }
  });

  it('ignores the sign bit: a key and its negation map to the same u', () => {
    const raw = identityPublicKey(generateIdentity());
    const negated = Buffer.from(raw);
    negated[31] ^= 0x80;
    expect(ed25519PublicToX25519(negated).equals(ed25519PublicToX25519(raw))).toBe(true);
  });

  it('ECDH between converted keys agrees on both sides', () => {
    for (let i = 0; i < 50; i++) {
      const a = generateIdentity();
      const b = generateIdentity();
      const ab = diffieHellman({ privateKey: x25519PrivateKeyFromIdentity(a), publicKey: x25519PublicKeyFromIdentity(identityPublicKey(b)) });
      const ba = diffieHellman({ privateKey: x25519PrivateKeyFromIdentity(b), publicKey: x25519PublicKeyFromIdentity(identityPublicKey(a)) });
      expect(ab.equals(ba)).toBe(true);
      expect(ab.equals(Buffer.alloc(32))).toBe(false);
    }
  });
});
