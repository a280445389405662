// Table-driven checks of each RFC 4787 behaviour, observed the way a STUN
// client would: from the addresses servers see and what gets back in.
import { describe, expect, it } from 'vitest';
import { sleep } from '@natter/io';
import { buildTopology, type NatBehaviour, type NatConfig } from '@natter/netsim';
import { natWorld, record, text, S1, S2, P1, P2, TARGETS, type Target } from './harness.js';

const BEHAVIOURS: NatBehaviour[] = ['endpoint-independent', 'address-dependent', 'address-and-port-dependent'];

describe('mapping behaviour (RFC 4787 §4.1)', () => {
  // Which of S1:P2 and S2:P1 reuse the mapping made for S1:P1.
  const table: { mapping: NatBehaviour; samePortForS1P2: boolean; samePortForS2P1: boolean }[] = [
    { mapping: 'endpoint-independent', samePortForS1P2: true, samePortForS2P1: true },
    { mapping: 'address-dependent', samePortForS1P2: true, samePortForS2P1: false },
    { mapping: 'address-and-port-dependent', samePortForS1P2: false, samePortForS2P1: false },
  ];

  it.each(table)('$mapping', async ({ mapping, samePortForS1P2, samePortForS2P1 }) => {
    for (const portAllocation of ['preserving', 'sequential', 'random'] as const) {
      const w = await natWorld({ mapping, filtering: 'address-and-port-dependent', portAllocation });
      const sock = await w.inside.udp.bind({ port: 40000 });
      for (const t of ['S1:P1', 'S1:P2', 'S2:P1'] as const) await sock.send(text(t), TARGETS[t][1], TARGETS[t][0]);
      await w.net.runUntilIdle();

      const seen = (t: Target) => w.servers[t]!.received[0]!.from;
      const router = w.sites['a']!.router!;
      for (const t of ['S1:P1', 'S1:P2', 'S2:P1'] as const) expect(seen(t).address).toBe(router.publicAddress);
      expect(seen('S1:P2').port === seen('S1:P1').port).toBe(samePortForS1P2);
      expect(seen('S2:P1').port === seen('S1:P1').port).toBe(samePortForS2P1);
      // One mapping per distinct key, each for the remote it was made for.
      const expectedMappings = 1 + Number(!samePortForS1P2) + Number(!samePortForS2P1);
      expect(router.mappings()).toHaveLength(expectedMappings);
    }
  });

  it('keeps one external address per internal address across a pool (REQ-2, paired)', async () => {
    const net = buildTopology({ seed: 3, server: { ips: [S1, S2] } }).net;
    const nat = net.addRouter({ name: 'nat', nat: 'symmetric', publicAddresses: ['198.51.100.10', '198.51.100.11'] });
    const hosts = [net.addHost({ behind: nat }), net.addHost({ behind: nat })];
    const s1 = await record(net.host('server'), S1, P1, () => net.now());
    const s2 = await record(net.host('server'), S2, P1, () => net.now());
    for (const h of hosts) {
      const sock = await h.udp.bind();
      await sock.send(text(h.name), P1, S1);
      await sock.send(text(h.name), P1, S2);
    }
    await net.runUntilIdle();
    const addressOf = (name: string) => [...s1.received, ...s2.received].filter((r) => r.text === name).map((r) => r.from.address);
    expect(addressOf('host2')).toEqual(['198.51.100.10', '198.51.100.10']);
    expect(addressOf('host3')).toEqual(['198.51.100.11', '198.51.100.11']);
  });
});

describe('filtering behaviour (RFC 4787 §5)', () => {
  // After the inside host sent to S1:P1, which outside endpoints get in.
  const table: { filtering: NatBehaviour; admitted: Target[] }[] = [
    { filtering: 'endpoint-independent', admitted: ['S1:P1', 'S1:P2', 'S2:P1', 'S2:P2'] },
    { filtering: 'address-dependent', admitted: ['S1:P1', 'S1:P2'] },
    { filtering: 'address-and-port-dependent', admitted: ['S1:P1'] },
  ];

  it.each(table)('$filtering', async ({ filtering, admitted }) => {
    const w = await natWorld({ mapping: 'endpoint-independent', filtering });
    const sock = await w.inside.udp.bind();
    const got: string[] = [];
    sock.onMessage((data) => got.push(Buffer.from(data).toString()));

    const opened = w.net.run(async () => {
      await sock.send(text('hello'), P1, S1);
      await sleep(w.clock, 100);
    });
    await opened;
    const mapped = w.servers['S1:P1']!.received[0]!.from;
    for (const t of Object.keys(TARGETS) as Target[]) await w.servers[t]!.socket.send(text(t), mapped.port, mapped.address);
    await w.net.runUntilIdle();

    expect(got.sort()).toEqual([...admitted].sort());
    expect(w.net.stats().drops.filtered).toBe(4 - admitted.length);
  });

  it('drops anything to a port with no mapping', async () => {
    const w = await natWorld('full');
    const router = w.sites['a']!.router!;
    await w.servers['S1:P1']!.socket.send(text('unsolicited'), 40000, router.publicAddress!);
    await w.net.runUntilIdle();
    expect(w.net.stats().drops['no-mapping']).toBe(1);
  });
});

describe('port allocation (RFC 4787 §4.2)', () => {
  it('preserving keeps the inside port, and falls back when another host holds it', async () => {
    const w = await natWorld('port', 7, 2);
    for (const name of ['a1', 'a2']) {
      const sock = await w.hosts[name]!.udp.bind({ port: 40000 });
      await sock.send(text(name), P1, S1);
    }
    await w.net.runUntilIdle();
    const ports = w.servers['S1:P1']!.received.map((r) => r.from.port);
    expect(ports[0]).toBe(40000);
    expect(ports[1]).not.toBe(40000);
  });

  it.each([1, 2, 7])('sequential steps by %i for each new mapping', async (portStep) => {
    const portRange = [20000, 29999] as const;
    const w = await natWorld({ mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent', portAllocation: 'sequential', portStep, portRange });
    const sock = await w.inside.udp.bind();
    for (const t of Object.keys(TARGETS) as Target[]) {
      await sock.send(text(t), TARGETS[t][1], TARGETS[t][0]);
    }
    await w.net.runUntilIdle();
    const ports = (Object.keys(TARGETS) as Target[]).map((t) => w.servers[t]!.received[0]!.from.port);
    const span = portRange[1] - portRange[0] + 1;
    const deltas = ports.slice(1).map((p, i) => (((p - ports[i]!) % span) + span) % span);
    expect(deltas).toEqual([portStep, portStep, portStep]);
    for (const p of ports) expect(p >= portRange[0] && p <= portRange[1]).toBe(true);
  });

  it('random picks unpredictable ports, the same ones for the same seed', async () => {
    const portsFor = async (seed: number) => {
      const w = await natWorld('symmetric', seed);
      const sock = await w.inside.udp.bind();
      for (const t of Object.keys(TARGETS) as Target[]) await sock.send(text(t), TARGETS[t][1], TARGETS[t][0]);
      await w.net.runUntilIdle();
      return (Object.keys(TARGETS) as Target[]).map((t) => w.servers[t]!.received[0]!.from.port);
    };
    const a = await portsFor(1);
    expect(new Set(a).size).toBe(4);
    expect(a.slice(1).some((p, i) => Math.abs(p - a[i]!) > 10)).toBe(true);
    expect(await portsFor(1)).toEqual(a);
    expect(await portsFor(2)).not.toEqual(a);
  });
});

describe('mapping timeout (RFC 4787 §4.3)', () => {
  /** Sends from the inside at `sendAt` times, then from S1:P1 at `probeAt`; returns what got in. */
  async function scenario(nat: NatConfig, sendAt: number[], probeAt: number) {
    const w = await natWorld(nat);
    const sock = await w.inside.udp.bind();
    const got: number[] = [];
    sock.onMessage(() => got.push(w.clock.now()));
    let mappedPort = 0;
    await w.net.run(async () => {
      for (const t of sendAt) {
        await sleep(w.clock, t - w.clock.now());
        await sock.send(text('out'), P1, S1);
      }
      await sleep(w.clock, 1);
      mappedPort = w.servers['S1:P1']!.received[0]!.from.port;
      await sleep(w.clock, probeAt - w.clock.now());
      await w.servers['S1:P1']!.socket.send(text('in'), mappedPort, w.sites['a']!.router!.publicAddress!);
      await sleep(w.clock, 1);
    });
    return { w, got, sock };
  }

  const port = { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent' } as const;

  it.each([
    { name: 'default 120 s: alive just before', nat: port, sendAt: [0], probeAt: 119_999, delivered: true },
    { name: 'default 120 s: gone at the timeout', nat: port, sendAt: [0], probeAt: 120_000, delivered: false },
    { name: 'outbound traffic refreshes', nat: port, sendAt: [0, 100_000], probeAt: 219_000, delivered: true },
    { name: 'refreshed mapping still expires', nat: port, sendAt: [0, 100_000], probeAt: 220_000, delivered: false },
    { name: 'inbound traffic does not refresh by default', nat: { ...port, mappingTimeoutMs: 30_000 }, sendAt: [0], probeAt: 30_000, delivered: false },
    { name: 'configured timeout', nat: { ...port, mappingTimeoutMs: 300_000 }, sendAt: [0], probeAt: 299_000, delivered: true },
  ])('$name', async ({ nat, sendAt, probeAt, delivered }) => {
    const { w, got } = await scenario(nat, sendAt, probeAt);
    expect(got.length).toBe(delivered ? 1 : 0);
    if (!delivered) {
      expect(w.net.stats().drops['no-mapping']).toBe(1);
      expect(w.sites['a']!.router!.mappings()).toEqual([]);
    }
  });

  it('inbound refresh, when enabled, keeps a mapping alive (REQ-6 MAY)', async () => {
    const w = await natWorld({ ...port, mappingTimeoutMs: 30_000, inboundRefresh: true });
    const sock = await w.inside.udp.bind();
    let got = 0;
    sock.onMessage(() => got++);
    await sock.send(text('out'), P1, S1);
    await w.net.advance(1);
    const mapped = w.servers['S1:P1']!.received[0]!.from;
    for (let i = 0; i < 5; i++) {
      await w.net.advance(25_000);
      await w.servers['S1:P1']!.socket.send(text('in'), mapped.port, mapped.address);
    }
    await w.net.runUntilIdle();
    expect(got).toBe(5);
  });

  it('a new mapping replaces an expired one', async () => {
    const w = await natWorld({ ...port, portAllocation: 'random' });
    const router = w.sites['a']!.router!;
    const sock = await w.inside.udp.bind();
    await sock.send(text('1'), P1, S1);
    await w.net.advance(1);
    const [first] = router.mappings();
    expect(first!.expiresAt - first!.createdAt).toBe(120_000);
    await w.net.advance(200_000);
    await sock.send(text('2'), P1, S1);
    await w.net.advance(1);
    const [second] = router.mappings();
    expect(second!.createdAt).toBe(200_001);
    expect(second!.external.port).not.toBe(first!.external.port);
    expect(w.servers['S1:P1']!.received.map((r) => r.from.port)).toEqual([first!.external.port, second!.external.port]);
  });

  it('flush() drops every mapping, as a router reboot does', async () => {
    const w = await natWorld('full');
    const router = w.sites['a']!.router!;
    const sock = await w.inside.udp.bind();
    await sock.send(text('1'), P1, S1);
    await w.net.runUntilIdle();
    expect(router.mappings()).toHaveLength(1);
    router.flush();
    expect(router.mappings()).toEqual([]);
    const mapped = w.servers['S1:P1']!.received[0]!.from;
    await w.servers['S1:P1']!.socket.send(text('in'), mapped.port, mapped.address);
    await w.net.runUntilIdle();
    expect(w.net.stats().drops['no-mapping']).toBe(1);
  });
});

describe('hairpinning (RFC 4787 §6 REQ-9)', () => {
  // b opens a mapping by talking to the server; a then sends to b's public endpoint.
  async function hairpin(nat: NatConfig, bAlsoSendsToA = false) {
    const w = await natWorld(nat, 7, 2);
    const a = await w.hosts['a1']!.udp.bind();
    const b = await w.hosts['a2']!.udp.bind();
    const atB: string[] = [];
    b.onMessage((_d, from) => atB.push(`${from.address}:${from.port}`));
    await a.send(text('a'), P1, S1);
    await b.send(text('b'), P1, S1);
    await w.net.runUntilIdle();
    const [aPub, bPub] = w.servers['S1:P1']!.received.map((r) => r.from);
    if (bAlsoSendsToA) await b.send(text('open'), aPub!.port, aPub!.address);
    await a.send(text('hairpin'), bPub!.port, bPub!.address);
    await w.net.runUntilIdle();
    return { w, atB, aPub: `${aPub!.address}:${aPub!.port}` };
  }

  it('delivers with the source rewritten to the sender’s mapped endpoint', async () => {
    const { atB, aPub } = await hairpin({ mapping: 'endpoint-independent', filtering: 'endpoint-independent', hairpinning: true });
    expect(atB).toEqual([aPub]);
  });

  it('drops when hairpinning is off', async () => {
    const { w, atB } = await hairpin({ mapping: 'endpoint-independent', filtering: 'endpoint-independent', hairpinning: false });
    expect(atB).toEqual([]);
    expect(w.net.stats().drops['hairpin-disabled']).toBe(1);
  });

  it('filters hairpinned datagrams like outside ones', async () => {
    const nat = { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', hairpinning: true } as const;
    const closed = await hairpin(nat);
    expect(closed.atB).toEqual([]);
    expect(closed.w.net.stats().drops.filtered).toBe(1);
    const punched = await hairpin(nat, true);
    expect(punched.atB).toEqual([punched.aPub]);
  });
});
