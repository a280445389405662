// The channel cipher: ChaCha20-Poly1305 with counter nonces and the replay window.
import { describe, expect, it } from 'vitest';
import { createDecipheriv } from 'node:crypto';
import fc from 'fast-check';
import { WireError } from '@natter/wire';
import {
  CryptoError,
  HandshakeInitiator,
  ReplayWindow,
  Session,
  respondToHandshake,
  generateIdentity,
  identityPublicKey,
  encryptPeerMessage,
  decryptPeerMessage,
} from '../src/crypto/index.js';
import type { EncryptedProps, SessionOptions } from '../src/crypto/index.js';
import { codeOf } from './crypto-codes.js';


const alice = generateIdentity();
const bob = generateIdentity();

async function pair(options: SessionOptions = {}): Promise<{ a: Session; b: Session }> {
  const init = await HandshakeInitiator.start(alice, 'alice', 'bob', identityPublicKey(bob), options);
  const { message, session: b } = await respondToHandshake(bob, 'bob', identityPublicKey(alice), init.message, options);
  return { a: await init.complete(message), b };
}

const packets = (s: Session, n: number): EncryptedProps[] =>
  Array.from({ length: n }, (_, i) => s.seal(Buffer.from(`packet ${i}`)));

describe('channel cipher', () => {
  it('round-trips every PeerMessage kind both ways', async () => {
    const { a, b } = await pair();
    const messages = [
      { data: { seq: 7, messageId: Buffer.alloc(16, 1), fragmentIndex: 0, fragmentCount: 1, chunk: Buffer.from('héllo') } },
      { ack: { cumulative: 6, selective: [8, 9], echoSentAtMs: 1234 } },
      { keepalive: { sentAtMs: 99, reply: true } },
      { close: { reason: 'bye' } },
    ];
    for (const m of messages) {
      expect(decryptPeerMessage(b, encryptPeerMessage(a, m)).body).toBe(Object.keys(m)[0]);
      expect(decryptPeerMessage(a, encryptPeerMessage(b, m)).body).toBe(Object.keys(m)[0]);
    }
    const got = decryptPeerMessage(b, encryptPeerMessage(a, messages[0]!));
    expect(Buffer.from(got.data!.chunk!).toString()).toBe('héllo');
    expect(got.data!.seq).toBe(7);
  });

  it('uses the documented layout: nonce = 4 zero bytes + 64-bit BE counter, AAD = session id, tag appended', async () => {
    const { a, b } = await pair();
    a.seal(Buffer.from('first'));
    const packet = a.seal(Buffer.from('second'));
    expect(packet.counter).toBe(1);
    expect(packet.sessionId.equals(a.sessionId)).toBe(true);
    const nonce = Buffer.concat([Buffer.alloc(4), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1])]);
    const d = createDecipheriv('chacha20-poly1305', b.recvKey, nonce, { authTagLength: 16 });
    d.setAAD(b.sessionId, { plaintextLength: packet.ciphertext.length - 16 });
    d.setAuthTag(packet.ciphertext.subarray(-16));
    const plain = Buffer.concat([d.update(packet.ciphertext.subarray(0, -16)), d.final()]);
    expect(plain.toString()).toBe('second');
  });

  it('a bit flip anywhere in the ciphertext or tag -> CRYPTO_DECRYPT_FAILED', async () => {
    const { a, b } = await pair();
    const packet = a.seal(Buffer.from('attack at dawn'));
    for (let i = 0; i < packet.ciphertext.length; i++) {
      const ciphertext = Buffer.from(packet.ciphertext);
      ciphertext[i] ^= 0x80;
      expect(await codeOf(() => b.open({ ...packet, ciphertext })), `byte ${i}`).toBe('CRYPTO_DECRYPT_FAILED');
    }
    // The untouched packet still opens: failures did not consume its counter.
    expect(b.open(packet).toString()).toBe('attack at dawn');
  });

  it('a changed counter, session id, truncation or the sender\'s own key -> CRYPTO_DECRYPT_FAILED', async () => {
    const { a, b } = await pair();
    const packet = a.seal(Buffer.from('x'));
    expect(await codeOf(() => b.open({ ...packet, counter: 1 }))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(await codeOf(() => b.open({ ...packet, sessionId: Buffer.alloc(16) }))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(await codeOf(() => b.open({ ...packet, ciphertext: packet.ciphertext.subarray(0, 10) }))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(await codeOf(() => b.open({ ...packet, counter: -1 }))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(await codeOf(() => b.open({ ...packet, counter: 2 ** 60 }))).toBe('CRYPTO_DECRYPT_FAILED');
    // Reflection: alice's packet sent back to alice.
    expect(await codeOf(() => a.open(packet))).toBe('CRYPTO_DECRYPT_FAILED');
    // A session from another handshake between the same users.
    const other = (await pair()).b;
    expect(await codeOf(() => other.open({ ...packet, sessionId: other.sessionId }))).toBe('CRYPTO_DECRYPT_FAILED');
  });

  it('the same packet twice -> CRYPTO_REPLAY', async () => {
    const { a, b } = await pair();
    const packet = a.seal(Buffer.from('once'));
    expect(b.open(packet).toString()).toBe('once');
    expect(await codeOf(() => b.open(packet))).toBe('CRYPTO_REPLAY');
  });

  it('out-of-order packets inside the window are accepted exactly once', async () => {
    const { a, b } = await pair();
    const sent = packets(a, 300);
    // A fixed shuffle (the order a jittery path or a relay catching up might give).
    const order = sent.map((_, i) => (i * 197) % 300);
    expect(new Set(order).size).toBe(300);
    for (const i of order) expect(b.open(sent[i]!).toString()).toBe(`packet ${i}`);
    for (const i of order) expect(await codeOf(() => b.open(sent[i]!))).toBe('CRYPTO_REPLAY');
  });

  it('a packet 1024 or more behind the newest -> CRYPTO_REPLAY; 1023 behind is still accepted', async () => {
    const { a, b } = await pair();
    const sent = packets(a, 2001);
    b.open(sent[2000]!);
    expect(await codeOf(() => b.open(sent[976]!))).toBe('CRYPTO_REPLAY'); // 1024 behind
    expect(await codeOf(() => b.open(sent[0]!))).toBe('CRYPTO_REPLAY');
    expect(b.open(sent[977]!).toString()).toBe('packet 977'); // 1023 behind
  });

  it('a forged packet does not move the window', async () => {
    const { a, b } = await pair();
    const sent = packets(a, 10);
    b.open(sent[0]!);
    // Far ahead: had it moved the window, every real packet would now be too old.
    const forgedAhead = { sessionId: a.sessionId, counter: 1_000_000, ciphertext: Buffer.alloc(40, 7) };
    expect(await codeOf(() => b.open(forgedAhead))).toBe('CRYPTO_DECRYPT_FAILED');
    // At a counter not yet seen: had it been marked, the real one would be a replay.
    expect(await codeOf(() => b.open({ ...sent[5]!, ciphertext: Buffer.alloc(40, 7) }))).toBe('CRYPTO_DECRYPT_FAILED');
    for (const p of sent.slice(1)) expect(() => b.open(p)).not.toThrow();
    // The forgery again is a decrypt failure, not a replay: its counter was never marked.
    expect(await codeOf(() => b.open(forgedAhead))).toBe('CRYPTO_DECRYPT_FAILED');
  });

  it('refuses to reuse a nonce: sealing past maxCounter -> CRYPTO_EXHAUSTED', async () => {
    const { a, b } = await pair({ maxCounter: 2 });
    const sent = packets(a, 3);
    expect(sent.map((p) => p.counter)).toEqual([0, 1, 2]);
    expect(await codeOf(() => a.seal(Buffer.from('one too many')))).toBe('CRYPTO_EXHAUSTED');
    expect(await codeOf(() => a.seal(Buffer.from('still no')))).toBe('CRYPTO_EXHAUSTED');
    for (const p of sent) b.open(p);
    expect(await codeOf(() => b.open({ ...sent[0]!, counter: 3 }))).toBe('CRYPTO_DECRYPT_FAILED');
  });

  it('counters increase by one per seal and are never repeated', async () => {
    const { a } = await pair();
    const counters = packets(a, 100).map((p) => p.counter);
    expect(counters).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(a.sent).toBe(100);
  });

  it('a Session built from raw keys interoperates (what a caller resuming from storage would do)', async () => {
    const { a } = await pair();
    const mirror = new Session({
      sessionId: a.sessionId, sendKey: a.recvKey, recvKey: a.sendKey,
      peerName: 'alice', peerIdentity: identityPublicKey(alice), initiator: false,
    });
    expect(mirror.open(a.seal(Buffer.from('hi'))).toString()).toBe('hi');
  });
});

describe('ReplayWindow', () => {
  it('matches a simple model (a set of seen counters and a size limit) on random traffic', async () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3000), { maxLength: 400 }), fc.constantFrom(64, 128, 1024), (counters, size) => {
        const window = new ReplayWindow(size);
        const seen = new Set<number>();
        let top = -1;
        for (const c of counters) {
          const expected = c > top ? 'fresh' : top - c >= size ? 'too-old' : seen.has(c) ? 'duplicate' : 'fresh';
          expect(window.check(c)).toBe(expected);
          if (expected === 'fresh') {
            window.accept(c);
            seen.add(c);
            top = Math.max(top, c);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects sizes that are not a multiple of 32 or below 64', async () => {
    for (const size of [0, 32, 100]) expect(() => new ReplayWindow(size)).toThrow(RangeError);
  });
});
