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
import { identityPublicKey, type Identity } from './crypto/index.js';
import type { HistoryEntry, MessageHistory } from './history.js';
import { Inbox } from './inbox.js';
import { KnownKeys } from './known-keys.js';
import { Outbox } from './outbox.js';
import type { BuddyInfo, BuddyRequests, EmitPeerEvent, NatterPeerEvents } from './peer-events.js';
import { PresencePublisher } from './presence-publisher.js';
import type { BuddyActionName, StatusName } from './protocol-names.js';
import { PublicEndpoint, nodeStunServer } from './public-endpoint.js';
import { PunchScheduler } from './punch-scheduler.js';
import { Roster } from './roster.js';
import { DatagramRouter } from './router.js';
import { RtcPaths, type RtcPeerConnectionFactory } from './rtc/index.js';
import { loadNodeRtc } from './rtc/node-rtc.js';
import { nodeStunUrls } from './rtc/ice-servers.js';
import { cryptoPrimitives } from './crypto/protocol.js';
import type { ControlChannel, LoginOk } from './session/index.js';

export type { BuddyInfo, BuddyRequests, NatterPeerEvents } from './peer-events.js';

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
  /**
   * Answer browser buddies' WebRTC offers (a direct path to a browser, which
   * cannot punch UDP): true loads node-datachannel at start, or give the
   * factory. Default off (the netsim tests have no WebRTC).
   */
  webrtc?: boolean | RtcPeerConnectionFactory;
}


export class NatterPeer extends EventEmitter<NatterPeerEvents> {
  readonly session: ControlChannel;
  readonly history: MessageHistory;
  readonly identityKey: Buffer;
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
  private readonly presence: PresencePublisher;
  private readonly endpoint: PublicEndpoint;
  private socket!: UdpSocket;
  private rtc: RtcPaths | undefined;
  private readonly webrtc: NatterPeerOptions['webrtc'];
  /** Work started by pushes (offline messages, incoming chats and their receipts), for idle(). */
  private readonly work = new Set<Promise<unknown>>();
  private closed = false;

  constructor(options: NatterPeerOptions) {
    super();
    const clock = (this.clock = options.clock ?? systemClock);
    const random = options.random ?? Math.random;
    const { identity, session, history } = options;
    this.session = session;
    this.history = history;
    this.stack = options.stack;
    this.webrtc = options.webrtc;
    this.identityKey = identityPublicKey(identity);
    // EventEmitter's own emit is typed for any event name; the modules get the strict one.
    const emit: EmitPeerEvent = (event, ...args) => void (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    const request = (frame: Parameters<ControlChannel['request']>[0]) => session.request(frame);
    const me = () => this.username;
    const chatSocket = () => this.socket;
    const warn = (err: Error) => this.warn(err);

    const keys = (this.keys = new KnownKeys(options.knownKeys, {
      onSaved: (known) => this.emit('knownKeys', known),
      onChanged: (buddy, before, after, key) => {
        this.emit('identityChanged', { buddy, before, after });
        this.conversations.setIdentity(buddy, key);
      },
    }));
    this.roster = new Roster({
      request,
      emit,
      pathOf: (buddy) => this.conversations.get(buddy)?.path,
      onKey: (buddy, key) => keys.check(buddy, key),
      onGone: (buddy) => {
        this.rtc?.close(buddy);
        this.conversations.close(buddy);
      },
      onBack: (buddy) => void this.outbox.flush(buddy).catch(warn),
    });
    this.endpoint = new PublicEndpoint({ clock, session, chatSocket });
    this.presence = new PresencePublisher({
      stack: this.stack,
      clock,
      request,
      chatPort: () => this.socket.address().port,
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
      onMessage: (buddy, _id, bytes, path) => void this.track(this.inbox.receive(buddy, bytes, path)).catch(warn),
      onPath: (buddy, path, why) => this.emit('path', { buddy, path, why }),
      onDirectDead: (buddy) => {
        this.rtc?.close(buddy);
        this.endpoint.afterDeadPath();
        this.punches.retryLater(buddy);
      },
      onSession: (buddy) => void this.outbox.flush(buddy).catch(warn),
    });
    this.punches = new PunchScheduler({
      clock,
      random,
      stack: this.stack,
      request,
      me,
      chatSocket,
      natReport: () => this.presence.natReport(),
      conversations: this.conversations,
      isOnline: (buddy) => this.roster.info(buddy).online,
      onDatagram: (data, from, socket) => this.router.fromUdp(data, from, socket),
    });
    this.outbox = new Outbox({
      clock,
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
    this.inbox = new Inbox({
      identity,
      history,
      session,
      conversations: this.conversations,
      keyOf: (buddy) => this.roster.keyOf(buddy),
      acceptedKeyOf: (buddy) => keys.accepted(buddy),
      outbox: this.outbox,
      onMessage: (entry) => this.emit('message', entry),
      warn,
    });
    this.router = new DatagramRouter({
      conversations: this.conversations,
      onProbe: (packet, from, socket) => this.punches.onProbe(packet, from, socket),
      onEarly: (buddy, sealed) => void this.track(this.inbox.receiveEarly(buddy, sealed)),
      isStun: looksLikeStun,
      onRtc: (buddy, signal) => this.rtc?.onSignal(buddy, signal),
    });
  }

  get username(): string {
    return this.session.username;
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
    this.socket = await this.stack.bind();
    await this.startRtc();
    this.socket.onMessage((data, from) => this.router.fromUdp(data, from, this.socket));
    session.on('online', (ok) => void this.onOnline(ok));
    session.on('offline', (e) => this.emit('offline', e));
    session.on('buddyList', (list) => this.roster.onBuddyList(list));
    session.on('presence', (p) => this.roster.onPresence(p));
    session.on('buddyEvent', (e) => this.roster.onBuddyEvent(e));
    session.on('relay', (from, payload) => this.router.fromRelay(from, payload));
    session.on('offlineMessages', (m) => void this.track(this.inbox.receiveOffline(m)).catch((err) => this.warn(err)));
    session.on('punchPlan', (plan) => this.punches.onPlan(plan));
    session.on('nodeError', (e) => this.warn(e));
    return session.connect();
  }

  /**
   * Resolves once the pushes that follow the login (buddy list, queued
   * offline messages) are in and handled. The node handles one frame at a
   * time per connection and sends those pushes while handling the login, so
   * the answer to a request sent now comes after all of them.
   */
  async sync(): Promise<void> {
    await this.session.request({ heartbeat: { sentAtMs: Math.round(this.clock.now()) } });
    await this.idle();
  }

  /** Waits until the work started by pushes so far (history writes, receipts, offline acks) is done. */
  async idle(): Promise<void> {
    while (this.work.size) await Promise.allSettled([...this.work]);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.work.add(p);
    const done = () => this.work.delete(p);
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
    this.emit('online', ok);
    this.emit('token', Buffer.from(ok.resumeToken));
    await this.endpoint.refresh(ok);
    await this.presence.classify(nodeStunServer(ok, this.session.url));
    await this.presence.publish().catch(() => undefined);
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.endpoint.close();
    this.outbox.close();
    this.rtc?.closeAll();
    this.conversations.closeAll();
    await this.punches.close();
    await this.session.close();
    await this.socket?.close();
    await this.history.close();
  }
}
