// Who is online, with what presence, and who may see it. Presence,
// endpoints and identity keys go only to mutual buddies (docs/protocol.md).
import type { BuddySet } from './buddy-set.js';
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { isPrivateAddress, sameIpv6Subnet } from '@natter/io';
import { encodeControl, natter, type ControlFrameInit } from '@natter/wire';
import type { UserRecord } from './store/types.js';

export interface Endpoint {
  ip: string;
  port: number;
}

/** What a session's frames go out on: the connection it logged in on (connection.ts). */
export interface SessionLink {
  send(frame: ControlFrameInit): void;
  /** A frame already encoded (the same bytes for many recipients). */
  sendEncoded(bytes: Uint8Array): void;
  /** A RelayFrame from `from` carrying `payload` unchanged. */
  sendRelay(from: string, payload: Uint8Array): void;
  bufferedAmount(): number;
  close(code: number, reason: string): void;
}

/** What a login knows about its user when the session starts. */
export interface OnlineUserInit {
  username: string;
  /** Base64, as stored. */
  identityKey: string;
  clientVersion: string;
  since: number;
  stunUsername: string;
  sessionTokenIds: string[];
  buddies: BuddySet;
}

/**
 * One logged-in user on one connection. A class, not an object of
 * closures: ten thousand sessions share its methods (memory per session,
 * docs/architecture.md).
 */
export class OnlineUser {
  readonly username: string;
  /**
   * The identity key in base64, as the store keeps it: a string costs a
   * fifth of a Buffer's objects per session, and presence is encoded once
   * per change (PresenceHub.announce).
   */
  private readonly identityKeyBase64: string;
  readonly clientVersion: string;
  status: natter.Status = natter.Status.ONLINE;
  statusText = '';
  /** The client's own addresses (bounds.ts): private ones, and IPv6 ones passed on only inside publicEndpoint6's /64. */
  lan: Endpoint[] = [];
  nat: natter.NatReport.$Properties | undefined = undefined;
  publicEndpoint: Endpoint | undefined = undefined;
  /** The IPv6 address and port the node's IPv6 STUN server saw in an authenticated binding. */
  publicEndpoint6: Endpoint | undefined = undefined;
  readonly since: number;
  /** Last measured round trip of the control channel (ws ping/pong). */
  rttMs: number | undefined = undefined;
  /** The USERNAME of this session's STUN credentials; its key is derived (PresenceHub.stunKey). */
  readonly stunUsername: string;
  /** Ids (SHA-256, hex) of this session's resume tokens: the one it got, and the one it resumed with; revoked at logout. */
  readonly sessionTokenIds: string[];
  /** Mutual buddies, cached at login and kept current by relation changes. */
  buddies: BuddySet;

  constructor(
    init: OnlineUserInit,
    private readonly link: SessionLink,
  ) {
    this.username = init.username;
    this.identityKeyBase64 = init.identityKey;
    this.clientVersion = init.clientVersion;
    this.since = init.since;
    this.stunUsername = init.stunUsername;
    this.sessionTokenIds = init.sessionTokenIds;
    this.buddies = init.buddies;
  }

  /** The node this user is on, when it is not this one (cluster/remote-user.ts). */
  get remoteNode(): string | undefined {
    return undefined;
  }

  get identityKey(): Buffer {
    return Buffer.from(this.identityKeyBase64, 'base64');
  }

  send(frame: ControlFrameInit): void {
    this.link.send(frame);
  }

  sendEncoded(bytes: Uint8Array): void {
    this.link.sendEncoded(bytes);
  }

  sendRelay(from: string, payload: Uint8Array): void {
    this.link.sendRelay(from, payload);
  }

  bufferedAmount(): number {
    return this.link.bufferedAmount();
  }

  close(code: number, reason: string): void {
    this.link.close(code, reason);
  }
}

/** What the hub asks of a cluster (cluster/link.ts): remote users, and telling other nodes. */
export interface ClusterView {
  get(username: string): OnlineUser | undefined;
  announced(user: OnlineUser, to: Iterable<string>, options: { offline: boolean; relationEnded: boolean }): void;
  offline(user: OnlineUser): void;
}

export class PresenceHub {
  private readonly online = new Map<string, OnlineUser>();
  /** Set on a cluster node: users on other nodes, and where announcements go besides this node. */
  cluster: ClusterView | undefined;
  private readonly byStun = new Map<string, OnlineUser>();
  /** Derives each session's STUN key from its STUN username: no key kept per session. */
  private readonly stunSecret = randomBytes(32);

  get size(): number {
    return this.online.size;
  }

  /** The session of `username` here, or on another node of the cluster (a RemoteUser). */
  get(username: string): OnlineUser | undefined {
    return this.online.get(username) ?? this.cluster?.get(username);
  }

  /** The session of `username` on this node only. */
  local(username: string): OnlineUser | undefined {
    return this.online.get(username);
  }

  isLocal(username: string): boolean {
    return this.online.has(username);
  }

  /** Drops a session without an offline announcement (it was replaced on another node). */
  forget(user: OnlineUser): void {
    if (this.online.get(user.username) === user) this.online.delete(user.username);
    this.byStun.delete(user.stunUsername);
  }

  users(): OnlineUser[] {
    return [...this.online.values()];
  }

  byStunUsername(name: string): OnlineUser | undefined {
    return this.byStun.get(name);
  }

  /** The short-term STUN password (RFC 5389 §10.1) of the session with this STUN username. */
  stunKey(stunUsername: string): Buffer {
    return createHmac('sha256', this.stunSecret).update(stunUsername).digest().subarray(0, 20);
  }

  add(user: OnlineUser): void {
    this.online.set(user.username, user);
    this.byStun.set(user.stunUsername, user);
  }

  /** Removes `user` if it is still the current session of its name. */
  remove(user: OnlineUser): boolean {
    this.byStun.delete(user.stunUsername);
    if (this.online.get(user.username) !== user) return false;
    this.online.delete(user.username);
    this.cluster?.offline(user);
    return true;
  }

  presenceOf(user: OnlineUser): natter.control.Presence.$Properties {
    const endpoints: natter.Endpoint.$Properties[] = [];
    if (user.publicEndpoint) endpoints.push({ ...user.publicEndpoint, kind: natter.Endpoint.Kind.PUBLIC });
    const public6 = user.publicEndpoint6;
    if (public6) endpoints.push({ ...public6, kind: natter.Endpoint.Kind.PUBLIC });
    for (const e of user.lan) {
      // A global IPv6 address makes buddies probe it: only inside the /64
      // this node saw the user in (their own subnet, like a private LAN).
      if (!isPrivateAddress(e.ip) && !(isIP(e.ip) === 6 && public6 && sameIpv6Subnet(e.ip, public6.ip))) continue;
      endpoints.push({ ...e, kind: natter.Endpoint.Kind.LAN });
    }
    return {
      username: user.username,
      status: user.status,
      statusText: user.statusText,
      endpoints,
      nat: user.nat ?? null,
      identityKey: user.identityKey,
      clientVersion: user.clientVersion,
      sinceMs: user.since,
    };
  }

  /** An offline buddy: still with the identity key, so messages can be sealed to it. */
  offlinePresence(record: Pick<UserRecord, 'username' | 'identityKey'>): natter.control.Presence.$Properties {
    return {
      username: record.username,
      status: natter.Status.STATUS_OFFLINE,
      identityKey: Buffer.from(record.identityKey, 'base64'),
    };
  }

  /**
   * The one way a user's presence reaches others: login, a status or
   * endpoint change, a new buddy, going offline, an ended relation. Every
   * online name in `to` (default: the user's buddies) that counts `user` as
   * a mutual buddy gets a PresencePush with the user's presence, or with
   * `offline` just "offline" (no endpoints). With `relationEnded`, `to` has
   * just stopped being a buddy: they get "offline" without the mutual
   * check, so they drop the endpoints they were given.
   */
  announce(user: OnlineUser, options: { to?: Iterable<string>; offline?: boolean; relationEnded?: boolean } = {}): void {
    const { to = user.buddies, offline = false, relationEnded = false } = options;
    let frame: Uint8Array | undefined;
    // Recipients on other nodes hear it from there (a local user's presence only).
    if (this.cluster && !user.remoteNode) this.cluster.announced(user, to, { offline, relationEnded });
    for (const name of to) {
      const peer = this.online.get(name);
      if (!peer || !(relationEnded || peer.buddies.has(user.username))) continue;
      // Encoded once, for the first recipient; the same bytes go to every other.
      frame ??= encodeControl({
        presencePush: { presence: offline || relationEnded ? { username: user.username, status: natter.Status.STATUS_OFFLINE } : this.presenceOf(user) },
      });
      peer.sendEncoded(frame);
    }
  }
}
