// Every pair of NAT behaviours over the virtual network, with latency and
// loss: the path the pair ends on (direct where DESIGN.md's table says it can
// be, relay otherwise) and 200 messages each way delivered exactly once and
// in order. The relay is an in-memory ordered link with the same latency
// (the node's TCP relay never loses); UDP crosses real NAT models.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { buildTopology, type NatPresetName, type RemoteInfo, type UdpSocket } from '@natter/netsim';
import { bindingRequest, classifyNat, serveStun, type NatReport } from '@natter/stun';
import { decodePeerDatagram, isPeerDatagram, natter } from '@natter/wire';
import { Conversation, PunchAttempt, generateIdentity, identityPublicKey, type PathKind } from '@natter/peer';

const S1 = '203.0.113.1';
const S2 = '203.0.113.2';
const B = natter.Behaviour;
const wireBehaviour = { unknown: B.BEHAVIOUR_UNKNOWN, 'endpoint-independent': B.ENDPOINT_INDEPENDENT, 'address-dependent': B.ADDRESS_DEPENDENT, 'address-and-port-dependent': B.ADDRESS_AND_PORT_DEPENDENT } as const;
const wireNat: Record<string, natter.NatType> = {
  open: natter.NatType.OPEN,
  'full-cone': natter.NatType.FULL_CONE,
  'restricted-cone': natter.NatType.RESTRICTED_CONE,
  'port-restricted-cone': natter.NatType.PORT_RESTRICTED_CONE,
  symmetric: natter.NatType.SYMMETRIC,
  'symmetric-udp-firewall': natter.NatType.SYMMETRIC_UDP_FIREWALL,
  blocked: natter.NatType.UDP_BLOCKED,
  unknown: natter.NatType.NAT_UNKNOWN,
};
const toWire = (r: NatReport): natter.NatReport.$Properties => ({
  udp: r.udp,
  nat: wireNat[r.nat],
  mapping: wireBehaviour[r.mapping],
  filtering: wireBehaviour[r.filtering],
  portDelta: r.portDelta ?? 0,
});

type Kind = Exclude<NatPresetName, 'firewall'>;
const KINDS: Kind[] = ['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'];

/** DESIGN.md's table. */
function expectedPath(a: Kind, b: Kind): PathKind {
  if (a === 'blocked' || b === 'blocked') return 'relay';
  if (a === 'symmetric' && b === 'symmetric') return 'relay';
  return 'direct'; // cone-cone; cone-symmetric (directly, or birthday probing against port-restricted)
}

interface Side {
  name: string;
  socket: UdpSocket;
  conv: Conversation;
  attempt?: PunchAttempt;
  got: string[];
  nat: natter.NatReport.$Properties;
  pub: { ip: string; port: number } | undefined;
  lan: { ip: string; port: number };
}

async function runPair(a: Kind, b: Kind, latencyMs: number, lossRate: number, seed: number) {
  const link = { latencyMs, lossRate };
  const t = buildTopology({ seed, server: { ips: [S1, S2] }, sites: [{ name: 'a', nat: a, link }, { name: 'b', nat: b, link }] });
  const stun = await serveStun({ stack: t.server.udp, clock: t.clock, ip: S1, altIp: S2 });
  const ids = { a: generateIdentity(), b: generateIdentity() };
  const sides: Record<string, Side> = {};
  const rand = (() => {
    let x = seed * 7919 + 17;
    return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  })();

  for (const name of ['a', 'b'] as const) {
    const host = t.hosts[name]!;
    const other = name === 'a' ? 'b' : 'a';
    const report = await t.run(classifyNat({ stack: host.udp, clock: t.clock, servers: [{ address: S1, port: 3478 }], timeoutMs: 2500 }));
    const socket = await host.udp.bind();
    const mapped = await t.run(bindingRequest(socket, { address: S1, port: 3478 }, { clock: t.clock, timeoutMs: 3000 }).catch(() => undefined));
    const side: Side = {
      name,
      socket,
      got: [],
      nat: toWire(report),
      pub: mapped ? { ip: mapped.mapped.address, port: mapped.mapped.port } : undefined,
      lan: { ip: host.address, port: socket.address().port },
      conv: new Conversation(other, identityPublicKey(ids[other]), {
        clock: t.clock,
        me: name,
        identity: ids[name],
        random: rand,
        // The relay: ordered, lossless (TCP through the node), one latency each way per side.
        relay: (datagram) => {
          t.clock.setTimeout(() => deliverRelay(other, name, datagram), 2 * latencyMs + 1);
          return true;
        },
        onMessage: (_id, bytes) => side.got.push(Buffer.from(bytes).toString()),
        onPath: () => {},
        onDirectDead: () => {},
        onSession: () => {},
      }),
    };
    sides[name] = side;
    const route = (s: UdpSocket) => (data: Uint8Array, from: RemoteInfo) => {
      if (!isPeerDatagram(data)) return;
      let p;
      try {
        p = decodePeerDatagram(data);
      } catch {
        return;
      }
      if (p.body === 'probe' || p.body === 'probeAck') side.attempt?.handle(p, from, s);
      else if (p.body === 'handshake') side.conv.onHandshake(p.handshake as natter.peer.Handshake, { socket: s, from });
      else if (p.body === 'encrypted') side.conv.onEncrypted(p.encrypted as natter.peer.Encrypted, { socket: s, from });
    };
    socket.onMessage(route(socket));
    (side as Side & { route: typeof route }).route = route;
  }

  function deliverRelay(to: string, from: string, datagram: Uint8Array) {
    const p = decodePeerDatagram(datagram);
    const s = sides[to]!;
    if (p.body === 'handshake') s.conv.onHandshake(p.handshake as natter.peer.Handshake);
    else if (p.body === 'encrypted') s.conv.onEncrypted(p.encrypted as natter.peer.Encrypted);
    void from;
  }

  // The node's part: one plan for both, same attempt id and secret, each
  // side gets the other's candidates and NAT report; start together.
  const attemptId = randomBytes(16);
  const secret = randomBytes(32);
  for (const [me, other] of [['a', 'b'], ['b', 'a']] as const) {
    const o = sides[other]!;
    const candidates = [
      ...(o.pub ? [{ ip: o.pub.ip, port: o.pub.port, kind: natter.Endpoint.Kind.PUBLIC }] : []),
      { ip: o.lan.ip, port: o.lan.port, kind: natter.Endpoint.Kind.LAN },
    ];
    const plan = natter.control.PunchPlan.create({ buddy: other, attemptId, secret, candidates, buddyNat: o.nat, startInMs: latencyMs, role: me === 'a' ? 1 : 2 });
    const side = sides[me]!;
    const host = t.hosts[me]!;
    side.attempt = new PunchAttempt({ plan, me, myNat: side.nat, socket: side.socket, stack: host.udp, clock: t.clock, random: rand });
    void side.attempt.result.then((path) => {
      for (const s of side.attempt!.extraSockets) s.onMessage((side as Side & { route: (s: UdpSocket) => (d: Uint8Array, f: RemoteInfo) => void }).route(s));
      if (path) side.conv.setDirect({ socket: path.socket, remote: path.remote }, 'punched');
    });
  }

  // Relay first: the conversation starts at once; the path upgrades under it.
  const N = 200;
  const sends: Array<Promise<void>> = [];
  for (let i = 0; i < N; i++) {
    sends.push(sides['a']!.conv.send(randomBytes(16), Buffer.from(`a${i}`)));
    sends.push(sides['b']!.conv.send(randomBytes(16), Buffer.from(`b${i}`)));
  }
  await t.run(Promise.all(sends), { maxMs: 600_000 });
  // Let the punch attempts finish, then report the path each side is on.
  await t.run(Promise.all([sides['a']!.attempt!.result, sides['b']!.attempt!.result]), { maxMs: 60_000 });
  await t.net.advance(3000);
  const result = {
    pathA: sides['a']!.conv.path,
    pathB: sides['b']!.conv.path,
    gotA: sides['a']!.got,
    gotB: sides['b']!.got,
    strategy: sides['a']!.attempt!.strategy.kind,
  };
  for (const s of Object.values(sides)) {
    s.conv.close();
    await s.attempt?.dispose();
  }
  await stun.close();
  return result;
}

const PAIRS: Array<[Kind, Kind]> = [];
for (let i = 0; i < KINDS.length; i++) for (let j = i; j < KINDS.length; j++) PAIRS.push([KINDS[i]!, KINDS[j]!]);

describe('NAT matrix: expected path and exactly-once delivery', () => {
  for (const latencyMs of [0, 50, 200]) {
    for (const lossRate of [0, 0.1, 0.3]) {
      describe(`${latencyMs} ms, ${lossRate * 100}% loss`, () => {
        it.each(PAIRS)('%s <-> %s', async (a, b) => {
          const r = await runPair(a, b, latencyMs, lossRate, 1 + KINDS.indexOf(a) * 7 + KINDS.indexOf(b));
          const want = expectedPath(a, b);
          expect({ a: r.pathA, b: r.pathB }, `strategy ${r.strategy}`).toEqual({ a: want, b: want });
          expect(r.gotB).toEqual(Array.from({ length: 200 }, (_, i) => `a${i}`));
          expect(r.gotA).toEqual(Array.from({ length: 200 }, (_, i) => `b${i}`));
        }, 120_000);
      });
    }
  }
});
