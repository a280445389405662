// Handshakes that cross or come late. Both users type at once, so both
// start a handshake over the relay (TCP through the node, slow after a loss);
// a punched UDP path then carries the retries, fast. Seen on the kernel NAT
// lab at 30 % loss: the smaller name's handshake completed over UDP, then
// the larger name's stale init arrived over the relay and was answered and
// adopted, though its sender had given it up. The two sides ended on
// different sessions, and nothing decrypted until the direct path was
// declared dead 6 s later and the relay resynchronised them.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { RemoteInfo, UdpSocket } from '@natter/io';
import { VirtualClock } from '@natter/netsim';
import { decodePeerDatagram, type natter } from '@natter/wire';
import { Conversation, generateIdentity, identityPublicKey, type Identity } from '@natter/peer';

type Name = 'alice' | 'bob';
const ADDR: Record<Name, { address: string; port: number }> = {
  alice: { address: '203.0.113.11', port: 40001 },
  bob: { address: '203.0.113.12', port: 40002 },
};
const other = (n: Name): Name => (n === 'alice' ? 'bob' : 'alice');

/** Two conversations joined by a relay and a UDP path, each with its own one-way delay. */
function pair(o: { relayMs: number; udpMs: number }) {
  const clock = new VirtualClock();
  const ids: Record<Name, Identity> = { alice: generateIdentity(), bob: generateIdentity() };
  const got: Record<Name, string[]> = { alice: [], bob: [] };
  const convs = {} as Record<Name, Conversation>;
  const sockets = {} as Record<Name, UdpSocket>;
  /** Every handshake datagram seen, for replays. */
  const handshakes: Array<{ from: Name; datagram: Uint8Array }> = [];

  function deliver(to: Name, datagram: Uint8Array, udp: boolean) {
    const p = decodePeerDatagram(datagram);
    const via = udp ? { socket: sockets[to], from: { ...ADDR[other(to)], family: 'IPv4', size: datagram.length } as RemoteInfo } : undefined;
    if (p.body === 'handshake') {
      handshakes.push({ from: other(to), datagram });
      convs[to].onHandshake(p.handshake as natter.peer.Handshake, via);
    } else if (p.body === 'encrypted') convs[to].onEncrypted(p.encrypted as natter.peer.Encrypted, via);
  }

  const open = (me: Name) =>
    new Conversation(other(me), identityPublicKey(ids[other(me)]), {
      clock,
      me,
      identity: ids[me],
      relay: (datagram) => {
        clock.setTimeout(() => deliver(other(me), datagram, false), o.relayMs);
        return true;
      },
      onMessage: (_id, bytes) => got[me].push(Buffer.from(bytes).toString()),
      onPath: () => {},
      onDirectDead: () => {},
      onSession: () => {},
    });
  for (const me of ['alice', 'bob'] as const) {
    sockets[me] = { send: async (data: Uint8Array) => void clock.setTimeout(() => deliver(other(me), data, true), o.udpMs) } as unknown as UdpSocket;
    convs[me] = open(me);
  }
  const punched = (...who: Name[]) => {
    for (const me of who) convs[me].setDirect({ socket: sockets[me], remote: ADDR[other(me)] }, 'punched');
  };
  const say = (me: Name, text: string) => convs[me].send(randomBytes(16), Buffer.from(text));
  return { clock, convs, got, handshakes, punched, say, deliver, open };
}

describe('handshakes that cross or come late', () => {
  it('a stale init that arrives over the relay after the UDP handshake completed does not split the sessions', async () => {
    const { clock, convs, got, punched, say } = pair({ relayMs: 600, udpMs: 10 });
    const first = [say('alice', 'a1'), say('bob', 'b1')];
    // The punch succeeds before the relay delivers either init: the retries go over UDP.
    punched('alice', 'bob');
    await clock.run(Promise.all(first), { maxMs: 3_000 });
    // Past the moment bob's first init (given up for alice's) arrives over the relay.
    await clock.advance(1_500);
    expect(convs.alice.sessionId).toBeDefined();
    expect(convs.alice.sessionId).toEqual(convs.bob.sessionId);
    // Still talking, well before a dead-path watchdog (6 s) could have helped.
    await clock.run(Promise.all([say('alice', 'a2'), say('bob', 'b2')]), { maxMs: 1_000 });
    expect(got.bob).toEqual(['a1', 'a2']);
    expect(got.alice).toEqual(['b1', 'b2']);
    expect([convs.alice.path, convs.bob.path]).toEqual(['direct', 'direct']);
  });

  it('an init replayed from an earlier handshake is answered but does not replace the session in use', async () => {
    const { clock, convs, got, handshakes, punched, say, open } = pair({ relayMs: 20, udpMs: 10 });
    punched('alice', 'bob');
    await clock.run(say('alice', 'a1'), { maxMs: 3_000 });
    const oldInit = handshakes.find((h) => h.from === 'alice' && !decodePeerDatagram(h.datagram).handshake!.response)!;
    // Alice's conversation restarts: a second handshake, so bob's reply cache moves on.
    convs.alice.close();
    convs.alice = open('alice');
    await clock.run(say('alice', 'a2'), { maxMs: 3_000 });
    const current = convs.bob.sessionId;
    expect(current).toEqual(convs.alice.sessionId);
    // Someone on the path replays alice's first init to bob over UDP.
    const p = decodePeerDatagram(oldInit.datagram);
    convs.bob.onHandshake(p.handshake as natter.peer.Handshake, { socket: { send: async () => {} } as unknown as UdpSocket, from: { address: '198.51.100.66', port: 9, family: 'IPv4', size: 0 } as RemoteInfo });
    expect(convs.bob.sessionId).toEqual(current);
    await clock.run(Promise.all([say('alice', 'a3'), say('bob', 'b1')]), { maxMs: 1_000 });
    expect(got.bob).toEqual(['a1', 'a2', 'a3']);
    expect(got.alice).toEqual(['b1']);
  });

  it('a buddy that really restarted is followed at once: its first packet confirms the new session', async () => {
    const { clock, convs, got, punched, say, open } = pair({ relayMs: 20, udpMs: 10 });
    punched('alice', 'bob');
    await clock.run(Promise.all([say('alice', 'a1'), say('bob', 'b1')]), { maxMs: 3_000 });
    const old = convs.alice.sessionId;
    // Bob's process restarts: a new conversation, no session, on the relay.
    convs.bob.close();
    convs.bob = open('bob');
    await clock.run(say('bob', 'b2'), { maxMs: 3_000 });
    expect(convs.alice.sessionId).not.toEqual(old);
    expect(convs.alice.sessionId).toEqual(convs.bob.sessionId);
    await clock.run(say('alice', 'a2'), { maxMs: 3_000 });
    expect(got.alice).toEqual(['b1', 'b2']);
    expect(got.bob).toEqual(['a1', 'a2']);
  });
});
