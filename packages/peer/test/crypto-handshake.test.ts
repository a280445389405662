// The peer handshake: mutual authentication against the keys the node
// vouches for, directional keys, and what an attacker on the path can and
// cannot do with captured or altered messages.
import { describe, expect, it } from 'vitest';
import { hkdfSync, randomBytes, sign } from 'node:crypto';
import { WireError, decodePeerDatagram, encodePeerDatagram } from '@natter/wire';
import {
  CryptoError,
  HandshakeInitiator,
  respondToHandshake,
  generateIdentity,
  identityPublicKey,
  encryptPeerMessage,
  decryptPeerMessage,
} from '../src/crypto/index.js';
import type { HandshakeProps, Identity, Session } from '../src/crypto/index.js';
// Internal: the key schedule, to pin its inputs (the ephemeral private keys
// never leave the handshake, so the public API cannot show what HKDF binds).
import { deriveKeys } from '../src/crypto/handshake.js';
import { codeOf } from './crypto-codes.js';


async function errorOf(fn: () => unknown): Promise<CryptoError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof CryptoError) return err;
    throw err;
  }
  throw new Error('expected a CryptoError');
}

const alice = generateIdentity();
const bob = generateIdentity();
const carol = generateIdentity();
const mallory = generateIdentity();
const pub = (id: Identity) => identityPublicKey(id);

function flip(bytes: Uint8Array, index = 0): Buffer {
  const out = Buffer.from(bytes);
  out[index] ^= 0x01;
  return out;
}

/** Alice opens a session to Bob; both ends returned. */
async function handshake(): Promise<{ init: HandshakeInitiator; a: Session; b: Session; initMsg: HandshakeProps; respMsg: HandshakeProps }> {
  const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
  const { message: respMsg, session: b } = await respondToHandshake(bob, 'bob', pub(alice), init.message);
  const a = await init.complete(respMsg);
  return { init, a, b, initMsg: init.message, respMsg };
}

function expectPaired(x: Session, y: Session): void {
  expect(x.sessionId.equals(y.sessionId)).toBe(true);
  expect(x.sendKey.equals(y.recvKey)).toBe(true);
  expect(x.recvKey.equals(y.sendKey)).toBe(true);
  expect(x.sendKey.equals(x.recvKey)).toBe(false);
  const ping = decryptPeerMessage(y, encryptPeerMessage(x, { keepalive: { sentAtMs: 1 } }));
  const pong = decryptPeerMessage(x, encryptPeerMessage(y, { keepalive: { sentAtMs: 2, reply: true } }));
  expect(ping.keepalive?.sentAtMs).toBe(1);
  expect(pong.keepalive?.reply).toBe(true);
}

describe('handshake: the happy path', () => {
  it('alice -> bob: both derive the same keys in opposite directions', async () => {
    const { a, b, initMsg, respMsg } = await handshake();
    expectPaired(a, b);
    expect(initMsg.sessionId).toHaveLength(16);
    expect(initMsg.response).toBe(false);
    expect(respMsg.response).toBe(true);
    expect(respMsg.sessionId.equals(initMsg.sessionId)).toBe(true);
    expect([a.initiator, b.initiator]).toEqual([true, false]);
    expect([a.peerName, b.peerName]).toEqual(['bob', 'alice']);
    expect(a.peerIdentity.equals(pub(bob)) && b.peerIdentity.equals(pub(alice))).toBe(true);
  });

  it('the responder\'s session is confirmed by the first authentic packet, the initiator\'s at once', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    const { message, session: b } = await respondToHandshake(bob, 'bob', pub(alice), init.message);
    const a = await init.complete(message);
    expect(b.confirmed).toBe(false);
    expect(await codeOf(() => b.open({ sessionId: b.sessionId, counter: 0, ciphertext: Buffer.alloc(32) }))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(b.confirmed).toBe(false);
    b.open(a.seal(Buffer.from('hi')));
    expect(b.confirmed).toBe(true);
  });

  it('bob -> alice works the same way', async () => {
    const init = await HandshakeInitiator.start(bob, 'bob', 'alice', pub(alice));
    const { message, session: a } = await respondToHandshake(alice, 'alice', pub(bob), init.message);
    expectPaired(await init.complete(message), a);
  });

  it('works across the wire encoding (decoded Uint8Arrays, PeerPacket datagrams)', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    const over = decodePeerDatagram(encodePeerDatagram({ handshake: init.message })).handshake!;
    const { message, session: b } = await respondToHandshake(bob, 'bob', pub(alice), over);
    const back = decodePeerDatagram(encodePeerDatagram({ handshake: message })).handshake!;
    expectPaired(await init.complete(back), b);
  });

  it('forward secrecy: every handshake uses fresh ephemerals, session ids and keys', async () => {
    const one = await handshake();
    const two = await handshake();
    expect(one.initMsg.ephemeralKey.equals(two.initMsg.ephemeralKey)).toBe(false);
    expect(one.respMsg.ephemeralKey.equals(two.respMsg.ephemeralKey)).toBe(false);
    expect(one.a.sessionId.equals(two.a.sessionId)).toBe(false);
    const keys = [one.a.sendKey, one.a.recvKey, two.a.sendKey, two.a.recvKey].map((k) => k.toString('hex'));
    expect(new Set(keys).size).toBe(4);
    // The initiator drops its ephemeral private key once done: it cannot
    // derive the session again, so neither can anyone who steals its state.
    expect(await codeOf(() => one.init.complete(one.respMsg))).toBe('CRYPTO_HANDSHAKE');
  });
});

describe('handshake: authentication failures', () => {
  it('a tampered initiator signature, ephemeral key, session id or name -> CRYPTO_BAD_SIGNATURE', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    const m = init.message;
    for (const [field, tampered] of [
      ['signature', { ...m, signature: flip(m.signature, 10) }],
      ['ephemeralKey', { ...m, ephemeralKey: flip(m.ephemeralKey, 5) }],
      ['sessionId', { ...m, sessionId: flip(m.sessionId) }],
      ['from', { ...m, from: 'alicf' }],
    ] as const) {
      expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), tampered)), field).toBe('CRYPTO_BAD_SIGNATURE');
    }
  });

  it('a tampered response is refused and does not spoil the real one', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    const { message: r, session: b } = await respondToHandshake(bob, 'bob', pub(alice), init.message);
    expect(await codeOf(() => init.complete({ ...r, signature: flip(r.signature, 63) }))).toBe('CRYPTO_BAD_SIGNATURE');
    // A man in the middle substituting his own ephemeral key.
    expect(await codeOf(() => init.complete({ ...r, ephemeralKey: init.message.ephemeralKey }))).toBe('CRYPTO_BAD_SIGNATURE');
    expect(await codeOf(() => init.complete({ ...r, sessionId: flip(r.sessionId) }))).toBe('CRYPTO_HANDSHAKE');
    expect(await codeOf(() => init.complete({ ...r, from: 'carol' }))).toBe('CRYPTO_HANDSHAKE');
    expectPaired(await init.complete(r), b);
  });

  it('a swapped identity key in the initiation -> CRYPTO_HANDSHAKE naming the key change', async () => {
    // Mallory runs the whole initiation with her own key, claiming to be alice.
    const fake = await HandshakeInitiator.start(mallory, 'alice', 'bob', pub(bob));
    const err = await errorOf(() => respondToHandshake(bob, 'bob', pub(alice), fake.message));
    expect(err.code).toBe('CRYPTO_HANDSHAKE');
    expect(err.message).toMatch(/alice's identity key differs/);
    // Same, but with alice's key pasted into the message: the signature is
    // checked against the expected key, not the one in the message.
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), { ...fake.message, identityKey: pub(alice) }))).toBe(
      'CRYPTO_BAD_SIGNATURE',
    );
  });

  it('a swapped identity key in the response (mallory answering for bob) -> CRYPTO_HANDSHAKE', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    // Mallory holds a response that is valid under her own key (from a
    // decoy initiation addressed to her) and passes it off as bob's.
    const decoy = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(mallory));
    const { message } = await respondToHandshake(mallory, 'bob', pub(alice), decoy.message);
    const err = await errorOf(() => init.complete({ ...message, sessionId: init.message.sessionId }));
    expect(err.code).toBe('CRYPTO_HANDSHAKE');
    expect(err.message).toMatch(/bob's identity key differs/);
  });

  it('the initiation only verifies for the responder it names', async () => {
    // Mallory's responder expects alice, has the right key for her, but the
    // initiation was signed for bob (his key and name are in the transcript).
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    expect(await codeOf(() => respondToHandshake(mallory, 'bob', pub(alice), init.message))).toBe('CRYPTO_BAD_SIGNATURE');
    expect(await codeOf(() => respondToHandshake(carol, 'carol', pub(alice), init.message))).toBe('CRYPTO_BAD_SIGNATURE');
  });

  it('wrong expected identity (the node vouches for another key) -> CRYPTO_HANDSHAKE', async () => {
    // Responder side: bob was told alice's key is carol's.
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(carol), init.message))).toBe('CRYPTO_HANDSHAKE');
    // Initiator side: alice was told bob's key is carol's; bob's genuine
    // response (to another initiation) carries bob's real key.
    const misinformed = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(carol));
    const { message } = await respondToHandshake(bob, 'bob', pub(alice), init.message);
    expect(await codeOf(() => misinformed.complete({ ...message, sessionId: misinformed.message.sessionId }))).toBe('CRYPTO_HANDSHAKE');
  });

  it('a message in the wrong role is refused (reflection, initiation as response)', async () => {
    const init = await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob));
    expect(await codeOf(() => init.complete(init.message))).toBe('CRYPTO_HANDSHAKE');
    const { message } = await respondToHandshake(bob, 'bob', pub(alice), init.message);
    expect(await codeOf(() => respondToHandshake(alice, 'alice', pub(bob), message))).toBe('CRYPTO_HANDSHAKE');
  });

  it('an unsupported protocol version -> WIRE_VERSION; malformed fields -> CRYPTO_HANDSHAKE / CRYPTO_BAD_KEY', async () => {
    const m = (await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob))).message;
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), { ...m, protocolVersion: 1 }))).toBe('WIRE_VERSION');
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), { ...m, sessionId: m.sessionId.subarray(0, 8) }))).toBe('CRYPTO_HANDSHAKE');
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), { ...m, ephemeralKey: null }))).toBe('CRYPTO_HANDSHAKE');
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), { ...m, from: '' }))).toBe('CRYPTO_HANDSHAKE');
    expect(await codeOf(() => respondToHandshake(bob, 'bob', Buffer.alloc(32), m))).toBe('CRYPTO_BAD_KEY');
    expect(await codeOf(() => HandshakeInitiator.start(alice, 'alice', 'bob', Buffer.alloc(31)))).toBe('CRYPTO_BAD_KEY');
  });

  it('the signature is domain-separated: alice signing raw fields elsewhere does not yield an initiation', async () => {
    // If alice's key ever signed the bare concatenation of the same fields
    // (another protocol, a careless tool), that signature must not verify
    // here, because our transcript starts with "natter/1 handshake init".
    const m = (await HandshakeInitiator.start(alice, 'alice', 'bob', pub(bob))).message;
    const bare = sign(null, Buffer.concat([m.sessionId, m.ephemeralKey, m.identityKey, pub(bob)]), alice.privateKey);
    expect(await codeOf(() => respondToHandshake(bob, 'bob', pub(alice), { ...m, signature: bare }))).toBe('CRYPTO_BAD_SIGNATURE');
  });
});

describe('handshake: a replayed initiation', () => {
  // An attacker records alice's initiation to bob and replays it later to a
  // second responder (bob after a restart). With one round trip the
  // responder cannot tell a replay from a retry, so it answers. What we
  // assert is that the session it gets is useless to the attacker:
  //  1. it has fresh keys (bob's new ephemeral), unlike the original session;
  //  2. the attacker's recorded traffic from the real session does not
  //     decrypt in it (same session id, different keys -> tag failure);
  //  3. bob's packets in it do not decrypt in any session the attacker can
  //     reach (the original one, say) — only the holder of alice's ephemeral
  //     private key, which alice dropped, could derive the keys;
  //  4. a replay to anybody other than bob fails the signature outright.
  it('yields a session with fresh keys that nobody without alice\'s ephemeral can use', async () => {
    const { a, b, initMsg } = await handshake();
    const recorded = [0, 1, 2].map((n) => encryptPeerMessage(a, { data: { seq: n, chunk: Buffer.from(`secret ${n}`) } }));
    for (const packet of recorded) decryptPeerMessage(b, packet);

    const { session: replayed } = await respondToHandshake(bob, 'bob', pub(alice), initMsg);
    expect(replayed.sessionId.equals(b.sessionId)).toBe(true);
    expect(replayed.recvKey.equals(b.recvKey)).toBe(false);
    expect(replayed.sendKey.equals(b.sendKey)).toBe(false);
    for (const packet of recorded) {
      expect(await codeOf(() => decryptPeerMessage(replayed, packet))).toBe('CRYPTO_DECRYPT_FAILED');
    }
    expect(replayed.confirmed).toBe(false); // and it never becomes confirmed
    const fromBob = encryptPeerMessage(replayed, { data: { seq: 0, chunk: Buffer.from('to whom?') } });
    expect(await codeOf(() => decryptPeerMessage(a, fromBob))).toBe('CRYPTO_DECRYPT_FAILED');

    expect(await codeOf(() => respondToHandshake(carol, 'carol', pub(alice), initMsg))).toBe('CRYPTO_BAD_SIGNATURE');
  });
});

describe('handshake: key schedule', () => {
  const k = {
    sid: randomBytes(16),
    shared: randomBytes(32),
    idI: pub(alice),
    idR: pub(bob),
    eI: randomBytes(32),
    eR: randomBytes(32),
  };

  it('is HKDF-SHA256(X25519 secret, salt = session id, info = label || idI || idR || eI || eR), 32 bytes per direction', async () => {
    const info = Buffer.concat([Buffer.from('natter/1 session'), k.idI, k.idR, k.eI, k.eR]);
    const okm = Buffer.from(hkdfSync('sha256', k.shared, k.sid, info, 64));
    const { i2r, r2i } = deriveKeys(k);
    expect(i2r.equals(okm.subarray(0, 32))).toBe(true);
    expect(r2i.equals(okm.subarray(32))).toBe(true);
  });

  it.each(['sid', 'shared', 'idI', 'idR', 'eI', 'eR'] as const)('changing %s changes both keys', (field) => {
    const before = deriveKeys(k);
    const after = deriveKeys({ ...k, [field]: flip(k[field], 7) });
    expect(after.i2r.equals(before.i2r)).toBe(false);
    expect(after.r2i.equals(before.r2i)).toBe(false);
  });

  it('swapping the roles gives different keys (no reflection across directions)', async () => {
    const ab = deriveKeys(k);
    const ba = deriveKeys({ ...k, idI: k.idR, idR: k.idI, eI: k.eR, eR: k.eI });
    expect(ba.i2r.equals(ab.i2r) || ba.i2r.equals(ab.r2i)).toBe(false);
  });
});
