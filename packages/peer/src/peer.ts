// The natter client core: one object per logged-in user. It owns the chat
// UDP socket, the session with the node, one Conversation per buddy, the
// punch attempts and the local history, and turns them into the events a UI
// shows: messages, message states, presence, paths.
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { Clock, RemoteInfo, UdpSocket, UdpStack } from '@natter/io';
import { systemClock } from '@natter/io';
import { bindingRequest, classifyNat, looksLikeStun, shortTermKey, type NatReport as ClassifierReport } from '@natter/stun';
import { decodeChatMessage, decodePeerDatagram, encodeChatMessage, encodePeerDatagram, isPeerDatagram, natter } from '@natter/wire';
import { Conversation, type PathKind } from './conversation.js';
import { identityPublicKey, keyFingerprint, openSealed, sealMessage, type Identity } from './crypto/index.js';
import { History, type HistoryEntry, type MessagePath, type MessageState } from './history.js';
import { PunchAttempt } from './punch/index.js';
import { NodeSession, SessionError, type LoginOk, type TrustPolicy } from './session/index.js';

export interface BuddyInfo {
  username: string;
  online: boolean;
  status: 'offline' | 'online' | 'away' | 'busy';
  statusText: string;
  path: PathKind | 'offline';
  nat: string;
  identityKey: Buffer | undefined;
}

/** Pending buddy requests and blocks, from the node's latest BuddyList. */
export interface BuddyRequests {
  /** Users who asked to be our buddy and wait for accept / decline. */
  incoming: string[];
  /** Users we asked, who have not answered. */
  outgoing: string[];
  blocked: string[];
}

export interface NatterPeerOptions {
  url: string;
  username: string;
  password?: string | undefined;
  resumeToken?: Uint8Array | undefined;
  identity: Identity;
  historyDir: string;
  stack: UdpStack;
  clock?: Clock;
  random?: () => number;
  clientVersion?: string;
  /** Classify the NAT at login (RFC 5780 needs a server with two IPs). */
  classify?: boolean;
  /** STUN server for the classifier; default the node's. */
  stunServer?: { address: string; port: number };
  /** Identity keys seen before, to warn when a buddy's changes. */
  knownKeys?: Record<string, string>;
  reconnect?: { minMs?: number; maxMs?: number } | false;
  /** How to trust the node: the pinned key fingerprint, whether plain ws:// may leave this machine. */
  trust?: TrustPolicy;
}

export interface NatterPeerEvents {
  online: [LoginOk];
  offline: [{ reason: string; retryInMs: number | undefined }];
  token: [Buffer];
  message: [HistoryEntry];
  state: [HistoryEntry];
  presence: [BuddyInfo];
  buddies: [BuddyInfo[]];
  buddyEvent: [{ kind: 'requested' | 'accepted' | 'removed'; username: string; message: string }];
  path: [{ buddy: string; path: PathKind; why: string }];
  identityChanged: [{ buddy: string; before: string; after: string }];
  knownKeys: [Record<string, string>];
  nat: [ClassifierReport];
  error: [Error];
}

const STATUS_NAMES = ['offline', 'online', 'away', 'busy'] as const;
const NAT_NAMES: Record<number, string> = { 0: 'unknown', 1: 'open', 2: 'full-cone', 3: 'restricted-cone', 4: 'port-restricted-cone', 5: 'symmetric', 6: 'symmetric-udp-firewall', 7: 'blocked' };
const NAT_TO_WIRE: Record<string, number> = Object.fromEntries(Object.entries(NAT_NAMES).map(([k, v]) => [v, Number(k)]));
const BEHAVIOUR_TO_WIRE: Record<string, number> = { unknown: 0, 'endpoint-independent': 1, 'address-dependent': 2, 'address-and-port-dependent': 3 };
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** How often messages stuck in 'sending' are tried again. */
const RETRY_MS = 5_000;

/** How often the chat socket re-binds at the node's STUN server: keeps the NAT mapping alive and notices a new one. */
const STUN_REFRESH_MS = 25_000;

export class NatterPeer extends EventEmitter<NatterPeerEvents> {
  readonly session: NodeSession;
  readonly history: History;
  private socket!: UdpSocket;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly conversations = new Map<string, Conversation>();
  private readonly buddyState = new Map<string, { presence: natter.control.Presence.$Properties }>();
  private readonly attempts = new Map<string, PunchAttempt>();
  private readonly punchBackoff = new Map<string, number>();
  /** Failed punch attempts per buddy since the last success: the next plan's `attempt` (planPunch escalates on it). */
  private readonly punchFailures = new Map<string, number>();
  private pendingRequests: BuddyRequests = { incoming: [], outgoing: [], blocked: [] };
  /** Work started by pushes (offline messages, incoming chats and their receipts), for idle(). */
  private readonly work = new Set<Promise<unknown>>();
  /** History writes of incoming messages, one after another (see onChat). */
  private arrivals: Promise<unknown> = Promise.resolve();
  private nat: ClassifierReport | undefined;
  private knownKeys: Record<string, string>;
  private stunTimer: ReturnType<Clock['setTimeout']> | undefined;
  /** The refresh started by a dead direct path: several dying at once (a router restart) need one binding. */
  private deadPathRefresh: Promise<void> | undefined;
  private closed = false;
  readonly identityKey: Buffer;

  constructor(private readonly o: NatterPeerOptions) {
    super();
    this.clock = o.clock ?? systemClock;
    this.random = o.random ?? Math.random;
    this.identityKey = identityPublicKey(o.identity);
    this.knownKeys = { ...(o.knownKeys ?? {}) };
    this.history = new History(o.historyDir);
    this.session = new NodeSession({
      url: o.url,
      credentials: { username: o.username, password: o.password, resumeToken: o.resumeToken },
      identityKey: this.identityKey,
      clientVersion: o.clientVersion ?? 'natter/0.1.0',
      clock: this.clock,
      random: this.random,
      ...(o.reconnect !== undefined && { reconnect: o.reconnect }),
      ...(o.trust && { trust: o.trust }),
    });
  }

  get username(): string {
    return this.session.username;
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
    await this.history.open();
    this.socket = await this.o.stack.bind();
    this.socket.onMessage((data, from) => this.onDatagram(data, from, this.socket));
    this.session.on('online', (ok) => void this.onOnline(ok));
    this.session.on('offline', (e) => this.emit('offline', e));
    this.session.on('buddyList', (l) => this.onBuddyList(l));
    this.session.on('presence', (p) => this.onPresence(p));
    this.session.on('buddyEvent', (e) => this.onBuddyEvent(e));
    this.session.on('relay', (from, payload) => this.onRelay(from, payload));
    this.session.on('offlineMessages', (m) => void this.track(this.onOfflineMessages(m)).catch((err) => this.warn(err)));
    this.session.on('punchPlan', (p) => this.onPunchPlan(p));
    this.session.on('nodeError', (e) => this.warn(e));
    return this.session.connect();
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

  private async onOnline(ok: LoginOk): Promise<void> {
    this.emit('online', ok);
    this.emit('token', Buffer.from(ok.resumeToken));
    await this.refreshEndpoint(ok);
    if (this.o.classify !== false && !this.nat) {
      const server = this.o.stunServer ?? this.nodeStun(ok);
      if (server) {
        try {
          this.nat = await classifyNat({ stack: this.o.stack, clock: this.clock, servers: [server] });
          this.emit('nat', this.nat);
        } catch {
          /* no report: buddies punch blind */
        }
      }
    }
    await this.publishPresence().catch(() => undefined);
  }

  private nodeStun(ok: LoginOk): { address: string; port: number } | undefined {
    const s = ok.stun?.servers?.[0];
    if (!s?.port) return undefined;
    // An empty IP means "the host you connected to".
    return { address: s.ip || new URL(this.o.url).hostname, port: s.port };
  }

  /** Authenticated STUN binding from the chat socket: tells the node our public endpoint. */
  private async refreshEndpoint(ok = this.session.loginOk): Promise<void> {
    if (!ok || this.closed) return;
    if (this.stunTimer) this.clock.clearTimeout(this.stunTimer);
    const server = this.nodeStun(ok);
    const creds = ok.stun as natter.control.StunCredentials | null | undefined;
    if (server && creds) {
      await bindingRequest(this.socket, server, {
        clock: this.clock,
        username: creds.username,
        key: shortTermKey(creds.password),
        timeoutMs: 2000,
      }).catch(() => undefined);
    }
    // Another refresh may have run meanwhile (see onDirectDead): one timer only.
    if (this.stunTimer) this.clock.clearTimeout(this.stunTimer);
    this.stunTimer = this.clock.setTimeout(() => void this.refreshEndpoint(), STUN_REFRESH_MS);
  }

  private lanCandidates(): natter.Endpoint.$Properties[] {
    const port = this.socket.address().port;
    return this.o.stack.interfaceAddresses().map((ip) => ({ ip, port, kind: natter.Endpoint.Kind.LAN }));
  }

  private natReport(): natter.NatReport.$Properties | undefined {
    const n = this.nat;
    if (!n) return undefined;
    return {
      udp: n.udp,
      nat: NAT_TO_WIRE[n.nat] ?? 0,
      mapping: BEHAVIOUR_TO_WIRE[n.mapping] ?? 0,
      filtering: BEHAVIOUR_TO_WIRE[n.filtering] ?? 0,
      ...(n.hairpinning !== null && { hairpinning: n.hairpinning }),
      ...(n.portPreservation !== null && { portPreservation: n.portPreservation }),
      portDelta: n.portDelta ?? 0,
    };
  }

  private status: natter.Status = natter.Status.ONLINE;
  private statusText = '';

  async setStatus(status: 'online' | 'away' | 'busy', text = ''): Promise<void> {
    this.status = STATUS_NAMES.indexOf(status) as natter.Status;
    this.statusText = text;
    await this.publishPresence();
  }

  private publishPresence(): Promise<unknown> {
    return this.session.request({ presenceUpdate: { status: this.status, statusText: this.statusText, lanCandidates: this.lanCandidates(), nat: this.natReport() ?? null } });
  }

  // ---------------------------------------------------------------- buddies

  buddies(): BuddyInfo[] {
    return [...this.buddyState.keys()].sort().map((b) => this.buddyInfo(b));
  }

  private buddyInfo(name: string): BuddyInfo {
    const p = this.buddyState.get(name)?.presence;
    const online = Boolean(p && p.status);
    return {
      username: name,
      online,
      status: STATUS_NAMES[p?.status ?? 0] ?? 'offline',
      statusText: p?.statusText ?? '',
      path: online ? (this.conversations.get(name)?.path ?? 'relay') : 'offline',
      nat: NAT_NAMES[p?.nat?.nat ?? 0] ?? 'unknown',
      identityKey: p?.identityKey ? Buffer.from(p.identityKey) : undefined,
    };
  }

  async buddyAction(action: 'request' | 'accept' | 'decline' | 'remove' | 'block' | 'unblock', username: string, message = ''): Promise<void> {
    const code = { request: 1, accept: 2, decline: 3, remove: 4, block: 5, unblock: 6 }[action];
    await this.session.request({ buddyAction: { action: code, username, message } });
  }

  /** Pending incoming and outgoing requests and blocked users, as of the node's latest buddy list. */
  requests(): BuddyRequests {
    const r = this.pendingRequests;
    return { incoming: [...r.incoming], outgoing: [...r.outgoing], blocked: [...r.blocked] };
  }

  private onBuddyList(list: natter.control.BuddyList): void {
    this.pendingRequests = {
      incoming: [...(list.incomingRequests ?? [])].sort(),
      outgoing: [...(list.outgoingRequests ?? [])].sort(),
      blocked: [...(list.blocked ?? [])].sort(),
    };
    const names = new Set<string>();
    for (const p of list.buddies ?? []) {
      names.add(p.username!);
      this.setPresence(p);
    }
    for (const name of [...this.buddyState.keys()]) {
      if (!names.has(name)) {
        this.buddyState.delete(name);
        this.conversations.get(name)?.close();
        this.conversations.delete(name);
      }
    }
    this.emit('buddies', this.buddies());
  }

  private onPresence(p: natter.control.Presence): void {
    if (!this.buddyState.has(p.username) && !p.status) return;
    this.setPresence(p);
    this.emit('presence', this.buddyInfo(p.username));
  }

  private setPresence(p: natter.control.Presence.$Properties): void {
    const name = p.username!;
    const prev = this.buddyState.get(name)?.presence;
    // An offline push carries no key: keep the one we had.
    const merged = { ...p, identityKey: p.identityKey && p.identityKey.length ? p.identityKey : prev?.identityKey };
    this.buddyState.set(name, { presence: merged });
    if (merged.identityKey && merged.identityKey.length) this.checkKey(name, Buffer.from(merged.identityKey));
    const conv = this.conversations.get(name);
    if (!p.status && conv) {
      // Gone: the conversation restarts (new handshake) when they return.
      conv.close();
      this.conversations.delete(name);
    }
    if (p.status && !prev?.status) void this.flushUndelivered(name);
  }

  private checkKey(buddy: string, key: Buffer): void {
    const b64 = key.toString('base64');
    const before = this.knownKeys[buddy];
    if (before === b64) return;
    this.knownKeys[buddy] = b64;
    this.emit('knownKeys', { ...this.knownKeys });
    if (before) {
      this.emit('identityChanged', { buddy, before: keyFingerprint(Buffer.from(before, 'base64')), after: keyFingerprint(key) });
      const conv = this.conversations.get(buddy);
      if (conv) conv.buddyIdentity = key;
    }
  }

  private onBuddyEvent(e: natter.control.BuddyEvent): void {
    const kind = (['requested', 'requested', 'accepted', 'removed'] as const)[e.kind] ?? 'requested';
    this.emit('buddyEvent', { kind, username: e.username, message: e.message ?? '' });
  }

  // ---------------------------------------------------------------- conversations

  private conversation(buddy: string): Conversation | undefined {
    let c = this.conversations.get(buddy);
    if (c) return c;
    const key = this.buddyState.get(buddy)?.presence.identityKey;
    if (!key || !key.length) return undefined;
    c = new Conversation(buddy, Buffer.from(key), {
      clock: this.clock,
      me: this.username,
      identity: this.o.identity,
      random: this.random,
      relay: (datagram) => this.session.send({ relay: { peer: buddy, payload: datagram } }),
      onMessage: (id, bytes) => void this.track(this.onChat(buddy, id, bytes, c!.path)).catch((err) => this.warn(err)),
      onPath: (path, why) => this.emit('path', { buddy, path, why }),
      onDirectDead: () => {
        // The usual cause is our NAT forgetting its mappings (a router
        // restart): tell the node the mapping we have now, so the next punch
        // plan does not send the buddy to the old one (the periodic refresh
        // may be up to 25 s away).
        this.deadPathRefresh ??= this.refreshEndpoint().finally(() => (this.deadPathRefresh = undefined));
        this.schedulePunch(buddy);
      },
      onSession: () => void this.flushUndelivered(buddy),
    });
    this.conversations.set(buddy, c);
    return c;
  }

  pathOf(buddy: string): PathKind | 'offline' {
    return this.buddyInfo(buddy).path;
  }

  /** Sends a chat message; states arrive as 'state' events and in the returned entry's updates. */
  async send(buddy: string, text: string): Promise<HistoryEntry> {
    if (!this.buddyState.has(buddy)) throw new SessionError('NOT_A_BUDDY', `${buddy} is not your buddy`);
    const id = randomBytes(16);
    const entry: HistoryEntry = { id: hex(id), buddy, direction: 'out', text, at: Date.now(), state: 'sending' };
    await this.history.add(entry);
    this.emit('state', entry);
    void this.deliver(entry).catch((err) => this.warn(err));
    return entry;
  }

  /** Deliveries in progress, by message id, with when they started. */
  private readonly inFlight = new Map<string, number>();
  private retryTimer: ReturnType<Clock['setTimeout']> | undefined;

  /**
   * The safety net under every path change: a message still 'sending' is
   * tried again every few seconds (a send that hung on a session the buddy
   * replaced, a race with presence). The buddy shows it once: message ids
   * are de-duplicated by its channel and its history.
   */
  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = undefined;
      void this.retryStuck().finally(() => this.scheduleRetry());
    }, RETRY_MS);
  }

  private async retryStuck(): Promise<void> {
    if (this.closed || this.session.state !== 'online') return;
    const now = this.clock.now();
    for (const e of await this.history.undelivered()) {
      if (e.state !== 'sending') continue;
      const since = this.inFlight.get(e.id);
      if (since !== undefined && now - since < RETRY_MS) continue;
      void this.deliver(e).catch(() => undefined);
    }
  }

  /** Online buddy: the conversation (relay at once, direct later); offline: the node's store. */
  private async deliver(entry: HistoryEntry): Promise<void> {
    this.inFlight.set(entry.id, this.clock.now());
    this.scheduleRetry();
    try {
      await this.deliverOnce(entry);
    } finally {
      this.inFlight.delete(entry.id);
    }
  }

  private async deliverOnce(entry: HistoryEntry): Promise<void> {
    const info = this.buddyInfo(entry.buddy);
    const chat = encodeChatMessage({ id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
    if (info.online) {
      const conv = this.conversation(entry.buddy);
      if (conv) {
        if (conv.path === 'relay') this.maybePunch(entry.buddy);
        if (!conv.ready) this.sendEarly(entry, conv);
        try {
          await conv.send(Buffer.from(entry.id, 'hex'), chat);
          await this.setState(entry.id, 'sent', conv.path === 'direct' ? 'direct' : 'relay');
          return;
        } catch {
          // The channel gave up or the session changed: stays 'sending' and
          // is re-sent on the next session, or stored if they went offline.
          if (this.buddyInfo(entry.buddy).online) return;
        }
      }
    }
    if (!info.identityKey) return;
    const sealed = sealMessage(this.o.identity, info.identityKey, { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
    await this.session.request({ offlineStore: { to: entry.buddy, messageId: Buffer.from(entry.id, 'hex'), sealed, sentAtMs: entry.at } });
    await this.setState(entry.id, 'stored', 'offline');
  }

  /**
   * Zero round trips for the first message of a conversation: before the
   * session exists the message also goes at once over the relay, sealed to
   * the buddy's identity key and signed with ours (PeerPacket.early), so it
   * arrives after one relay trip instead of after the handshake's round
   * trip plus one. The session copy follows and the buddy drops it as a
   * duplicate. Like an offline message, this copy has no forward secrecy
   * (it falls with the buddy's identity key). Only for a message that fits
   * one relay datagram; a longer one waits for the session.
   */
  private sendEarly(entry: HistoryEntry, conv: Conversation): void {
    let datagram: Uint8Array;
    try {
      const early = sealMessage(this.o.identity, conv.buddyIdentity, { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
      datagram = encodePeerDatagram({ early });
    } catch {
      return; // too large for one datagram (WIRE_TOO_LARGE): the session carries it
    }
    if (!this.session.send({ relay: { peer: entry.buddy, payload: datagram } })) return;
    // The buddy may show it, and send its receipt, before the channel's ack
    // says by which path it went: it went by the relay.
    void this.setState(entry.id, 'sending', 'relay').catch(() => undefined);
  }

  private async setState(id: string, state: MessageState, path?: MessagePath): Promise<void> {
    const e = await this.history.setState(id, state, path);
    if (e) this.emit('state', e);
  }

  /** Re-sends what a buddy has not confirmed (after a new session or their return). */
  private async flushUndelivered(buddy: string): Promise<void> {
    for (const e of await this.history.undelivered()) if (e.buddy === buddy) void this.deliver(e).catch(() => undefined);
  }

  private async onChat(buddy: string, _id: Uint8Array, bytes: Uint8Array, path: PathKind | 'offline'): Promise<void> {
    let chat;
    try {
      chat = decodeChatMessage(bytes);
    } catch (err) {
      // Authenticated but not a chat message: a buggy or newer buddy. Drop it.
      return this.warn(new Error(`dropped a malformed message from ${buddy}: ${(err as Error).message}`));
    }
    const entry: HistoryEntry | undefined = chat.text
      ? {
          id: hex(chat.id),
          buddy,
          direction: 'in',
          text: chat.text,
          at: Number(chat.sentAtMs) || Date.now(),
          state: 'received',
          path: path === 'direct' ? 'direct' : path === 'relay' ? 'relay' : 'offline',
        }
      : undefined;
    // Queued before the first await: messages are stored and shown in the
    // channel's order. Two LevelDB writes in flight can finish either way
    // round, which showed a burst out of order.
    const added = entry ? this.arrivals.then(() => this.history.add(entry)) : undefined;
    if (added) this.arrivals = added.catch(() => undefined);
    for (const r of chat.receipts ?? []) await this.setState(hex(r), 'delivered');
    if (!entry || !added) return;
    // Stored before the receipt goes out: "delivered" means it is on our disk.
    if (await added) this.emit('message', entry);
    await this.sendReceipt(buddy, [chat.id]);
  }

  private async sendReceipt(buddy: string, ids: Uint8Array[]): Promise<void> {
    const rid = randomBytes(16);
    const receipt = { id: rid, receipts: ids, sentAtMs: Date.now() };
    const info = this.buddyInfo(buddy);
    if (info.online) {
      const conv = this.conversation(buddy);
      if (conv) {
        try {
          await conv.send(rid, encodeChatMessage(receipt));
          return;
        } catch {
          // The buddy left before the receipt got through (a one-shot
          // `natter send` logs out right after "sent"): store it for them,
          // or their message would never show "delivered".
          if (this.buddyInfo(buddy).online) return;
        }
      }
    }
    if (!info.identityKey) return;
    const sealed = sealMessage(this.o.identity, info.identityKey, receipt);
    await this.session.request({ offlineStore: { to: buddy, messageId: rid, sealed, sentAtMs: receipt.sentAtMs } }).catch(() => undefined);
  }

  private async onOfflineMessages(messages: natter.control.OfflineMessage[]): Promise<void> {
    const seqs: number[] = [];
    const handled: Array<Promise<void>> = [];
    const drop = (from: string) => (err: unknown) => this.warn(new Error(`dropped an offline message from ${from}: ${(err as Error).message}`));
    for (const m of messages) {
      const key = this.buddyState.get(m.from)?.presence.identityKey;
      // Not awaited one by one: onChat queues the message for display at
      // once, but resolves only when its receipt is through. Awaited here,
      // the next one waited for that receipt, and the node's next frame of
      // queued messages (handled concurrently) overtook it.
      try {
        const opened = openSealed(this.o.identity, m.sealed, key && key.length ? key : undefined);
        handled.push(this.onChat(m.from, m.messageId, encodeChatMessage(opened.chat), 'offline').catch(drop(m.from)));
      } catch (err) {
        // Not decryptable for us, or forged: drop it (acknowledged, so it does not come back).
        drop(m.from)(err);
      }
      seqs.push(Number(m.seq));
    }
    await Promise.all(handled);
    // Acknowledged only after the history write: a crash before here means the node delivers again.
    if (seqs.length) await this.session.request({ offlineAck: { seqs } }).catch(() => undefined);
  }

  // ---------------------------------------------------------------- datagrams

  private onRelay(from: string, payload: Uint8Array): void {
    this.handlePeerPacket(payload, from);
  }

  private onDatagram(data: Uint8Array, from: RemoteInfo, socket: UdpSocket): void {
    if (looksLikeStun(data)) return; // STUN transactions have their own handlers
    if (!isPeerDatagram(data)) return;
    this.handlePeerPacket(data, undefined, { socket, from });
  }

  private handlePeerPacket(data: Uint8Array, relayFrom: string | undefined, via?: { socket: UdpSocket; from: RemoteInfo }): void {
    let packet;
    try {
      packet = decodePeerDatagram(data);
    } catch {
      return;
    }
    switch (packet.body) {
      case 'probe':
      case 'probeAck':
        if (via) for (const a of this.attempts.values()) if (a.handle(packet, via.from, via.socket)) return;
        return;
      case 'handshake': {
        const h = packet.handshake as natter.peer.Handshake;
        // Over the relay the node vouches for the sender's name.
        if (relayFrom !== undefined && h.from !== relayFrom) return;
        this.conversation(h.from)?.onHandshake(h, via);
        return;
      }
      case 'early': {
        // Only from the relay, where the node vouches for the sender's name;
        // the signature must be that buddy's registered identity key.
        if (relayFrom === undefined) return;
        const key = this.buddyState.get(relayFrom)?.presence.identityKey;
        if (!key?.length) return;
        let chat;
        try {
          chat = openSealed(this.o.identity, packet.early as Uint8Array, key).chat;
        } catch {
          return; // forged or not for us: the session copy still comes
        }
        // Early data is a chat message; receipts travel on the session.
        if (!chat.text || chat.id?.length !== 16) return;
        this.conversation(relayFrom)?.deliverEarly(chat.id, encodeChatMessage(chat));
        return;
      }
      case 'encrypted': {
        const enc = packet.encrypted as natter.peer.Encrypted;
        if (relayFrom !== undefined) {
          this.conversation(relayFrom)?.onEncrypted(enc);
          return;
        }
        for (const c of this.conversations.values()) {
          if (c.hasSession(enc.sessionId)) {
            c.onEncrypted(enc, via);
            return;
          }
        }
        return;
      }
      default:
        return;
    }
  }

  // ---------------------------------------------------------------- punching

  private maybePunch(buddy: string): void {
    if (this.attempts.has(buddy) || this.punchBackoff.has(buddy) || this.closed) return;
    this.punchBackoff.set(buddy, 0);
    this.session.request({ punchRequest: { buddy } }).catch(() => this.punchBackoff.delete(buddy));
  }

  /** After a dead path or a failed attempt: try again later, backing off. */
  private schedulePunch(buddy: string): void {
    const n = (this.punchBackoff.get(buddy) ?? 0) + 1;
    this.punchBackoff.set(buddy, n);
    const wait = Math.min(300_000, 5_000 * 2 ** (n - 1)) * (0.75 + this.random() / 2);
    this.clock.setTimeout(() => {
      if (this.closed || !this.buddyInfo(buddy).online || this.conversations.get(buddy)?.path === 'direct') return;
      this.session.request({ punchRequest: { buddy, attempt: this.punchFailures.get(buddy) ?? 0 } }).catch(() => undefined);
    }, wait);
  }

  private onPunchPlan(plan: natter.control.PunchPlan): void {
    const buddy = plan.buddy;
    const conv = this.conversation(buddy);
    if (!conv || this.closed) return;
    this.attempts.get(buddy)?.dispose();
    const attempt = new PunchAttempt({ plan, me: this.username, myNat: this.natReport(), socket: this.socket, stack: this.o.stack, clock: this.clock, random: this.random });
    this.attempts.set(buddy, attempt);
    // Packets on the birthday sockets come to us too (handshake, data).
    const watch = () => {
      for (const s of attempt.extraSockets) s.onMessage((d, f) => this.onDatagram(d, f, s));
    };
    void attempt.result.then((path) => {
      watch();
      if (path && !this.closed) {
        this.punchBackoff.set(buddy, 0);
        this.punchFailures.delete(buddy);
        this.conversations.get(buddy)?.setDirect({ socket: path.socket, remote: path.remote }, `hole punched (${path.strategy}) in ${Math.round(path.rttMs)} ms`);
      } else if (attempt.strategy.kind !== 'relay-only') {
        // The next attempt changes strategy (planPunch): the same one again would likely fail the same way.
        if (!this.closed) this.punchFailures.set(buddy, Math.max(this.punchFailures.get(buddy) ?? 0, (plan.attempt ?? 0) + 1));
        this.schedulePunch(buddy);
      }
      // Keep answering the buddy's probes for a while so its attempt ends too.
      this.clock.setTimeout(() => {
        if (this.attempts.get(buddy) === attempt) this.attempts.delete(buddy);
        void attempt.dispose();
      }, 5_000);
    });
  }

  // ---------------------------------------------------------------- lifecycle

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.stunTimer) this.clock.clearTimeout(this.stunTimer);
    if (this.retryTimer) this.clock.clearTimeout(this.retryTimer);
    for (const c of this.conversations.values()) c.close();
    for (const a of this.attempts.values()) await a.dispose();
    await this.session.close();
    await this.socket?.close();
    await this.history.close();
  }
}
