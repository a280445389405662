// Every pair of NAT behaviours over the virtual network, with latency and
// loss: the path the pair ends on (direct where DESIGN.md's table says it can
// be, relay otherwise) and 200 messages each way delivered exactly once and
// in order.
import { describe, expect, it } from 'vitest';
import type { NatConfig } from '@natter/netsim';
import { KINDS, expectedPath, expectedPathFor, runPair, type Kind } from './pair-harness.js';

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

// Every RFC 4787 combination, not only the presets: mapping × filtering ×
// port allocation on each side (27 × 27 unordered pairs), at 50 ms and 10 %
// loss, 50 messages each way.
const MAPPINGS = ['endpoint-independent', 'address-dependent', 'address-and-port-dependent'] as const;
const FILTERINGS = ['endpoint-independent', 'address-dependent', 'address-and-port-dependent'] as const;
const ALLOCATIONS = ['preserving', 'sequential', 'random'] as const;
const CONFIGS: NatConfig[] = MAPPINGS.flatMap((mapping) => FILTERINGS.flatMap((filtering) => ALLOCATIONS.map((portAllocation) => ({ mapping, filtering, portAllocation }))));
const label = (c: NatConfig) => `${c.mapping.split('-').map((w) => w[0]).join('').toUpperCase()}M/${c.filtering.split('-').map((w) => w[0]).join('').toUpperCase()}F/${c.portAllocation}`;

describe('NAT matrix over every mapping x filtering x allocation (50 ms, 10% loss)', () => {
  const pairs: Array<[NatConfig, NatConfig]> = [];
  for (let i = 0; i < CONFIGS.length; i++) for (let j = i; j < CONFIGS.length; j++) pairs.push([CONFIGS[i]!, CONFIGS[j]!]);
  it.each(pairs.map(([a, b], i) => [label(a), label(b), a, b, i] as const))('%s <-> %s', async (_la, _lb, a, b, i) => {
    const r = await runPair(a, b, 50, 0.1, 1000 + i, 50);
    const want = expectedPathFor(a, b);
    expect({ a: r.pathA, b: r.pathB }, `strategy ${r.strategy}`).toEqual({ a: want, b: want });
    expect(r.gotB).toEqual(Array.from({ length: 50 }, (_, k) => `a${k}`));
    expect(r.gotA).toEqual(Array.from({ length: 50 }, (_, k) => `b${k}`));
  }, 120_000);
});
