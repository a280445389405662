// Two devices per user over the virtual network, each device behind a NAT
// of its own (issue 14): every message reaches every device of the buddy
// and the sender's other device exactly once; each pair of devices ends on
// the path its two NATs allow (direct where the planner gets through, the
// relay otherwise), punched for that pair alone.
import { describe, expect, it } from 'vitest';
import { buildTopology } from '@natter/netsim';
import { NatterPeer, generateIdentity, identityPublicKey, type HistoryEntry } from '@natter/peer';
import { MemoryHistory } from './support/memory-history.js';
import { MemoryNode } from './support/memory-node.js';
import { INTERNET_HOPS, expectedPath, waitFor, type Kind } from './support/peer-pair.js';

const S1 = '203.0.113.1';
const S2 = '203.0.113.2';
type Device = 'a1' | 'a2' | 'b1' | 'b2';
const DEVICES: Device[] = ['a1', 'a2', 'b1', 'b2'];
const userOf = (d: Device) => (d.startsWith('a') ? 'alice' : 'bob');

/** Each device's NAT: alice's two, then bob's two. */
const GRID: Array<Record<Device, Kind>> = [
  { a1: 'full', a2: 'symmetric', b1: 'port', b2: 'restricted' },
  { a1: 'open', a2: 'blocked', b1: 'symmetric', b2: 'full' },
  { a1: 'port', a2: 'port', b1: 'symmetric', b2: 'symmetric' },
];

describe('two devices per user, each behind its own NAT', () => {
  for (const [latencyMs, lossRate] of [
    [20, 0],
    [50, 0.1],
  ] as const) {
    it.each(GRID)(`${latencyMs} ms, ${lossRate * 100}% loss: %o`, async (nats) => {
      const link = { latencyMs, lossRate };
      const t = buildTopology({ seed: 7, internetHops: INTERNET_HOPS, server: { ips: [S1, S2] }, sites: DEVICES.map((d) => ({ name: d, nat: nats[d], link })) });
      const node = await MemoryNode.start({ clock: t.clock, udp: t.server.udp, stunIp: S1, altStunIp: S2, controlDelayMs: latencyMs, buddies: [['alice', 'bob']] });
      const peers = {} as Record<Device, NatterPeer>;
      const got = {} as Record<Device, HistoryEntry[]>;
      for (const [i, d] of DEVICES.entries()) {
        const identity = generateIdentity();
        node.register(userOf(d), identityPublicKey(identity), d);
        let x = i * 7919 + 17;
        peers[d] = new NatterPeer({ session: node.channel(d), history: new MemoryHistory(), identity, stack: t.hosts[d]!.udp, clock: t.clock, random: () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31, classify: true });
        got[d] = [];
        peers[d].on('message', (m) => got[d].push(m));
      }
      await t.run(Promise.all(DEVICES.map((d) => peers[d].start())), { maxMs: 60_000 });
      await waitFor(t, () => DEVICES.every((d) => node.presenceUpdates(d) > 0));
      await waitFor(t, () => DEVICES.every((d) => peers[d].buddies()[0]?.devices.filter((x) => x.trusted && x.online).length === 2 && peers[d].devices().filter((x) => x.online).length === 2));

      // Ten messages from each device to the other user, all at once.
      const N = 10;
      const sent: Promise<unknown>[] = [];
      for (let k = 0; k < N; k++) for (const d of DEVICES) sent.push(peers[d].send(d.startsWith('a') ? 'bob' : 'alice', `${d}-${k}`));
      await t.run(Promise.all(sent), { maxMs: 60_000 });
      const want = (d: Device) => {
        const sibling = DEVICES.find((x) => x !== d && userOf(x) === userOf(d))!;
        const buddy = DEVICES.filter((x) => userOf(x) !== userOf(d));
        return [...buddy, sibling].flatMap((from) => Array.from({ length: N }, (_, k) => `${from}-${k}`)).sort();
      };
      await waitFor(t, () => DEVICES.every((d) => got[d].length >= want(d).length), 120_000);
      // A little longer: nothing arrives twice later (resends, receipts, stored copies).
      await t.net.advance(10_000);
      for (const d of DEVICES) {
        expect(got[d].map((m) => m.text).sort(), d).toEqual(want(d));
        // The sibling's messages are sync copies of what it sent; the buddy's are received.
        for (const m of got[d]) expect(m.direction, `${d}: ${m.text}`).toBe(userOf(m.text.slice(0, 2) as Device) === userOf(d) ? 'out' : 'in');
      }
      // Each buddy pair ends on the path its two NATs allow.
      await waitFor(
        t,
        () => DEVICES.every((d) => peers[d].buddies()[0]!.devices.every((x) => x.path === expectedPath(nats[d], nats[DEVICES.find((y) => peers[y].address === x.address)!]))),
        60_000,
      );
      for (const d of DEVICES) await peers[d].close();
      await node.close();
    }, 240_000);
  }
});
