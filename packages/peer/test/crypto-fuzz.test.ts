// Property tests: whatever bytes arrive (from the network, the relay or the
// offline store), the crypto layer only ever raises CryptoError or
// WireError — never a TypeError, a RangeError or an OpenSSL error — and a
// corrupted message never opens to different content.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WireError, decodePeerDatagram, encodePeerDatagram, encodeSealedMessage } from '@natter/wire';
import {
  CryptoError,
  HandshakeInitiator,
  respondToHandshake,
  generateIdentity,
  identityPublicKey,
  sealMessage,
  openSealed,
  encryptPeerMessage,
  decryptPeerMessage,
} from '../src/crypto/index.js';
import type { HandshakeInput } from '../src/crypto/index.js';

const alice = generateIdentity();
const bob = generateIdentity();
const pubA = identityPublicKey(alice);
const pubB = identityPublicKey(bob);

/** Runs fn; passes if it returns or throws one of our two error types. */
function onlyOurErrors<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CryptoError || err instanceof WireError) return undefined;
    throw err;
  }
}

/** The same for the asynchronous calls (handshake and sealed messages). */
async function onlyOurRejections<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CryptoError || err instanceof WireError) return undefined;
    throw err;
  }
}

const runs = { numRuns: 300 };
const bytes = (max: number) => fc.uint8Array({ maxLength: max });
const key32 = fc.oneof(fc.uint8Array({ minLength: 32, maxLength: 32 }), bytes(40), fc.constant(pubA), fc.constant(pubB));
/** Mutations: a list of (position fraction, xor mask) pairs applied to a byte string. */
const mutations = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 })), {
  minLength: 1,
  maxLength: 4,
});
function mutate(input: Uint8Array, changes: [number, number][]): Uint8Array {
  const out = Uint8Array.from(input);
  for (const [where, mask] of changes) out[Math.floor(where * out.length)]! ^= mask;
  return out;
}

const chat = { id: Buffer.alloc(16, 1), text: 'hello bob', sentAtMs: 42 };
const good = await sealMessage(alice, pubB, chat);

describe('fuzz: sealed messages', () => {

  it('random bytes to openSealed raise only CryptoError or WireError', async () => {
    await fc.assert(fc.asyncProperty(bytes(400), async (b) => void (await onlyOurRejections(() => openSealed(bob, b, pubA)))), runs);
  });

  it('random SealedMessage fields raise only CryptoError or WireError', async () => {
    const sealed = fc.record({
      protocolVersion: fc.oneof(fc.constant(1), fc.nat()),
      ephemeralKey: key32,
      nonce: fc.oneof(fc.uint8Array({ minLength: 12, maxLength: 12 }), bytes(20)),
      ciphertext: bytes(100),
      senderIdentityKey: key32,
      signature: fc.oneof(fc.uint8Array({ minLength: 64, maxLength: 64 }), bytes(80)),
    });
    await fc.assert(
      fc.asyncProperty(sealed, fc.boolean(), async (fields, expect) => {
        const encoded = onlyOurErrors(() => encodeSealedMessage(fields));
        if (encoded) await onlyOurRejections(() => openSealed(bob, encoded, expect ? pubA : undefined));
      }),
      runs,
    );
  });

  it('a corrupted sealed message fails, or opens to exactly the original', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (changes) => {
        const opened = await onlyOurRejections(() => openSealed(bob, mutate(good, changes), pubA));
        if (opened) expect(opened.chat.text).toBe(chat.text);
      }),
      runs,
    );
  });
});

const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pubB);
const { message, session: b } = await respondToHandshake(bob, 'bob', pubA, init.message);
const a = await init.complete(message);

describe('fuzz: channel packets', () => {

  it('random Encrypted fields raise only CryptoError or WireError', async () => {
    const counter = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(2 ** 64));
    const sessionId = fc.oneof(fc.constant(b.sessionId), bytes(20));
    fc.assert(
      fc.property(sessionId, counter, bytes(200), (sid, n, ciphertext) => {
        onlyOurErrors(() => decryptPeerMessage(b, { sessionId: sid, counter: n, ciphertext }));
      }),
      runs,
    );
  });

  it('random datagrams decoded and decrypted raise only CryptoError or WireError', async () => {
    fc.assert(
      fc.property(bytes(300), (raw) => {
        onlyOurErrors(() => {
          const packet = decodePeerDatagram(Uint8Array.from([0xe7, ...raw]));
          if (packet.encrypted) decryptPeerMessage(b, packet.encrypted);
        });
      }),
      runs,
    );
  });

  it('a corrupted datagram fails, or decrypts to exactly what was sent', async () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const sent = encryptPeerMessage(a, { close: { reason: 'done' } });
        const datagram = encodePeerDatagram({ encrypted: sent });
        const got = onlyOurErrors(() => {
          const packet = decodePeerDatagram(mutate(datagram, changes));
          return packet.encrypted ? decryptPeerMessage(b, packet.encrypted) : undefined;
        });
        if (got) expect(got.close?.reason).toBe('done');
      }),
      runs,
    );
  });
});

describe('fuzz: handshake verification', () => {
  const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string(), bytes(70), fc.boolean());
  const handshakeLike = fc.record(
    {
      protocolVersion: fc.oneof(fc.constant(1), anything),
      sessionId: fc.oneof(fc.uint8Array({ minLength: 16, maxLength: 16 }), anything),
      ephemeralKey: fc.oneof(key32, anything),
      identityKey: fc.oneof(key32, anything),
      signature: fc.oneof(fc.uint8Array({ minLength: 64, maxLength: 64 }), anything),
      response: fc.oneof(fc.boolean(), anything),
      from: fc.oneof(fc.constantFrom('alice', 'bob'), anything),
    },
    { requiredKeys: [] },
  );

  it('random handshake fields raise only CryptoError or WireError, on both sides', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pubB);
    await fc.assert(
      fc.asyncProperty(handshakeLike, async (h) => {
        const msg = h as unknown as HandshakeInput;
        expect(await onlyOurRejections(() => respondToHandshake(bob, 'bob', pubA, msg))).toBeUndefined();
        expect(await onlyOurRejections(() => init.complete(msg))).toBeUndefined();
      }),
      runs,
    );
  });

  it('random datagrams as handshakes raise only CryptoError or WireError', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pubB);
    await fc.assert(
      fc.asyncProperty(bytes(300), async (raw) => {
        const packet = onlyOurErrors(() => decodePeerDatagram(Uint8Array.from([0xe7, ...raw])));
        if (!packet?.handshake) return;
        await onlyOurRejections(() => respondToHandshake(bob, 'bob', pubA, packet.handshake!));
        await onlyOurRejections(() => init.complete(packet.handshake!));
      }),
      runs,
    );
  });

  it('a corrupted initiation raises only CryptoError or WireError (or is an unchanged message)', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pubB);
    const datagram = encodePeerDatagram({ handshake: init.message });
    await fc.assert(
      fc.asyncProperty(mutations, async (changes) => {
        const h = onlyOurErrors(() => decodePeerDatagram(mutate(datagram, changes)))?.handshake;
        if (!h) return;
        const result = await onlyOurRejections(() => respondToHandshake(bob, 'bob', pubA, h));
        // Only a mutation that left every signed field intact may succeed.
        if (result) {
          expect(Buffer.from(h.sessionId!).equals(init.message.sessionId)).toBe(true);
          expect(Buffer.from(h.ephemeralKey!).equals(init.message.ephemeralKey)).toBe(true);
        }
      }),
      runs,
    );
  });
});
