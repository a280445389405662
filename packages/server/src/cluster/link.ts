// One node's part in a cluster (docs/cluster.md). The node's own sessions
// stay where they are (PresenceHub); this adds what it needs to know and
// do about devices on other nodes:
//
// - the routing table in Redis (routes.ts): one entry per device online,
//   with its node, session and presence, written at login and at each
//   presence change, rewritten at every heartbeat, deleted at logout;
// - a cache of the devices on other nodes (RemoteUser, one per device) of
//   the users this node's users care about: their buddies, and their own
//   devices elsewhere. Read from the routing table when a buddy list is
//   pushed, kept current by the presence messages their nodes send here;
// - the bus: frames for devices elsewhere go to their node's channel,
//   frames for local ones arrive on ours;
// - liveness: each node's key in Redis; a node whose key expired is dead,
//   and its devices go offline for the local users who see them.
import type { Logger } from 'pino';
import { encodeControl, natter, userOfAddress } from '@natter/wire';
import { NodeError } from '../errors.js';
import { OnlineAccount, type OnlineUser, type PresenceHub } from '../presence.js';
import { RedisBus, type BusMessage, type RouteEntry } from './bus.js';
import { RemoteUser } from './remote-user.js';
import { RouteTable } from './routes.js';
import { redisRateLimits } from './redis-limits.js';
import type { RateLimits } from '../rate-limits.js';

export interface ClusterHooks {
  /** Re-read a local user's relations and push the buddy list to their sessions here (handlers/buddies.ts). */
  pushBuddyList(username: string): Promise<void>;
  /** A user's device set changed on another node: read it again, push the list here, end or re-login sessions (handlers/devices.ts). */
  devicesChanged(username: string, change: DeviceChange): Promise<void>;
  /** A local session to end (kicked from another node). */
  kick(user: OnlineUser, code: number, reason: string): void;
}

/** What a device change asks of the nodes with sessions of the user. */
export interface DeviceChange {
  /** A pending device just approved: its pending session logs in again (4005). */
  approved?: string;
  /** Devices removed or revoked: their sessions end (DEVICE_REMOVED). */
  ended?: string[];
}

export interface ClusterOptions {
  url: string;
  prefix?: string;
  /** The routing table's TTL and the time a dead node's devices stay online (the heartbeat timeout). */
  ttlMs: number;
  log: Logger;
}

export class ClusterLink {
  private bus!: RedisBus;
  private routes!: RouteTable;
  private hub!: PresenceHub;
  private hooks!: ClusterHooks;
  /** Devices online on other nodes, by user (an account of RemoteUser sessions). */
  private readonly remote = new Map<string, OnlineAccount>();
  /** Counts what this node heard, so the freshest remote entry is known (RemoteUser.heardAt). */
  private heard = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Nodes alive at the last heartbeat (for /metrics). */
  nodesAlive = 1;
  /** Sessions online in the whole cluster at the last heartbeat (for /metrics). */
  clusterOnline = 0;
  /** Frames sent to and received from other nodes (for /metrics and the cluster bench). */
  readonly crossed = { sent: 0, received: 0 };

  constructor(private readonly options: ClusterOptions) {}

  get nodeId(): string {
    return this.bus.nodeId;
  }

  /** Connects to Redis (CONFIG_INVALID when it cannot). */
  async connect(): Promise<void> {
    try {
      this.bus = await RedisBus.open({
        url: this.options.url,
        prefix: this.options.prefix,
        log: this.options.log,
        onMessage: (m) => this.receive(m),
        onReconnect: () => void this.heartbeat().catch(() => undefined),
      });
    } catch (err) {
      throw new NodeError('CONFIG_INVALID', `cannot reach the cluster's Redis at ${this.options.url}: ${(err as Error).message}`);
    }
    this.routes = new RouteTable(this.bus.redis, this.bus.prefix, this.options.ttlMs);
  }

  /** The cluster's rate limits (in Redis), falling back to this node's own when Redis does not answer. */
  rateLimits(fallback: RateLimits): RateLimits {
    return redisRateLimits(this.bus.redis, this.bus.prefix, fallback, this.options.log);
  }

  /** Joins: this node is alive, and hears about the others' devices. */
  async start(hub: PresenceHub, hooks: ClusterHooks): Promise<void> {
    this.hub = hub;
    this.hooks = hooks;
    await this.heartbeat();
    const every = Math.max(100, Math.floor(this.options.ttlMs / 3));
    this.timer = setInterval(() => void this.heartbeat().catch((err) => this.options.log.warn({ err }, 'cluster heartbeat failed')), every);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.bus.redis.del(this.bus.nodeKey(this.bus.nodeId)).catch(() => undefined);
    await this.bus.close();
  }

  /** Whether an active device of `username` is online on any node (the routing table). */
  async isOnline(username: string): Promise<boolean> {
    const [entries] = await this.routes.read([username]);
    return (entries ?? []).some((e) => !e.pending);
  }

  /** The devices of `username` online on other nodes that this node knows of, or undefined. */
  get(username: string): OnlineAccount | undefined {
    return this.remote.get(username);
  }

  /** The remote device of `username` this node heard of last (whose published device set is the newest here). */
  freshest(username: string): OnlineUser | undefined {
    let best: RemoteUser | undefined;
    for (const s of (this.remote.get(username)?.sessions ?? []) as RemoteUser[]) if (!best || s.heardAt > best.heardAt) best = s;
    return best;
  }

  private entryOf(user: OnlineUser): RouteEntry {
    const entry: RouteEntry = { node: this.bus.nodeId, session: user.stunUsername, presence: '', rttMs: user.rttMs ?? null, device: user.deviceId };
    if (user.pending) return { ...entry, pending: true };
    entry.presence = Buffer.from(natter.control.Presence.encode(this.hub.localPresenceOf(user)).finish()).toString('base64');
    return entry;
  }

  /**
   * A local login (active or pending): the device's route is this
   * session's now. The same device's session on another node is ended
   * there as replaced (its buddies see no offline); the nodes with the
   * user's other devices hear of it (their device lists show it).
   */
  async online(user: OnlineUser): Promise<void> {
    const entry = this.entryOf(user);
    const { previous, others } = await this.routes.login(user.username, entry);
    this.dropDevice(user.username, user.deviceId);
    if (previous && previous.node !== this.bus.nodeId) {
      await this.send(previous.node, { kind: 'kick', user: user.username, session: previous.session, code: 4001, reason: 'session replaced', replaced: true });
    }
    for (const node of new Set(others.map((e) => e.node))) {
      if (node !== this.bus.nodeId) await this.send(node, { kind: 'devices', user: user.username, entry });
    }
  }

  /** A local session ended (not replaced): its device's route goes, if it is still this session's. */
  offline(user: OnlineUser): void {
    void this.routes.remove(user.username, user.deviceId, user.stunUsername).catch(() => undefined);
  }

  /**
   * A device's presence went out to `to` (PresenceHub.announce): the
   * routing table gets it (a local device), the nodes of the remote
   * recipients are told, and so are the nodes with the user's other
   * devices (they keep this one in their view of the user).
   */
  announced(user: OnlineUser, to: Iterable<string>, options: { offline: boolean; relationEnded: boolean }): void {
    const remote = user instanceof RemoteUser ? user : undefined;
    const entry = options.offline ? null : (remote?.entry ?? this.entryOf(user));
    if (entry && !remote && this.hub.localDevice(user.address) === user) void this.routes.write(user.username, entry).catch(() => undefined);
    const byNode = new Map<string, string[]>();
    for (const name of to) {
      for (const s of this.remote.get(name)?.sessions ?? []) {
        const names = byNode.get(s.remoteNode!) ?? [];
        if (names[names.length - 1] !== name) names.push(name);
        byNode.set(s.remoteNode!, names);
      }
    }
    for (const s of this.remote.get(user.username)?.sessions ?? []) if (!byNode.has(s.remoteNode!)) byNode.set(s.remoteNode!, []);
    const node = remote?.node ?? this.bus.nodeId;
    for (const [at, names] of byNode) {
      void this.send(at, { kind: 'presence', from: user.username, device: user.deviceId, node, to: names, entry, relationEnded: options.relationEnded });
    }
  }

  /** Reads the routes of `names` (a buddy list about to be pushed, the user's own devices): their devices elsewhere are cached. */
  async lookup(names: string[]): Promise<void> {
    const wanted = [...new Set(names)];
    const lists = await this.routes.read(wanted);
    lists.forEach((entries, i) => {
      const name = wanted[i]!;
      const live = entries.filter((e) => !e.pending && e.node !== this.bus.nodeId);
      const keep = new Set(live.map((e) => e.device));
      for (const s of [...(this.remote.get(name)?.sessions ?? [])]) if (!keep.has(s.deviceId)) this.dropDevice(name, s.deviceId);
      for (const e of live) this.remember(name, e);
    });
  }

  /** Tells the nodes with the user's devices elsewhere to push their buddy list there (handlers/buddies.ts). */
  reloadBuddiesElsewhere(username: string): void {
    for (const node of this.nodesOf(username)) void this.send(node, { kind: 'buddies', user: username });
  }

  /** A device change made here: the nodes with sessions of the user (pending ones too) show it there. */
  async devicesChanged(username: string, change: DeviceChange): Promise<void> {
    for (const id of change.ended ?? []) this.dropDevice(username, id);
    for (const node of await this.sessionNodes(username)) await this.send(node, { kind: 'devices', user: username, ...change });
  }

  /** Ends every session of `username` on the other nodes (the operator removed the user or changed the password). */
  async kickElsewhere(username: string, code: number, reason: string): Promise<void> {
    for (const node of await this.sessionNodes(username)) await this.send(node, { kind: 'kick', user: username, code, reason, replaced: false });
  }

  /** Other nodes with a session of the user (pending ones too), from the routing table. */
  private async sessionNodes(username: string): Promise<Set<string>> {
    const [entries] = await this.routes.read([username]);
    return new Set((entries ?? []).map((e) => e.node).filter((n) => n !== this.bus.nodeId));
  }

  private nodesOf(username: string): Set<string> {
    return new Set((this.remote.get(username)?.sessions ?? []).map((s) => s.remoteNode!));
  }

  private remember(name: string, entry: RouteEntry): RemoteUser | undefined {
    if (entry.pending || entry.node === this.bus.nodeId) return undefined;
    const presence = natter.control.Presence.decode(Buffer.from(entry.presence, 'base64'));
    let account = this.remote.get(name);
    let device = account?.sessions.find((s) => s.deviceId === entry.device) as RemoteUser | undefined;
    if (device && device.node === entry.node && device.session === entry.session) device.update(entry, presence);
    else {
      if (device) this.dropDevice(name, device.deviceId);
      device = new RemoteUser(name, entry, presence, this);
      account = this.remote.get(name);
      if (!account) {
        account = new OnlineAccount(name, device.buddies, []);
        this.remote.set(name, account);
      }
      account.sessions.push(device);
      device.account = account;
    }
    device.heardAt = ++this.heard;
    return device;
  }

  /** Forgets a remote device (on `node` only, when given: it may have moved since). */
  private dropDevice(name: string, deviceId: string, node?: string): void {
    const account = this.remote.get(name);
    if (!account) return;
    const at = account.sessions.findIndex((s) => s.deviceId === deviceId && (node === undefined || s.remoteNode === node));
    if (at < 0) return;
    account.sessions.splice(at, 1);
    if (!account.sessions.length) this.remote.delete(name);
  }

  async send(node: string, message: BusMessage): Promise<void> {
    this.crossed.sent++;
    await this.bus.send(node, message).catch((err) => this.options.log.warn({ err, node }, 'cluster message not sent'));
  }

  /** Messages being handled in arrival order: a buddy list or device set re-read finishes before what follows it. */
  private inbox: Promise<void> = Promise.resolve();
  private inboxPending = 0;

  private receive(message: BusMessage): void {
    if (!this.hub) return;
    this.crossed.received++;
    const reads = message.kind === 'buddies' || message.kind === 'devices';
    // The common case (nothing waiting) is handled at once; otherwise in order behind the rest.
    if (this.inboxPending === 0 && !reads) return this.handle(message);
    this.inboxPending++;
    this.inbox = this.inbox
      .then(() => (message.kind === 'buddies' ? this.reloadBuddies(message.user) : message.kind === 'devices' ? this.deviceChange(message) : this.handle(message)))
      .catch((err) => this.options.log.warn({ err }, 'cluster message failed'))
      .finally(() => this.inboxPending--);
  }

  private async reloadBuddies(user: string): Promise<void> {
    if (this.hub.local(user)) await this.hooks.pushBuddyList(user);
  }

  private async deviceChange(message: Extract<BusMessage, { kind: 'devices' }>): Promise<void> {
    if (message.entry) this.remember(message.user, message.entry);
    for (const id of message.ended ?? []) this.dropDevice(message.user, id);
    if (this.hub.localSessions(message.user).length) await this.hooks.devicesChanged(message.user, { approved: message.approved, ended: message.ended });
  }

  /** What `to` are shown of `from` after a presence message (the device that changed, or the user's remaining ones). */
  private presenceFor(from: string, device: RemoteUser | undefined, relationEnded: boolean | undefined): natter.control.Presence.$Properties {
    const account = relationEnded ? undefined : this.hub.get(from);
    if (!account) return { username: from, status: natter.Status.STATUS_OFFLINE };
    return this.hub.presenceOf(device ?? account);
  }

  private handle(message: BusMessage): void {
    switch (message.kind) {
      case 'deliver': {
        const bytes = Buffer.from(message.frame, 'base64');
        for (const name of message.to) {
          // USER/DEVICE: that device here; USER: each of the user's devices here.
          const local = name.includes('/') ? this.hub.localDevice(name) : this.hub.local(name);
          if (local && (!message.from || local.buddies.has(message.from))) local.sendEncoded(bytes);
        }
        return;
      }
      case 'presence': {
        let device: RemoteUser | undefined;
        if (message.entry) device = this.remember(message.from, message.entry);
        else this.dropDevice(message.from, message.device, message.node);
        let frame: Uint8Array | undefined;
        for (const name of message.to) {
          const local = this.hub.local(name);
          if (!local || !(message.relationEnded || local.buddies.has(message.from))) continue;
          // Encoded once, for the first recipient here.
          frame ??= encodeControl({ presencePush: { presence: this.presenceFor(message.from, device, message.relationEnded) } });
          local.sendEncoded(frame);
        }
        return;
      }
      case 'relay': {
        const local = this.hub.localDevice(message.to);
        // The checks a relay frame gets on one node, where the recipient's session is: from a mutual buddy, or from the user's own other device.
        const sender = userOfAddress(message.from);
        if (!local || !(sender === local.username || local.buddies.has(sender)) || local.bufferedAmount() > this.relayMaxBufferedBytes) return;
        local.sendRelay(message.from, Buffer.from(message.payload, 'base64'));
        return;
      }
      case 'buddies':
        void this.reloadBuddies(message.user);
        return;
      case 'devices':
        void this.deviceChange(message);
        return;
      case 'kick': {
        // One session (its device logged in elsewhere, or a remote close), or every session of the user here.
        for (const local of this.hub.localSessions(message.user)) {
          if (message.session && local.stunUsername !== message.session) continue;
          if (message.replaced) {
            // Logged in elsewhere: gone from here without an offline announcement.
            this.hub.forget(local);
            local.send({ error: { code: 'SESSION_REPLACED', message: 'you logged in from another place', retryAfterMs: 0 } });
          }
          this.hooks.kick(local, message.code, message.reason);
        }
        return;
      }
    }
  }

  /** Set by the node: a relayed frame is dropped past this much queued for its recipient. */
  relayMaxBufferedBytes = 1024 * 1024;

  /**
   * Every third of the TTL: this node is alive, its sessions' routes are
   * written again (after a Redis restart they come back from here), and
   * devices on nodes that stopped saying they are alive go offline here.
   */
  async heartbeat(): Promise<void> {
    const sessions = [...this.hub.users(), ...this.hub.pendingUsers()];
    await this.routes.rewrite(
      sessions.map((u) => [u.username, this.entryOf(u)]),
      (pipeline) => pipeline.set(this.bus.nodeKey(this.bus.nodeId), String(this.hub.size), 'PX', this.options.ttlMs),
    );
    const keys = await this.scanNodes();
    const alive = new Set(keys.map((k) => k.slice(this.bus.nodeKey('').length)));
    const counts = keys.length ? await this.bus.redis.mget(keys) : [];
    this.nodesAlive = alive.size;
    this.clusterOnline = counts.reduce((a, c) => a + (Number(c) || 0), 0);
    const dead = new Set<string>();
    for (const [name, account] of [...this.remote]) {
      const gone = account.sessions.filter((s) => !alive.has(s.remoteNode!));
      if (!gone.length) continue;
      for (const g of gone) {
        dead.add(g.remoteNode!);
        this.dropDevice(name, g.deviceId, g.remoteNode);
      }
      // Each node tells its own users: offline, or the devices left elsewhere.
      const watchers = this.hub.onlineAccounts().filter((a) => a.buddies.has(name));
      this.hub.announce(gone[0]!, { offline: true, to: watchers.map((a) => a.username), localOnly: true });
      const own = this.hub.devicesOf(name);
      if (own) this.hub.pushDeviceList(name, own);
    }
    for (const node of dead) this.options.log.warn({ node }, 'cluster node gone: its devices are offline');
  }

  private async scanNodes(): Promise<string[]> {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.bus.redis.scan(cursor, 'MATCH', this.bus.nodeKey('*'), 'COUNT', 1000);
      out.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return out;
  }
}
