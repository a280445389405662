// The cone side of birthday probing: which ports of the symmetric NAT it
// probes, over time. A recording socket and a virtual clock; no network.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UdpSocket, UdpStack } from '@natter/io';
import { VirtualClock } from '@natter/netsim';
import { natter } from '@natter/wire';
import { BIRTHDAY_PORTS, PunchAttempt } from '@natter/peer';

const B = natter.Behaviour;
const SYM_IP = '203.0.113.50';

function recordingSocket(sent: Array<{ port: number; address: string; at: number }>, clock: VirtualClock): UdpSocket {
  return {
    address: () => ({ address: '10.0.0.2', port: 40000, family: 'IPv4' }),
    send: async (_d, port, address) => void sent.push({ port, address, at: clock.now() }),
    sendAndForget: (_d, port, address) => void sent.push({ port, address, at: clock.now() }),
    onMessage: () => () => {},
    setTTL: () => {},
    close: async () => {},
    closed: false,
  } as UdpSocket;
}

describe('birthday probing, cone side (many ports)', () => {
  it('probes 4 passes of fresh ports (4096 distinct) within ~1.6 s, then cycles them; never the same port twice before that', async () => {
    const clock = new VirtualClock();
    const sent: Array<{ port: number; address: string; at: number }> = [];
    const plan = natter.control.PunchPlan.create({
      buddy: 'sym',
      attemptId: randomBytes(16),
      secret: randomBytes(32),
      candidates: [{ ip: SYM_IP, port: 31000, kind: natter.Endpoint.Kind.PUBLIC }],
      buddyNat: { nat: natter.NatType.SYMMETRIC, mapping: B.ADDRESS_AND_PORT_DEPENDENT, filtering: B.ADDRESS_AND_PORT_DEPENDENT },
      startInMs: 0,
      role: 1,
    });
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const attempt = new PunchAttempt({
      plan,
      me: 'cone',
      myNat: { nat: natter.NatType.PORT_RESTRICTED_CONE, mapping: B.ENDPOINT_INDEPENDENT, filtering: B.ADDRESS_AND_PORT_DEPENDENT },
      socket: recordingSocket(sent, clock),
      stack: {} as UdpStack,
      clock,
      random,
    });
    expect(attempt.strategy).toMatchObject({ kind: 'birthday', side: 'many-ports' });
    await clock.advance(9_000);
    // The plain probes to the candidate run in every strategy; look at the spray.
    const spray = sent.filter((s) => s.address === SYM_IP && s.port !== 31000);
    const firstN = (n: number) => spray.slice(0, n).map((s) => s.port);
    const all = 4 * BIRTHDAY_PORTS;
    expect(new Set(firstN(all)).size).toBe(all);
    for (const p of firstN(all)) expect(p >= 1024 && p <= 65535).toBe(true);
    // All 4096 fresh ports are out by 4096/64 x 25 ms = 1.6 s.
    expect(spray[all - 1]!.at).toBeLessThanOrEqual(1_600);
    // Afterwards only ports already tried: the NAT sees a bounded set of destinations.
    expect(spray.length).toBeGreaterThan(all);
    expect(new Set(spray.map((s) => s.port)).size).toBe(all);
    await attempt.dispose();
  });
});
