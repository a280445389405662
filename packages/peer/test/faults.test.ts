// Faults on the virtual network: NAT mappings flushed mid-conversation (a
// router restart / conntrack flush), a direct path that dies, heavy loss.
// Nothing may be lost or duplicated; a dead direct path moves to the relay
// within about 6 s and a new punch brings it back.
import { describe, expect, it } from 'vitest';
import { DEAD_AFTER_MS } from '@natter/peer';
import { setupPair, type Pair } from './support/peer-pair.js';

/** Queues `count` messages each way; the promise settles when all are acknowledged. */
function queue(pair: Pair, from: number, count: number): Promise<unknown> {
  const sends: Array<Promise<void>> = [];
  for (let i = from; i < from + count; i++) {
    sends.push(pair.sides.a.send(`a${i}`));
    sends.push(pair.sides.b.send(`b${i}`));
  }
  return Promise.all(sends);
}

async function exchange(pair: Pair, from: number, count: number): Promise<void> {
  await pair.t.run(queue(pair, from, count), { maxMs: 600_000 });
}

const seq = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);

describe('faults', () => {
  for (const lossRate of [0, 0.3]) {
    it(`NAT mappings flushed on both routers mid-conversation (${lossRate * 100}% loss): nothing lost or duplicated, direct again after a new punch`, async () => {
      const pair = await setupPair({ a: 'port', b: 'port', latencyMs: 20, lossRate, seed: 11 });
      const { t, sides } = pair;
      await exchange(pair, 0, 100);
      await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
      await t.net.advance(2000);
      expect(sides.a.conv.path).toBe('direct');

      // A router restart: every mapping and filter entry is gone.
      t.routers['a-router']!.flush();
      t.routers['b-router']!.flush();
      await exchange(pair, 100, 100);
      expect(sides.b.got).toEqual(seq('a', 200));
      expect(sides.a.got).toEqual(seq('b', 200));

      // The old mappings are gone for good: the path is relayed or still direct
      // through fresh mappings; a new punch (as after onDirectDead) gets direct.
      await pair.punch();
      await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
      await exchange(pair, 200, 50);
      await t.net.advance(1000);
      expect(sides.a.conv.path).toBe('direct');
      expect(sides.b.got).toEqual(seq('a', 250));
      expect(sides.a.got).toEqual(seq('b', 250));
      await pair.close();
    }, 120_000);
  }

  it('a direct path that goes dead moves to the relay within about 6 s, and nothing is lost', async () => {
    const pair = await setupPair({ a: 'full', b: 'port', latencyMs: 10, seed: 5 });
    const { t, sides } = pair;
    await exchange(pair, 0, 20);
    await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
    await t.net.advance(1000);
    expect([sides.a.conv.path, sides.b.conv.path]).toEqual(['direct', 'direct']);

    // Site a's UDP stops (a Wi-Fi that drops, a firewall that changes its mind).
    const died = t.clock.now();
    t.routers['a-router']!.link.set({ lossRate: 1 });
    const sends = queue(pair, 20, 30);
    let movedAt: number | undefined;
    while (movedAt === undefined && t.clock.now() - died < 30_000) {
      await t.net.advance(100);
      if (sides.a.conv.path === 'relay' && sides.b.conv.path === 'relay') movedAt = t.clock.now();
    }
    expect(movedAt).toBeDefined();
    // "within about 6 s": the watchdog's 6 s plus its 0.5 s tick and one RTT.
    expect(movedAt! - died).toBeLessThanOrEqual(DEAD_AFTER_MS + 1500);
    await t.run(sends, { maxMs: 600_000 });
    expect(sides.b.got).toEqual(seq('a', 50));
    expect(sides.a.got).toEqual(seq('b', 50));
    expect(sides.a.paths).toEqual(['direct', 'relay']);
    await pair.close();
  }, 120_000);
});
