// The reliable channel over netsim proper: two hosts behind full-cone NATs
// punch a hole to each other and exchange encoded PeerMessages as raw UDP
// datagrams (no encryption here) across lossy access links.
import { describe, expect, it } from 'vitest';
import type { UdpSocket } from '@natter/io';
import { buildTopology } from '@natter/netsim';
import { decodePeerMessage, encodePeerMessage, type DecodedPeerMessage } from '@natter/wire';
import { MAX_PLAINTEXT_BYTES, ReliableChannel, type ReliableChannelOptions } from '../src/reliable/index.js';

const PORT = 40_000;

function message(side: number, n: number): { id: Uint8Array; bytes: Uint8Array } {
  const id = new Uint8Array(16);
  id[0] = side;
  new DataView(id.buffer).setUint16(14, n);
  // Mostly one datagram, every tenth message a few (chat with the odd pasted log).
  const size = n % 10 === 0 ? 3000 + n : 20 + (n % 200);
  return { id, bytes: new Uint8Array(size).map((_, i) => (i + n + side) & 0xff) };
}

const key = (m: { id: Uint8Array; bytes: Uint8Array }): string =>
  `${Buffer.from(m.id).toString('hex')}:${m.bytes.length}:${Buffer.from(m.bytes).toString('base64').slice(-12)}`;

describe('reliable channel over netsim', () => {
  // A datagram crosses both access links, so per-link loss p is 1 - (1 - p)^2 per direction.
  it.each<{ name: string; lossRate: number; channel: Partial<ReliableChannelOptions> }>([
    { name: '30 % loss each way (16.3 % on each access link)', lossRate: 1 - Math.sqrt(0.7), channel: {} },
    // 51 % each way: the defaults deliver this run too, but a lone fragment
    // then fails a round trip 3 times in 4, and in about 1 % of seeds
    // (measured over 150) one stalls past the default 60 s give-up, which
    // is the policy working. This row is about liveness, so it waits longer.
    { name: '30 % loss on each access link (51 % each way)', lossRate: 0.3, channel: { giveUpAfterMs: 300_000 } },
  ])('200 messages each way between full-cone NATs, $name', async ({ lossRate, channel }) => {
    const lossy = { latencyMs: 25, jitterMs: 10, lossRate };
    const t = buildTopology({
      seed: 42,
      sites: [
        { name: 'alice', nat: 'full', link: lossy },
        { name: 'bob', nat: 'full', link: lossy },
      ],
    });
    const sockA = await t.hosts['alice']!.udp.bind({ port: PORT });
    const sockB = await t.hosts['bob']!.udp.bind({ port: PORT });
    // Full cone with port preservation: the public endpoint is the NAT's address and our own port.
    const pubA = { address: t.routers['alice-router']!.publicAddress!, port: PORT };
    const pubB = { address: t.routers['bob-router']!.publicAddress!, port: PORT };

    const atA: { id: Uint8Array; bytes: Uint8Array }[] = [];
    const atB: { id: Uint8Array; bytes: Uint8Array }[] = [];
    const heard = { a: false, b: false };
    let undecodable = 0;

    function attach(sock: UdpSocket, to: { address: string; port: number }, side: 'a' | 'b', at: typeof atA): ReliableChannel {
      const ch = new ReliableChannel({
        ...channel,
        clock: t.clock,
        transmit: (m) => void sock.send(encodePeerMessage(m, MAX_PLAINTEXT_BYTES), to.port, to.address).catch(() => {}),
        onMessage: (id, bytes) => at.push({ id, bytes }),
      });
      sock.onMessage((data) => {
        let m: DecodedPeerMessage;
        try {
          m = decodePeerMessage(data);
        } catch {
          undecodable++;
          return;
        }
        if (m.body === 'keepalive') heard[side] = true;
        ch.receive(m);
      });
      return ch;
    }
    const a = attach(sockA, pubB, 'a', atA);
    const b = attach(sockB, pubA, 'b', atB);

    // The punch: both sides send keepalives to the other's public endpoint
    // until each has heard one (the first may hit a NAT with no mapping yet,
    // or be lost on the way).
    const punch = (sock: UdpSocket, to: { address: string; port: number }) =>
      sock.send(encodePeerMessage({ keepalive: { sentAtMs: t.clock.now() } }), to.port, to.address);
    for (let round = 0; round < 20 && !(heard.a && heard.b); round++) {
      await punch(sockA, pubB);
      await punch(sockB, pubA);
      await t.net.advance(100);
    }
    expect(heard).toEqual({ a: true, b: true });
    expect(t.routers['alice-router']!.mappings()).toHaveLength(1);
    expect(t.routers['bob-router']!.mappings()).toHaveLength(1);

    const fromA = Array.from({ length: 200 }, (_, n) => message(1, n));
    const fromB = Array.from({ length: 200 }, (_, n) => message(2, n));
    await t.run(Promise.all([...fromA.map((m) => a.send(m.id, m.bytes)), ...fromB.map((m) => b.send(m.id, m.bytes))]));

    expect(atB.map(key)).toEqual(fromA.map(key));
    expect(atA.map(key)).toEqual(fromB.map(key));
    expect(undecodable).toBe(0);
    const net = t.net.stats();
    expect(net.drops['link-loss']).toBeGreaterThan(lossRate * 1000); // the loss was real
    expect(net.drops['filtered'] + net.drops['no-mapping']).toBeLessThanOrEqual(2); // at most the first punches
    for (const ch of [a, b]) {
      expect(ch.state).toBe('open');
      expect(ch.stats).toMatchObject({ delivered: 200, messagesAcked: 200, duplicateMessages: 0, garbage: 0 });
      expect(ch.stats.retransmitted).toBeGreaterThan(0);
      // Two 25 ms access links each way plus jitter: a 100-140 ms round trip.
      expect(ch.stats.srttMs).toBeGreaterThan(90);
      expect(ch.stats.srttMs).toBeLessThan(200);
    }
  });
});
