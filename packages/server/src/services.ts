// What the control-channel handlers work with: the node's services, and the
// connection a request arrived on.
import type { Logger } from 'pino';
import type { Clock, KeyedRateLimiter } from '@natter/io';
import type { ControlFrameInit } from '@natter/wire';
import type { Accounts } from './accounts.js';
import type { BuddyGraph } from './buddies.js';
import type { Devices } from './devices.js';
import type { ClusterLink } from './cluster/link.js';
import type { LivenessSweep } from './liveness.js';
import type { RateLimit } from './rate-limits.js';
import type { NodeMetrics } from './metrics.js';
import type { OfflineQueue } from './store/types.js';
import type { NotifyService } from './notify/index.js';
import type { Endpoint, OnlineUser, PresenceHub, SessionLink } from './presence.js';
import type { SiteRegistry } from './sites.js';

/** The node's services, shared by every connection. */
export interface NodeServices {
  clock: Clock;
  log: Logger;
  accounts: Accounts;
  devices: Devices;
  graph: BuddyGraph;
  offline: OfflineQueue;
  /** Extended delivery: channels, notifications, extended messages (notify/). */
  notify: NotifyService;
  hub: PresenceHub;
  metrics: NodeMetrics;
  relayLimiter: KeyedRateLimiter;
  /** The relay budget per user, told to each client at login so its transfers pace themselves below it. */
  relayBudget: { bytesPerSecond: number; burstBytes: number };
  software: string;
  registration: 'open' | 'closed';
  /** Sites whose signed tokens log their users in (sites.ts). */
  sites: SiteRegistry;
  heartbeatTimeoutMs: number;
  /** A connection that has not logged in by then is closed (LOGIN_TIMEOUT). */
  loginTimeoutMs: number;
  /** Punch requests per pair of users (either side asking). */
  punchLimit: RateLimit;
  relayMaxBufferedBytes: number;
  stunServers: () => Endpoint[];
  /** On a cluster node: the routing table, remote users and the bus to other nodes (cluster/link.ts). */
  cluster?: ClusterLink;
  /** Pings every connection and ends silent ones (liveness.ts). */
  liveness: LivenessSweep;
  shuttingDown: () => boolean;
}

/** Close codes (RFC 6455 §7.4; 4000-4999 are ours). */
export const CLOSE = { NORMAL: 1000, GOING_AWAY: 1001, PROTOCOL: 1002, REPLACED: 4001, HEARTBEAT: 4002, DELETED: 4003, LOGIN_TIMEOUT: 4004, APPROVED: 4005, DEVICE_REMOVED: 4006 } as const;

/** The connection a request arrived on, as a handler sees it. */
export interface ClientLink extends SessionLink {
  /** The client's IP address (login rate limits are per address). */
  readonly address: string;
  /** The user logged in on this connection, once Login succeeded. */
  readonly user: OnlineUser | undefined;
  /** True once the socket has closed; sends are dropped from then on. */
  readonly closed: boolean;
  send(frame: ControlFrameInit): void;
  /** Starts the close handshake; frames sent after it are dropped. */
  close(code: number, reason: string): void;
  /** Bytes queued on the socket (the relay's backpressure signal). */
  bufferedAmount(): number;
  /** Binds a freshly logged-in user to this connection. */
  logIn(user: OnlineUser): void;
}

/** A connection with a user logged in: every request but Hello, Register, Login and Heartbeat needs one. */
export interface UserLink extends ClientLink {
  readonly user: OnlineUser;
}
