// The cluster's shared memory and mail, on Redis (ioredis): where each
// online device is (the routing table, cluster/routes.ts) and its presence, with TTLs each
// node refreshes at its heartbeat; which nodes are alive; and one pub/sub
// channel per node for what must reach a user on another node (presence
// pushes, punch plans, relay frames, kicks). Nothing here is durable:
// Redis restarting loses it, and every node writes its part again
// (ClusterLink.heartbeat), from the sessions it holds.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** One device's entry in the routing table (cluster/routes.ts): its node, its session, and the presence it publishes. */
export interface RouteEntry {
  node: string;
  /** This login's id: a later login of the device (elsewhere) replaces the entry, an older session's logout must not delete it. */
  session: string;
  /**
   * The user's presence as this device's node sees it (natter.control.Presence,
   * base64): this device's status, endpoints and NAT at the top, and the user's
   * device set; '' for a pending device.
   */
  presence: string;
  rttMs: number | null;
  /** The device (hex id; '' for a session that names none): relay frames and punch plans name it, USER/DEVICE. */
  device: string;
  /** Waiting for approval: in no presence, only where device-list pushes and approvals must go. */
  pending?: boolean;
}

/** What nodes send each other, on the recipient node's channel. */
export type BusMessage =
  /**
   * A frame for local sessions: a USER in `to` means each of the user's
   * devices here (buddy events, lists, presence), a USER/DEVICE that device
   * only (punch plan, offline delivery); with `from`, only to those who
   * count `from` as a mutual buddy.
   */
  | { kind: 'deliver'; to: string[]; from?: string; frame: string }
  /**
   * The presence of `from`'s device `device` changed (`entry`), or it went
   * offline (null): the cache is updated, and `to` get the user's presence
   * (of all their devices, as this node sees them).
   */
  | { kind: 'presence'; from: string; device: string; node: string; to: string[]; entry: RouteEntry | null; relationEnded?: boolean }
  /** A relay frame for a local user. */
  | { kind: 'relay'; to: string; from: string; payload: string }
  /** Re-read a local user's relations and push the buddy list. */
  | { kind: 'buddies'; user: string }
  /** End a local session (`session`), or every session of `user` here: replaced elsewhere, deleted, password changed. */
  | { kind: 'kick'; user: string; session?: string; code: number; reason: string; replaced: boolean }
  /**
   * `user`'s device set or sessions changed on another node: a login there
   * (`entry`, that device's new session), an approval, a removal, a rename.
   * A node with sessions of the user reads the set again and pushes the
   * DeviceList to them; the `approved` pending device logs in again (4005),
   * `ended` devices are logged out (DEVICE_REMOVED).
   */
  | { kind: 'devices'; user: string; entry?: RouteEntry; approved?: string; ended?: string[] };

export interface BusOptions {
  url: string;
  /** Key and channel prefix: several clusters (or tests) on one Redis. */
  prefix?: string;
  log: Logger;
  onMessage(message: BusMessage): void;
  /** Redis came back (after a restart, a broken connection): the node writes its part again. */
  onReconnect(): void;
}

export class RedisBus {
  readonly nodeId = `n${randomBytes(6).toString('hex')}`;
  readonly prefix: string;
  readonly redis: Redis;
  private readonly sub: Redis;
  private everConnected = false;

  private constructor(
    private readonly options: BusOptions,
    redis: Redis,
    sub: Redis,
  ) {
    this.prefix = options.prefix ?? 'natter:';
    this.redis = redis;
    this.sub = sub;
  }

  static async open(options: BusOptions): Promise<RedisBus> {
    const connect = () =>
      new Redis(options.url, {
        lazyConnect: true,
        // Commands wait while Redis is away instead of failing at once; a
        // few seconds, then the caller hears about it.
        maxRetriesPerRequest: 3,
        retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
      });
    const redis = connect();
    const sub = connect();
    const bus = new RedisBus(options, redis, sub);
    for (const conn of [redis, sub]) conn.on('error', (err) => options.log.debug({ err }, 'redis'));
    await Promise.all([redis.connect(), sub.connect()]);
    sub.on('messageBuffer', (_channel: Buffer, raw: Buffer) => {
      let message: BusMessage;
      try {
        message = JSON.parse(raw.toString('utf8')) as BusMessage;
      } catch {
        return;
      }
      options.onMessage(message);
    });
    await sub.subscribe(bus.channel(bus.nodeId));
    redis.on('ready', () => {
      if (bus.everConnected) options.onReconnect();
      bus.everConnected = true;
    });
    bus.everConnected = true;
    return bus;
  }

  channel(node: string): string {
    return `${this.prefix}node:${node}`;
  }

  nodeKey(node: string): string {
    return `${this.prefix}alive:${node}`;
  }

  async send(node: string, message: BusMessage): Promise<void> {
    await this.redis.publish(this.channel(node), JSON.stringify(message));
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
