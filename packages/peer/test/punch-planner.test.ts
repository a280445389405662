// planPunch: DESIGN.md's table per pair of NAT reports, and what a retry
// changes. Then, on the virtual network, a retry that gets through where
// the NAT reports were wrong and the first attempt could not.
import { describe, expect, it } from 'vitest';
import { natter } from '@natter/wire';
import { planPunch } from '@natter/peer';
import { setupPair } from './support/peer-pair.js';

const B = natter.Behaviour;
const T = natter.NatType;
const cone = (filtering: number): natter.NatReport.$Properties => ({ nat: T.PORT_RESTRICTED_CONE, udp: true, mapping: B.ENDPOINT_INDEPENDENT, filtering });
const PORT = cone(B.ADDRESS_AND_PORT_DEPENDENT);
const RESTRICTED = cone(B.ADDRESS_DEPENDENT);
const SYM: natter.NatReport.$Properties = { nat: T.SYMMETRIC, udp: true, mapping: B.ADDRESS_AND_PORT_DEPENDENT, filtering: B.ADDRESS_AND_PORT_DEPENDENT };
const BLOCKED: natter.NatReport.$Properties = { nat: T.UDP_BLOCKED, udp: false };

describe('planPunch', () => {
  it('first attempt: direct between cones, birthday for a random symmetric NAT facing port filtering, relay for two symmetric or blocked UDP', () => {
    expect(planPunch(PORT, RESTRICTED).kind).toBe('direct');
    expect(planPunch(SYM, RESTRICTED).kind).toBe('direct'); // the address-filtering cone lets the new port in
    expect(planPunch(SYM, PORT)).toMatchObject({ kind: 'birthday', side: 'many-sockets' });
    expect(planPunch(PORT, SYM)).toMatchObject({ kind: 'birthday', side: 'many-ports' });
    expect(planPunch(SYM, SYM).kind).toBe('relay-only');
    expect(planPunch(BLOCKED, PORT).kind).toBe('relay-only');
  });

  it('a retry changes strategy: where plain probing failed, birthday probing, with the two sides in opposite roles', () => {
    for (const [a, b] of [[PORT, RESTRICTED], [PORT, PORT], [SYM, RESTRICTED]] as const) {
      const sa = planPunch(a, b, 1, true);
      const sb = planPunch(b, a, 1, false);
      expect(sa.kind).toBe('birthday');
      expect(sb.kind).toBe('birthday');
      // One side opens the sockets, the other sprays ports: never both the same.
      expect(new Set([(sa as { side: string }).side, (sb as { side: string }).side])).toEqual(new Set(['many-sockets', 'many-ports']));
    }
    // The symmetric side opens the sockets whatever its role.
    expect(planPunch(SYM, RESTRICTED, 1, false)).toMatchObject({ side: 'many-sockets' });
    expect(planPunch(RESTRICTED, SYM, 1, true)).toMatchObject({ side: 'many-ports' });
  });

  it('what cannot work stays relay on every attempt: no pointless probing', () => {
    for (const attempt of [0, 1, 2, 8]) {
      expect(planPunch(SYM, SYM, attempt).kind).toBe('relay-only');
      expect(planPunch(PORT, BLOCKED, attempt).kind).toBe('relay-only');
    }
  });
});

describe('retry with a changed strategy, on the virtual network', () => {
  it('a symmetric NAT that its classifier took for a port-restricted cone: the plain attempt fails, the retries (birthday, sockets on one side then the other) go direct', async () => {
    // Both reports say "port-restricted cone"; b is really a random symmetric NAT.
    // The test numbers the attempts itself; the peers' own retries would race it.
    const pair = await setupPair({ a: 'port', b: 'symmetric', reports: { a: PORT, b: PORT }, seed: 3, punchOnRequest: false });
    const { t, sides } = pair;
    try {
      expect(sides.a.attempt!.strategy.kind).toBe('direct');
      const first = await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
      expect(first).toEqual([undefined, undefined]);
      expect(sides.a.conv.path).toBe('relay');
      // As NatterPeer does: attempt n after n failures, until one works.
      const sides1: string[] = [];
      for (let failures = 1; failures <= 4 && sides.a.conv.path !== 'direct' && sides.b.conv.path !== 'direct'; failures++) {
        await pair.punch(failures);
        sides1.push((sides.a.attempt!.strategy as { side: string }).side);
        await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
        await t.net.advance(1000);
      }
      expect([sides.a.conv.path, sides.b.conv.path]).toContain('direct');
      // The initiator (a, the real cone) had the sockets first, which cannot work here; then b had them.
      expect(sides1).toEqual(['many-sockets', 'many-ports']);
      // And messages flow on it.
      await t.run(sides.a.send('after the retry'), { maxMs: 30_000 });
      expect(sides.b.got).toContain('after the retry');
    } finally {
      await pair.close();
    }
  }, 60_000);
});
