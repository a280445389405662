// Where a buddy can make our probes go (docs/security.md): the public
// endpoint the node observed and private LAN candidates only; and a probe
// ack that was changed on the way does not verify.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RemoteInfo, UdpSocket, UdpStack } from '@natter/io';
import { VirtualClock } from '@natter/netsim';
import { decodePeerDatagram, encodePeerDatagram, natter, PROTOCOL_VERSION } from '@natter/wire';
import { PunchAttempt } from '@natter/peer';
import { probeAckMac } from '../src/punch/probe.js';
import { punchTargets } from '../src/punch/targets.js';

const B = natter.Behaviour;
const Kind = natter.Endpoint.Kind;
const cone = { nat: natter.NatType.FULL_CONE, mapping: B.ENDPOINT_INDEPENDENT, filtering: B.ENDPOINT_INDEPENDENT };

function recordingSocket(sent: Array<{ data: Uint8Array; port: number; address: string }>): UdpSocket {
  return {
    address: () => ({ address: '10.0.0.2', port: 40000, family: 'IPv4' }),
    send: async (data, port, address) => void sent.push({ data, port, address }),
    sendAndForget: (data, port, address) => void sent.push({ data, port, address }),
    onMessage: () => () => {},
    setTTL: () => {},
    close: async () => {},
    closed: false,
  } as UdpSocket;
}

function attemptWith(candidates: natter.Endpoint.$Properties[]) {
  const clock = new VirtualClock();
  const sent: Array<{ data: Uint8Array; port: number; address: string }> = [];
  const plan = natter.control.PunchPlan.create({ buddy: 'bob', attemptId: randomBytes(16), secret: randomBytes(32), candidates, buddyNat: cone, startInMs: 0, role: 1 });
  const socket = recordingSocket(sent);
  const attempt = new PunchAttempt({ plan, me: 'alice', myNat: cone, socket, stack: {} as UdpStack, clock, random: Math.random });
  return { clock, sent, plan, attempt, socket };
}

describe('punch candidates a buddy can name', () => {
  it('probes the observed public endpoint and private LAN addresses, never a public "LAN" address', async () => {
    const { clock, sent, attempt } = attemptWith([
      { ip: '203.0.113.9', port: 5000, kind: Kind.PUBLIC },
      { ip: '192.168.1.20', port: 5001, kind: Kind.LAN },
      { ip: '8.8.8.8', port: 53, kind: Kind.LAN },
      { ip: '198.51.100.7', port: 9, kind: Kind.PREDICTED },
    ]);
    await clock.advance(1_000);
    const targets = new Set(sent.map((s) => `${s.address}:${s.port}`));
    expect([...targets].sort()).toEqual(['192.168.1.20:5001', '203.0.113.9:5000']);
    await attempt.dispose();
  });
});

describe('IPv6 candidates', () => {
  it('a global IPv6 LAN candidate only inside the /64 the node observed the buddy in; never link-local', () => {
    const plan = natter.control.PunchPlan.create({
      buddy: 'bob',
      candidates: [
        { ip: '2001:db8:5::10', port: 6000, kind: Kind.PUBLIC },
        { ip: '2001:db8:5::abcd', port: 6000, kind: Kind.LAN },
        { ip: '2001:db8:6::10', port: 6000, kind: Kind.LAN },
        { ip: '2606:4700::1111', port: 53, kind: Kind.LAN },
        { ip: 'fd00::5', port: 6000, kind: Kind.LAN },
        { ip: 'fe80::1', port: 6000, kind: Kind.LAN },
      ],
    });
    expect(punchTargets(plan).map((t) => `${t.address} ${t.reach}`)).toEqual(['2001:db8:5::10 public', '2001:db8:5::abcd public', 'fd00::5 lan']);
    // Without an observed IPv6 endpoint, no global IPv6 candidate at all.
    const noPublic6 = natter.control.PunchPlan.create({ buddy: 'bob', candidates: [{ ip: '203.0.113.9', port: 5000, kind: Kind.PUBLIC }, { ip: '2001:db8:5::abcd', port: 6000, kind: Kind.LAN }] });
    expect(punchTargets(noPublic6).map((t) => t.address)).toEqual(['203.0.113.9']);
  });
});

describe('probe acks', () => {
  it('verify only with the address they answer', async () => {
    const { plan, attempt, socket } = attemptWith([{ ip: '203.0.113.9', port: 5000, kind: Kind.PUBLIC }]);
    const from: RemoteInfo = { address: '203.0.113.9', port: 5000, family: 'IPv4' };
    const ack = (observed: { ip: string; port: number }, macFor: { ip: string; port: number }) =>
      decodePeerDatagram(
        encodePeerDatagram({
          probeAck: { protocolVersion: PROTOCOL_VERSION, attemptId: plan.attemptId, from: 'bob', nonce: 1, mac: probeAckMac(plan.secret, plan.attemptId, 'bob', 1, macFor), observed },
        }),
      );
    let won = false;
    void attempt.result.then((path) => (won = Boolean(path)));
    // The observed address rewritten on the way: refused.
    attempt.handle(ack({ ip: '198.51.100.66', port: 1 }, { ip: '198.18.0.1', port: 40000 }), from, socket);
    await Promise.resolve();
    expect(won).toBe(false);
    // As the buddy sent it: accepted.
    attempt.handle(ack({ ip: '198.18.0.1', port: 40000 }, { ip: '198.18.0.1', port: 40000 }), from, socket);
    await new Promise((r) => setTimeout(r, 0));
    expect(won).toBe(true);
    await attempt.dispose();
  });
});
