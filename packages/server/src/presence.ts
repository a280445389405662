// Who is online, with what presence, and who may see it. Presence,
// endpoints and identity keys go only to mutual buddies (docs/protocol.md).
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { isPrivateAddress, sameIpv6Subnet } from '@natter/io';
import { encodeControl, natter } from '@natter/wire';
import type { DeviceRecord, UserRecord } from './store/types.js';
import { OnlineAccount, devicePresence, rootKey, type OnlineUser } from './online-user.js';
import { mergedPresence, onlineDeviceOf } from './merged-presence.js';

export { OnlineUser, OnlineAccount, devicePresence } from './online-user.js';
export type { Endpoint, SessionLink, OnlineUserInit } from './online-user.js';

/** What the hub asks of a cluster (cluster/link.ts): users' devices on other nodes, and telling other nodes. */
export interface ClusterView {
  /** The devices of `username` online on other nodes (RemoteUser sessions), if any. */
  get(username: string): OnlineAccount | undefined;
  /** The remote device whose device set this node heard of last. */
  freshest(username: string): OnlineUser | undefined;
  /** A device's presence went out (`offline`: this device went offline). */
  announced(user: OnlineUser, to: Iterable<string>, options: { offline: boolean; relationEnded: boolean }): void;
  /** A session here ended (active or pending): its route goes. */
  offline(user: OnlineUser): void;
}

export class PresenceHub {
  /** Active sessions by device address (USER/DEVICE). */
  private readonly online = new Map<string, OnlineUser>();
  /** Users with an active session here. */
  private readonly accounts = new Map<string, OnlineAccount>();
  /** Sessions of devices waiting for approval, by address: not online for anyone. */
  private readonly pendingSessions = new Map<string, OnlineUser>();
  /** Set on a cluster node: users on other nodes, and where announcements go besides this node. */
  cluster: ClusterView | undefined;
  private readonly byStun = new Map<string, OnlineUser>();
  /** Derives each session's STUN key from its STUN username: no key kept per session. */
  private readonly stunSecret = randomBytes(32);

  /** Active sessions here (devices, not users). */
  get size(): number {
    return this.online.size;
  }

  /**
   * The active sessions of `username`: here and, on a cluster node, on the
   * other nodes (joined into one account when both); undefined while no
   * device is online anywhere.
   */
  get(username: string): OnlineAccount | undefined {
    const local = this.accounts.get(username);
    const remote = this.cluster?.get(username);
    if (!remote) return local;
    if (!local) return remote;
    // Rare (a user's devices on several nodes): a view made for this call; the buddies are the local ones.
    const both = new OnlineAccount(username, local.buddies, local.devices);
    both.sessions.push(...local.sessions, ...remote.sessions);
    return both;
  }

  /**
   * One device's session, by its address USER/DEVICE; a bare USER names
   * the user's device that logged in last (a client that addresses users,
   * not devices).
   */
  device(address: string): OnlineUser | undefined {
    const local = this.online.get(address);
    if (local) return local;
    const slash = address.indexOf('/');
    const account = this.get(slash < 0 ? address : address.slice(0, slash));
    if (!account) return undefined;
    if (slash < 0) return account.latest;
    // A device on another node of a cluster (or a remote session that names no device).
    const device = address.slice(slash + 1);
    return account.sessions.find((s) => s.deviceId === device || (s.remoteNode !== undefined && !s.deviceId));
  }

  /** One device's session on this node only (a bare USER: the user's latest device here). */
  localDevice(address: string): OnlineUser | undefined {
    return this.online.get(address) ?? (address.includes('/') ? undefined : this.accounts.get(address)?.latest);
  }

  /** The sessions of `username` on this node only. */
  local(username: string): OnlineAccount | undefined {
    return this.accounts.get(username);
  }

  /** A pending device's session here. */
  pendingDevice(address: string): OnlineUser | undefined {
    return this.pendingSessions.get(address);
  }

  /** Every session of `username` here, pending ones included. */
  localSessions(username: string): OnlineUser[] {
    const out = [...(this.accounts.get(username)?.sessions ?? [])];
    for (const s of this.pendingSessions.values()) if (s.username === username) out.push(s);
    return out;
  }

  isLocal(username: string): boolean {
    return this.accounts.has(username);
  }

  /** Drops a session without an offline announcement (it was replaced on another node). */
  forget(user: OnlineUser): void {
    this.detach(user);
    this.byStun.delete(user.stunUsername);
  }

  /** Active sessions here. */
  users(): OnlineUser[] {
    return [...this.online.values()];
  }

  /** Sessions of pending devices here. */
  pendingUsers(): OnlineUser[] {
    return [...this.pendingSessions.values()];
  }

  /** Users with an active session here. */
  onlineAccounts(): OnlineAccount[] {
    return [...this.accounts.values()];
  }

  byStunUsername(name: string): OnlineUser | undefined {
    return this.byStun.get(name);
  }

  /** The short-term STUN password (RFC 5389 §10.1) of the session with this STUN username. */
  stunKey(stunUsername: string): Buffer {
    return createHmac('sha256', this.stunSecret).update(stunUsername).digest().subarray(0, 20);
  }

  /** The device set of a user with a session here (kept current by device changes). */
  devicesOf(username: string): DeviceRecord[] | undefined {
    return this.accounts.get(username)?.devices;
  }

  /** A device was approved, removed or renamed: presence shows the new set. */
  setDevices(username: string, devices: DeviceRecord[]): void {
    const account = this.accounts.get(username);
    if (account) account.devices = devices;
  }

  /**
   * A new session. Its device's previous one, if any, is the caller's to
   * close; it leaves the hub here, at once, because its close comes later
   * and must not find itself still among the user's sessions (the user
   * would stay online through it).
   */
  add(user: OnlineUser, devices: DeviceRecord[] = []): void {
    for (const previous of [this.online.get(user.address), this.pendingSessions.get(user.address)]) {
      if (previous && previous !== user) this.detach(previous);
    }
    this.byStun.set(user.stunUsername, user);
    if (user.pending) {
      this.pendingSessions.set(user.address, user);
      return;
    }
    this.online.set(user.address, user);
    let account = this.accounts.get(user.username);
    if (!account) {
      account = new OnlineAccount(user.username, user.buddies, devices);
      this.accounts.set(user.username, account);
    } else {
      account.buddies = user.buddies;
      if (devices.length) account.devices = devices;
    }
    account.sessions.push(user);
    user.account = account;
  }

  private detach(user: OnlineUser): boolean {
    if (user.pending) {
      if (this.pendingSessions.get(user.address) !== user) return false;
      this.pendingSessions.delete(user.address);
      return true;
    }
    if (this.online.get(user.address) !== user) return false;
    this.online.delete(user.address);
    const account = this.accounts.get(user.username);
    if (account) {
      const at = account.sessions.indexOf(user);
      if (at >= 0) account.sessions.splice(at, 1);
      if (!account.sessions.length) this.accounts.delete(user.username);
    }
    return true;
  }

  /** Removes `user` if it is still the current session of its device; true when it was an active one. */
  remove(user: OnlineUser): boolean {
    this.byStun.delete(user.stunUsername);
    if (!this.detach(user)) return false;
    this.cluster?.offline(user);
    return !user.pending;
  }

  /** One session's endpoints: public ones the node saw, then LAN candidates it may pass on. */
  endpointsOf(user: OnlineUser): natter.Endpoint.$Properties[] {
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
    return endpoints;
  }

  /**
   * A user's presence: online when one device is; status, endpoints and
   * NAT of the device whose change this is (`who`; for an account, the
   * device that logged in last); and every active device, online or not,
   * with its key and certificate (so buddies can seal to an offline one)
   * and, when online, its own status, endpoints and NAT. On a cluster node,
   * the devices online on other nodes are online here too
   * (merged-presence.ts): every node shows a user the same way.
   */
  presenceOf(who: OnlineUser | OnlineAccount): natter.control.Presence.$Properties {
    const remote = this.cluster?.get(who.username);
    if (!remote) return this.localPresenceOf(who);
    const local = this.accounts.get(who.username);
    const speaker = who instanceof OnlineAccount ? this.get(who.username)?.latest : who;
    const top = speaker ? (speaker.remotePresence ?? this.localPresenceOf(speaker)) : undefined;
    // The device set: this node's when the user has a session here (kept current), else the freshest entry's.
    const listed = local ? this.localPresenceOf(local) : (this.cluster!.freshest(who.username)?.remotePresence ?? top);
    const online = new Map<string, natter.control.DevicePresence.$Properties>();
    for (const d of listed?.devices ?? []) if (local && d.online) online.set(Buffer.from(d.deviceId ?? []).toString('hex'), d);
    for (const r of remote.sessions) {
      const d = onlineDeviceOf(r);
      if (d) online.set(r.deviceId, d);
    }
    return mergedPresence(top ?? { username: who.username, status: natter.Status.STATUS_OFFLINE }, listed?.devices ?? [], online);
  }

  /** A user's presence from the sessions here only (what this node publishes in the routing table). */
  localPresenceOf(who: OnlineUser | OnlineAccount): natter.control.Presence.$Properties {
    const account = who instanceof OnlineAccount ? who : (who.account ?? this.accounts.get(who.username));
    const user = who instanceof OnlineAccount ? who.latest : who;
    if (user?.remotePresence) return user.remotePresence;
    const sessions = account?.sessions ?? (user ? [user] : []);
    const devices: natter.control.DevicePresence.$Properties[] = [];
    for (const record of account?.devices ?? []) {
      if (record.state !== 'active') continue;
      const session = sessions.find((s) => s.deviceId === record.id);
      devices.push(devicePresence(record, session, session ? this.endpointsOf(session) : []));
    }
    if (!user) return { username: account?.username ?? '', status: natter.Status.STATUS_OFFLINE, devices };
    return {
      username: user.username,
      status: user.status,
      statusText: user.statusText,
      endpoints: this.endpointsOf(user),
      nat: user.nat ?? null,
      identityKey: rootKey(account?.devices) ?? user.identityKey,
      clientVersion: user.clientVersion,
      sinceMs: user.since,
      devices,
    };
  }

  /** An offline buddy: still with the device keys, so messages can be sealed to each device. */
  offlinePresence(record: Pick<UserRecord, 'username' | 'identityKey' | 'devices'>): natter.control.Presence.$Properties {
    const devices = (record.devices ?? []).filter((d) => d.state === 'active').map((d) => devicePresence(d, undefined, []));
    return {
      username: record.username,
      status: natter.Status.STATUS_OFFLINE,
      identityKey: rootKey(record.devices) ?? Buffer.from(record.identityKey, 'base64'),
      devices,
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
  announce(who: OnlineUser | OnlineAccount, options: { to?: Iterable<string>; offline?: boolean; relationEnded?: boolean; localOnly?: boolean } = {}): void {
    const user = who instanceof OnlineAccount ? who.latest : who;
    if (!user || user.pending) return;
    const { to = user.buddies, relationEnded = false } = options;
    // Offline only when no other device of the user is still online, here or
    // on another node; then the presence is the remaining devices' (the one
    // that logged in last speaks for the user).
    const remaining = options.offline ? this.get(user.username)?.latest : undefined;
    const offline = Boolean(options.offline) && !remaining;
    const speaker = remaining ?? user;
    let frame: Uint8Array | undefined;
    // Recipients on other nodes hear it from there; `offline` there means this device went.
    if (this.cluster && !options.localOnly) this.cluster.announced(user, to, { offline: Boolean(options.offline), relationEnded });
    for (const name of to) {
      const peer = this.accounts.get(name);
      if (!peer || !(relationEnded || peer.buddies.has(user.username))) continue;
      // Encoded once, for the first recipient; the same bytes go to every other.
      frame ??= encodeControl({
        presencePush: { presence: offline || relationEnded ? { username: user.username, status: natter.Status.STATUS_OFFLINE } : this.presenceOf(speaker) },
      });
      peer.sendEncoded(frame);
    }
  }

  /**
   * A user's own devices as their device list shows them: online when a
   * session is here (pending ones too) or, on a cluster node, on another node.
   */
  deviceItems(username: string, devices: DeviceRecord[]): natter.control.DevicePresence.$Properties[] {
    const sessions = this.localSessions(username);
    const remote = this.cluster?.get(username)?.sessions ?? [];
    return devices.map((d) => {
      const session = sessions.find((s) => s.deviceId === d.id);
      if (session) return devicePresence(d, session, session.pending ? [] : this.endpointsOf(session));
      const listed = devicePresence(d, undefined, []);
      const elsewhere = remote.find((s) => s.deviceId === d.id);
      const item = elsewhere && onlineDeviceOf(elsewhere);
      // Online elsewhere: its node's status, endpoints and NAT; the name, state and certificate as the set has them now.
      return item ? { ...item, name: listed.name, state: listed.state, certificate: listed.certificate } : listed;
    });
  }

  /** Pushes a user's own device list to each of their sessions here, pending ones included. */
  pushDeviceList(username: string, devices: DeviceRecord[]): void {
    const sessions = this.localSessions(username);
    if (!sessions.length) return;
    const frame = encodeControl({ deviceList: { devices: this.deviceItems(username, devices) } });
    for (const s of sessions) s.sendEncoded(frame);
  }
}
