// Every pair of NAT behaviours over the virtual network, with latency and
// loss: two NatterPeers, the path the pair ends on (direct where the
// planner can get through, relay otherwise; docs/protocol.md, punching) and
// 200 messages each way delivered exactly once and in order. Every RFC 4787
// combination is in matrix-rfc4787.test.ts (a file of its own, so the two
// run side by side).
import { describe, expect, it } from 'vitest';
import { KINDS, expectedPath, runPair, type Kind } from './support/peer-pair.js';

const PAIRS: Array<[Kind, Kind]> = [];
for (let i = 0; i < KINDS.length; i++) for (let j = i; j < KINDS.length; j++) PAIRS.push([KINDS[i]!, KINDS[j]!]);

describe('NAT matrix: expected path and exactly-once delivery', () => {
  for (const latencyMs of [0, 50, 200]) {
    for (const lossRate of [0, 0.1, 0.3]) {
      describe(`${latencyMs} ms, ${lossRate * 100}% loss`, () => {
        it.each(PAIRS)('%s <-> %s', async (a, b) => {
          const r = await runPair(a, b, latencyMs, lossRate, 1 + KINDS.indexOf(a) * 7 + KINDS.indexOf(b));
          const want = expectedPath(a, b);
          expect({ a: r.pathA, b: r.pathB }, `strategy ${r.strategy}`).toEqual({ a: want, b: want });
          expect(r.gotB).toEqual(Array.from({ length: 200 }, (_, i) => `a${i}`));
          expect(r.gotA).toEqual(Array.from({ length: 200 }, (_, i) => `b${i}`));
        }, 120_000);
      });
    }
  }
});
