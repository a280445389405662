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

describe('fuzz: sealed messages', () => {
  const chat = { id: Buffer.alloc(16, 1), text: 'hello bob', sentAtMs: 42 };
  const good = sealMessage(alice, pubB, chat);

  it('random bytes to openSealed raise only CryptoError or WireError', () => {
    fc.assert(fc.property(bytes(400), (b) => void onlyOurErrors(() => openSealed(bob, b, pubA))), runs);
  });

  it('random SealedMessage fields raise only CryptoError or WireError', () => {
    const sealed = fc.record({
      protocolVersion: fc.oneof(fc.constant(1), fc.nat()),
      ephemeralKey: key32,
      nonce: fc.oneof(fc.uint8Array({ minLength: 12, maxLength: 12 }), bytes(20)),
      ciphertext: bytes(100),
      senderIdentityKey: key32,
      signature: fc.oneof(fc.uint8Array({ minLength: 64, maxLength: 64 }), bytes(80)),
    });
    fc.assert(
      fc.property(sealed, fc.boolean(), (fields, expect) => {
        const encoded = onlyOurErrors(() => encodeSealedMessage(fields));
        if (encoded) onlyOurErrors(() => openSealed(bob, encoded, expect ? pubA : undefined));
      }),
      runs,
    );
  });

  it('a corrupted sealed message fails, or opens to exactly the original', () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const opened = onlyOurErrors(() => openSealed(bob, mutate(good, changes), pubA));
        if (opened) expect(opened.chat.text).toBe(chat.text);
      }),
      runs,
    );
  });
});

describe('fuzz: channel packets', () => {
  const init = new HandshakeInitiator(alice, 'alice', 'bob', pubB);
  const { message, session: b } = respondToHandshake(bob, 'bob', pubA, init.message);
  const a = init.complete(message);

  it('random Encrypted fields raise only CryptoError or WireError', () => {
    const counter = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(2 ** 64));
    const sessionId = fc.oneof(fc.constant(b.sessionId), bytes(20));
    fc.assert(
      fc.property(sessionId, counter, bytes(200), (sid, n, ciphertext) => {
        onlyOurErrors(() => decryptPeerMessage(b, { sessionId: sid, counter: n, ciphertext }));
      }),
      runs,
    );
  });

  it('random datagrams decoded and decrypted raise only CryptoError or WireError', () => {
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

  it('a corrupted datagram fails, or decrypts to exactly what was sent', () => {
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

  it('random handshake fields raise only CryptoError or WireError, on both sides', () => {
    const init = new HandshakeInitiator(alice, 'alice', 'bob', pubB);
    fc.assert(
      fc.property(handshakeLike, (h) => {
        const msg = h as unknown as HandshakeInput;
        expect(onlyOurErrors(() => respondToHandshake(bob, 'bob', pubA, msg))).toBeUndefined();
        expect(onlyOurErrors(() => init.complete(msg))).toBeUndefined();
      }),
      runs,
    );
  });

  it('random datagrams as handshakes raise only CryptoError or WireError', () => {
    const init = new HandshakeInitiator(alice, 'alice', 'bob', pubB);
    fc.assert(
      fc.property(bytes(300), (raw) => {
        onlyOurErrors(() => {
          const packet = decodePeerDatagram(Uint8Array.from([0xe7, ...raw]));
          if (!packet.handshake) return;
          onlyOurErrors(() => respondToHandshake(bob, 'bob', pubA, packet.handshake!));
          onlyOurErrors(() => init.complete(packet.handshake!));
        });
      }),
      runs,
    );
  });

  it('a corrupted initiation raises only CryptoError or WireError (or is an unchanged message)', () => {
    const init = new HandshakeInitiator(alice, 'alice', 'bob', pubB);
    const datagram = encodePeerDatagram({ handshake: init.message });
    fc.assert(
      fc.property(mutations, (changes) => {
        onlyOurErrors(() => {
          const h = decodePeerDatagram(mutate(datagram, changes)).handshake;
          if (!h) return;
          const result = onlyOurErrors(() => respondToHandshake(bob, 'bob', pubA, h));
          // Only a mutation that left every signed field intact may succeed.
          if (result) {
            expect(Buffer.from(h.sessionId!).equals(init.message.sessionId)).toBe(true);
            expect(Buffer.from(h.ephemeralKey!).equals(init.message.ephemeralKey)).toBe(true);
          }
        });
      }),
      runs,
    );
  });
});
