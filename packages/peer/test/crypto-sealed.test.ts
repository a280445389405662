// Sealed offline messages: the node stores them but can neither read nor forge them.
import { describe, expect, it } from 'vitest';
import { sign } from 'node:crypto';
import { WireError, decodeSealedMessage, encodeSealedMessage } from '@natter/wire';
import type { SealedMessage } from '@natter/wire';
import {
  CryptoError,
  generateIdentity,
  identityPublicKey,
  sealMessage,
  openSealed,
} from '../src/crypto/index.js';
import type { Identity } from '../src/crypto/index.js';
// Internal: the exact bytes a sender signs, so one test can play a forger
// who re-signs someone else's ciphertext.
import { sealedSignedData } from '../src/crypto/sealed.js';
import { codeOf } from './crypto-codes.js';


const alice = generateIdentity();
const bob = generateIdentity();
const carol = generateIdentity();
const node = generateIdentity(); // the rendezvous node's own key, if it had one
const pub = (id: Identity) => identityPublicKey(id);

const chat = { id: Buffer.alloc(16, 0xab), text: 'meet at the usual place', sentAtMs: 1_700_000_000_000 };

function reencode(bytes: Uint8Array, change: (m: SealedMessage) => void): Uint8Array {
  const m = decodeSealedMessage(bytes);
  change(m);
  return encodeSealedMessage(m);
}

function flipped(field: Uint8Array, index = 0): Buffer {
  const out = Buffer.from(field);
  out[index] ^= 0x01;
  return out;
}

describe('sealed messages', () => {
  it('round-trips and reports the sender key', async () => {
    const sealed = await sealMessage(alice, pub(bob), chat);
    const opened = await openSealed(bob, sealed, pub(alice));
    expect(opened.chat.text).toBe(chat.text);
    expect(Buffer.from(opened.chat.id).equals(chat.id)).toBe(true);
    expect(opened.chat.sentAtMs).toBe(chat.sentAtMs);
    expect(opened.senderIdentity.equals(pub(alice))).toBe(true);
    // Without an expected key the caller gets the sender key to check itself.
    expect((await openSealed(bob, sealed)).senderIdentity.equals(pub(alice))).toBe(true);
  });

  it('is fresh every time (new ephemeral key and nonce)', async () => {
    const one = decodeSealedMessage(await sealMessage(alice, pub(bob), chat));
    const two = decodeSealedMessage(await sealMessage(alice, pub(bob), chat));
    expect(Buffer.from(one.ephemeralKey).equals(two.ephemeralKey)).toBe(false);
    expect(Buffer.from(one.nonce).equals(two.nonce)).toBe(false);
    expect(Buffer.from(one.ciphertext).equals(two.ciphertext)).toBe(false);
  });

  it('carries a near-maximum chat message', async () => {
    const big = { ...chat, text: 'x'.repeat(60_000) };
    expect((await openSealed(bob, await sealMessage(alice, pub(bob), big), pub(alice))).chat.text).toBe(big.text);
  });

  it('the node cannot read it: no plaintext in the bytes, and no key but bob\'s opens it', async () => {
    const sealed = Buffer.from(await sealMessage(alice, pub(bob), chat));
    expect(sealed.includes(Buffer.from('usual place'))).toBe(false);
    // The node knows everything public: both identity keys and the bytes.
    expect(await codeOf(() => openSealed(node, sealed, pub(alice)))).toMatch(/^CRYPTO_/);
    expect(await codeOf(() => openSealed(node, sealed))).toMatch(/^CRYPTO_/);
  });

  it('a different recipient cannot open it, and bob cannot re-address it to carol', async () => {
    const sealed = await sealMessage(alice, pub(bob), chat);
    expect(await codeOf(() => openSealed(carol, sealed, pub(alice)))).toBe('CRYPTO_BAD_SIGNATURE');
    expect(await codeOf(() => openSealed(alice, sealed, pub(alice)))).toBe('CRYPTO_BAD_SIGNATURE');
  });

  it('tampering with any field fails', async () => {
    const sealed = await sealMessage(alice, pub(bob), chat);
    const cases: [string, (m: SealedMessage) => void, string][] = [
      ['protocolVersion', (m) => (m.protocolVersion = 1), 'WIRE_VERSION'],
      ['ephemeralKey', (m) => (m.ephemeralKey = flipped(m.ephemeralKey, 3)), 'CRYPTO_BAD_SIGNATURE'],
      ['nonce', (m) => (m.nonce = flipped(m.nonce)), 'CRYPTO_BAD_SIGNATURE'],
      ['ciphertext', (m) => (m.ciphertext = flipped(m.ciphertext, 5)), 'CRYPTO_BAD_SIGNATURE'],
      ['ciphertext tag', (m) => (m.ciphertext = flipped(m.ciphertext, m.ciphertext.length - 1)), 'CRYPTO_BAD_SIGNATURE'],
      ['signature', (m) => (m.signature = flipped(m.signature, 40)), 'CRYPTO_BAD_SIGNATURE'],
      ['signature truncated', (m) => (m.signature = m.signature.subarray(0, 63)), 'CRYPTO_BAD_SIGNATURE'],
      ['senderIdentityKey', (m) => (m.senderIdentityKey = pub(carol)), 'CRYPTO_BAD_SIGNATURE'],
      ['nonce length', (m) => (m.nonce = m.nonce.subarray(0, 8)), 'CRYPTO_DECRYPT_FAILED'],
      ['ephemeral length', (m) => (m.ephemeralKey = m.ephemeralKey.subarray(0, 31)), 'CRYPTO_BAD_KEY'],
      ['sender key garbage', (m) => (m.senderIdentityKey = Buffer.alloc(32)), 'CRYPTO_BAD_KEY'],
    ];
    for (const [name, change, code] of cases) {
      expect(await codeOf(() => openSealed(bob, reencode(sealed, change))), name).toBe(code);
    }
    // And raw bytes cut short or extended.
    expect(await codeOf(() => openSealed(bob, sealed.subarray(0, sealed.length - 1)))).toMatch(/^(WIRE|CRYPTO)_/);
    expect((await openSealed(bob, sealed)).chat.text).toBe(chat.text);
  });

  it('a forged sender fails when the expected sender key is given', async () => {
    // Mallory seals a message to bob under her own key, claiming to be alice.
    const mallory = generateIdentity();
    const forged = await sealMessage(mallory, pub(bob), { ...chat, text: 'send me your password' });
    const err = await (async () => {
      try {
        await openSealed(bob, forged, pub(alice));
      } catch (e) {
        return e as CryptoError;
      }
      throw new Error('opened a forged message');
    })();
    expect(err.code).toBe('CRYPTO_HANDSHAKE');
    expect(err.message).toMatch(/identity key differs/);
    // With alice's key pasted in, mallory's signature no longer verifies.
    expect(await codeOf(() => openSealed(bob, reencode(forged, (m) => (m.senderIdentityKey = pub(alice))), pub(alice)))).toBe(
      'CRYPTO_BAD_SIGNATURE',
    );
  });

  it('re-signing alice\'s ciphertext under another key fails to decrypt (key and AAD bind the sender)', async () => {
    // Mallory (who could be the node) takes alice's stored message to bob and
    // claims it as her own with a perfectly valid signature of her own.
    const mallory = generateIdentity();
    const sealed = decodeSealedMessage(await sealMessage(alice, pub(bob), chat));
    sealed.senderIdentityKey = pub(mallory);
    sealed.signature = sign(
      null,
      sealedSignedData(sealed.protocolVersion, sealed.ephemeralKey, pub(bob), sealed.nonce, sealed.ciphertext),
      mallory.privateKey,
    );
    const bytes = encodeSealedMessage(sealed);
    expect(await codeOf(() => openSealed(bob, bytes))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(await codeOf(() => openSealed(bob, bytes, pub(mallory)))).toBe('CRYPTO_DECRYPT_FAILED');
  });

  it('refuses to seal to an invalid recipient key', async () => {
    expect(await codeOf(() => sealMessage(alice, Buffer.alloc(32), chat))).toBe('CRYPTO_BAD_KEY');
    expect(await codeOf(() => sealMessage(alice, Buffer.alloc(16), chat))).toBe('CRYPTO_BAD_KEY');
  });
});
