// The NAT matrix again on routers without a WAN input firewall (a Linux box
// doing masquerade: an unsolicited packet to the router takes its pair, and
// the inside host's later flow to that remote moves to another port; see
// netsim's inputFirewall). A probe that arrives before the host's own first
// packet out would move the mapping the buddy was told about, so these pairs
// go direct only when each side opens its own mapping first (docs/protocol.md,
// punching). Every pair of the lab's kinds in that variant, with latency and
// loss, exactly once and in order.
import { describe, expect, it } from 'vitest';
import { expectedPath, runPair, type Kind } from './support/peer-pair.js';

const VARIANT: Kind[] = ['open', 'full-nofw', 'restricted-nofw', 'port-nofw', 'symmetric-nofw', 'blocked'];
const PAIRS: Array<[Kind, Kind]> = [];
for (let i = 0; i < VARIANT.length; i++) for (let j = i; j < VARIANT.length; j++) PAIRS.push([VARIANT[i]!, VARIANT[j]!]);

describe('NAT matrix without WAN input firewalls: expected path and exactly-once delivery', () => {
  for (const [latencyMs, lossRate] of [
    [0, 0],
    [50, 0.1],
  ] as const) {
    describe(`${latencyMs} ms, ${lossRate * 100}% loss`, () => {
      it.each(PAIRS)('%s <-> %s', async (a, b) => {
        const r = await runPair(a, b, latencyMs, lossRate, 101 + VARIANT.indexOf(a) * 7 + VARIANT.indexOf(b), 50);
        const want = expectedPath(a, b);
        expect({ a: r.pathA, b: r.pathB }, `strategy ${r.strategy}`).toEqual({ a: want, b: want });
        expect(r.gotB).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`));
        expect(r.gotA).toEqual(Array.from({ length: 50 }, (_, i) => `b${i}`));
      }, 120_000);
    });
  }
});
