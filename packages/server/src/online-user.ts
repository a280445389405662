// One logged-in device (OnlineUser) and a user's devices online on this
// node (OnlineAccount): what the presence hub (presence.ts) is made of, and
// what a user's and a device's presence say (devicePresence).
import type { BuddySet } from './buddy-set.js';
import { encodeControl, natter, type ControlFrameInit } from '@natter/wire';
import type { DeviceRecord } from './store/types.js';

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
  /** The device this session is (hex id); its name. */
  deviceId?: string;
  deviceName?: string;
  /** Waiting for approval by an active device: no presence, nothing relayed or stored to or from it. */
  pending?: boolean;
}

/**
 * One logged-in device of a user on one connection. A class, not an object
 * of closures: ten thousand sessions share its methods (memory per
 * session, docs/architecture.md).
 */
export class OnlineUser {
  readonly username: string;
  /** The device's id in hex ('' for a remote user on a cluster node that names none). */
  readonly deviceId: string;
  deviceName: string;
  readonly pending: boolean;
  /** The user's sessions on this node, this one among them (set by PresenceHub.add). */
  account: OnlineAccount | undefined = undefined;
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
  /** Mutual buddies until the session joins its account (then shared by the user's sessions). */
  private ownBuddies: BuddySet;

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
    this.ownBuddies = init.buddies;
    this.deviceId = init.deviceId ?? '';
    this.deviceName = init.deviceName ?? '';
    this.pending = init.pending ?? false;
  }

  /** Mutual buddies, cached at login and kept current by relation changes; one set for all of a user's devices. */
  get buddies(): BuddySet {
    return this.account?.buddies ?? this.ownBuddies;
  }

  set buddies(set: BuddySet) {
    if (this.account) this.account.buddies = set;
    else this.ownBuddies = set;
  }

  /** USER/DEVICE: what relay frames, punch plans and offline messages name (docs/protocol.md, "Devices"). */
  get address(): string {
    return this.deviceId ? `${this.username}/${this.deviceId}` : this.username;
  }

  /** The node this user is on, when it is not this one (cluster/remote-user.ts). */
  get remoteNode(): string | undefined {
    return undefined;
  }

  /** A remote user's presence as its node published it (cluster/remote-user.ts). */
  get remotePresence(): natter.control.Presence.$Properties | undefined {
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

  /** A frame for the whole user, through this session: here, just this device (cluster/remote-user.ts: every device of the user on its node). */
  sendToUser(bytes: Uint8Array): void {
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

/**
 * A user's active sessions (one per device), and the user's device set as
 * of the last change: what presence is made of. The hub keeps one per user
 * with sessions here; on a cluster node, the user's devices on other nodes
 * (RemoteUser) are another, and PresenceHub.get joins the two. Frames for
 * "the user" (buddy events, lists, presence of others) go to every device,
 * once each: one bus message per other node.
 */
export class OnlineAccount {
  readonly sessions: OnlineUser[] = [];
  constructor(
    readonly username: string,
    public buddies: BuddySet,
    /** Every device of the user (active and pending), from the store. */
    public devices: DeviceRecord[],
  ) {}

  /** The session that logged in last: whose status and endpoints the user-level presence shows. */
  get latest(): OnlineUser | undefined {
    let best: OnlineUser | undefined;
    for (const s of this.sessions) if (!best || s.since >= best.since) best = s;
    return best;
  }

  device(deviceId: string): OnlineUser | undefined {
    return this.sessions.find((s) => s.deviceId === deviceId);
  }

  send(frame: ControlFrameInit): void {
    const only = this.sessions.length === 1 ? this.sessions[0]! : undefined;
    if (only && !only.remoteNode) return only.send(frame);
    this.sendEncoded(encodeControl(frame));
  }

  sendEncoded(bytes: Uint8Array): void {
    let nodes: Set<string> | undefined;
    for (const s of this.sessions) {
      const node = s.remoteNode;
      if (!node) s.sendEncoded(bytes);
      else if (!(nodes ??= new Set()).has(node)) {
        nodes.add(node);
        s.sendToUser(bytes);
      }
    }
  }
}

const fromHex = (hex: string) => Buffer.from(hex, 'hex');

/** The root device's key: the one whose certificate it signed itself (the set's first, otherwise). */
export function rootKey(devices: DeviceRecord[] | undefined): Buffer | undefined {
  const active = (devices ?? []).filter((d) => d.state === 'active');
  const root = active.find((d) => d.root) ?? active[0];
  return root ? Buffer.from(root.identityKey, 'base64') : undefined;
}

/** One device as buddies (active ones) and the user's own devices (all) see it. */
export function devicePresence(record: DeviceRecord, session: OnlineUser | undefined, endpoints: natter.Endpoint.$Properties[]): natter.control.DevicePresence.$Properties {
  return {
    deviceId: fromHex(record.id),
    name: record.name,
    identityKey: Buffer.from(record.identityKey, 'base64'),
    certificate: record.certificate ? natter.control.DeviceCertificate.decode(Buffer.from(record.certificate, 'base64')) : null,
    online: Boolean(session),
    status: session ? session.status : natter.Status.STATUS_OFFLINE,
    endpoints,
    nat: session?.nat ?? null,
    clientVersion: session?.clientVersion ?? '',
    lastSeenMs: session ? session.since : record.lastSeen,
    state: record.state === 'active' ? natter.control.DeviceState.ACTIVE : natter.control.DeviceState.PENDING,
    createdMs: record.createdAt,
  };
}
