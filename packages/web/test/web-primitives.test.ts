// The browser's crypto primitives (WebCrypto + noble) against node:crypto,
// run in Node 20 (whose globalThis.crypto has Ed25519 and X25519): the same
// protocol run gives the same bytes. The browser tier runs the same suite in
// Chromium (protocol-vectors.int.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeCryptoPrimitives, identityFromSeed, nodeCryptoPrimitives, useCryptoPrimitives } from '@natter/peer';
import { createWebPrimitives, generateWebIdentity, webIdentityFromSeed } from '@natter/web';
import { runProtocolVectors } from './support/protocol-vectors.js';
import { checkRfcVectors } from './support/rfc-vectors.js';

afterAll(() => useCryptoPrimitives(nodeCryptoPrimitives));

describe('web primitives = node:crypto', () => {
  it('one protocol run (handshake, channel, sealed message, safety number) is byte-identical', async () => {
    const viaNode = await runProtocolVectors((random) => createNodeCryptoPrimitives({ randomBytes: random }), async (seed) => identityFromSeed(seed));
    const viaWeb = await runProtocolVectors((random) => createWebPrimitives({ randomBytes: random }), (seed, primitives) => webIdentityFromSeed(seed, primitives));
    expect(Object.keys(viaWeb).length).toBeGreaterThan(20);
    expect(viaWeb).toEqual(viaNode);
    // The run is not vacuous: it decrypted, refused what it must refuse.
    expect(viaNode.opened).toBe('sealed for bob');
    expect(viaNode.aeadTampered).toBe('null');
    expect(viaNode.x25519SmallOrder).toBe('refused');
    expect(viaNode.verifyWrongKey).toBe('false');
    expect(viaNode.openedByOther).toBe('CRYPTO_BAD_SIGNATURE'); // it names bob as recipient
    expect(viaNode.x25519).toBe(viaNode.x25519Mirror);
  });

  it('both pass the RFC vectors (so they are not merely equally wrong)', async () => {
    const implementations = [
      { name: 'node:crypto', results: await checkRfcVectors((random) => createNodeCryptoPrimitives({ randomBytes: random }), async (seed) => identityFromSeed(seed)) },
      { name: 'webcrypto+noble', results: await checkRfcVectors((random) => createWebPrimitives({ randomBytes: random }), (seed, primitives) => webIdentityFromSeed(seed, primitives)) },
    ];
    for (const { name, results } of implementations) {
      expect(Object.keys(results).length, name).toBe(10);
      expect(results, name).toEqual(Object.fromEntries(Object.keys(results).map((k) => [k, true])));
    }
  });

  it('a generated web identity keeps its private keys non-extractable and signs what node:crypto verifies', async () => {
    const web = createWebPrimitives();
    const identity = await generateWebIdentity(web);
    expect(identity.privateKey.signing.extractable).toBe(false);
    expect(identity.privateKey.agreement.extractable).toBe(false);
    const message = new TextEncoder().encode('hello');
    const signature = await web.sign(identity, message);
    expect(await nodeCryptoPrimitives.verify(identity.publicKey, message, signature)).toBe(true);
  });
});
