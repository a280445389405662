// The buddy list as the node reports it: each buddy's presence (status, NAT,
// devices with their keys), the pending requests and blocks, buddy events,
// and our own device list. What a UI lists, and what delivery asks before
// it sends (which devices, online? which key?). A device is named by its
// address USER/DEVICE (docs/protocol.md, "Devices").
import { deviceAddress, natter, userOfAddress, type ControlFrameInit } from '@natter/wire';
import type { PathKind } from './conversation.js';
import type { DevicePresence } from './device-set.js';
import type { BuddyInfo, BuddyRequests, DeviceInfo, EmitPeerEvent } from './peer-events.js';
import { BUDDY_ACTIONS, BUDDY_EVENT_KINDS, NAT_TYPES, STATUSES, type BuddyActionName } from './protocol-names.js';

export interface RosterHooks {
  request(frame: ControlFrameInit): Promise<unknown>;
  emit: EmitPeerEvent;
  /** Our own name and device address (read when needed: known after login). */
  me(): { user: string; address: string };
  /** The path of the conversation with a device; undefined while there is none. */
  pathOf(address: string): PathKind | undefined;
  /** The devices the node reports for a user (a buddy's, or our own): trust is decided there. */
  onDevices(user: string, devices: DevicePresence[]): void;
  /** Messages may go to this device (its key accepted or certified). */
  isTrusted(user: string, deviceId: string): boolean;
  /** A device went offline, was removed, or its user is no longer a buddy: its conversation ends. */
  onGone(address: string): void;
  /** A device came online: what waits for it goes now. */
  onBack(address: string): void;
  /** The buddy list of a login is in: what waited to know who is online goes now. */
  onSynced(): void;
}

const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');

export class Roster {
  private readonly presence = new Map<string, natter.control.Presence.$Properties>();
  private own: DevicePresence[] = [];
  private pending: BuddyRequests = { incoming: [], outgoing: [], blocked: [] };
  /** Whether the node's buddy list of the current login arrived (see synced()). */
  private listed = false;

  constructor(private readonly hooks: RosterHooks) {}

  /**
   * True once the node's buddy list of the current login arrived: until
   * then a buddy not known online may simply not be heard of yet (right
   * after a login, or a reconnect while the node was away).
   */
  synced(): boolean {
    return this.listed;
  }

  /** A new login (or the connection dropped): presence is stale until the next buddy list. */
  unsynced(): void {
    this.listed = false;
  }

  has(buddy: string): boolean {
    return this.presence.has(buddy);
  }

  buddies(): BuddyInfo[] {
    return [...this.presence.keys()].sort().map((b) => this.info(b));
  }

  /** A buddy (USER), or one device of a buddy or of ours (USER/DEVICE): then `online` is that device's. */
  info(name: string): BuddyInfo {
    const user = userOfAddress(name);
    const p = this.presence.get(user);
    const devices = this.devicesOf(user);
    const device = name.includes('/') ? [...devices, ...this.ownDevices()].find((d) => d.address === name) : undefined;
    const online = name.includes('/') ? Boolean(device?.online) : Boolean(p && p.status);
    return {
      username: user,
      online,
      status: STATUSES.fromWire(p?.status ?? natter.Status.STATUS_OFFLINE) ?? 'offline',
      statusText: p?.statusText ?? '',
      path: online ? this.pathOfName(name, devices) : 'offline',
      nat: device ? device.nat : (NAT_TYPES.fromWire(p?.nat?.nat ?? natter.NatType.NAT_UNKNOWN) ?? 'unknown'),
      identityKey: device ? device.identityKey : p?.identityKey ? Buffer.from(p.identityKey) : undefined,
      devices,
    };
  }

  /** A device's conversation path; for a user, the best of its devices' (direct when one is). */
  private pathOfName(name: string, devices: DeviceInfo[]): PathKind {
    if (name.includes('/')) return this.hooks.pathOf(name) ?? 'relay';
    const paths = devices.filter((d) => d.online).map((d) => this.hooks.pathOf(d.address));
    return paths.includes('direct') ? 'direct' : (this.hooks.pathOf(name) ?? 'relay');
  }

  private deviceInfo(user: string, d: DevicePresence, self: string): DeviceInfo {
    const address = deviceAddress(user, d.deviceId ?? new Uint8Array());
    const online = Boolean(d.online);
    return {
      address,
      id: hex(d.deviceId),
      name: d.name ?? '',
      identityKey: Buffer.from(d.identityKey ?? []),
      online,
      status: STATUSES.fromWire(d.status ?? natter.Status.STATUS_OFFLINE) ?? 'offline',
      nat: NAT_TYPES.fromWire(d.nat?.nat ?? natter.NatType.NAT_UNKNOWN) ?? 'unknown',
      path: address === self ? 'direct' : online ? (this.hooks.pathOf(address) ?? 'relay') : 'offline',
      lastSeen: Number(d.lastSeenMs ?? 0),
      clientVersion: d.clientVersion ?? '',
      state: d.state === natter.control.DeviceState.PENDING ? 'pending' : 'active',
      trusted: this.hooks.isTrusted(user, hex(d.deviceId)),
      self: address === self,
    };
  }

  /** A buddy's active devices, as the node reports them. */
  devicesOf(user: string): DeviceInfo[] {
    const me = this.hooks.me();
    if (user === me.user) return this.ownDevices().filter((d) => d.state === 'active');
    return (this.presence.get(user)?.devices ?? []).map((d) => this.deviceInfo(user, d, me.address));
  }

  /** Our own devices (pending ones too), this one among them. */
  ownDevices(): DeviceInfo[] {
    const me = this.hooks.me();
    return this.own.map((d) => this.deviceInfo(me.user, d, me.address));
  }

  /** Our own devices as the node listed them (for approving a link code). */
  ownDevicePresences(): DevicePresence[] {
    return [...this.own];
  }

  /**
   * The identity key of a device (USER/DEVICE, ours or a buddy's), as the
   * node reports it; of a bare USER, the user's root key. Undefined when
   * unknown.
   */
  keyOf(address: string): Uint8Array | undefined {
    const slash = address.indexOf('/');
    if (slash < 0) {
      const key = this.presence.get(address)?.identityKey;
      return key?.length ? key : undefined;
    }
    const user = address.slice(0, slash);
    const id = address.slice(slash + 1);
    const list = user === this.hooks.me().user ? this.own : (this.presence.get(user)?.devices ?? []);
    const key = list.find((d) => hex(d.deviceId) === id)?.identityKey;
    return key?.length ? key : undefined;
  }

  /** Pending incoming and outgoing requests and blocked users, as of the node's latest buddy list. */
  requests(): BuddyRequests {
    const r = this.pending;
    return { incoming: [...r.incoming], outgoing: [...r.outgoing], blocked: [...r.blocked] };
  }

  async act(action: BuddyActionName, username: string, message = ''): Promise<void> {
    await this.hooks.request({ buddyAction: { action: BUDDY_ACTIONS.toWire(action) ?? natter.control.BuddyAction.Action.ACTION_UNSPECIFIED, username, message } });
  }

  onBuddyList(list: natter.control.BuddyList): void {
    const first = !this.listed;
    this.listed = true;
    this.pending = {
      incoming: [...(list.incomingRequests ?? [])].sort(),
      outgoing: [...(list.outgoingRequests ?? [])].sort(),
      blocked: [...(list.blocked ?? [])].sort(),
    };
    const names = new Set<string>();
    for (const p of list.buddies ?? []) {
      names.add(p.username!);
      this.setPresence(p);
    }
    for (const name of [...this.presence.keys()]) {
      if (!names.has(name)) {
        const gone = this.devicesOf(name);
        this.presence.delete(name);
        for (const d of gone) this.hooks.onGone(d.address);
      }
    }
    this.hooks.emit('buddies', this.buddies());
    if (first) this.hooks.onSynced();
  }

  onPresence(p: natter.control.Presence): void {
    if (!this.presence.has(p.username) && !p.status) return;
    this.setPresence(p);
    this.hooks.emit('presence', this.info(p.username));
  }

  onBuddyEvent(e: natter.control.BuddyEvent): void {
    // KIND_UNSPECIFIED (an older node) and kinds we do not know read as a request.
    const kind = BUDDY_EVENT_KINDS.fromWire(e.kind) ?? 'requested';
    this.hooks.emit('buddyEvent', { kind, username: e.username, message: e.message ?? '' });
  }

  /** Our own devices changed (a link request, an approval, a removal): conversations with our other devices follow. */
  onDeviceList(list: natter.control.DeviceList): void {
    const me = this.hooks.me();
    const before = new Map(this.own.filter((d) => d.online && d.state !== natter.control.DeviceState.PENDING).map((d) => [hex(d.deviceId), d]));
    this.own = [...(list.devices ?? [])];
    const active = this.own.filter((d) => d.state !== natter.control.DeviceState.PENDING);
    this.hooks.onDevices(me.user, active);
    for (const d of active) {
      const address = deviceAddress(me.user, d.deviceId ?? new Uint8Array());
      if (address === me.address) continue;
      if (d.online && !before.has(hex(d.deviceId))) this.hooks.onBack(address);
      before.delete(hex(d.deviceId));
      if (!d.online) this.hooks.onGone(address);
    }
    for (const gone of before.keys()) this.hooks.onGone(deviceAddress(me.user, gone));
    this.hooks.emit('devices', this.ownDevices());
  }

  private setPresence(p: natter.control.Presence.$Properties): void {
    const name = p.username!;
    const prev = this.presence.get(name);
    // An offline push carries no key and no devices: keep the ones we had, offline.
    const devices = p.devices && p.devices.length ? p.devices : (prev?.devices ?? []).map((d) => ({ ...d, online: false, endpoints: [] }));
    const merged = { ...p, identityKey: p.identityKey && p.identityKey.length ? p.identityKey : prev?.identityKey, devices };
    this.presence.set(name, merged);
    if (p.devices?.length) this.hooks.onDevices(name, p.devices);
    const wasOnline = new Set((prev?.devices ?? []).filter((d) => d.online).map((d) => hex(d.deviceId)));
    const now = new Set(devices.map((d) => hex(d.deviceId)));
    for (const d of devices) {
      const address = deviceAddress(name, d.deviceId ?? new Uint8Array());
      if (d.online && !wasOnline.has(hex(d.deviceId))) this.hooks.onBack(address);
      if (!d.online && wasOnline.has(hex(d.deviceId))) this.hooks.onGone(address);
    }
    // Devices no longer listed (removed by their user): their conversations end.
    for (const d of prev?.devices ?? []) if (!now.has(hex(d.deviceId))) this.hooks.onGone(deviceAddress(name, d.deviceId ?? new Uint8Array()));
  }
}
