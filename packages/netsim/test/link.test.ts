// Link conditions (latency, jitter, loss, duplication, reordering) and the
// promise that a seed reproduces a run event for event.
import { describe, expect, it } from 'vitest';
import { buildTopology, formatEvent, VirtualNetwork, type LinkConditions } from '@natter/netsim';
import { record, text, P1, S1 } from './harness.js';

/** Host `a` (link `aLink`) and a server (link `sLink`), both public. */
async function pair(aLink: LinkConditions, sLink: LinkConditions = {}, seed = 1) {
  const net = new VirtualNetwork({ seed });
  const a = net.addHost({ name: 'a', link: aLink });
  const server = net.addHost({ name: 'server', address: S1, link: sLink });
  const sock = await a.udp.bind({ port: 5000 });
  const srv = await record(server, S1, P1, () => net.now());
  return { net, a, sock, srv };
}

async function sendMany(p: Awaited<ReturnType<typeof pair>>, n: number, gapMs = 0) {
  for (let i = 0; i < n; i++) {
    await p.sock.send(text(String(i)), P1, S1);
    if (gapMs) await p.net.advance(gapMs);
  }
  await p.net.runUntilIdle();
  return p.srv.received.map((r) => Number(r.text));
}

describe('links', () => {
  it('delays by exactly the sum of the latencies on the path', async () => {
    const p = await pair({ latencyMs: 20 }, { latencyMs: 30 });
    await p.net.advance(1000);
    await p.sock.send(text('x'), P1, S1);
    await p.net.runUntilIdle();
    expect(p.srv.received.map((r) => r.at)).toEqual([1050]);
  });

  it('adds latency at each NAT uplink too', async () => {
    const t = buildTopology({
      seed: 1,
      server: { ips: [S1], link: { latencyMs: 1 } },
      sites: [{ name: 'a', nat: 'full', link: { latencyMs: 20 }, lanLink: { latencyMs: 2 } }],
    });
    const srv = await record(t.server, S1, P1, () => t.clock.now());
    const sock = await t.hosts['a']!.udp.bind();
    await sock.send(text('x'), P1, S1);
    await t.net.runUntilIdle();
    expect(srv.received[0]!.at).toBe(23);
  });

  it('jitter spreads arrivals over [latency, latency + jitter)', async () => {
    const p = await pair({ latencyMs: 50, jitterMs: 10 });
    await sendMany(p, 200);
    const at = p.srv.received.map((r) => r.at);
    expect(Math.min(...at)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...at)).toBeLessThan(60);
    expect(new Set(at).size).toBeGreaterThan(150);
  });

  it('loses a seeded, repeatable share of datagrams', async () => {
    const delivered = async (seed: number) => {
      const p = await pair({ lossRate: 0.1 }, {}, seed);
      const got = await sendMany(p, 1000);
      expect(p.net.stats().drops['link-loss']).toBe(1000 - got.length);
      return got;
    };
    const first = await delivered(1);
    expect(first.length).toBeGreaterThan(850);
    expect(first.length).toBeLessThan(950);
    expect(await delivered(1)).toEqual(first);
    expect(await delivered(2)).not.toEqual(first);
  });

  it('applies loss in both directions', async () => {
    const p = await pair({ lossRate: 1 });
    await p.srv.socket.send(text('in'), 5000, p.a.address);
    await sendMany(p, 1);
    expect(p.net.stats().drops['link-loss']).toBe(2);
  });

  it('duplicates datagrams', async () => {
    const p = await pair({ duplicateRate: 0.5 });
    const got = await sendMany(p, 200);
    const stats = p.net.stats();
    expect(stats.duplicated).toBeGreaterThan(60);
    expect(got.length).toBe(200 + stats.duplicated);
    expect(new Set(got).size).toBe(200);
  });

  it('reorders datagrams, and keeps order without reordering or jitter', async () => {
    const inOrder = await sendMany(await pair({ latencyMs: 10 }), 100, 1);
    expect(inOrder).toEqual([...inOrder].sort((x, y) => x - y));

    const p = await pair({ latencyMs: 10, reorderRate: 0.2, reorderDelayMs: 5 });
    const got = await sendMany(p, 100, 1);
    expect(got).toHaveLength(100);
    expect(got).not.toEqual([...got].sort((x, y) => x - y));
    expect([...got].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('can change conditions mid-run (a link going down and up)', async () => {
    const p = await pair({});
    await sendMany(p, 3);
    p.a.link.set({ lossRate: 1 });
    await sendMany(p, 3);
    p.a.link.set({ lossRate: 0 });
    const got = await sendMany(p, 3);
    expect(got).toEqual([0, 1, 2, 0, 1, 2]);
  });
});

describe('determinism', () => {
  /** Two NATed peers and an echo server over rough links; returns the full event trace. */
  async function trace(seed: number): Promise<string[]> {
    const rough = { latencyMs: 15, jitterMs: 10, lossRate: 0.1, duplicateRate: 0.05, reorderRate: 0.1 };
    const t = buildTopology({
      seed,
      server: { ips: [S1] },
      sites: [
        { name: 'a', nat: 'symmetric', link: rough },
        { name: 'b', nat: 'restricted', link: rough },
      ],
    });
    const events: string[] = [];
    t.net.onEvent((e) => events.push(formatEvent(e)));
    const echo = await t.server.udp.bind({ port: P1 });
    echo.onMessage((data, from) => void echo.send(data, from.port, from.address));
    await t.run(async () => {
      const socks = [await t.hosts['a']!.udp.bind(), await t.hosts['b']!.udp.bind()];
      for (let i = 0; i < 50; i++) {
        for (const s of socks) await s.send(text(`m${i}`), P1, S1);
        await new Promise<void>((r) => t.clock.setTimeout(r, 3));
      }
    });
    await t.net.runUntilIdle();
    return events;
  }

  it('reproduces the same trace for the same seed, and a different one otherwise', async () => {
    const first = await trace(123);
    expect(first.length).toBeGreaterThan(300);
    expect(await trace(123)).toEqual(first);
    expect(await trace(124)).not.toEqual(first);
  });
});
