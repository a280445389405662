// Volume through two NATs: every one of 10 000 datagrams arrives exactly
// once. (How fast is a benchmark's business: `npm run bench`, not a test.)
import { describe, expect, it } from 'vitest';
import { buildTopology } from '@natter/netsim';
import { text } from './harness.js';

describe('throughput', () => {
  it('moves 10 000 datagrams through two NATs, each exactly once', async () => {
    const t = buildTopology({
      seed: 11,
      server: {},
      sites: [
        { name: 'a', nat: 'port', link: { latencyMs: 20, jitterMs: 5 } },
        { name: 'b', nat: 'port', link: { latencyMs: 30 } },
      ],
    });
    const a = await t.hosts['a']!.udp.bind({ port: 4000 });
    const b = await t.hosts['b']!.udp.bind({ port: 4000 });
    const aPub = { address: t.routers['a-router']!.publicAddress!, port: 4000 }; // preserving NATs
    const bPub = { address: t.routers['b-router']!.publicAddress!, port: 4000 };
    // Punch: each side opens its filter towards the other.
    await a.send(text('punch'), bPub.port, bPub.address);
    await b.send(text('punch'), aPub.port, aPub.address);
    await t.net.runUntilIdle();

    const N = 10_000;
    let received = 0;
    const allIn = new Promise<void>((resolve) =>
      b.onMessage(() => {
        if (++received === N) resolve();
      }),
    );
    const payload = new Uint8Array(100);
    for (let i = 0; i < N; i++) await a.send(payload, bPub.port, bPub.address);
    await t.run(allIn);

    expect(received).toBe(N);
    expect(t.net.stats().delivered).toBe(N + 2); // both punches crossed too
  });
});
