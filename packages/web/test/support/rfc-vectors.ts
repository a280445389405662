// Published test vectors, checked through the crypto-primitives interface,
// so an implementation that agrees with another is also known to be right.
import type { AnyIdentity, CryptoPrimitives } from '@natter/peer/core';
import type { IdentityFromSeed } from './protocol-vectors.js';

const h = (hex: string) => Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export const RFC_VECTORS = {
  /** FIPS 180-2 "abc". */
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  /** RFC 5869 A.1. */
  hkdf: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
  /** RFC 8439 §2.8.2. */
  aead:
    'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116' +
    '1ae10b594f09e26a7e902ecbd0600691',
  /** RFC 7748 §6.1: Alice's public key, and the shared secret with Bob. */
  x25519Public: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  x25519Shared: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
  /** RFC 8032 §7.1 test 1 (empty message). */
  ed25519Public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  ed25519Signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};

/** Each vector's check, true when the implementation gives the published bytes. */
export async function checkRfcVectors(
  make: (random: (length: number) => Uint8Array) => CryptoPrimitives,
  identityFromSeed: IdentityFromSeed,
  vectors: typeof RFC_VECTORS = RFC_VECTORS,
): Promise<Record<string, boolean>> {
  // newX25519 draws its scalar from the random source: give it RFC 7748's Alice.
  const primitives = make(() => h('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'));
  const enc = new TextEncoder();
  const alice = await primitives.newX25519();
  const signer: AnyIdentity = await identityFromSeed(h('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'), primitives);
  const plaintext = enc.encode("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
  const key = h('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = h('070000004041424344454647');
  const aad = h('50515253c0c1c2c3c4c5c6c7');
  return {
    sha256: hex(primitives.sha256(enc.encode('abc'))) === vectors.sha256,
    sha512: hex(primitives.sha512(enc.encode('abc'))) === vectors.sha512,
    hkdf: hex(primitives.hkdfSha256(new Uint8Array(22).fill(0x0b), h('000102030405060708090a0b0c'), h('f0f1f2f3f4f5f6f7f8f9'), 42)) === vectors.hkdf,
    aeadSeal: hex(primitives.aeadSeal(key, nonce, aad, plaintext)) === vectors.aead,
    aeadOpen: hex(primitives.aeadOpen(key, nonce, aad, h(vectors.aead)) ?? new Uint8Array()) === hex(plaintext),
    x25519Public: hex(alice.publicKey) === vectors.x25519Public,
    x25519Shared: hex(await primitives.x25519(alice.privateKey, h('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'))) === vectors.x25519Shared,
    ed25519Public: hex(primitives.identityPublicKey(signer)) === vectors.ed25519Public,
    ed25519Sign: hex(await primitives.sign(signer, new Uint8Array())) === vectors.ed25519Signature,
    ed25519Verify: await primitives.verify(h(vectors.ed25519Public), new Uint8Array(), h(vectors.ed25519Signature)),
  };
}
