// Every RFC 4787 combination over the virtual network, not only the presets
// of matrix.test.ts: two NatterPeers, mapping × filtering × port allocation
// on each side (27 × 27 unordered pairs), at 50 ms and 10 % loss; the path
// the pair ends on and 50 messages each way delivered exactly once and in
// order.
import { describe, expect, it } from 'vitest';
import type { NatConfig } from '@natter/netsim';
import { expectedPathFor, runPair } from './support/peer-pair.js';

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
