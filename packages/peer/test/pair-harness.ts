// A pair of peers over the virtual network, the way the node would set
// them up: each classifies its NAT and learns its public endpoint from a
// STUN server, both get one punch plan, and the relay is an in-memory
// ordered link (the node's TCP relay never loses). Used by the NAT matrix,
// fault and security tests.
import { randomBytes } from 'node:crypto';
import type { RemoteInfo, UdpSocket } from '@natter/io';
import { buildTopology, type NatConfig, type NatPresetName, type Topology } from '@natter/netsim';
import { bindingRequest, classifyNat, serveStun } from '@natter/stun';
import { decodePeerDatagram, isPeerDatagram, natter } from '@natter/wire';
import { Conversation, PunchAttempt, generateIdentity, identityPublicKey, natReportToWire, type PathKind } from '@natter/peer';

const S1 = '203.0.113.1';
const S2 = '203.0.113.2';
export type Kind = Exclude<NatPresetName, 'firewall'>;
export const KINDS: Kind[] = ['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'];

/** DESIGN.md's table. */
/** DESIGN.md's table for any two RFC 4787 configurations (mapping × filtering × allocation). */
export function expectedPathFor(a: NatConfig, b: NatConfig): PathKind {
  if (a.udpBlocked || b.udpBlocked) return 'relay';
  const dep = (c: NatConfig) => c.mapping === 'address-dependent' || c.mapping === 'address-and-port-dependent';
  // Two symmetric NATs: relay (see planPunch). One symmetric side: direct,
  // by plain probing against an address-or-less filter, by port prediction
  // (sequential) or birthday probing (random) against port filtering.
  if (dep(a) && dep(b)) return 'relay';
  return 'direct';
}

export function expectedPath(a: Kind, b: Kind): PathKind {
  if (a === 'blocked' || b === 'blocked') return 'relay';
  if (a === 'symmetric' && b === 'symmetric') return 'relay';
  return 'direct'; // cone-cone; cone-symmetric (directly, or birthday probing against port-restricted)
}

export interface Side {
  name: string;
  socket: UdpSocket;
  conv: Conversation;
  attempt?: PunchAttempt;
  got: string[];
  nat: natter.NatReport.$Properties;
  pub: { ip: string; port: number } | undefined;
  lan: { ip: string; port: number };
  /** Path changes, in order. */
  paths: PathKind[];
  /** Every datagram this side handed to the relay (what the node would see). */
  relayed: Uint8Array[];
}

export interface PairOptions {
  a: Kind | NatConfig;
  b: Kind | NatConfig;
  latencyMs?: number;
  lossRate?: number;
  seed?: number;
  /** NAT reports to use instead of the measured ones (a classifier that got it wrong). */
  reports?: Partial<Record<'a' | 'b', natter.NatReport.$Properties>>;
}

export interface Pair {
  t: Topology;
  sides: Record<'a' | 'b', Side>;
  /** Runs a fresh punch attempt on both sides (as a node PunchPlan would), numbered `attempt` (failures so far). */
  punch(attempt?: number): Promise<void>;
  close(): Promise<void>;
}

type Routed = Side & { route: (s: UdpSocket) => (d: Uint8Array, f: RemoteInfo) => void };

export async function setupPair(o: PairOptions): Promise<Pair> {
  const latencyMs = o.latencyMs ?? 0;
  const seed = o.seed ?? 1;
  const link = { latencyMs, lossRate: o.lossRate ?? 0 };
  const t = buildTopology({ seed, server: { ips: [S1, S2] }, sites: [{ name: 'a', nat: o.a, link }, { name: 'b', nat: o.b, link }] });
  const stun = await serveStun({ stack: t.server.udp, clock: t.clock, ip: S1, altIp: S2 });
  const ids = { a: generateIdentity(), b: generateIdentity() };
  const sides = {} as Record<'a' | 'b', Side>;
  const rand = (() => {
    let x = seed * 7919 + 17;
    return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  })();

  function deliverRelay(to: 'a' | 'b', datagram: Uint8Array) {
    const p = decodePeerDatagram(datagram);
    const s = sides[to];
    if (p.body === 'handshake') s.conv.onHandshake(p.handshake as natter.peer.Handshake);
    else if (p.body === 'encrypted') s.conv.onEncrypted(p.encrypted as natter.peer.Encrypted);
  }

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
      nat: o.reports?.[name] ?? natReportToWire(report),
      pub: mapped ? { ip: mapped.mapped.address, port: mapped.mapped.port } : undefined,
      lan: { ip: host.address, port: socket.address().port },
      paths: [],
      relayed: [],
      conv: new Conversation(other, identityPublicKey(ids[other]), {
        clock: t.clock,
        me: name,
        identity: ids[name],
        random: rand,
        relay: (datagram) => {
          side.relayed.push(datagram);
          t.clock.setTimeout(() => deliverRelay(other, datagram), 2 * latencyMs + 1);
          return true;
        },
        onMessage: (_id, bytes) => side.got.push(Buffer.from(bytes).toString()),
        onPath: (path) => side.paths.push(path),
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
    (side as Routed).route = route;
  }

  async function punch(failures = 0): Promise<void> {
    // The node's part: one plan for both, same attempt id and secret, each
    // side gets the other's candidates and NAT report; start together.
    const attemptId = randomBytes(16);
    const secret = randomBytes(32);
    for (const [me, other] of [['a', 'b'], ['b', 'a']] as const) {
      const o = sides[other];
      const candidates = [
        ...(o.pub ? [{ ip: o.pub.ip, port: o.pub.port, kind: natter.Endpoint.Kind.PUBLIC }] : []),
        { ip: o.lan.ip, port: o.lan.port, kind: natter.Endpoint.Kind.LAN },
      ];
      const plan = natter.control.PunchPlan.create({ buddy: other, attemptId, secret, candidates, buddyNat: o.nat, startInMs: latencyMs, role: me === 'a' ? 1 : 2, attempt: failures });
      const side = sides[me];
      await side.attempt?.dispose();
      const attempt = new PunchAttempt({ plan, me, myNat: side.nat, socket: side.socket, stack: t.hosts[me]!.udp, clock: t.clock, random: rand });
      side.attempt = attempt;
      void attempt.result.then((path) => {
        for (const s of attempt.extraSockets) s.onMessage((side as Routed).route(s));
        if (path) side.conv.setDirect({ socket: path.socket, remote: path.remote }, 'punched');
      });
    }
  }

  await punch();
  return {
    t,
    sides,
    punch,
    async close() {
      for (const side of Object.values(sides)) {
        side.conv.close();
        await side.attempt?.dispose();
      }
      await stun.close();
    },
  };
}

/** 200 messages each way from the start (relay first), then where the pair ended up. */
export async function runPair(a: Kind | NatConfig, b: Kind | NatConfig, latencyMs: number, lossRate: number, seed: number, N = 200) {
  const pair = await setupPair({ a, b, latencyMs, lossRate, seed });
  const { t, sides } = pair;
  const sends: Array<Promise<void>> = [];
  for (let i = 0; i < N; i++) {
    sends.push(sides.a.conv.send(randomBytes(16), Buffer.from(`a${i}`)));
    sends.push(sides.b.conv.send(randomBytes(16), Buffer.from(`b${i}`)));
  }
  await t.run(Promise.all(sends), { maxMs: 600_000 });
  // Let the punch attempts finish, then report the path each side is on.
  const first = await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
  // Birthday probing succeeds with high probability, not always: like the
  // peer (schedulePunch), try once more, as attempt 1.
  if (first.some((p) => !p) && sides.a.attempt!.strategy.kind === 'birthday') {
    await pair.punch(1);
    await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
  }
  await t.net.advance(3000);
  const result = { pathA: sides.a.conv.path, pathB: sides.b.conv.path, gotA: sides.a.got, gotB: sides.b.got, strategy: sides.a.attempt!.strategy.kind };
  await pair.close();
  return result;
}
