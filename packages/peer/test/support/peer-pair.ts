// Two NatterPeers over the virtual network, each behind its own NAT, with
// the node's control plane played in memory (memory-node.ts): each peer
// logs in, registers its public endpoint by STUN, classifies its NAT and
// publishes its presence, exactly as against a real node; then the node
// sends both one punch plan. Everything below the peer's public API is the
// product's own code: routing, punching, conversations, delivery, receipts.
// Used by the NAT matrix, fault, security and punch retry tests.
import { sleep, type BindOptions, type UdpSocket, type UdpStack } from '@natter/io';
import { buildTopology, type NatConfig, type NatPresetName, type Topology } from '@natter/netsim';
import { classifyNat, type ClassifyOptions, type NatReport } from '@natter/stun';
import type { natter } from '@natter/wire';
import { BEHAVIOURS, NAT_TYPES, NatterPeer, generateIdentity, identityPublicKey, type Conversation, type PathKind, type PunchAttempt } from '@natter/peer';
import { MemoryHistory } from './memory-history.js';
import { MemoryNode } from './memory-node.js';

const S1 = '203.0.113.1';
const S2 = '203.0.113.2';

export type Kind = Exclude<NatPresetName, 'firewall'>;
export const KINDS: Kind[] = ['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'];
/** The cone and symmetric kinds on routers without a WAN input firewall (netsim's inputFirewall: false). */
export const NOFW_KINDS: Kind[] = ['full-nofw', 'restricted-nofw', 'port-nofw', 'symmetric-nofw'];
/**
 * Routers inside the virtual internet, as in the kernel lab (an access
 * router per site and a core: three between two sites), so a packet with a
 * low TTL that leaves its own NAT dies before the far one.
 */
export const INTERNET_HOPS = 3;

/** The path planPunch should reach for any two RFC 4787 configurations (mapping × filtering × allocation); docs/protocol.md, punching. */
export function expectedPathFor(a: NatConfig, b: NatConfig): PathKind {
  if (a.udpBlocked || b.udpBlocked) return 'relay';
  const dep = (c: NatConfig) => c.mapping === 'address-dependent' || c.mapping === 'address-and-port-dependent';
  // Two symmetric NATs: relay (see planPunch). One symmetric side: direct,
  // by plain probing against an address-or-less filter, by port prediction
  // (sequential) or birthday probing (random) against port filtering.
  if (dep(a) && dep(b)) return 'relay';
  return 'direct';
}

/** The same for the presets. */
export function expectedPath(a: Kind, b: Kind): PathKind {
  if (a === 'blocked' || b === 'blocked') return 'relay';
  if (a.startsWith('symmetric') && b.startsWith('symmetric')) return 'relay';
  return 'direct'; // cone-cone; cone-symmetric (directly, or birthday probing against port-restricted)
}

type Name = 'a' | 'b';

export interface Side {
  name: Name;
  peer: NatterPeer;
  /** The peer's conversation with the other side. */
  readonly conv: Conversation;
  /** The attempt the latest punch plan started on this side. */
  readonly attempt: PunchAttempt | undefined;
  /** Texts of the messages the peer showed ('message' events), in order. */
  got: string[];
  /** Path changes, in order ('path' events). */
  paths: PathKind[];
  /** Problems the peer reported ('error' events). */
  errors: Error[];
  /** Every datagram this side handed to the relay (what the node sees). */
  readonly relayed: Uint8Array[];
  /** This side's public endpoint, as the node learned it from its STUN binding. */
  readonly pub: { ip: string; port: number } | undefined;
  /** Sends `text` to the other side; resolves once the other side's peer has it (state 'sent', or 'delivered' first). */
  send(text: string): Promise<void>;
  /** Sees every datagram this side sends over UDP, from any of its sockets. */
  onUdpSend: ((data: Uint8Array, port: number, address: string) => void) | undefined;
}

export interface PairOptions {
  a: Kind | NatConfig;
  b: Kind | NatConfig;
  latencyMs?: number;
  lossRate?: number;
  seed?: number;
  /** NAT reports to use instead of the measured ones (a classifier that got it wrong). */
  reports?: Partial<Record<Name, natter.NatReport.$Properties>>;
  /** false: the node ignores the peers' own punch requests; the test calls punch() (see MemoryNode). */
  punchOnRequest?: boolean;
  /** Routers inside the internet (netsim's internetHops); default INTERNET_HOPS. */
  internetHops?: number;
  /**
   * Start the end-to-end session (a's handshake, over the relay) before the
   * punch and the first message. Then every message rides the reliable
   * channel: without it, messages sent before the handshake also go as
   * sealed early data, which the ordered relay delivers first, so the
   * channel's own exactly-once, in-order delivery across the relay→direct
   * switch would go unseen (and each early copy costs ~1.3 ms of public-key
   * crypto).
   */
  sessionFirst?: boolean;
}

export interface Pair {
  t: Topology;
  node: MemoryNode;
  sides: Record<Name, Side>;
  /** The node sends both sides a fresh punch plan, numbered `attempt` (failures so far); resolves once both started it. */
  punch(attempt?: number): Promise<void>;
  close(): Promise<void>;
}

/** A deterministic random for each peer (punch strategies, backoff and keepalive jitter). */
function seeded(seed: number): () => number {
  let x = seed * 7919 + 17;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** The classifier the peer runs at login, with room for slow, lossy links; or a wrong report. */
function classifier(wrong: natter.NatReport.$Properties | undefined) {
  return async (options: ClassifyOptions): Promise<NatReport> => {
    const measured = await classifyNat({ ...options, timeoutMs: 2500 });
    if (!wrong) return measured;
    return {
      ...measured,
      udp: wrong.udp ?? measured.udp,
      nat: NAT_TYPES.fromWire(wrong.nat) ?? 'unknown',
      mapping: BEHAVIOURS.fromWire(wrong.mapping) ?? 'unknown',
      filtering: BEHAVIOURS.fromWire(wrong.filtering) ?? 'unknown',
      portDelta: wrong.portDelta || null,
    };
  };
}

/** The host's UDP stack, with every datagram any of its sockets sends shown to `tap` first. */
function tappedStack(stack: UdpStack, tap: () => Side['onUdpSend']): UdpStack {
  return {
    interfaceAddresses: (family) => stack.interfaceAddresses(family),
    sourceAddressFor: (remote) => stack.sourceAddressFor(remote),
    async bind(options?: BindOptions) {
      const s = await stack.bind(options);
      const socket: UdpSocket = {
        address: () => s.address(),
        send: (data, port, address, sendOptions) => {
          tap()?.(data, port, address);
          return s.send(data, port, address, sendOptions);
        },
        sendAndForget: (data, port, address) => {
          tap()?.(data, port, address);
          s.sendAndForget(data, port, address);
        },
        onMessage: (handler) => s.onMessage(handler),
        setTTL: (ttl) => s.setTTL(ttl),
        close: () => s.close(),
        get closed() {
          return s.closed;
        },
      };
      return socket;
    },
  };
}

/** Drives the clock until `condition` holds; fails with NETSIM_TIME_LIMIT when it does not within `maxMs`. */
export async function waitFor(t: Topology, condition: () => boolean, maxMs = 60_000): Promise<void> {
  await t.run(
    async () => {
      while (!condition()) await sleep(t.clock, 10);
    },
    { maxMs },
  );
}

export async function setupPair(options: PairOptions): Promise<Pair> {
  const latencyMs = options.latencyMs ?? 0;
  const seed = options.seed ?? 1;
  const link = { latencyMs, lossRate: options.lossRate ?? 0 };
  const t = buildTopology({ seed, internetHops: options.internetHops ?? INTERNET_HOPS, server: { ips: [S1, S2] }, sites: [{ name: 'a', nat: options.a, link }, { name: 'b', nat: options.b, link }] });
  const sides = {} as Record<Name, Side>;
  const attempts: Partial<Record<Name, PunchAttempt>> = {};
  let plans = 0;
  const node = await MemoryNode.start({
    clock: t.clock,
    udp: t.server.udp,
    stunIp: S1,
    altStunIp: S2,
    // The control connection crosses the site's access link, as UDP does.
    controlDelayMs: latencyMs,
    buddies: [['a', 'b']],
    ...(options.punchOnRequest !== undefined && { punchOnRequest: options.punchOnRequest }),
    onPunchPlan: (username, plan) => {
      const side = sides[username as Name];
      attempts[side.name] = side.peer.punches.attempt(plan.buddy);
      plans++;
    },
  });

  for (const [index, name] of (['a', 'b'] as const).entries()) {
    const other: Name = name === 'a' ? 'b' : 'a';
    const identity = generateIdentity();
    node.register(name, identityPublicKey(identity));
    const acked = new Set<string>();
    const waiting = new Map<string, () => void>();
    let tap: Side['onUdpSend'];
    const peer = new NatterPeer({
      session: node.channel(name),
      history: new MemoryHistory(),
      identity,
      stack: tappedStack(t.hosts[name]!.udp, () => tap),
      clock: t.clock,
      random: seeded(seed * 2 + index),
      classify: true,
      classifyNat: classifier(options.reports?.[name]),
    });
    const side: Side = {
      name,
      peer,
      get conv() {
        // Conversations are per device: the buddy's one device here (USER/DEVICE).
        const conversation = peer.conversations.get(sides[other]?.peer.address ?? other);
        if (!conversation) throw new Error(`${name} has no conversation with ${other}`);
        return conversation;
      },
      get attempt() {
        return attempts[name];
      },
      got: [],
      paths: [],
      errors: [],
      get relayed() {
        return node.relayed(name);
      },
      get pub() {
        return node.publicEndpoint(name);
      },
      async send(text) {
        const entry = await peer.send(other, text);
        if (acked.has(entry.id)) return;
        await new Promise<void>((resolve) => waiting.set(entry.id, resolve));
      },
      get onUdpSend() {
        return tap;
      },
      set onUdpSend(fn) {
        tap = fn;
      },
    };
    peer.on('message', (entry) => side.got.push(entry.text));
    peer.on('path', (p) => side.paths.push(p.path));
    peer.on('error', (err) => side.errors.push(err));
    peer.on('state', (entry) => {
      if (entry.state !== 'sent' && entry.state !== 'delivered') return;
      acked.add(entry.id);
      waiting.get(entry.id)?.();
      waiting.delete(entry.id);
    });
    sides[name] = side;
  }

  // Logged in, endpoint registered, NAT classified, presence published;
  // then one delay more for each side's presence to reach the other.
  await t.run(Promise.all([sides.a.peer.start(), sides.b.peer.start()]), { maxMs: 60_000 });
  await waitFor(t, () => node.presenceUpdates('a') > 0 && node.presenceUpdates('b') > 0);
  await t.net.advance(latencyMs + 1);
  if (options.sessionFirst) {
    await t.run(sides.a.peer.conversations.open(sides.b.peer.address)!.whenReady(), { maxMs: 60_000 });
    await waitFor(t, () => sides.b.peer.conversations.get(sides.a.peer.address)?.ready === true);
  }

  async function punch(attempt = 0): Promise<void> {
    const before = plans;
    node.punch('a', 'b', attempt);
    await waitFor(t, () => plans >= before + 2);
  }

  await punch();
  return {
    t,
    node,
    sides,
    punch,
    async close() {
      await t.run(Promise.all([sides.a.peer.close(), sides.b.peer.close()]));
      await node.close();
    },
  };
}

/** 200 messages each way from the start (relay first) over the end-to-end channel, then where the pair ended up. */
export async function runPair(a: Kind | NatConfig, b: Kind | NatConfig, latencyMs: number, lossRate: number, seed: number, N = 200) {
  const pair = await setupPair({ a, b, latencyMs, lossRate, seed, sessionFirst: true });
  const { t, sides } = pair;
  const sends: Array<Promise<void>> = [];
  for (let i = 0; i < N; i++) {
    sends.push(sides.a.send(`a${i}`));
    sends.push(sides.b.send(`b${i}`));
  }
  await t.run(Promise.all(sends), { maxMs: 600_000 });
  // Let the punch attempts finish, then report the path each side is on.
  const first = await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
  // Birthday probing succeeds with high probability, not always: like the
  // peer (its PunchScheduler), try once more, as attempt 1.
  if (first.some((p) => !p) && sides.a.attempt!.strategy.kind === 'birthday') {
    await pair.punch(1);
    await t.run(Promise.all([sides.a.attempt!.result, sides.b.attempt!.result]), { maxMs: 60_000 });
  }
  await t.net.advance(3000);
  const result = { pathA: sides.a.conv.path, pathB: sides.b.conv.path, gotA: sides.a.got, gotB: sides.b.got, strategy: sides.a.attempt!.strategy.kind };
  await pair.close();
  return result;
}
