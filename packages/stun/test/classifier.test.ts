// The classifier over the virtual network: every NAT behaviour, with loss
// and latency, a server with one or two IPs, plain servers. Table-driven,
// deterministic (seeded), milliseconds of wall time per case.
import { describe, expect, it } from 'vitest';
import { buildTopology, type NatConfig, type NatPresetName } from '@natter/netsim';
import { classifyNat, serveStun, type NatReport } from '@natter/stun';

const PORT_RESTRICTED: NatConfig = { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', portAllocation: 'preserving' };
const S1 = '203.0.113.1';
const S2 = '203.0.113.2';

async function classify(nat: NatPresetName | NatConfig, opts: { seed?: number; latencyMs?: number; lossRate?: number; altIp?: boolean; timeoutMs?: number } = {}): Promise<NatReport> {
  const t = buildTopology({
    seed: opts.seed ?? 7,
    server: { ips: opts.altIp === false ? [S1] : [S1, S2] },
    sites: [{ name: 'a', nat, link: { latencyMs: opts.latencyMs ?? 10, lossRate: opts.lossRate ?? 0 } }],
  });
  const server = await serveStun({ stack: t.server.udp, clock: t.clock, ip: S1, altIp: opts.altIp === false ? undefined : S2 });
  try {
    return await t.run(classifyNat({ stack: t.hosts['a']!.udp, clock: t.clock, servers: [{ address: S1, port: 3478 }], timeoutMs: opts.timeoutMs ?? 1000 }));
  } finally {
    await server.close();
  }
}

const EXPECTED: Array<[NatPresetName, Partial<NatReport>]> = [
  ['open', { udp: true, nat: 'open', mapping: 'endpoint-independent', filtering: 'endpoint-independent', hairpinning: null }],
  ['firewall', { udp: true, nat: 'symmetric-udp-firewall', filtering: 'address-and-port-dependent' }],
  ['full', { udp: true, nat: 'full-cone', mapping: 'endpoint-independent', filtering: 'endpoint-independent', portPreservation: true }],
  ['restricted', { udp: true, nat: 'restricted-cone', mapping: 'endpoint-independent', filtering: 'address-dependent' }],
  ['port', { udp: true, nat: 'port-restricted-cone', mapping: 'endpoint-independent', filtering: 'address-and-port-dependent' }],
  ['symmetric', { udp: true, nat: 'symmetric', mapping: 'address-and-port-dependent', portPreservation: false, portDelta: null }],
  ['blocked', { udp: false, nat: 'blocked', mapping: 'unknown', filtering: 'unknown' }],
];

describe('every NAT preset is named right', () => {
  it.each(EXPECTED)('%s', async (nat, want) => {
    expect(await classify(nat)).toMatchObject(want);
  });
});

describe('under latency and loss (100-200 ms retransmission keeps it right)', () => {
  for (const latencyMs of [0, 50, 200]) {
    for (const lossRate of [0, 0.1, 0.3]) {
      it.each(EXPECTED.filter(([n]) => n !== 'blocked'))(`%s at ${latencyMs} ms, ${lossRate * 100}% loss`, async (nat, want) => {
        // A 30 % loss each way needs more tries for the negative answers to mean something.
        const r = await classify(nat, { latencyMs, lossRate, seed: 3, timeoutMs: lossRate >= 0.3 ? 2500 : 1500 });
        expect(r).toMatchObject({ nat: want.nat });
      });
    }
  }
});

describe('mapping details', () => {
  it('address-dependent mapping', async () => {
    const r = await classify({ mapping: 'address-dependent', filtering: 'address-dependent', portAllocation: 'random' });
    expect(r).toMatchObject({ nat: 'symmetric', mapping: 'address-dependent' });
  });

  it('a sequential symmetric NAT shows its port step', async () => {
    const r = await classify({ mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent', portAllocation: 'sequential', portStep: 2 });
    expect(r).toMatchObject({ nat: 'symmetric', portDelta: 2 });
  });

  it('hairpinning is reported when the NAT does it', async () => {
    expect(await classify({ ...PORT_RESTRICTED, hairpinning: true })).toMatchObject({ hairpinning: true });
    expect(await classify(PORT_RESTRICTED)).toMatchObject({ hairpinning: false });
  });

  it('port preservation is reported false for a random allocator with cone behaviour', async () => {
    const r = await classify({ mapping: 'endpoint-independent', filtering: 'endpoint-independent', portAllocation: 'random' });
    expect(r).toMatchObject({ nat: 'full-cone', portPreservation: false });
  });
});


describe('servers without RFC 5780', () => {
  it('one plain server: mapped address, unknown type, and a note why', async () => {
    const r = await classify('port', { altIp: false });
    expect(r).toMatchObject({ udp: true, nat: 'unknown', rfc5780: false, filtering: 'unknown' });
    expect(r.mappedAddress).toMatch(/^198\.51\.100\.|^\d+\.\d+\.\d+\.\d+:\d+$/);
    expect(r.notes.join(' ')).toMatch(/RFC 5780/);
  });

  it('two plain servers tell whether the mapping varies by destination', async () => {
    for (const [nat, varies, name] of [
      ['port', false, 'unknown'],
      ['symmetric', true, 'symmetric'],
    ] as const) {
      const t = buildTopology({ seed: 5, server: { ips: [S1] }, publicHosts: [{ name: 'other', ips: ['198.18.0.9'] }], sites: [{ name: 'a', nat }] });
      const a = await serveStun({ stack: t.server.udp, clock: t.clock, ip: S1 });
      const b = await serveStun({ stack: t.hosts['other']!.udp, clock: t.clock, ip: '198.18.0.9' });
      const r = await t.run(
        classifyNat({ stack: t.hosts['a']!.udp, clock: t.clock, servers: [{ address: S1, port: 3478 }, { address: '198.18.0.9', port: 3478 }] }),
      );
      expect(r).toMatchObject({ mappingVariesByDestination: varies, nat: name });
      await a.close();
      await b.close();
    }
  });
});

describe('how long a run takes (virtual time: counts round trips and retransmissions, not CPU)', () => {
  it('a clean path decides negative answers after three unanswered tries, well before the timeout', async () => {
    const r = await classify('port', { timeoutMs: 5000 });
    // Test I (one RTT of ~20 ms), then everything at once; the filtering
    // tests that get no answer stop after 3 x 100 ms plus two RTTs.
    expect(r.durationMs).toBeGreaterThanOrEqual(300);
    expect(r.durationMs).toBeLessThan(450);
  });

  it('a lossy path waits longer before calling a test unanswered', async () => {
    const clean = await classify('port', { timeoutMs: 5000 });
    const lossy = await classify('port', { timeoutMs: 5000, lossRate: 0.3, seed: 3 });
    expect(lossy.nat).toBe('port-restricted-cone');
    expect(lossy.durationMs).toBeGreaterThan(clean.durationMs);
  });

  it('with nothing answering it waits the whole timeout for Test I', async () => {
    const r = await classify('blocked', { timeoutMs: 1500 });
    expect(r.durationMs).toBe(1500);
  });
});
