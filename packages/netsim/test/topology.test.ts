// Whole-network behaviour: NAT behind NAT, blocked and open sites, the TTL
// model, routing failures, and the buildTopology helper itself.
import { describe, expect, it } from 'vitest';
import { buildTopology, NAT_PRESETS, NetsimError, rfc3489Name, VirtualNetwork, type NatPresetName } from '@natter/netsim';
import { record, text, S1, P1 } from './harness.js';

function cgnWorld(cgnHairpinning = false) {
  return buildTopology({
    seed: 5,
    server: { ips: [S1] },
    sites: [
      { name: 'cgn', nat: { ...NAT_PRESETS.port, hairpinning: cgnHairpinning }, hosts: 0, inside: '100.64.0.0/24', publicAddress: '198.51.100.50' },
      { name: 'home', nat: 'full', behind: 'cgn' },
      { name: 'flat', nat: 'full', behind: 'cgn' },
    ],
  });
}

describe('NAT behind NAT (carrier-grade NAT)', () => {
  it('translates twice out and twice back in', async () => {
    const t = cgnWorld();
    const srv = await record(t.server, S1, P1, () => t.clock.now());
    srv.socket.onMessage((data, from) => void srv.socket.send(data, from.port, from.address));
    const sock = await t.hosts['home']!.udp.bind({ port: 5000 });
    const echoes: string[] = [];
    sock.onMessage((_d, from) => echoes.push(`${from.address}:${from.port}`));
    await sock.send(text('ping'), P1, S1);
    await t.net.runUntilIdle();

    expect(srv.received[0]!.from.address).toBe('198.51.100.50');
    expect(echoes).toEqual([`${S1}:${P1}`]);
    const home = t.routers['home-router']!.mappings();
    const cgn = t.routers['cgn-router']!.mappings();
    expect(home).toHaveLength(1);
    expect(home[0]!.internal).toEqual({ address: t.hosts['home']!.address, port: 5000 });
    expect(home[0]!.external.address).toMatch(/^100\.64\.0\./);
    expect(cgn[0]!.internal).toEqual(home[0]!.external);
    expect(cgn[0]!.external).toEqual({ address: '198.51.100.50', port: srv.received[0]!.from.port });
  });

  it('lets two homes under one CGN reach each other through CGN hairpinning', async () => {
    const t = cgnWorld(true);
    const srv = await record(t.server, S1, P1, () => t.clock.now());
    const home = await t.hosts['home']!.udp.bind();
    const flat = await t.hosts['flat']!.udp.bind();
    const atFlat: string[] = [];
    flat.onMessage((d) => atFlat.push(Buffer.from(d).toString()));
    await home.send(text('h'), P1, S1);
    await flat.send(text('f'), P1, S1);
    await t.net.runUntilIdle();
    const [homePub, flatPub] = srv.received.map((r) => r.from);
    // Port-restricted CGN: each side must open its filter towards the other (a punch).
    await flat.send(text('punch'), homePub!.port, homePub!.address);
    await home.send(text('hello'), flatPub!.port, flatPub!.address);
    await t.net.runUntilIdle();
    expect(atFlat).toEqual(['hello']);
  });
});

describe('TTL model', () => {
  // home -> home-router -> cgn-router -> server: two routers on the way.
  it.each([
    { ttl: 1, homeMapping: true, cgnMapping: false, reachesServer: false },
    { ttl: 2, homeMapping: true, cgnMapping: true, reachesServer: false },
    { ttl: 3, homeMapping: true, cgnMapping: true, reachesServer: true },
  ])('TTL $ttl', async ({ ttl, homeMapping, cgnMapping, reachesServer }) => {
    const t = cgnWorld();
    const srv = await record(t.server, S1, P1, () => t.clock.now());
    const sock = await t.hosts['home']!.udp.bind();
    sock.setTTL(ttl);
    await sock.send(text('low'), P1, S1);
    await t.net.runUntilIdle();
    expect(t.routers['home-router']!.mappings().length > 0).toBe(homeMapping);
    expect(t.routers['cgn-router']!.mappings().length > 0).toBe(cgnMapping);
    expect(srv.received.length > 0).toBe(reachesServer);
    expect(t.net.stats().drops['ttl-expired']).toBe(reachesServer ? 0 : 1);
  });

  it('a TTL-1 punch opens the own NAT without reaching the far one', async () => {
    const t = buildTopology({ seed: 1, server: {}, sites: [{ name: 'a', nat: 'port' }, { name: 'b', nat: 'port' }] });
    const srv = await record(t.server, '203.0.113.1', P1, () => t.clock.now());
    const a = await t.hosts['a']!.udp.bind();
    const b = await t.hosts['b']!.udp.bind();
    await a.send(text('a'), P1, '203.0.113.1');
    await b.send(text('b'), P1, '203.0.113.1');
    await t.net.runUntilIdle();
    const [aPub, bPub] = srv.received.map((r) => r.from);
    const atA: string[] = [];
    a.onMessage((d) => atA.push(Buffer.from(d).toString()));
    a.setTTL(1);
    await a.send(text('low'), bPub!.port, bPub!.address);
    await t.net.runUntilIdle();
    expect(t.net.stats().drops['ttl-expired']).toBe(1);
    expect(t.net.stats().drops.filtered).toBe(0); // b's NAT never saw it
    await b.send(text('through'), aPub!.port, aPub!.address);
    await t.net.runUntilIdle();
    expect(atA).toEqual(['through']);
  });
});

describe('site kinds', () => {
  it('blocked: no UDP in or out', async () => {
    const t = buildTopology({ seed: 1, server: {}, sites: [{ name: 'a', nat: 'blocked' }] });
    const srv = await record(t.server, '203.0.113.1', P1, () => t.clock.now());
    const sock = await t.hosts['a']!.udp.bind({ port: 5000 });
    await sock.send(text('out'), P1, '203.0.113.1');
    await srv.socket.send(text('in'), 5000, t.routers['a-router']!.publicAddress!);
    await t.net.runUntilIdle();
    expect(srv.received).toEqual([]);
    expect(t.net.stats().drops['udp-blocked']).toBe(2);
  });

  it('open: a public host, reachable unsolicited, seen at its own address', async () => {
    const t = buildTopology({ seed: 1, server: {}, sites: [{ name: 'a', nat: 'open', link: { latencyMs: 5 } }] });
    expect(t.sites['a']!.router).toBeUndefined();
    const a = t.hosts['a']!;
    expect(a.router).toBeUndefined();
    expect(a.link.conditions.latencyMs).toBe(5);
    const srv = await record(t.server, '203.0.113.1', P1, () => t.clock.now());
    const sock = await record(a, '0.0.0.0', 6000, () => t.clock.now());
    await srv.socket.send(text('unsolicited'), 6000, a.address);
    await sock.socket.send(text('out'), P1, '203.0.113.1');
    await t.net.runUntilIdle();
    expect(sock.received.map((r) => r.text)).toEqual(['unsolicited']);
    expect(srv.senders()).toEqual([`${a.address}:6000`]);
  });

  it('firewall: no translation, but only answers get in (symmetric UDP firewall)', async () => {
    const t = buildTopology({ seed: 1, server: { ips: ['203.0.113.1', '203.0.113.2'] }, sites: [{ name: 'a', nat: 'firewall' }] });
    const a = t.hosts['a']!;
    const s1 = await record(t.server, '203.0.113.1', P1, () => t.clock.now());
    const s2 = await record(t.server, '203.0.113.2', P1, () => t.clock.now());
    const sock = await record(a, '0.0.0.0', 6000, () => t.clock.now());
    await s1.socket.send(text('before'), 6000, a.address);
    await t.net.runUntilIdle();
    await sock.socket.send(text('out'), P1, '203.0.113.1');
    await t.net.runUntilIdle();
    await s1.socket.send(text('answer'), 6000, a.address);
    await s2.socket.send(text('other'), 6000, a.address);
    await t.net.runUntilIdle();
    expect(s1.senders()).toEqual([`${a.address}:6000`]);
    expect(sock.received.map((r) => r.text)).toEqual(['answer']);
    expect(t.net.stats().drops.filtered).toBe(2);
  });

  it('drops datagrams to addresses nobody has, and to closed ports', async () => {
    const t = buildTopology({ seed: 1, server: {}, sites: [{ name: 'a', nat: 'full' }] });
    const sock = await t.hosts['a']!.udp.bind();
    await sock.send(text('x'), 9, '192.0.2.200');
    await sock.send(text('x'), 9, '203.0.113.1');
    await sock.send(text('x'), 9, '10.0.1.200'); // same LAN, nobody there
    await t.net.runUntilIdle();
    expect(t.net.stats().drops).toMatchObject({ 'no-route': 2, 'port-unreachable': 1 });
  });

  it('reaches LAN neighbours directly, at their private addresses', async () => {
    const t = buildTopology({ seed: 1, sites: [{ name: 'a', nat: 'symmetric', hosts: 2 }] });
    const a1 = await t.hosts['a1']!.udp.bind();
    const a2 = await record(t.hosts['a2']!, '0.0.0.0', 7000, () => t.clock.now());
    await a1.send(text('lan'), 7000, t.hosts['a2']!.address);
    await t.net.runUntilIdle();
    expect(a2.senders()).toEqual([`${t.hosts['a1']!.address}:${a1.address().port}`]);
    expect(t.routers['a-router']!.mappings()).toEqual([]);
  });
});

describe('buildTopology and the network builder', () => {
  it('names hosts after sites and assigns addresses', () => {
    const t = buildTopology({
      seed: 1,
      server: { ips: ['203.0.113.1', '203.0.113.2'] },
      publicHosts: [{ name: 'relay' }],
      sites: [{ name: 'a', nat: 'port', hosts: 2 }, { name: 'b', nat: 'symmetric', inside: '192.168.1.0/24' }],
    });
    expect(Object.keys(t.hosts).sort()).toEqual(['a1', 'a2', 'b', 'relay', 'server']);
    expect(t.server.addresses).toEqual(['203.0.113.1', '203.0.113.2']);
    expect(t.hosts['b']!.address).toBe('192.168.1.2');
    expect(t.sites['a']!.hosts.map((h) => h.address)).toEqual(['10.0.1.2', '10.0.1.3']);
    expect(t.routers['a-router']!.insideCidr).toBe('10.0.1.0/24');
    expect(t.sites['b']!.nat).toEqual(NAT_PRESETS.symmetric);
  });

  it('rejects bad topologies with NETSIM_BAD_CONFIG', () => {
    const net = new VirtualNetwork();
    const nat = net.addRouter({ nat: 'port', inside: '10.9.0.0/24' });
    const cases = [
      () => net.addHost({ address: '10.9.0.5', behind: nat, name: 'x' }) && net.addHost({ address: '10.9.0.5', behind: nat }),
      () => net.addHost({ address: '10.8.0.5', behind: nat }),
      () => net.addHost({ address: 'nope' }),
      () => net.addHost({ name: 'x' }),
      () => net.addRouter({ nat: 'firewall', inside: '10.0.0.0/8' }),
      () => net.addHost({ link: { lossRate: 2 } }),
      () => buildTopology({ sites: [{ name: 'a', nat: 'port', behind: 'nope' }] }),
      () => buildTopology({}).server,
      () => net.addRouter({ nat: 'cone' as 'full' }),
      () => net.addRouter({ nat: { mapping: 'eim' as 'none', filtering: 'none' } }),
      () => net.addRouter({ nat: { ...NAT_PRESETS.port, portRange: [70000, 80000] } }),
    ];
    for (const c of cases) {
      expect(c).toThrow(NetsimError);
      try {
        c();
      } catch (err) {
        expect((err as NetsimError).code).toBe('NETSIM_BAD_CONFIG');
      }
    }
  });

  it.each([
    ['open', 'Open Internet'],
    ['firewall', 'Symmetric UDP Firewall'],
    ['full', 'Full Cone'],
    ['restricted', 'Restricted Cone'],
    ['port', 'Port Restricted Cone'],
    ['symmetric', 'Symmetric'],
    ['blocked', 'UDP Blocked'],
  ] as [NatPresetName, string][])('preset %s is what RFC 3489 calls %s', (preset, name) => {
    expect(rfc3489Name(preset)).toBe(name);
  });
});

describe('internet hops', () => {
  it('a datagram crossing the internet loses internetHops of TTL', async () => {
    const t = buildTopology({ seed: 1, server: {}, internetHops: 3, sites: [{ name: 'a', nat: 'port' }] });
    const srv = await record(t.server, '203.0.113.1', P1, () => t.clock.now());
    const a = await t.hosts['a']!.udp.bind();
    // a's NAT takes one, the internet three: TTL 4 dies on the way, 5 arrives.
    await a.send(text('four'), P1, '203.0.113.1', { ttl: 4 });
    await a.send(text('five'), P1, '203.0.113.1', { ttl: 5 });
    await a.send(text('default'), P1, '203.0.113.1');
    await t.net.runUntilIdle();
    expect(srv.received.map((r) => r.text)).toEqual(['five', 'default']);
    expect(t.net.stats().drops['ttl-expired']).toBe(1);
    expect(t.routers['a-router']!.mappings()).toHaveLength(1);
  });
});

describe('a NAT without an input firewall (inputFirewall: false)', () => {
  // a sits behind `nat`; b is a public host. a's mapping is known to the
  // server first (as after a STUN binding), then b sends to it unsolicited.
  async function world(nat: NatPresetName) {
    const t = buildTopology({ seed: 3, server: {}, sites: [{ name: 'a', nat }, { name: 'b', nat: 'open' }] });
    const srv = await record(t.server, '203.0.113.1', P1, () => t.clock.now());
    const a = await t.hosts['a']!.udp.bind({ port: 40000 });
    const b = await t.hosts['b']!.udp.bind({ port: 5000 });
    const atB: string[] = [];
    b.onMessage((_d, from) => atB.push(`${from.address}:${from.port}`));
    await a.send(text('stun'), P1, '203.0.113.1');
    await t.net.runUntilIdle();
    const aPub = srv.received[0]!.from;
    return { t, a, b, atB, aPub, server: srv };
  }

  it('moves the mapping of a flow whose remote sent first (port-nofw)', async () => {
    const { t, a, b, atB, aPub, server } = await world('port-nofw');
    await b.send(text('early'), aPub.port, aPub.address);
    await t.net.runUntilIdle();
    await a.send(text('late'), 5000, t.hosts['b']!.address);
    await a.send(text('again'), 5000, t.hosts['b']!.address);
    await t.net.runUntilIdle();
    // Both datagrams of the flow come from one other port; the server's mapping is untouched.
    expect(new Set(atB).size).toBe(1);
    expect(atB[0]).not.toBe(`${aPub.address}:${aPub.port}`);
    await a.send(text('stun again'), P1, '203.0.113.1');
    await t.net.runUntilIdle();
    expect(server.senders()).toEqual([`${aPub.address}:${aPub.port}`, `${aPub.address}:${aPub.port}`]);
    // Answers to the moved port get in: it is that flow's mapping.
    const got: string[] = [];
    a.onMessage((d) => got.push(Buffer.from(d).toString()));
    const [ip, port] = atB[0]!.split(':');
    await b.send(text('reply'), Number(port), ip!);
    await t.net.runUntilIdle();
    expect(got).toEqual(['reply']);
  });

  it('keeps the mapping when our packet left first, and with an input firewall (port)', async () => {
    for (const [nat, first] of [
      ['port-nofw', 'a'],
      ['port', 'b'],
    ] as const) {
      const { t, a, b, atB, aPub } = await world(nat);
      if (first === 'b') await b.send(text('early'), aPub.port, aPub.address);
      await a.send(text('out'), 5000, t.hosts['b']!.address);
      await t.net.runUntilIdle();
      expect(atB, `${nat}, ${first} first`).toEqual([`${aPub.address}:${aPub.port}`]);
    }
  });

  it('forgets the taken pair 30 s after the remote stopped sending', async () => {
    const { t, a, b, atB, aPub } = await world('port-nofw');
    await b.send(text('early'), aPub.port, aPub.address);
    await t.net.runUntilIdle();
    await t.net.advance(31_000);
    await a.send(text('late'), 5000, t.hosts['b']!.address);
    await t.net.runUntilIdle();
    expect(atB).toEqual([`${aPub.address}:${aPub.port}`]);
  });
});
