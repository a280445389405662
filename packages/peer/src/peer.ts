// The natter client core: one object per logged-in user, and the facade a
// UI drives. It owns the chat UDP socket and wires the modules that do the
// work, each of which says in its header what it owns. The session with the
// node and the history come in from outside (create-peer.ts builds the real
// ones), so the same peer runs against a stand-in node in tests.
import { EventEmitter } from 'node:events';
import { encodePeerDatagram } from '@natter/wire';
import type { Clock, UdpSocket, UdpStack } from '@natter/io';
import { systemClock } from '@natter/io';
import { classifyNat, looksLikeStun, type ClassifyOptions, type NatReport as ClassifierReport, type StunTarget } from '@natter/stun';
import type { PathKind } from './conversation.js';
import { Conversations } from './conversations.js';
import { FileLinks, FileTransfers, defaultDownloadDir, type FileTransferInfo } from './files/index.js';
import { identityPublicKey, type Identity } from './crypto/index.js';
import type { HistoryEntry, MessageHistory } from './history.js';
import { Inbox } from './inbox.js';
import { KnownKeys } from './known-keys.js';
import { NetworkWatch, type NetworkChange } from './network-watch.js';
import { Outbox, deliveryTargets } from './outbox.js';
import type { BuddyInfo, BuddyRequests, DeviceInfo, EmitPeerEvent, NatterPeerEvents } from './peer-events.js';
import { deviceAddress, natter, userOfAddress } from '@natter/wire';
import { linkCodeOf } from './device-set.js';
import { OwnDevices } from './own-devices.js';
import { PresencePublisher } from './presence-publisher.js';
import type { BuddyActionName, StatusName } from './protocol-names.js';
import { PublicEndpoint, nodeStunServers } from './public-endpoint.js';
import { PunchScheduler } from './punch-scheduler.js';
import { Roster } from './roster.js';
import { DatagramRouter } from './router.js';
import { RtcPaths, type RtcPeerConnectionFactory } from './rtc/index.js';
import { loadNodeRtc } from './rtc/node-rtc.js';
import { nodeStunUrls } from './rtc/ice-servers.js';
import { cryptoPrimitives } from './crypto/protocol.js';
import type { ControlChannel, LoginOk } from './session/index.js';
import { NotifyClient } from './notify.js';

export type { BuddyInfo, BuddyRequests, DeviceInfo, NatterPeerEvents } from './peer-events.js';

/** How long the chat sockets of the network we left stay open after a move. */
const OLD_SOCKET_LINGER_MS = 10_000;

export interface NatterPeerOptions {
  /** The session with the node (NodeSession), not yet connected. */
  session: ControlChannel;
  /** Where messages are kept (History), not yet open. */
  history: MessageHistory;
  identity: Identity;
  stack: UdpStack;
  clock?: Clock;
  random?: () => number;
  /** Classify the NAT at login (RFC 5780 needs a server with two IPs). */
  classify?: boolean;
  /** The classifier; default classifyNat from @natter/stun. */
  classifyNat?: (options: ClassifyOptions) => Promise<ClassifierReport>;
  /** STUN server for the classifier; default the node's. */
  stunServer?: StunTarget;
  /** Identity keys seen before, to warn when a buddy's changes. */
  knownKeys?: Record<string, string>;
  /** Watch the host's addresses and follow it to another network (default true). */
  watchNetwork?: boolean;
  /** Where file transfers keep their records so they resume after a restart (the profile's data directory). */
  dataDir?: string;
  /** Where accepted files go by default; default the XDG download directory. */
  downloadDir?: string;
  /** Buddies whose files are accepted without asking. */
  trustedFileSenders?: () => readonly string[];
  /** Continue unfinished outgoing transfers of earlier runs (long-running clients). */
  resumeFileTransfers?: boolean;
  /**
   * Answer browser buddies' WebRTC offers (a direct path to a browser, which
   * cannot punch UDP): true loads node-datachannel at start, or give the
   * factory. Default off (the netsim tests have no WebRTC).
   */
  webrtc?: boolean | RtcPeerConnectionFactory;
}

export class NatterPeer extends EventEmitter<NatterPeerEvents> {
  readonly session: ControlChannel;
  /** Extended delivery: this user's channels and settings, extended messages (notify.ts). */
  readonly notify: NotifyClient;
  readonly history: MessageHistory;
  readonly identityKey: Buffer;
  private readonly identity: Identity;
  /** The conversation per buddy, for diagnostics, benchmarks and tests; UIs use the methods below. */
  readonly conversations: Conversations;
  /** The punch attempts per buddy, for the same readers. */
  readonly punches: PunchScheduler;
  private readonly stack: UdpStack;
  private readonly clock: Clock;
  private readonly roster: Roster;
  private readonly router: DatagramRouter;
  private readonly outbox: Outbox;
  private readonly inbox: Inbox;
  private readonly keys: KnownKeys;
  private readonly ownDevices: OwnDevices;
  private readonly presence: PresencePublisher;
  private readonly endpoint: PublicEndpoint;
  private readonly fileLinks: FileLinks;
  private readonly files: FileTransfers;
  private socket!: UdpSocket;
  /** The IPv6 chat socket; undefined on a host without IPv6. */
  private socket6: UdpSocket | undefined;
  private rtc: RtcPaths | undefined;
  private readonly webrtc: NatterPeerOptions['webrtc'];
  /** Work started by pushes (offline messages, incoming chats and their receipts), for sync() and idle(). */
  private readonly work = new Set<Promise<unknown>>();
  /** Deliveries the login's buddy list or a returning buddy let go, for idle(). */
  private readonly deliveries = new Set<Promise<unknown>>();
  private network: NetworkWatch | undefined;
  /** The host moved since the last login: the next one punches every conversation again at once. */
  private moved = false;
  /** New chat sockets being bound after a move (onOnline waits for them). */
  private rebinding: Promise<void> | undefined;
  private logins = 0;
  private readonly watchNetwork: boolean;
  private closed = false;

  constructor(options: NatterPeerOptions) {
    super();
    const clock = (this.clock = options.clock ?? systemClock);
    const random = options.random ?? Math.random;
    const { identity, session, history } = options;
    this.session = session;
    this.notify = new NotifyClient(session);
    this.history = history;
    this.stack = options.stack;
    this.webrtc = options.webrtc;
    this.identityKey = identityPublicKey(identity);
    this.identity = identity;
    this.watchNetwork = options.watchNetwork !== false;
    // EventEmitter's own emit is typed for any event name; the modules get the strict one.
    const emit: EmitPeerEvent = (event, ...args) => void (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    const request = (frame: Parameters<ControlChannel['request']>[0]) => session.request(frame);
    const me = () => this.address;
    const chatSocket = () => this.socket;
    const warn = (err: Error) => this.warn(err);

    const keys = (this.keys = new KnownKeys(options.knownKeys, {
      onSaved: (known) => this.emit('knownKeys', known),
      onChanged: (buddy, before, after) => this.emit('identityChanged', { buddy, before, after }),
      onDevices: (user, added, removed) => this.emit('devicesChanged', { user, added, removed }),
    }));
    this.roster = new Roster({
      request,
      emit,
      me: () => ({ user: this.username, address: this.address }),
      pathOf: (address) => this.conversations.get(address)?.path,
      // A device that joined (or was trusted at last) gets what is still on its way to its user.
      onDevices: (user, devices) => void keys.check(user, devices).then((changed) => (changed ? this.track(this.outbox.flush(user), this.deliveries) : undefined)).catch(warn),
      isTrusted: (user, deviceId) => keys.isTrusted(user, deviceId),
      onGone: (address) => {
        this.rtc?.close(address);
        this.fileLinks.onGone(address);
        this.conversations.close(address);
        this.punches.forget(address);
      },
      onBack: (address) => {
        void this.track(this.outbox.flush(address), this.deliveries).catch(warn);
        this.files.onBuddyBack(address);
      },
      onSynced: () => void this.track(this.outbox.flushAll(), this.deliveries).catch(warn),
    });
    const chatSocket6 = () => this.socket6;
    this.endpoint = new PublicEndpoint({ clock, session, chatSocket, chatSocket6 });
    this.presence = new PresencePublisher({
      stack: this.stack,
      clock,
      request,
      chatPort: () => this.socket.address().port,
      chatPort6: () => this.socket6?.address().port,
      classify: options.classify !== false,
      classifyNat: options.classifyNat ?? classifyNat,
      stunServer: options.stunServer,
      onNat: (report) => this.emit('nat', report),
    });
    this.conversations = new Conversations({
      clock,
      random,
      identity,
      me,
      keyOf: (buddy) => this.roster.keyOf(buddy),
      relay: (buddy, datagram) => session.send({ relay: { peer: buddy, payload: datagram } }),
      // Stored and shown once the current turn's own work is done: the
      // channel has just acknowledged the message, and node:dgram sends that
      // ack only on the next tick (it resolves even an IP literal
      // asynchronously), so storing the message first kept the sender
      // waiting for the ack (on loopback, ~0.1 ms of a 0.5 ms round trip).
      onMessage: (buddy, _id, bytes, path) => queueMicrotask(() => void this.track(this.inbox.receive(buddy, bytes, path)).catch(warn)),
      onDuplicate: (buddy, id) => void this.track(this.inbox.confirmAgain(buddy, id)).catch(warn),
      onPath: (buddy, path, why) => {
        this.fileLinks.onPath(buddy);
        this.emit('path', { buddy: userOfAddress(buddy), device: buddy, path, why });
      },
      onDirectDead: (buddy) => {
        this.rtc?.close(buddy);
        this.endpoint.afterDeadPath();
        this.punches.retryLater(buddy);
      },
      onSession: (buddy) => {
        void this.track(this.outbox.flush(buddy), this.deliveries).catch(warn);
        this.fileLinks.onSession(buddy);
      },
    });
    this.punches = new PunchScheduler({
      clock,
      random,
      stack: this.stack,
      request,
      me,
      chatSocket,
      chatSocket6,
      onFailed: () => this.endpoint.afterDeadPath(),
      natReport: () => this.presence.natReport(),
      conversations: this.conversations,
      isOnline: (buddy) => this.roster.info(buddy).online,
      onDatagram: (data, from, socket) => this.router.fromUdp(data, from, socket),
    });
    this.outbox = new Outbox({
      clock,
      targets: (buddy) => deliveryTargets(this.roster, buddy),
      me: () => ({ user: this.username, deviceName: this.deviceName }),
      identity,
      session,
      history,
      conversations: this.conversations,
      roster: this.roster,
      punch: (buddy) => this.punches.request(buddy),
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
      me: () => ({ user: this.username, deviceId: this.deviceId }),
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
      deviceName: (address) => this.roster.ownDevices().find((d) => d.address === address)?.name,
      onMessage: (entry) => this.emit('message', entry),
      warn,
    });
    this.fileLinks = new FileLinks({
      clock,
      stack: this.stack,
      conversations: this.conversations,
      relay: (buddy, datagram) => session.send({ relay: { peer: buddy, payload: datagram } }),
      relayBudget: () => {
        const budget = session.loginOk?.relayBudget;
        return budget ? { bytesPerSecond: Number(budget.bytesPerSecond ?? 0), burstBytes: Number(budget.burstBytes ?? 0) } : undefined;
      },
      onControl: (buddy, message) => this.files.onControl(buddy, message),
      onFileStream: (buddy, id, offset, stream, first) => {
        const link = this.fileLinks.linkOf(buddy);
        if (link) this.files.attachStream(buddy, id, offset, stream, first, link);
      },
      onLinkDown: (buddy) => this.files.onLinkDown(buddy),
      onLinkUp: (buddy) => this.files.onLinkUp(buddy),
    });
    const trusted = options.trustedFileSenders ?? (() => []);
    this.files = new FileTransfers({
      clock,
      links: () => this.fileLinks,
      isOnline: (buddy) => this.roster.info(buddy).online,
      ready: async (buddy) => {
        const conversation = this.conversations.open(buddy);
        if (!conversation) return false;
        return conversation.whenReady().then(
          () => true,
          () => false,
        );
      },
      requestPunch: (buddy) => {
        if (this.conversations.get(buddy)?.path !== 'direct') this.punches.request(buddy);
      },
      dataDir: options.dataDir,
      downloadDir: () => options.downloadDir ?? defaultDownloadDir(),
      autoAccept: (buddy) => trusted().includes(userOfAddress(buddy)),
      resumeFromDisk: options.resumeFileTransfers ?? false,
      emit: (event, info) => this.emit(event, info),
    });
    this.router = new DatagramRouter({
      conversations: this.conversations,
      onProbe: (packet, from, socket) => this.punches.onProbe(packet, from, socket),
      onEarly: (buddy, sealed) => void this.track(this.inbox.receiveEarly(buddy, sealed)),
      onBulk: (datagram, via, relayFrom) => this.fileLinks.receive(datagram, via, relayFrom),
      isStun: looksLikeStun,
      onRtc: (buddy, signal) => this.rtc?.onSignal(buddy, signal),
    });
  }

  get username(): string {
    return this.session.username;
  }

  /** This device's id in hex, as the node confirmed it at login ('' before). */
  get deviceId(): string {
    const id = this.session.loginOk?.deviceId;
    return id?.length ? Buffer.from(id).toString('hex') : '';
  }

  /** This device's address, USER/DEVICE (docs/protocol.md, "Devices"); the bare name before login. */
  get address(): string {
    return this.deviceId ? deviceAddress(this.username, this.deviceId) : this.username;
  }

  /** This device's name, as our own device list says. */
  get deviceName(): string {
    return this.roster.ownDevices().find((d) => d.self)?.name ?? '';
  }

  /** True while this device waits for approval by another of ours (nothing is sent to or from it). */
  get pending(): boolean {
    return this.session.loginOk?.deviceState === natter.control.DeviceState.PENDING;
  }

  /** The code to approve this device with on another of ours (natter devices approve CODE); '' when active. */
  get linkCode(): string {
    return this.pending ? linkCodeOf(this.username, Buffer.from(this.deviceId, 'hex'), this.identityKey) : '';
  }

  /** Our own devices (this one, the others, pending ones), as the node lists them. */
  devices(): DeviceInfo[] {
    return this.roster.ownDevices();
  }

  /** Asks the node for our device list again (it is pushed at login and on every change). */
  refreshDevices(): Promise<DeviceInfo[]> {
    return this.ownDevices.refresh();
  }

  /** Approves the pending device that shows `code` (own-devices.ts); it then catches up our history. */
  async approveDevice(code: string, name?: string): Promise<DeviceInfo> {
    const device = await this.ownDevices.approve(code, name);
    void this.track(this.ownDevices.catchUp(device)).catch((err) => this.warn(err));
    return device;
  }

  /** Removes one of our devices (not the last), by name or id prefix: its sessions end, and nothing goes to it any more. */
  removeDevice(which: string): Promise<DeviceInfo> {
    return this.ownDevices.remove(which);
  }

  renameDevice(which: string, name: string): Promise<DeviceInfo> {
    return this.ownDevices.rename(which, name);
  }

  /** True while messages to `buddy` are held: their key changed and the user has not accepted it. */
  keyHeld(buddy: string): boolean {
    return this.keys.isHeld(buddy);
  }

  /**
   * Accepts the key the node now reports for `buddy` (after comparing safety
   * numbers): it becomes the known key and the held messages go out.
   * False when no changed key was pending.
   */
  acceptKey(buddy: string): boolean {
    if (!this.keys.accept(buddy)) return false;
    void this.track(this.outbox.flush(buddy)).catch((err) => this.warn(err));
    return true;
  }

  /**
   * Reports a problem that does not stop the peer (a dropped message, a
   * node error). An EventEmitter throws on an 'error' nobody listens to;
   * a buddy sending garbage must not be able to crash us that way.
   */
  private warn(err: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', err);
  }

  /** Binds the chat socket, logs in, registers the public endpoint and presence. */
  async start(): Promise<LoginOk> {
    const { session } = this;
    await this.history.open();
    await this.outbox.start();
    await this.bindChatSockets();
    await this.startRtc();
    session.on('online', (ok) => {
      this.roster.unsynced();
      void this.onOnline(ok);
    });
    session.on('offline', (e) => {
      this.roster.unsynced();
      this.emit('offline', e);
    });
    session.on('buddyList', (list) => this.roster.onBuddyList(list));
    session.on('presence', (p) => this.roster.onPresence(p));
    session.on('buddyEvent', (e) => this.roster.onBuddyEvent(e));
    session.on('relay', (from, payload) => this.router.fromRelay(from, payload));
    session.on('offlineMessages', (m) => void this.track(this.inbox.receiveOffline(m)).catch((err) => this.warn(err)));
    session.on('punchPlan', (plan) => this.punches.onPlan(plan));
    session.on('deviceList', (list) => this.roster.onDeviceList(list));
    session.on('nodeError', (e) => this.warn(e));
    if (this.watchNetwork) this.network = new NetworkWatch({ stack: this.stack, clock: this.clock, onChange: (change) => this.onNetworkChange(change) });
    return session.connect();
  }

  /**
   * The chat sockets: the one whose mapping the node sees and buddies punch
   * to, and its IPv6 twin where the host has IPv6 (punching runs over both
   * families at once). Bound again after a move to another network (see
   * onNetworkChange); the old ones linger a moment for what is on its way.
   */
  private async bindChatSockets(): Promise<void> {
    const old = [this.socket, this.socket6];
    const socket = await this.stack.bind();
    socket.onMessage((data, from) => this.router.fromUdp(data, from, socket));
    const socket6 = await this.stack.bind({ family: 'IPv6' }).catch(() => undefined);
    socket6?.onMessage((data, from) => this.router.fromUdp(data, from, socket6));
    this.socket = socket;
    this.socket6 = socket6;
    if (old[0]) this.clock.setTimeout(() => void Promise.all(old.map((s) => s?.close())).catch(() => undefined), OLD_SOCKET_LINGER_MS);
  }

  /**
   * The host's addresses changed. Moved to another network: the node
   * connection and every punched path led from the old one, so the
   * conversations fall back to the relay now (and say so), the session
   * logs in again at once (resume token), and the next login re-learns our
   * endpoints and NAT and punches every conversation again (onOnline).
   * Only new IPv6 addresses: buddies get the new candidates.
   */
  private onNetworkChange(change: NetworkChange): void {
    if (this.closed) return;
    this.emit('network', change);
    if (change.kind === 'added') {
      void this.presence.publish().catch(() => undefined);
      return;
    }
    this.moved = true;
    this.conversations.dropAllDirect('the network changed');
    this.presence.forgetNat();
    // New chat sockets, so new mappings on the new network: until the move
    // was noticed the old socket kept sending to buddies' public endpoints
    // from it, and a buddy's router without an input firewall took those
    // pairs for itself (a punch from that port would find them taken).
    this.rebinding = this.bindChatSockets().catch((err) => this.warn(err));
    this.session.reconnect?.('the network changed');
  }

  /**
   * Resolves once the pushes that follow the login (buddy list, queued
   * offline messages) are in and handled. The node handles one frame at a
   * time per connection and sends those pushes while handling the login, so
   * the answer to a request sent now comes after all of them.
   */
  async sync(): Promise<void> {
    await this.session.request({ heartbeat: { sentAtMs: Math.round(this.clock.now()) } });
    await settle(this.work);
  }

  /**
   * Waits until the work started by pushes so far (history writes,
   * receipts, offline acks) is done, and the deliveries the buddy list or a
   * returning buddy let go (one may wait as long as a silent buddy does: a
   * caller that must end bounds this wait).
   */
  async idle(): Promise<void> {
    await settle(this.work);
    await settle(this.deliveries);
  }

  private track<T>(p: Promise<T>, into: Set<Promise<unknown>> = this.work): Promise<T> {
    into.add(p);
    const done = () => into.delete(p);
    p.then(done, done);
    return p;
  }

  /** The WebRTC answerer, if asked for and node-datachannel loads (without it, browsers stay on the relay). */
  private async startRtc(): Promise<void> {
    if (!this.webrtc) return;
    const factory = typeof this.webrtc === 'function' ? this.webrtc : await loadNodeRtc().catch((err: Error) => void this.warn(new Error(`no WebRTC for browser buddies: ${err.message}`)));
    if (!factory) return;
    this.rtc = new RtcPaths({
      clock: this.clock,
      createPeerConnection: factory,
      iceServers: () => nodeStunUrls(this.session.loginOk, this.session.url),
      offers: false,
      me: () => this.username,
      signal: (buddy, signal) => this.session.send({ relay: { peer: buddy, payload: encodePeerDatagram({ rtc: signal }) } }),
      conversations: this.conversations,
      onDatagram: (data, from, socket) => this.router.fromUdp(data, from, socket),
      randomBytes: (n) => cryptoPrimitives().randomBytes(n),
    });
  }

  private async onOnline(ok: LoginOk): Promise<void> {
    const again = this.logins++ > 0;
    this.emit('online', ok);
    this.emit('token', Buffer.from(ok.resumeToken));
    await this.rebinding;
    await this.endpoint.refresh(ok);
    // The relay is back: what waited for it goes now, not at the channel's
    // next timeout (the outbox's own waits for the buddy list: onSynced).
    if (again) this.conversations.resendAll();
    // An IPv6-only host has no IPv4 to classify: what it has is an IPv6 firewall.
    const servers = nodeStunServers(ok, this.session.url);
    const v6only = this.stack.interfaceAddresses('IPv4').length === 0 && this.socket6 !== undefined && servers.IPv6 !== undefined;
    await this.presence.classify(v6only ? servers.IPv6 : servers.IPv4);
    await this.presence.publish().catch(() => undefined);
    if (this.moved) {
      // A new network: the node has our new endpoints (the binding above)
      // and, from the publish, our new LAN candidates and NAT (classified
      // again: a symmetric NAT needs another strategy than the cone we
      // left, ~0.4 s well spent); every conversation is punched again now.
      this.moved = false;
      for (const buddy of this.conversations.buddies()) if (this.roster.info(buddy).online) this.punches.punchNow(buddy);
    }
  }

  async setStatus(status: Exclude<StatusName, 'offline'>, text = ''): Promise<void> {
    await this.presence.setStatus(status, text);
  }

  buddies(): BuddyInfo[] {
    return this.roster.buddies();
  }

  async buddyAction(action: BuddyActionName, username: string, message = ''): Promise<void> {
    await this.roster.act(action, username, message);
  }

  /** Pending incoming and outgoing requests and blocked users, as of the node's latest buddy list. */
  requests(): BuddyRequests {
    return this.roster.requests();
  }

  pathOf(buddy: string): PathKind | 'offline' {
    return this.roster.info(buddy).path;
  }

  /** Sends a chat message; states arrive as 'state' events and in the returned entry's updates. */
  async send(buddy: string, text: string): Promise<HistoryEntry> {
    return this.outbox.send(buddy, text);
  }

  /**
   * Offers a file to a buddy: hashes it, offers it when the buddy is
   * reachable, sends it once accepted (resuming where the buddy's copy
   * stopped). Progress comes as fileState / fileProgress events;
   * whenFileDone(id) resolves when the buddy has verified it.
   */
  async sendFile(buddy: string, path: string, onHashing?: (bytes: number, size: number) => void): Promise<FileTransferInfo> {
    return this.files.send(this.fileTarget(buddy), path, onHashing);
  }

  /**
   * The device a file to `buddy` goes to (USER/DEVICE as given, or for a
   * USER the trusted device online most recently): a file is one transfer
   * to one device, not a fan-out.
   */
  private fileTarget(buddy: string): string {
    if (buddy.includes('/')) return buddy;
    const devices = this.roster.devicesOf(buddy).filter((d) => d.trusted);
    const best = devices.filter((d) => d.online).sort((a, b) => b.lastSeen - a.lastSeen)[0] ?? devices.sort((a, b) => b.lastSeen - a.lastSeen)[0];
    return best?.address ?? buddy;
  }

  /** Accepts an offered file into `dir` (default: the download directory). */
  async acceptFile(id: string, options: { dir?: string } = {}): Promise<FileTransferInfo> {
    return this.files.accept(id, options);
  }

  declineFile(id: string, reason = ''): void {
    this.files.decline(id, reason);
  }

  cancelFile(id: string): void {
    this.files.cancel(id);
  }

  fileTransfers(): FileTransferInfo[] {
    return this.files.list();
  }

  whenFileDone(id: string): Promise<FileTransferInfo> {
    return this.files.whenDone(id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.network?.stop();
    this.files.close();
    this.fileLinks.closeAll();
    this.endpoint.close();
    this.outbox.close();
    this.rtc?.closeAll();
    this.conversations.closeAll();
    await this.punches.close();
    await this.session.close();
    await this.socket?.close();
    await this.socket6?.close();
    await this.history.close();
  }
}

/** Resolves once every promise in `set`, including those added meanwhile, has settled. */
async function settle(set: Set<Promise<unknown>>): Promise<void> {
  while (set.size) await Promise.allSettled([...set]);
}
