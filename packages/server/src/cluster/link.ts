// One node's part in a cluster (docs/cluster.md). The node's own sessions
// stay where they are (PresenceHub); this adds what it needs to know and
// do about users on other nodes:
//
// - the routing table in Redis: each local user's node, session and
//   presence, written at login and at each presence change, refreshed at
//   every heartbeat (TTL: the heartbeat timeout), deleted at logout;
// - a cache of remote users (RemoteUser) the local users care about: their
//   buddies, read from the routing table when a buddy list is pushed, kept
//   current by the presence messages their nodes send here;
// - the bus: frames for remote users go to their node's channel, frames
//   for local users arrive on ours;
// - liveness: each node's key in Redis; a node whose key expired is dead,
//   and its users go offline for the local users who see them.
import type { Logger } from 'pino';
import { encodeControl, natter, userOfAddress } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { OnlineUser, PresenceHub } from '../presence.js';
import { RedisBus, type BusMessage, type RouteEntry } from './bus.js';
import { RemoteUser } from './remote-user.js';
import { redisRateLimits } from './redis-limits.js';
import type { RateLimits } from '../rate-limits.js';

export interface ClusterHooks {
  /** Re-read a local user's relations and push the buddy list (handlers/buddies.ts pushBuddyList). */
  pushBuddyList(username: string): Promise<void>;
  /** A local session to end (kicked from another node). */
  kick(user: OnlineUser, code: number, reason: string): void;
}

export interface ClusterOptions {
  url: string;
  prefix?: string;
  /** The routing table's TTL and the time a dead node's users stay online (the heartbeat timeout). */
  ttlMs: number;
  log: Logger;
}

/** Compare-and-delete: a user's route goes only if it is still this session's. */
const DELETE_IF_SESSION = `
local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).session == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export class ClusterLink {
  private bus!: RedisBus;
  private hub!: PresenceHub;
  private hooks!: ClusterHooks;
  private readonly remote = new Map<string, RemoteUser>();
  private timer: NodeJS.Timeout | undefined;
  /** Nodes alive at the last heartbeat (for /metrics). */
  nodesAlive = 1;
  /** Users online in the whole cluster at the last heartbeat (for /metrics). */
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
  }

  /** The cluster's rate limits (in Redis), falling back to this node's own when Redis does not answer. */
  rateLimits(fallback: RateLimits): RateLimits {
    return redisRateLimits(this.bus.redis, this.bus.prefix, fallback, this.options.log);
  }

  /** Joins: this node is alive, and hears about the others' users. */
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

  /** Whether `username` is online on any node (the routing table). */
  async isOnline(username: string): Promise<boolean> {
    return (await this.bus.redis.exists(this.bus.routeKey(username))) > 0;
  }

  /** A remote user the local users may reach, or undefined (offline, or nobody here cares). */
  get(username: string): RemoteUser | undefined {
    return this.remote.get(username);
  }

  private entryOf(user: OnlineUser): RouteEntry {
    const presence = natter.control.Presence.encode(this.hub.presenceOf(user)).finish();
    return { node: this.bus.nodeId, session: user.stunUsername, presence: Buffer.from(presence).toString('base64'), rttMs: user.rttMs ?? null, device: user.deviceId };
  }

  /**
   * A local login: the route is ours now. A session of the same user on
   * another node is ended there as replaced (its buddies see no offline).
   */
  async online(user: OnlineUser): Promise<void> {
    const previous = await this.bus.redis.set(this.bus.routeKey(user.username), JSON.stringify(this.entryOf(user)), 'PX', this.options.ttlMs, 'GET');
    this.remote.delete(user.username);
    if (!previous) return;
    const old = JSON.parse(previous) as RouteEntry;
    if (old.node !== this.bus.nodeId) {
      await this.send(old.node, { kind: 'kick', user: user.username, session: old.session, code: 4001, reason: 'session replaced', replaced: true });
    }
  }

  /** A local session ended (not replaced): its route goes, if it is still this session's. */
  offline(user: OnlineUser): void {
    void this.bus.redis.eval(DELETE_IF_SESSION, 1, this.bus.routeKey(user.username), user.stunUsername).catch(() => undefined);
  }

  /**
   * A local user's presence went out to `to` (PresenceHub.announce): the
   * routing table gets it, and the remote recipients' nodes are told.
   */
  announced(user: OnlineUser, to: Iterable<string>, options: { offline: boolean; relationEnded: boolean }): void {
    const entry = options.offline ? null : this.entryOf(user);
    if (entry && this.hub.local(user.username)?.latest === user) {
      void this.bus.redis.set(this.bus.routeKey(user.username), JSON.stringify(entry), 'PX', this.options.ttlMs).catch(() => undefined);
    }
    const byNode = new Map<string, string[]>();
    for (const name of to) {
      const r = this.remote.get(name);
      if (!r) continue;
      byNode.set(r.node, [...(byNode.get(r.node) ?? []), name]);
    }
    for (const [node, names] of byNode) {
      void this.send(node, { kind: 'presence', from: user.username, node: this.bus.nodeId, to: names, entry, relationEnded: options.relationEnded });
    }
  }

  /** Reads the routes of `names` not known here (a buddy list about to be pushed): remote ones are cached. */
  async lookup(names: string[]): Promise<void> {
    const wanted = names.filter((n) => !this.hub.isLocal(n));
    if (!wanted.length) return;
    const values = await this.bus.redis.mget(wanted.map((n) => this.bus.routeKey(n)));
    values.forEach((v, i) => {
      const name = wanted[i]!;
      if (!v) return void this.remote.delete(name);
      const entry = JSON.parse(v) as RouteEntry;
      if (entry.node === this.bus.nodeId) return; // a session here that has just gone
      this.remember(name, entry);
    });
  }

  private remember(name: string, entry: RouteEntry): RemoteUser {
    const presence = natter.control.Presence.decode(Buffer.from(entry.presence, 'base64'));
    let r = this.remote.get(name);
    if (r && r.node === entry.node && r.deviceId === (entry.device ?? '')) r.update(presence, entry.rttMs);
    else {
      r = new RemoteUser(name, entry.node, entry.session, presence, entry.rttMs, this, entry.device ?? '');
      this.remote.set(name, r);
    }
    return r;
  }

  async send(node: string, message: BusMessage): Promise<void> {
    this.crossed.sent++;
    await this.bus.send(node, message).catch((err) => this.options.log.warn({ err, node }, 'cluster message not sent'));
  }

  /** Messages being handled in arrival order: a buddy list re-read finishes before what follows it. */
  private inbox: Promise<void> = Promise.resolve();
  private inboxPending = 0;

  private receive(message: BusMessage): void {
    if (!this.hub) return;
    this.crossed.received++;
    // The common case (nothing waiting) is handled at once; otherwise in order behind the rest.
    if (this.inboxPending === 0 && message.kind !== 'buddies') return this.handle(message);
    this.inboxPending++;
    this.inbox = this.inbox
      .then(() => (message.kind === 'buddies' ? this.reloadBuddies(message.user) : this.handle(message)))
      .catch((err) => this.options.log.warn({ err }, 'cluster message failed'))
      .finally(() => this.inboxPending--);
  }

  private async reloadBuddies(user: string): Promise<void> {
    if (this.hub.local(user)) await this.hooks.pushBuddyList(user);
  }

  private handle(message: BusMessage): void {
    switch (message.kind) {
      case 'deliver': {
        const bytes = Buffer.from(message.frame, 'base64');
        for (const name of message.to) {
          const local = this.hub.local(name);
          if (local && (!message.from || local.buddies.has(message.from))) local.sendEncoded(bytes);
        }
        return;
      }
      case 'presence': {
        if (message.entry) this.remember(message.from, message.entry);
        else if (this.remote.get(message.from)?.node === message.node) this.remote.delete(message.from);
        const presence = message.entry
          ? natter.control.Presence.decode(Buffer.from(message.entry.presence, 'base64'))
          : { username: message.from, status: natter.Status.STATUS_OFFLINE };
        let frame: Uint8Array | undefined;
        for (const name of message.to) {
          const local = this.hub.local(name);
          if (!local || !(message.relationEnded || local.buddies.has(message.from))) continue;
          frame ??= encodeControl({ presencePush: { presence } });
          local.sendEncoded(frame);
        }
        return;
      }
      case 'relay': {
        const local = this.hub.localDevice(message.to);
        // The checks a relay frame gets on one node, where the recipient's session is.
        if (!local || !local.buddies.has(userOfAddress(message.from)) || local.bufferedAmount() > this.relayMaxBufferedBytes) return;
        local.sendRelay(message.from, Buffer.from(message.payload, 'base64'));
        return;
      }
      case 'buddies':
        void this.reloadBuddies(message.user);
        return;
      case 'kick': {
        // A user's devices are on one node of a cluster (docs/cluster.md): a
        // login on another node replaces every session of the user here.
        for (const local of this.hub.local(message.user)?.sessions.slice() ?? []) {
          if (message.session && !message.replaced && local.stunUsername !== message.session) continue;
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
   * Every third of the TTL: this node is alive, its users' routes are
   * written again (after a Redis restart they come back from here), and
   * nodes that stopped saying they are alive lose their users here.
   */
  async heartbeat(): Promise<void> {
    const redis = this.bus.redis;
    const pipeline = redis.pipeline();
    pipeline.set(this.bus.nodeKey(this.bus.nodeId), String(this.hub.size), 'PX', this.options.ttlMs);
    for (const user of this.hub.users()) pipeline.set(this.bus.routeKey(user.username), JSON.stringify(this.entryOf(user)), 'PX', this.options.ttlMs);
    await pipeline.exec();
    const nodes = [...new Set([...this.remote.values()].map((r) => r.node))];
    const keys = await this.scanNodes();
    const alive = new Set(keys.map((k) => k.slice(this.bus.nodeKey('').length)));
    const counts = keys.length ? await redis.mget(keys) : [];
    this.nodesAlive = alive.size;
    this.clusterOnline = counts.reduce((a, c) => a + (Number(c) || 0), 0);
    for (const node of nodes) {
      if (alive.has(node)) continue;
      this.options.log.warn({ node }, 'cluster node gone: its users are offline');
      for (const r of [...this.remote.values()].filter((x) => x.node === node)) {
        this.remote.delete(r.username);
        const watchers = this.hub.users().filter((u) => u.buddies.has(r.username));
        this.hub.announce(r, { offline: true, to: watchers.map((u) => u.username) });
      }
    }
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
