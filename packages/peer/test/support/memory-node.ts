// A stand-in for the rendezvous node's control plane, in memory, so
// NatterPeer runs over the virtual network with the node's part played the
// way packages/server does it: login with STUN credentials, presence
// (public endpoint from the authenticated STUN binding, LAN candidates, NAT
// report, identity key) pushed between mutual buddies, punch plans to both
// sides with a common start, the relay (ordered and lossless, like the
// node's TCP connection), and the offline store. Frames go through the wire
// codec both ways, as over the node's WebSocket, each after a one-way delay
// on the virtual clock. A user may have several devices (register the same
// name with another device name): presence shows them all, relay frames,
// punch plans and offline messages address one device (USER/DEVICE), and
// each device gets its user's device list. Left out: accounts and
// passwords (any registered name logs in), buddy requests (the buddies are
// given), device approval (every device is active), rate limits.
import { createHash, randomBytes } from 'node:crypto';
import type { Clock, UdpStack } from '@natter/io';
import { serveStun, type RunningStunServer } from '@natter/stun';
import { decodeControl, deviceIdInput, encodeControl, natter, type ControlFrameInit, type DecodedControlFrame } from '@natter/wire';

/** Each user here is one device, whose id the node derives from its key (as packages/server does for a client that names none). */
const deviceIdOf = (key: Uint8Array) => createHash('sha256').update(deviceIdInput(key)).digest().subarray(0, 16);
import { MemoryControlChannel, type SessionEndpoint } from './memory-control-channel.js';

export interface MemoryNodeOptions {
  clock: Clock;
  /** The node host's UDP stack, for its STUN server. */
  udp: UdpStack;
  stunIp: string;
  /** A second IP: full RFC 5780 STUN, so the peers can classify their NATs. */
  altStunIp?: string;
  /** One-way delay between each user and the node. */
  controlDelayMs?: number;
  /** Pairs of mutual buddies. */
  buddies: Array<[string, string]>;
  /**
   * false: a peer's own PunchRequest is answered Ok and nothing more; the
   * test issues every plan itself (punch()). Default true, as the node does.
   */
  punchOnRequest?: boolean;
  /** After a session has handled a PunchPlan (its peer has started the attempt). */
  onPunchPlan?: (username: string, plan: natter.control.PunchPlan) => void;
}

interface Endpoint {
  ip: string;
  port: number;
}

/** One device of a user, with its session (a user with one device: the name is the user's). */
interface User {
  /** The user (account) this device belongs to. */
  username: string;
  /** What the tests call this device (the key of MemoryNode.users). */
  name: string;
  identityKey: Uint8Array;
  buddies: Set<string>;
  /** The logged-in session; undefined while offline. */
  channel: MemoryControlChannel | undefined;
  status: natter.Status;
  statusText: string;
  lan: Endpoint[];
  nat: natter.NatReport.$Properties | undefined;
  publicEndpoint: Endpoint | undefined;
  since: number;
  stunUsername: string;
  stunKey: Buffer;
  /** PresenceUpdates received in this session. */
  presenceUpdates: number;
  /** Every datagram this user handed to the relay. */
  relayed: Uint8Array[];
  deviceId: Buffer;
  /** USER/DEVICE. */
  address: string;
}

interface Stored {
  seq: number;
  from: string;
  to: string;
  messageId: Uint8Array;
  sealed: Uint8Array;
  sentAtMs: number;
  storedAtMs: number;
}

const Role = natter.control.PunchPlan.Role;

export class MemoryNode implements SessionEndpoint {
  private readonly users = new Map<string, User>();
  private readonly byStun = new Map<string, User>();
  private readonly stored: Stored[] = [];
  private nextSeq = 1;
  private stun: RunningStunServer | undefined;

  private constructor(private readonly options: MemoryNodeOptions) {}

  static async start(options: MemoryNodeOptions): Promise<MemoryNode> {
    const node = new MemoryNode(options);
    node.stun = await serveStun({
      stack: options.udp,
      clock: options.clock,
      ip: options.stunIp,
      altIp: options.altStunIp,
      credentials: (name) => node.byStun.get(name)?.stunKey,
      onAuthenticatedBinding: (name, mapped) => {
        const user = node.byStun.get(name);
        if (user) node.publicEndpointSeen(user, { ip: mapped.address, port: mapped.port });
      },
    });
    return node;
  }

  private get delayMs(): number {
    return this.options.controlDelayMs ?? 0;
  }

  /** A device of `username` (called `device`, by default the user's name) with its identity key. */
  register(username: string, identityKey: Uint8Array, device = username): void {
    const buddies = new Set(this.options.buddies.flatMap(([x, y]) => (x === username ? [y] : y === username ? [x] : [])));
    this.users.set(device, {
      username,
      name: device,
      identityKey,
      buddies,
      channel: undefined,
      status: natter.Status.STATUS_OFFLINE,
      statusText: '',
      lan: [],
      nat: undefined,
      publicEndpoint: undefined,
      since: 0,
      stunUsername: '',
      stunKey: Buffer.alloc(0),
      presenceUpdates: 0,
      relayed: [],
      deviceId: deviceIdOf(identityKey),
      address: `${username}/${deviceIdOf(identityKey).toString('hex')}`,
    });
  }

  /** A new session for the device `device` (a user's name for their only device; not connected yet). */
  channel(device: string): MemoryControlChannel {
    return new MemoryControlChannel(this, device);
  }

  /** Every device of `username`. */
  private devicesOf(username: string): User[] {
    return [...this.users.values()].filter((u) => u.username === username);
  }

  /** The public endpoint the node learned from the user's authenticated STUN binding. */
  publicEndpoint(username: string): Endpoint | undefined {
    return this.user(username).publicEndpoint;
  }

  /** Every datagram the user handed to the relay: what the node sees of their conversations. */
  relayed(username: string): Uint8Array[] {
    return this.user(username).relayed;
  }

  presenceUpdates(username: string): number {
    return this.user(username).presenceUpdates;
  }

  /** Plans to both, as the node sends them after a PunchRequest from `initiator`. */
  punch(initiator: string, responder: string, attempt = 0): void {
    const me = this.user(initiator);
    const peer = this.user(responder);
    if (!me.channel || !peer.channel) throw new Error(`punch: ${initiator} and ${responder} must both be online`);
    const attemptId = randomBytes(16);
    const secret = randomBytes(32);
    // The node's common start (packages/server/src/connection.ts): both
    // plans arrive after half their RTT; the later one plus a margin.
    const rtt = 2 * this.delayMs;
    const start = rtt / 2 + 50;
    const plan = (to: User, other: User, role: natter.control.PunchPlan.Role) =>
      this.push(to, {
        punchPlan: {
          buddy: other.address,
          attemptId,
          secret,
          candidates: this.presenceOf(other).endpoints ?? [],
          buddyNat: other.nat ?? null,
          startInMs: Math.max(0, Math.round(start - rtt / 2)),
          role,
          buddyIdentityKey: other.identityKey,
          attempt: Math.min(8, attempt >>> 0),
        },
      });
    plan(peer, me, Role.RESPONDER);
    plan(me, peer, Role.INITIATOR);
  }

  async close(): Promise<void> {
    await this.stun?.close();
  }

  /** A frame from a session: it reaches the node after the one-way delay. */
  fromSession(channel: MemoryControlChannel, frame: ControlFrameInit): void {
    const bytes = encodeControl(frame);
    this.options.clock.setTimeout(() => {
      try {
        this.handle(channel, decodeControl(bytes));
      } catch (err) {
        console.error("memory node", err);
      }
    }, this.delayMs);
  }

  private handle(channel: MemoryControlChannel, frame: DecodedControlFrame): void {
    const user = this.user(channel.deviceName);
    const answer = (body: ControlFrameInit) => frame.requestId && this.deliver(channel, { ...body, requestId: frame.requestId });
    if (frame.body !== 'login' && user.channel !== channel) return void answer({ error: { code: 'NOT_LOGGED_IN', message: 'log in first' } });
    switch (frame.body) {
      case 'login':
        return this.login(user, channel, frame.requestId);
      case 'logout':
        answer({ ok: {} });
        return this.logout(channel);
      case 'heartbeat':
        return void answer({ heartbeatAck: { echoSentAtMs: (frame.heartbeat as natter.control.Heartbeat).sentAtMs, serverTimeMs: this.options.clock.now() } });
      case 'presenceUpdate': {
        const p = frame.presenceUpdate as natter.control.PresenceUpdate;
        if (p.status !== natter.Status.STATUS_OFFLINE) user.status = p.status;
        user.statusText = p.statusText ?? '';
        user.lan = (p.lanCandidates ?? []).map((e) => ({ ip: String(e.ip), port: Number(e.port) }));
        if (p.nat) user.nat = p.nat;
        user.presenceUpdates++;
        this.pushToBuddies(user, this.presenceOf(user));
        return void answer({ ok: {} });
      }
      case 'punchRequest': {
        const r = frame.punchRequest as natter.control.PunchRequest;
        if (this.options.punchOnRequest === false) return void answer({ ok: {} });
        const peer = this.onlineBuddy(user, r.buddy);
        if (!peer) return void answer({ error: { code: 'BUDDY_OFFLINE', message: `${r.buddy} is offline` } });
        this.punch(user.name, peer.name, r.attempt);
        return void answer({ ok: {} });
      }
      case 'relay': {
        const r = frame.relay as natter.control.RelayFrame;
        user.relayed.push(r.payload);
        const peer = this.onlineBuddy(user, r.peer);
        if (peer) this.push(peer, { relay: { peer: user.address, payload: r.payload } });
        return;
      }
      case 'offlineStore': {
        const o = frame.offlineStore as natter.control.OfflineStore;
        const target = this.deviceAt(o.to);
        if (!target || (target.username !== user.username && !user.buddies.has(target.username))) return void answer({ error: { code: 'NOT_A_BUDDY', message: `${o.to} is not your buddy` } });
        const rec: Stored = { seq: this.nextSeq++, from: user.address, to: target.name, messageId: o.messageId, sealed: o.sealed, sentAtMs: Number(o.sentAtMs) || 0, storedAtMs: this.options.clock.now() };
        this.stored.push(rec);
        // Raced with the recipient coming online: handed over now as well.
        const to = target;
        if (to?.channel) this.push(to, { offlineDeliver: { messages: [offlineMessage(rec)] } });
        return void answer({ offlineStored: { messageId: o.messageId, expiresAtMs: rec.storedAtMs + 30 * 86_400_000 } });
      }
      case 'offlineAck': {
        const seqs = new Set((frame.offlineAck as natter.control.OfflineAck).seqs.map(Number));
        for (let i = this.stored.length - 1; i >= 0; i--) if (this.stored[i]!.to === user.name && seqs.has(this.stored[i]!.seq)) this.stored.splice(i, 1);
        return void answer({ ok: {} });
      }
      default:
        return void answer({ error: { code: 'UNSUPPORTED', message: `${frame.body} is not played by the memory node` } });
    }
  }

  /** The session went away (logout or close): buddies see the user go offline. */
  logout(channel: MemoryControlChannel): void {
    const user = this.user(channel.deviceName);
    if (user.channel !== channel) return;
    user.channel = undefined;
    this.byStun.delete(user.stunUsername);
    // Offline when no other device of the user is online.
    const online = this.devicesOf(user.username).some((d) => d.channel);
    this.pushToBuddies(user, online ? this.presenceOf(user) : { username: user.username, status: natter.Status.STATUS_OFFLINE, devices: this.devicesOf(user.username).map((d) => this.deviceOf(d, false)) });
  }

  /** A frame to a session: it arrives after the one-way delay. */
  private deliver(channel: MemoryControlChannel, frame: ControlFrameInit): void {
    const bytes = encodeControl(frame);
    this.options.clock.setTimeout(() => {
      channel.receive(decodeControl(bytes));
      if (frame.punchPlan) this.options.onPunchPlan?.(channel.deviceName, frame.punchPlan as natter.control.PunchPlan);
    }, this.delayMs);
  }

  private push(user: User, frame: ControlFrameInit): void {
    if (user.channel) this.deliver(user.channel, frame);
  }

  private login(user: User, channel: MemoryControlChannel, requestId: number): void {
    if (user.channel) this.logout(user.channel);
    user.channel = channel;
    user.status = natter.Status.ONLINE;
    user.statusText = '';
    user.lan = [];
    user.nat = undefined;
    user.publicEndpoint = undefined;
    user.since = this.options.clock.now();
    user.presenceUpdates = 0;
    user.stunUsername = `n${randomBytes(12).toString('hex')}`;
    user.stunKey = randomBytes(20);
    this.byStun.set(user.stunUsername, user);
    const stun = this.stun!.addresses[0]!.split(':');
    this.deliver(channel, {
      requestId,
      loginOk: {
        username: user.username,
        resumeToken: randomBytes(32),
        resumeTokenExpiresMs: this.options.clock.now() + 86_400_000,
        serverTimeMs: this.options.clock.now(),
        stun: { username: user.stunUsername, password: user.stunKey, servers: [{ ip: stun[0], port: Number(stun[1]), kind: natter.Endpoint.Kind.PUBLIC }] },
        deviceId: user.deviceId,
        deviceState: natter.control.DeviceState.ACTIVE,
      },
    });
    this.pushDeviceList(user.username);
    // Then the pushes that depend on being logged in, in the node's order.
    this.push(user, {
      buddyList: {
        buddies: [...user.buddies].map((b) => {
          const devices = this.devicesOf(b);
          const online = devices.find((d) => d.channel);
          return online ? this.presenceOf(online) : { username: b, status: natter.Status.STATUS_OFFLINE, identityKey: devices[0]!.identityKey, devices: devices.map((d) => this.deviceOf(d, false)) };
        }),
        incomingRequests: [],
        outgoingRequests: [],
        blocked: [],
      },
    });
    this.pushToBuddies(user, this.presenceOf(user));
    const queued = this.stored.filter((s) => s.to === user.name);
    for (let i = 0; i < queued.length; i += 2) this.push(user, { offlineDeliver: { messages: queued.slice(i, i + 2).map(offlineMessage) } });
  }

  private publicEndpointSeen(user: User, endpoint: Endpoint): void {
    if (user.publicEndpoint?.ip === endpoint.ip && user.publicEndpoint.port === endpoint.port) return;
    user.publicEndpoint = endpoint;
    this.pushToBuddies(user, this.presenceOf(user));
  }

  private endpointsOf(user: User): natter.Endpoint.$Properties[] {
    const endpoints: natter.Endpoint.$Properties[] = [];
    if (user.publicEndpoint) endpoints.push({ ...user.publicEndpoint, kind: natter.Endpoint.Kind.PUBLIC });
    for (const e of user.lan) endpoints.push({ ...e, kind: natter.Endpoint.Kind.LAN });
    return endpoints;
  }

  /** The user's presence: `user`'s status and endpoints, and every device of the user. */
  private presenceOf(user: User): natter.control.Presence.$Properties {
    return {
      username: user.username,
      status: user.status,
      statusText: user.statusText,
      endpoints: this.endpointsOf(user),
      nat: user.nat ?? null,
      identityKey: this.devicesOf(user.username)[0]!.identityKey,
      sinceMs: user.since,
      devices: this.devicesOf(user.username).map((d) => this.deviceOf(d, Boolean(d.channel), this.endpointsOf(d))),
    };
  }

  /** Each online device of the user gets the user's device list. */
  private pushDeviceList(username: string): void {
    const devices = this.devicesOf(username).map((d) => this.deviceOf(d, Boolean(d.channel), this.endpointsOf(d)));
    for (const d of this.devicesOf(username)) this.push(d, { deviceList: { devices } });
  }

  /** The device at USER/DEVICE, or a bare name's first online device (its only one, for a user with one). */
  private deviceAt(address: string): User | undefined {
    if (address.includes('/')) return [...this.users.values()].find((u) => u.address === address);
    const devices = this.devicesOf(address);
    return devices.find((d) => d.channel) ?? devices[0];
  }

  /** The user's one device, as presence and the user's own device list carry it. */
  private deviceOf(user: User, online: boolean, endpoints: natter.Endpoint.$Properties[] = []): natter.control.DevicePresence.$Properties {
    return {
      deviceId: user.deviceId,
      name: 'device',
      identityKey: user.identityKey,
      online,
      status: online ? user.status : natter.Status.STATUS_OFFLINE,
      endpoints,
      nat: online ? (user.nat ?? null) : null,
      state: natter.control.DeviceState.ACTIVE,
    };
  }

  private pushToBuddies(user: User, presence: natter.control.Presence.$Properties): void {
    for (const b of user.buddies) {
      for (const buddy of this.devicesOf(b)) if (buddy.buddies.has(user.username)) this.push(buddy, { presencePush: { presence } });
    }
    // The user's own devices see each other come and go.
    this.pushDeviceList(user.username);
  }

  /** The online device `address` names, when it is a buddy's or another of the user's own. */
  private onlineBuddy(user: User, address: string): User | undefined {
    const peer = this.deviceAt(address);
    if (!peer?.channel || peer === user) return undefined;
    const own = peer.username === user.username;
    return own || (user.buddies.has(peer.username) && peer.buddies.has(user.username)) ? peer : undefined;
  }

  private user(username: string): User {
    const user = this.users.get(username);
    if (!user) throw new Error(`${username} is not registered with the memory node`);
    return user;
  }
}

function offlineMessage(s: Stored): natter.control.OfflineMessage.$Properties {
  return { seq: s.seq, from: s.from, messageId: s.messageId, sealed: s.sealed, sentAtMs: s.sentAtMs, storedAtMs: s.storedAtMs };
}
