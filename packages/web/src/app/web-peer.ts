// The web client's peer: the browser's counterpart of NatterPeer
// (packages/peer/src/peer.ts), wiring the same modules (conversations and
// their reliable channel, outbox, inbox, roster, known keys, the datagram
// router, the control session) with what a browser has: the node's relay
// for every datagram (a browser cannot send UDP; the direct path to a
// browser would be a WebRTC data channel: docs/web.md), IndexedDB for the
// history, WebCrypto keys. No protocol logic lives here.
import { EventEmitter } from 'node:events';
import {
  Conversations,
  ControlSession,
  DatagramRouter,
  Inbox,
  KnownKeys,
  Outbox,
  OwnDevices,
  deliveryTargets,
  linkCodeOf,
  Roster,
  RtcPaths,
  STATUSES,
  nodeStunUrls,
  cryptoPrimitives,
  type BuddyActionName,
  type BuddyInfo,
  type DeviceInfo,
  type BuddyRequests,
  type ControlTransport,
  type EmitPeerEvent,
  type HistoryEntry,
  type LoginOk,
  type MessageHistory,
  type NatterPeerEvents,
  type PathKind,
  type RtcPeerConnectionFactory,
  type SessionCredentials,
  type StatusName,
} from '@natter/peer/core';
import { deviceAddress, encodePeerDatagram, natter } from '@natter/wire';
import type { Clock } from '@natter/io';
import type { WebIdentity } from '../crypto/web-primitives.js';

export type WebPeerEvents = Omit<NatterPeerEvents, 'nat'>;

export interface WebPeerOptions {
  url: string;
  credentials: SessionCredentials;
  identity: WebIdentity;
  history: MessageHistory;
  transport: ControlTransport;
  clock: Clock;
  clientVersion: string;
  knownKeys?: Record<string, string>;
  /** `new RTCPeerConnection(config)`; absent: no direct paths, the relay carries everything. */
  rtc?: RtcPeerConnectionFactory | undefined;
}

export class WebPeer extends EventEmitter<WebPeerEvents> {
  readonly session: ControlSession;
  readonly history: MessageHistory;
  readonly conversations: Conversations;
  private readonly roster: Roster;
  private readonly keys: KnownKeys;
  private readonly outbox: Outbox;
  private readonly inbox: Inbox;
  private readonly ownDevices: OwnDevices;
  private readonly router: DatagramRouter;
  private readonly rtc: RtcPaths | undefined;
  private status: natter.Status = natter.Status.ONLINE;
  private statusText = '';
  private closed = false;
  private readonly identity: WebIdentity;

  constructor(options: WebPeerOptions) {
    super();
    const { clock, identity, history } = options;
    this.identity = identity;
    const session = (this.session = new ControlSession({
      url: options.url,
      credentials: options.credentials,
      identityKey: identity.publicKey,
      clientVersion: options.clientVersion,
      transport: options.transport,
      clock,
    }));
    this.history = history;
    const emit: EmitPeerEvent = (event, ...args) => void (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    const request = (frame: Parameters<ControlSession['request']>[0]) => session.request(frame);
    const warn = (err: Error) => this.warn(err);
    const keys = (this.keys = new KnownKeys(options.knownKeys, {
      onSaved: (known) => this.emit('knownKeys', known),
      onChanged: (buddy, before, after) => this.emit('identityChanged', { buddy, before, after }),
      onDevices: (user, added, removed) => this.emit('devicesChanged', { user, added, removed }),
    }));
    // The browser is one device of its user; its id is derived from its key (docs/web.md).
    const address = () => {
      const id = session.loginOk?.deviceId;
      return id?.length ? deviceAddress(this.username, id) : this.username;
    };
    this.roster = new Roster({
      request,
      emit,
      me: () => ({ user: this.username, address: address() }),
      pathOf: (buddy) => this.conversations.get(buddy)?.path,
      onDevices: (user, devices) => void keys.check(user, devices).then((changed) => (changed ? this.outbox.flush(user) : undefined)).catch(warn),
      isTrusted: (user, deviceId) => keys.isTrusted(user, deviceId),
      onGone: (buddy) => {
        this.rtc?.close(buddy);
        this.conversations.close(buddy);
      },
      onBack: (buddy) => void this.outbox.flush(buddy).catch(warn),
      onSynced: () => void this.outbox.flushAll().catch(warn),
    });
    this.conversations = new Conversations({
      clock,
      random: Math.random,
      identity,
      me: address,
      keyOf: (buddy) => this.roster.keyOf(buddy),
      relay: (buddy, datagram) => session.send({ relay: { peer: buddy, payload: datagram } }),
      onMessage: (buddy, _id, bytes, path) => void this.inbox.receive(buddy, bytes, path).catch(warn),
      onDuplicate: (buddy, id) => void this.inbox.confirmAgain(buddy, id).catch(warn),
      onPath: (buddy, path, why) => this.emit('path', { buddy, path, why }),
      // The data channel went silent: close it; the next send offers a new one.
      onDirectDead: (buddy) => this.rtc?.close(buddy),
      onSession: (buddy) => void this.outbox.flush(buddy).catch(warn),
    });
    this.outbox = new Outbox({
      clock,
      targets: (buddy) => deliveryTargets(this.roster, buddy),
      me: () => ({ user: this.username, deviceName: 'browser' }),
      identity,
      session,
      history,
      conversations: this.conversations,
      roster: this.roster,
      // A browser cannot punch UDP: its direct path is a WebRTC data channel (rtc/rtc-paths.ts).
      punch: (buddy) => this.rtc?.request(buddy),
      isHeld: (buddy) => keys.isHeld(buddy),
      onState: (entry) => this.emit('state', entry),
      warn,
    });
    this.ownDevices = new OwnDevices({
      session,
      roster: this.roster,
      identity,
      history,
      outbox: this.outbox,
      me: () => {
        const id = session.loginOk?.deviceId;
        return { user: this.username, deviceId: id?.length ? Buffer.from(id).toString('hex') : '' };
      },
    });
    this.inbox = new Inbox({
      identity,
      history,
      session,
      conversations: this.conversations,
      keyOf: (buddy) => this.roster.keyOf(buddy),
      acceptedKeyOf: (buddy) => keys.accepted(buddy),
      outbox: this.outbox,
      me: () => this.username,
      deviceName: (device) => this.roster.ownDevices().find((d) => d.address === device)?.name,
      onMessage: (entry) => this.emit('message', entry),
      warn,
    });
    this.rtc = options.rtc
      ? new RtcPaths({
          clock,
          createPeerConnection: options.rtc,
          iceServers: () => nodeStunUrls(session.loginOk, options.url),
          offers: true,
          me: address,
          signal: (buddy, signal) => session.send({ relay: { peer: buddy, payload: encodePeerDatagram({ rtc: signal }) } }),
          conversations: this.conversations,
          onDatagram: (data, from, socket) => this.router.fromUdp(data, from, socket),
          randomBytes: (n) => cryptoPrimitives().randomBytes(n),
        })
      : undefined;
    this.router = new DatagramRouter({
      conversations: this.conversations,
      onProbe: () => {},
      onEarly: (buddy, sealed) => void this.inbox.receiveEarly(buddy, sealed),
      // Only what the data channels carry arrives as "UDP" here; no STUN on them.
      isStun: () => false,
      onRtc: (buddy, signal) => this.rtc?.onSignal(buddy, signal),
    });
    let logins = 0;
    session.on('online', (ok) => {
      // Until this login's buddy list comes, "not known online" says nothing (the outbox waits).
      this.roster.unsynced();
      this.emit('online', ok);
      this.emit('token', Buffer.from(ok.resumeToken));
      // The relay is back: what waited for it goes now, not at the channel's next timeout.
      if (logins++ > 0) this.conversations.resendAll();
      void this.publish().catch(() => undefined);
    });
    session.on('offline', (e) => {
      this.roster.unsynced();
      this.emit('offline', e);
    });
    session.on('buddyList', (list) => this.roster.onBuddyList(list));
    session.on('presence', (p) => this.roster.onPresence(p));
    session.on('buddyEvent', (e) => this.roster.onBuddyEvent(e));
    session.on('deviceList', (list) => this.roster.onDeviceList(list));
    session.on('relay', (from, payload) => this.router.fromRelay(from, payload));
    session.on('offlineMessages', (m) => void this.inbox.receiveOffline(m).catch(warn));
    session.on('nodeError', (e) => this.warn(e));
  }

  get username(): string {
    return this.session.username;
  }

  /** Our raw Ed25519 identity key (for safety numbers). */
  get identityKey(): Uint8Array {
    return this.identity.publicKey;
  }

  private warn(err: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', err);
  }

  /** Opens the history and logs in. */
  /** While this browser waits for approval by another device of the user: the code to approve it with; '' when active. */
  get linkCode(): string {
    const ok = this.session.loginOk;
    if (ok?.deviceState !== natter.control.DeviceState.PENDING || !ok.deviceId?.length) return '';
    return linkCodeOf(this.username, ok.deviceId, this.identity.publicKey);
  }

  async start(): Promise<LoginOk> {
    await this.history.open();
    await this.outbox.start();
    return this.session.connect();
  }

  keyHeld(buddy: string): boolean {
    return this.keys.isHeld(buddy);
  }

  /** The key the user accepted for `buddy` (for the safety number). */
  acceptedKey(buddy: string): Uint8Array | undefined {
    return this.keys.accepted(buddy);
  }

  acceptKey(buddy: string): boolean {
    if (!this.keys.accept(buddy)) return false;
    void this.outbox.flush(buddy).catch((err) => this.warn(err));
    return true;
  }

  buddies(): BuddyInfo[] {
    return this.roster.buddies();
  }

  /** Our own devices (this browser among them), as the node last listed them. */
  devices(): DeviceInfo[] {
    return this.roster.ownDevices();
  }

  refreshDevices(): Promise<DeviceInfo[]> {
    return this.ownDevices.refresh();
  }

  /** Lets in the new device that shows `code` (signed with this browser's key), and sends it recent history. */
  async approveDevice(code: string, name?: string): Promise<DeviceInfo> {
    const device = await this.ownDevices.approve(code, name);
    void this.ownDevices.catchUp(device).catch((err) => this.warn(err));
    return device;
  }

  /** `which`: a device's id (or name). */
  removeDevice(which: string): Promise<DeviceInfo> {
    return this.ownDevices.remove(which);
  }

  renameDevice(which: string, name: string): Promise<DeviceInfo> {
    return this.ownDevices.rename(which, name);
  }

  requests(): BuddyRequests {
    return this.roster.requests();
  }

  async buddyAction(action: BuddyActionName, username: string, message = ''): Promise<void> {
    await this.roster.act(action, username, message);
  }

  pathOf(buddy: string): PathKind | 'offline' {
    return this.roster.info(buddy).path;
  }

  async send(buddy: string, text: string): Promise<HistoryEntry> {
    return this.outbox.send(buddy, text);
  }

  async setStatus(status: Exclude<StatusName, 'offline'>, text = ''): Promise<void> {
    this.status = STATUSES.toWire(status) ?? natter.Status.ONLINE;
    this.statusText = text;
    await this.publish();
  }

  /** Our status for buddies. A browser has no LAN candidates and no NAT report (it cannot run STUN). */
  private publish(): Promise<unknown> {
    return this.session.request({ presenceUpdate: { status: this.status, statusText: this.statusText, lanCandidates: [], nat: null } });
  }

  async close(options: { logout?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.outbox.close();
    this.rtc?.closeAll();
    this.conversations.closeAll();
    await this.session.close(options);
    await this.history.close();
  }
}

