// What an attacker can do: nothing. A third host on the internet sprays
// probes and encrypted packets at a peer during and after punching, and
// replays captured authentic datagrams from its own address: no path is
// taken over, nothing is injected. What the relay (and so the node) sees is
// ciphertext only.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { encodePeerDatagram, PROTOCOL_VERSION } from '@natter/wire';
import { generateIdentity, identityPublicKey, openSealed, sealMessage } from '@natter/peer';
import { setupPair } from './support/peer-pair.js';

describe('a third host cannot inject or hijack', () => {
  it('forged probes, forged and replayed encrypted packets change nothing', async () => {
    const pair = await setupPair({ a: 'full', b: 'full', latencyMs: 10, seed: 21 });
    const { t, sides } = pair;
    // The attacker: a public host on the internet that knows both public endpoints.
    const evil = t.net.addHost({ name: 'mallory', address: '198.18.7.7' });
    const sock = await evil.udp.bind({ port: 6666 });
    const targetA = sides.a.pub!;

    // Capture what b sends to a over UDP (an on-path attacker could).
    const captured: Uint8Array[] = [];
    sides.b.onUdpSend = (data, port, address) => {
      if (address === targetA.ip && port === targetA.port) captured.push(data);
    };

    // During punching: probes for the right attempt id, but without the secret.
    const attemptId = sides.a.attempt!.attemptId;
    for (let i = 0; i < 50; i++) {
      const forged = encodePeerDatagram({ probeAck: { protocolVersion: PROTOCOL_VERSION, attemptId, from: 'b', nonce: i + 1, mac: randomBytes(32) } });
      void sock.send(forged, targetA.port, targetA.ip);
      const probe = encodePeerDatagram({ probe: { protocolVersion: PROTOCOL_VERSION, attemptId, from: 'b', nonce: i + 1, mac: randomBytes(32) } });
      void sock.send(probe, targetA.port, targetA.ip);
    }

    const sends: Array<Promise<void>> = [];
    for (let i = 0; i < 20; i++) sends.push(sides.b.send(`b${i}`));
    await t.run(Promise.all([...sends, sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
    await t.net.advance(1000);
    const path = sides.a.conv.directPath!;
    expect(path.remote.address).not.toBe('198.18.7.7');
    expect(sides.a.got).toEqual(Array.from({ length: 20 }, (_, i) => `b${i}`));

    // After: forged encrypted packets with the live session id, and replays
    // of captured authentic packets from the attacker's address.
    const sessionId = sides.a.conv.sessionId!;
    for (let i = 0; i < 50; i++) {
      void sock.send(encodePeerDatagram({ encrypted: { sessionId, counter: 1000 + i, ciphertext: randomBytes(60) } }), targetA.port, targetA.ip);
    }
    expect(captured.length).toBeGreaterThan(0);
    for (const d of captured) void sock.send(d, targetA.port, targetA.ip);
    await t.net.advance(2000);
    expect(sides.a.got).toHaveLength(20);
    expect(sides.a.conv.directPath!.remote).toEqual(path.remote);
    expect(sides.a.conv.path).toBe('direct');

    // The conversation still works both ways.
    await t.run(sides.a.send('still here'));
    expect(sides.b.got).toContain('still here');
    await pair.close();
  });
});

describe('the relay and the offline store see only ciphertext', () => {
  it('no relayed datagram contains a message text', async () => {
    const pair = await setupPair({ a: 'symmetric', b: 'symmetric', latencyMs: 5, seed: 3 });
    const { t, sides } = pair;
    const secret = 'the launch code is 0000';
    await t.run(Promise.all([sides.a.send(secret), sides.b.send(secret)]), { maxMs: 60_000 });
    expect(sides.b.got).toEqual([secret]);
    const relayed = [...sides.a.relayed, ...sides.b.relayed];
    expect(relayed.length).toBeGreaterThan(0);
    for (const d of relayed) {
      expect(Buffer.from(d).includes(Buffer.from(secret))).toBe(false);
      expect(Buffer.from(d).includes(Buffer.from('launch'))).toBe(false);
    }
    await pair.close();
  });

  it('a sealed offline message holds no plaintext, opens only for the recipient, and cannot be forged', async () => {
    const alice = generateIdentity();
    const bob = generateIdentity();
    const node = generateIdentity(); // the node, or anyone else
    const text = 'meet at the usual place';
    const sealed = await sealMessage(alice, identityPublicKey(bob), { id: randomBytes(16), text, sentAtMs: 1 });
    expect(Buffer.from(sealed).includes(Buffer.from(text))).toBe(false);
    expect(Buffer.from(sealed).includes(Buffer.from('usual'))).toBe(false);
    expect((await openSealed(bob, sealed, identityPublicKey(alice))).chat.text).toBe(text);
    await expect(openSealed(node, sealed)).rejects.toThrow();
    // The node re-sealing something in alice's name: bob refuses it.
    const forged = await sealMessage(node, identityPublicKey(bob), { id: randomBytes(16), text: 'send money', sentAtMs: 2 });
    await expect(openSealed(bob, forged, identityPublicKey(alice))).rejects.toThrow(expect.objectContaining({ code: 'CRYPTO_HANDSHAKE' }));
  });
});
