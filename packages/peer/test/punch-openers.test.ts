// The order of a punch attempt's packets (docs/protocol.md, punching): when
// the plan comes, one low-TTL opener to each public candidate, so our own
// NAT holds the flow before the buddy's first probe arrives; probes only
// from the synchronised start. The symmetric side of birthday probing never
// sends the cone side a full-TTL probe. A recording stack and a virtual
// clock; no network.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SendOptions, UdpSocket, UdpStack } from '@natter/io';
import { VirtualClock } from '@natter/netsim';
import { natter } from '@natter/wire';
import { BIRTHDAY_SOCKETS, OPENER_TTL, PunchAttempt } from '@natter/peer';

const B = natter.Behaviour;
const Kind = natter.Endpoint.Kind;
const port = { nat: natter.NatType.PORT_RESTRICTED_CONE, mapping: B.ENDPOINT_INDEPENDENT, filtering: B.ADDRESS_AND_PORT_DEPENDENT };
const symmetric = { nat: natter.NatType.SYMMETRIC, mapping: B.ADDRESS_AND_PORT_DEPENDENT, filtering: B.ADDRESS_AND_PORT_DEPENDENT };

interface Sent {
  socket: number;
  to: string;
  ttl: number | undefined;
  at: number;
}

function recorder(clock: VirtualClock) {
  const sent: Sent[] = [];
  let next = 0;
  const socket = (family: 'IPv4' | 'IPv6' = 'IPv4'): UdpSocket => {
    const id = next++;
    const record = (p: number, address: string, options?: SendOptions) => void sent.push({ socket: id, to: `${address}:${p}`, ttl: options?.ttl, at: clock.now() });
    return {
      address: () => ({ address: family === 'IPv6' ? '::' : '0.0.0.0', port: 40000 + id, family }),
      send: async (_d: Uint8Array, p: number, address: string, options?: SendOptions) => record(p, address, options),
      sendAndForget: (_d: Uint8Array, p: number, address: string) => record(p, address),
      onMessage: () => () => {},
      setTTL: () => {},
      close: async () => {},
      closed: false,
    } as UdpSocket;
  };
  const stack = { bind: async () => socket(), interfaceAddresses: () => [], sourceAddressFor: async () => '10.0.0.2' } as UdpStack;
  return { sent, socket, stack };
}

function plan(candidates: natter.Endpoint.$Properties[], buddyNat: natter.NatReport.$Properties, role = 1) {
  return natter.control.PunchPlan.create({ buddy: 'bob', attemptId: randomBytes(16), secret: randomBytes(32), candidates, buddyNat, startInMs: 60, role });
}

describe('punch attempt: openers first', () => {
  it('opens its mapping towards every public candidate (IPv4 and IPv6) at once with a low TTL, probes LAN candidates only from the start', async () => {
    const clock = new VirtualClock();
    const { sent, socket, stack } = recorder(clock);
    const attempt = new PunchAttempt({
      plan: plan(
        [
          { ip: '203.0.113.9', port: 5000, kind: Kind.PUBLIC },
          { ip: '2001:db8:9::10', port: 5002, kind: Kind.PUBLIC },
          { ip: '192.168.1.20', port: 5001, kind: Kind.LAN },
        ],
        port,
      ),
      me: 'alice',
      myNat: port,
      socket: socket(),
      socket6: socket('IPv6'),
      stack,
      clock,
    });
    expect(attempt.strategy.kind).toBe('direct');
    expect(attempt.ipv6).toBe(true);
    await clock.advance(0);
    expect(sent.map((s) => [s.to, s.ttl, s.socket])).toEqual([
      ['203.0.113.9:5000', OPENER_TTL, 0],
      ['2001:db8:9::10:5002', OPENER_TTL, 1],
    ]);
    await clock.advance(59);
    expect(sent).toHaveLength(2);
    await clock.advance(1);
    // From the start: full-TTL probes to every candidate, each family from its own socket.
    const probes = sent.slice(2);
    expect(probes.map((s) => s.ttl)).toEqual([undefined, undefined, undefined]);
    expect(new Set(probes.map((s) => s.to))).toEqual(new Set(['203.0.113.9:5000', '2001:db8:9::10:5002', '192.168.1.20:5001']));
    await attempt.dispose();
  });

  it('without an IPv6 socket, IPv6 candidates are left alone; with two symmetric NATs only IPv6 is tried', async () => {
    const clock = new VirtualClock();
    const { sent, socket, stack } = recorder(clock);
    const candidates = [
      { ip: '203.0.113.9', port: 5000, kind: Kind.PUBLIC },
      { ip: '2001:db8:9::10', port: 5002, kind: Kind.PUBLIC },
    ];
    const v4only = new PunchAttempt({ plan: plan(candidates, port), me: 'alice', myNat: port, socket: socket(), stack, clock });
    expect(v4only.ipv6).toBe(false);
    const both = new PunchAttempt({ plan: plan(candidates, symmetric), me: 'alice', myNat: symmetric, socket: socket(), socket6: socket('IPv6'), stack, clock });
    expect(both.strategy.kind).toBe('relay-only');
    expect(both.hopeless).toBe(false);
    await clock.advance(200);
    // Sockets 0 (v4only), 1 and 2 (both: IPv4, IPv6).
    expect([...new Set(sent.filter((s) => s.socket === 0).map((s) => s.to))]).toEqual(['203.0.113.9:5000']);
    expect(sent.filter((s) => s.socket === 1)).toEqual([]);
    expect([...new Set(sent.filter((s) => s.socket === 2).map((s) => s.to))]).toEqual(['2001:db8:9::10:5002']);
    const none = new PunchAttempt({ plan: plan(candidates, symmetric), me: 'alice', myNat: symmetric, socket: socket(), stack, clock });
    expect(none.hopeless).toBe(true);
    expect(await none.result).toBeUndefined();
    await Promise.all([v4only.dispose(), both.dispose()]);
  });

  it('the symmetric side of birthday probing opens its sockets when the plan comes and never sends the cone a full-TTL probe', async () => {
    const clock = new VirtualClock();
    const { sent, socket, stack } = recorder(clock);
    const attempt = new PunchAttempt({ plan: plan([{ ip: '203.0.113.9', port: 5000, kind: Kind.PUBLIC }], port), me: 'alice', myNat: symmetric, socket: socket(), stack, clock });
    expect(attempt.strategy).toMatchObject({ kind: 'birthday', side: 'many-sockets' });
    await clock.advance(5_000);
    const toCone = sent.filter((s) => s.to === '203.0.113.9:5000');
    // The chat socket and every birthday socket: one opener each, before the start, and nothing else.
    expect(toCone).toHaveLength(1 + BIRTHDAY_SOCKETS);
    expect(toCone.every((s) => s.ttl === OPENER_TTL && s.at < 60)).toBe(true);
    await attempt.dispose();
  });
});
