// Who is online, with what presence, and who may see it. Presence,
// endpoints and identity keys go only to mutual buddies (docs/protocol.md).
import { isIP } from 'node:net';
import { isPrivateAddress, sameIpv6Subnet } from '@natter/io';
import { natter, type ControlFrameInit } from '@natter/wire';
import type { UserRecord } from './store.js';

export interface Endpoint {
  ip: string;
  port: number;
}

/** One logged-in user on one connection. */
export interface OnlineUser {
  username: string;
  identityKey: Buffer;
  clientVersion: string;
  status: natter.Status;
  statusText: string;
  /** The client's own addresses (bounds.ts): private ones, and IPv6 ones passed on only inside publicEndpoint6's /64. */
  lan: Endpoint[];
  nat: natter.NatReport.$Properties | undefined;
  publicEndpoint: Endpoint | undefined;
  /** The IPv6 address and port the node's IPv6 STUN server saw in an authenticated binding. */
  publicEndpoint6?: Endpoint | undefined;
  since: number;
  /** Last measured round trip of the control channel (ws ping/pong). */
  rttMs: number | undefined;
  stunUsername: string;
  stunKey: Buffer;
  /** Resume tokens of this session (the one it got, and the one it resumed with), revoked at logout. */
  sessionTokens: Uint8Array[];
  /** Mutual buddies, cached at login and kept current by relation changes. */
  buddies: Set<string>;
  send(frame: ControlFrameInit): void;
  bufferedAmount(): number;
  close(code: number, reason: string): void;
}

export class PresenceHub {
  private readonly online = new Map<string, OnlineUser>();
  private readonly byStun = new Map<string, OnlineUser>();

  get size(): number {
    return this.online.size;
  }

  get(username: string): OnlineUser | undefined {
    return this.online.get(username);
  }

  users(): OnlineUser[] {
    return [...this.online.values()];
  }

  byStunUsername(name: string): OnlineUser | undefined {
    return this.byStun.get(name);
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
    const presence = offline || relationEnded ? { username: user.username, status: natter.Status.STATUS_OFFLINE } : this.presenceOf(user);
    for (const name of to) {
      const peer = this.online.get(name);
      if (peer && (relationEnded || peer.buddies.has(user.username))) peer.send({ presencePush: { presence } });
    }
  }
}
