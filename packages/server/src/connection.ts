// One control-channel connection: Hello, then register/login, then the
// logged-in requests. Frames are handled one at a time, in order.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { Clock, TimerHandle } from '@natter/io';
import type { KeyedRateLimiter } from '@natter/io';
import {
  PROTOCOL_VERSION,
  MAX_CONTROL_FRAME_BYTES,
  checkVersion,
  decodeControl,
  encodeControl,
  isWireError,
  natter,
  type ControlFrameInit,
  type DecodedControlFrame,
} from '@natter/wire';
import type { Accounts } from './accounts.js';
import type { BuddyGraph } from './buddies.js';
import { NodeError } from './errors.js';
import type { NodeMetrics } from './metrics.js';
import type { OfflineQueue } from './offline.js';
import type { Endpoint, OnlineUser, PresenceHub } from './presence.js';
import type { OfflineRecord, UserRecord } from './store.js';
import { tryUsername } from './usernames.js';

export interface NodeServices {
  clock: Clock;
  log: Logger;
  accounts: Accounts;
  graph: BuddyGraph;
  offline: OfflineQueue;
  hub: PresenceHub;
  metrics: NodeMetrics;
  relayLimiter: KeyedRateLimiter;
  software: string;
  registration: 'open' | 'closed';
  heartbeatTimeoutMs: number;
  relayMaxBufferedBytes: number;
  stunServers: () => Endpoint[];
  shuttingDown: () => boolean;
}

const BuddyAction = natter.control.BuddyAction.Action;
const BuddyEventKind = natter.control.BuddyEvent.Kind;

/** Close codes (RFC 6455 §7.4; 4000-4999 are ours). */
export const CLOSE = { NORMAL: 1000, GOING_AWAY: 1001, PROTOCOL: 1002, REPLACED: 4001, HEARTBEAT: 4002, DELETED: 4003 } as const;

export class ClientConnection {
  private hello = false;
  private user: OnlineUser | undefined;
  private chain: Promise<void> = Promise.resolve();
  private lastHeard: number;
  private pingSentAt = 0;
  private timer: TimerHandle | undefined;
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly address: string,
    private readonly s: NodeServices,
  ) {
    this.lastHeard = s.clock.now();
    s.metrics.connections.inc();
    ws.on('message', (data, isBinary) => {
      this.lastHeard = s.clock.now();
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      // Handled strictly in arrival order: a login finishes before the next frame.
      this.chain = this.chain.then(() => this.onFrame(bytes, isBinary)).catch((err) => this.s.log.error({ err }, 'frame handler failed'));
    });
    ws.on('pong', () => {
      this.lastHeard = s.clock.now();
      if (this.user && this.pingSentAt) this.user.rttMs = s.clock.now() - this.pingSentAt;
    });
    ws.on('close', () => this.onClose());
    ws.on('error', () => {});
    this.schedulePing();
  }

  /** Liveness: a ws ping every third of the timeout; silence for the whole timeout ends the session. */
  private schedulePing(): void {
    const every = Math.max(50, Math.floor(this.s.heartbeatTimeoutMs / 3));
    this.timer = this.s.clock.setTimeout(() => {
      if (this.closed) return;
      if (this.s.clock.now() - this.lastHeard >= this.s.heartbeatTimeoutMs) {
        this.s.log.info({ user: this.user?.username }, 'heartbeat timeout');
        this.ws.close(CLOSE.HEARTBEAT, 'heartbeat timeout');
        // A peer that vanished never completes the close handshake.
        this.ws.terminate();
        this.onClose();
        return;
      }
      this.pingSentAt = this.s.clock.now();
      try {
        this.ws.ping();
      } catch {
        /* closing */
      }
      this.schedulePing();
    }, every);
  }

  send(frame: ControlFrameInit): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(encodeControl(frame));
  }

  private error(requestId: number, err: NodeError): void {
    this.send({ requestId, error: { code: err.code, message: err.message, retryAfterMs: err.retryAfterMs } });
  }

  /** Ends the connection after telling the client why. */
  close(code: number, reason: string, error?: NodeError): void {
    if (error) this.error(0, error);
    this.ws.close(code, reason);
  }

  private async onFrame(bytes: Buffer, isBinary: boolean): Promise<void> {
    if (this.closed) return;
    if (!isBinary) return this.error(0, new NodeError('WIRE_MALFORMED', 'text frames are not part of the protocol: send binary ControlFrames'));
    let frame: DecodedControlFrame;
    try {
      frame = decodeControl(bytes, MAX_CONTROL_FRAME_BYTES);
    } catch (err) {
      if (isWireError(err)) return this.error(0, new NodeError(err.code, err.message));
      throw err;
    }
    const id = frame.requestId;
    if (!this.hello) {
      if (frame.body !== 'hello') return this.close(CLOSE.PROTOCOL, 'hello first', new NodeError('PROTOCOL_HELLO_FIRST', 'the first frame must be a Hello'));
      try {
        checkVersion((frame.hello as natter.control.Hello).protocolVersion);
      } catch (err) {
        return this.close(CLOSE.PROTOCOL, 'version', new NodeError('WIRE_VERSION', (err as Error).message));
      }
      this.hello = true;
      return this.send({ requestId: id, hello: { protocolVersion: PROTOCOL_VERSION, software: this.s.software } });
    }
    try {
      const reply = await this.dispatch(frame);
      if (reply) this.send({ requestId: id, ...reply });
    } catch (err) {
      if (err instanceof NodeError) {
        // Relay frames without a request id are fire-and-forget: no error back.
        if (frame.body === 'relay' && !id) return;
        return this.error(id, err);
      }
      this.s.log.error({ err, body: frame.body }, 'request failed');
      this.error(id, new NodeError('INTERNAL', 'the node failed to handle this request; it has been logged'));
    }
  }

  private async dispatch(f: DecodedControlFrame): Promise<ControlFrameInit | undefined> {
    if (this.s.shuttingDown()) throw new NodeError('SHUTTING_DOWN', 'the node is shutting down; reconnect in a moment');
    switch (f.body) {
      case 'hello':
        return { hello: { protocolVersion: PROTOCOL_VERSION, software: this.s.software } };
      case 'register':
        return this.register(f.register as natter.control.Register);
      case 'login':
        return this.login(f.login as natter.control.Login, f.requestId);
      case 'heartbeat':
        return { heartbeatAck: { echoSentAtMs: (f.heartbeat as natter.control.Heartbeat).sentAtMs, serverTimeMs: this.s.clock.now() } };
      default:
        break;
    }
    const me = this.user;
    if (!me) throw new NodeError('NOT_LOGGED_IN', 'log in first');
    switch (f.body) {
      case 'logout':
        // Ok first: once the close has begun, send() drops every frame.
        this.send({ requestId: f.requestId, ok: {} });
        this.ws.close(CLOSE.NORMAL, 'logout');
        return undefined;
      case 'changePassword': {
        const c = f.changePassword as natter.control.ChangePassword;
        await this.s.accounts.verifyPassword(me.username, c.oldPassword, this.address);
        await this.s.accounts.setPassword(me.username, c.newPassword);
        return { ok: {} };
      }
      case 'deleteAccount':
        await this.deleteAccount(me, (f.deleteAccount as natter.control.DeleteAccount).password, f.requestId);
        return undefined;
      case 'buddyAction':
        await this.buddyAction(me, f.buddyAction as natter.control.BuddyAction);
        return { ok: {} };
      case 'presenceUpdate':
        this.presenceUpdate(me, f.presenceUpdate as natter.control.PresenceUpdate);
        return { ok: {} };
      case 'punchRequest':
        this.punch(me, (f.punchRequest as natter.control.PunchRequest).buddy, (f.punchRequest as natter.control.PunchRequest).attempt);
        return { ok: {} };
      case 'relay':
        this.relay(me, f.relay as natter.control.RelayFrame);
        return undefined;
      case 'offlineStore':
        return this.offlineStore(me, f.offlineStore as natter.control.OfflineStore);
      case 'offlineAck': {
        const n = await this.s.offline.ack(me.username, (f.offlineAck as natter.control.OfflineAck).seqs.map(Number));
        this.s.metrics.offlineMessages.inc({ event: 'acked' }, n);
        return { ok: {} };
      }
      case 'punchResult': {
        const p = f.punchResult as natter.control.PunchResult;
        this.s.log.info({ user: me.username, success: p.success, ms: p.elapsedMs }, 'punch result');
        return { ok: {} };
      }
      default:
        throw new NodeError('UNSUPPORTED', `${f.body} is not a request a client can send`);
    }
  }

  // ------------------------------------------------------------ accounts

  private async register(r: natter.control.Register): Promise<ControlFrameInit> {
    if (this.user) throw new NodeError('ALREADY_LOGGED_IN', 'log out before registering another account');
    if (this.s.registration === 'closed') {
      this.s.metrics.registrations.inc({ result: 'closed' });
      throw new NodeError('REGISTRATION_CLOSED', 'this node does not take new registrations; ask its operator for an account');
    }
    try {
      const name = await this.s.accounts.register(r.username, r.password, r.identityKey);
      this.s.metrics.registrations.inc({ result: 'ok' });
      this.s.log.info({ user: name, from: this.address }, 'registered');
      return { ok: {} };
    } catch (err) {
      this.s.metrics.registrations.inc({ result: err instanceof NodeError ? err.code : 'error' });
      throw err;
    }
  }

  private async login(l: natter.control.Login, requestId: number): Promise<ControlFrameInit | undefined> {
    if (this.user) throw new NodeError('ALREADY_LOGGED_IN', 'this connection is logged in already');
    const method = l.credential === 'resumeToken' ? 'token' : 'password';
    let record: UserRecord;
    try {
      record =
        l.credential === 'resumeToken'
          ? await this.s.accounts.verifyToken(l.resumeToken!, this.address)
          : await this.s.accounts.verifyPassword(l.username, l.password ?? '', this.address);
      if (l.credential === 'resumeToken' && tryUsername(l.username) && tryUsername(l.username) !== record.username) {
        throw new NodeError('AUTH_FAILED', 'the session has expired: log in with your password');
      }
    } catch (err) {
      const code = err instanceof NodeError ? err.code : 'error';
      this.s.metrics.logins.inc({ method, result: code === 'AUTH_RATE_LIMITED' ? 'rate_limited' : 'failed' });
      throw err;
    }
    const username = record.username;
    // Read the record again only if this login changed it (a new identity key).
    const changed = Boolean(l.identityKey?.length) && (await this.s.accounts.setIdentityKey(username, l.identityKey));
    const fresh = changed ? (await this.s.accounts.get(username))! : record;
    const { token, expiresAt } = await this.s.accounts.issueToken(username);
    const buddies = new Set(await this.s.graph.buddiesOf(username));
    if (this.closed) throw new NodeError('SHUTTING_DOWN', 'connection closed during login');

    // No await from here to hub.add: the old session's close must find the
    // new one in the hub, or buddies would see the user go offline and back.
    const previous = this.s.hub.get(username);
    if (previous) {
      previous.send({ error: { code: 'SESSION_REPLACED', message: 'you logged in from another place' } });
      previous.close(CLOSE.REPLACED, 'session replaced');
    }
    const user: OnlineUser = {
      username,
      identityKey: unpooled(fresh.identityKey),
      clientVersion: String(l.clientVersion ?? '').slice(0, 64),
      status: natter.Status.ONLINE,
      statusText: '',
      lan: [],
      nat: undefined,
      publicEndpoint: undefined,
      since: this.s.clock.now(),
      rttMs: undefined,
      stunUsername: `n${randomBytes(12).toString('hex')}`,
      stunKey: randomBytes(20),
      buddies,
      send: (frame) => this.send(frame),
      bufferedAmount: () => this.ws.bufferedAmount,
      close: (code, reason) => this.ws.close(code, reason),
    };
    this.user = user;
    this.s.hub.add(user);
    this.s.metrics.logins.inc({ method, result: 'ok' });
    this.s.log.info({ user: username, method, from: this.address, client: user.clientVersion }, 'login');

    // LoginOk first, then the pushes that depend on being logged in.
    this.send({
      requestId,
      loginOk: {
        username,
        resumeToken: token,
        resumeTokenExpiresMs: expiresAt,
        serverTimeMs: this.s.clock.now(),
        stun: {
          username: user.stunUsername,
          password: user.stunKey,
          servers: this.s.stunServers().map((e) => ({ ...e, kind: natter.Endpoint.Kind.PUBLIC })),
        },
      },
    });
    await this.afterLogin(user);
    return undefined;
  }

  private async afterLogin(user: OnlineUser): Promise<void> {
    await this.sendBuddyList(user.username);
    this.s.hub.pushToBuddies(user.username, user.buddies, this.s.hub.presenceOf(user));
    await this.deliverOffline(user);
  }

  private async deleteAccount(me: OnlineUser, password: string, requestId: number): Promise<void> {
    await this.s.accounts.verifyPassword(me.username, password, this.address);
    const others = await this.s.graph.deleteAll(me.username);
    await this.s.offline.purge(me.username);
    await this.s.accounts.deleteUser(me.username);
    this.s.log.info({ user: me.username }, 'account deleted');
    for (const other of others) {
      const peer = this.s.hub.get(other);
      if (!peer) continue;
      peer.buddies.delete(me.username);
      peer.send({ buddyEvent: { kind: BuddyEventKind.REMOVED, username: me.username } });
      await this.sendBuddyList(other);
    }
    me.buddies.clear();
    // The answer carries the request id like every answer; the close follows it.
    this.send({ requestId, ok: {} });
    this.ws.close(CLOSE.DELETED, 'account deleted');
  }

  // ------------------------------------------------------------ buddies

  /** Pushes the full buddy list (with presence) to `username` if online. */
  private async sendBuddyList(username: string): Promise<void> {
    const target = this.s.hub.get(username);
    if (!target) return;
    const listing = await this.s.graph.list(username);
    target.buddies = new Set(listing.buddies);
    // Offline buddies' identity keys in one store read, not one per buddy.
    const offline = listing.buddies.filter((b) => !this.s.hub.get(b));
    const records = new Map(offline.length ? (await this.s.accounts.getMany(offline)).map((r, i) => [offline[i]!, r]) : []);
    const buddies: natter.control.Presence.$Properties[] = [];
    for (const b of listing.buddies) {
      const online = this.s.hub.get(b);
      if (online) buddies.push(this.s.hub.presenceOf(online));
      else {
        // (gone offline since the read: one more lookup)
        const rec = records.has(b) ? records.get(b) : await this.s.accounts.get(b);
        if (rec) buddies.push(this.s.hub.offlinePresence(rec));
      }
    }
    target.send({
      buddyList: {
        buddies,
        incomingRequests: listing.incoming.map((i) => i.username),
        outgoingRequests: listing.outgoing,
        blocked: listing.blocked,
      },
    });
  }

  private async buddyAction(me: OnlineUser, a: natter.control.BuddyAction): Promise<void> {
    const other = tryUsername(a.username);
    if (other === me.username) throw new NodeError('BUDDY_SELF', 'you cannot be your own buddy');
    const exists = other ? (await this.s.accounts.get(other)) !== undefined : false;
    const notify = async (...names: string[]) => {
      for (const n of names) await this.sendBuddyList(n);
    };
    switch (a.action) {
      case BuddyAction.REQUEST: {
        // The requester sees the same thing in every case: Ok, and the name
        // among their outgoing requests. No such user, a user who blocked
        // them and a user who has not answered yet look identical.
        if (!other) return;
        if (!exists) await this.s.graph.requestUnknown(me.username, other, a.message);
        else {
          const outcome = await this.s.graph.request(me.username, other, a.message);
          if (outcome === 'accepted') return this.becameBuddies(me.username, other);
          if (outcome === 'requested') {
            this.s.hub.get(other)?.send({ buddyEvent: { kind: BuddyEventKind.REQUESTED, username: me.username, message: a.message } });
            await notify(other);
          }
        }
        await notify(me.username);
        return;
      }
      case BuddyAction.ACCEPT:
        if (!other || !exists) throw new NodeError('NO_SUCH_REQUEST', `no buddy request from ${a.username}`);
        await this.s.graph.accept(me.username, other);
        await this.becameBuddies(me.username, other);
        return;
      case BuddyAction.DECLINE:
        if (!other || !exists) throw new NodeError('NO_SUCH_REQUEST', `no buddy request from ${a.username}`);
        // The requester is not told: their request just stays unanswered.
        await this.s.graph.decline(me.username, other);
        await notify(me.username);
        return;
      case BuddyAction.REMOVE:
      case BuddyAction.BLOCK: {
        if (!other) return;
        const was = a.action === BuddyAction.BLOCK ? await this.s.graph.block(me.username, other) : await this.s.graph.remove(me.username, other);
        const peer = this.s.hub.get(other);
        if (was && peer) {
          // Tell them we are gone: offline presence first, so they drop our endpoints.
          peer.send({ presencePush: { presence: { username: me.username, status: natter.Status.STATUS_OFFLINE } } });
          peer.send({ buddyEvent: { kind: BuddyEventKind.REMOVED, username: me.username } });
        }
        // A blocked stranger's pending request stays on their side untouched: no push.
        await notify(...(was || a.action === BuddyAction.REMOVE ? [me.username, other] : [me.username]));
        return;
      }
      case BuddyAction.UNBLOCK:
        if (!other) return;
        await this.s.graph.unblock(me.username, other);
        await notify(me.username);
        return;
      default:
        throw new NodeError('UNSUPPORTED', `unknown buddy action ${a.action}`);
    }
  }

  private async becameBuddies(a: string, b: string): Promise<void> {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const u = this.s.hub.get(x);
      if (!u) continue;
      u.buddies.add(y);
      u.send({ buddyEvent: { kind: BuddyEventKind.ACCEPTED, username: y } });
    }
    // The lists carry each other's presence (or offline + identity key).
    await this.sendBuddyList(a);
    await this.sendBuddyList(b);
    // Then each other's PresencePush, as docs/protocol.md promises after ACCEPTED.
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const u = this.s.hub.get(x);
      if (u) this.s.hub.pushToBuddies(x, [y], this.s.hub.presenceOf(u));
    }
  }

  // ------------------------------------------------------------ presence

  private presenceUpdate(me: OnlineUser, p: natter.control.PresenceUpdate): void {
    if (p.status !== natter.Status.STATUS_OFFLINE && natter.Status[p.status] !== undefined) me.status = p.status;
    me.statusText = String(p.statusText ?? '').slice(0, 140);
    me.lan = (p.lanCandidates ?? [])
      .slice(0, 8)
      .filter((e) => isIP(String(e.ip)) !== 0 && Number(e.port) > 0 && Number(e.port) < 65536)
      .map((e) => ({ ip: String(e.ip), port: Number(e.port) }));
    if (p.nat) me.nat = p.nat;
    this.s.hub.pushToBuddies(me.username, me.buddies, this.s.hub.presenceOf(me));
  }

  /** Called by the node when an authenticated STUN binding names this user's public endpoint. */
  static publicEndpointSeen(s: NodeServices, user: OnlineUser, endpoint: Endpoint): void {
    if (user.publicEndpoint?.ip === endpoint.ip && user.publicEndpoint.port === endpoint.port) return;
    user.publicEndpoint = endpoint;
    s.hub.pushToBuddies(user.username, user.buddies, s.hub.presenceOf(user));
  }

  // ------------------------------------------------------------ punch

  private requireOnlineBuddy(me: OnlineUser, name: string): OnlineUser {
    const other = tryUsername(name);
    // One answer for "no such user" and "not your buddy".
    if (!other || !me.buddies.has(other)) throw new NodeError('NOT_A_BUDDY', `${name} is not your buddy`);
    const peer = this.s.hub.get(other);
    if (!peer || !peer.buddies.has(me.username)) throw new NodeError('BUDDY_OFFLINE', `${other} is offline`);
    return peer;
  }

  private punch(me: OnlineUser, buddy: string, attempt = 0): void {
    const peer = this.requireOnlineBuddy(me, buddy);
    const attemptId = randomBytes(16);
    const secret = randomBytes(32);
    // A common start: both plans arrive after about half their own RTT; the
    // later of the two plus a margin is when both can begin (libp2p DCUtR).
    const rttA = me.rttMs ?? 100;
    const rttB = peer.rttMs ?? 100;
    const start = Math.max(rttA, rttB) / 2 + 50;
    const candidates = (u: OnlineUser) => this.s.hub.presenceOf(u).endpoints ?? [];
    const plan = (to: OnlineUser, other: OnlineUser, rtt: number, role: natter.control.PunchPlan.Role) =>
      to.send({
        punchPlan: {
          buddy: other.username,
          attemptId,
          secret,
          candidates: candidates(other),
          buddyNat: other.nat ?? null,
          startInMs: Math.max(0, Math.round(start - rtt / 2)),
          role,
          buddyIdentityKey: other.identityKey,
          attempt: Math.min(8, attempt >>> 0),
        },
      });
    plan(peer, me, rttB, natter.control.PunchPlan.Role.RESPONDER);
    plan(me, peer, rttA, natter.control.PunchPlan.Role.INITIATOR);
    this.s.metrics.punches.inc();
  }

  // ------------------------------------------------------------ relay

  private relay(me: OnlineUser, r: natter.control.RelayFrame): void {
    let peer: OnlineUser;
    try {
      peer = this.requireOnlineBuddy(me, r.peer);
    } catch (err) {
      this.s.metrics.relayFrames.inc({ result: (err as NodeError).code === 'BUDDY_OFFLINE' ? 'offline' : 'not_buddy' });
      throw err;
    }
    const size = r.payload?.length ?? 0;
    if (!this.s.relayLimiter.allow(me.username, size)) {
      this.s.metrics.relayFrames.inc({ result: 'rate_limited' });
      throw new NodeError('RELAY_RATE_LIMITED', 'relay rate limit reached; slow down', this.s.relayLimiter.retryAfterMs(me.username, size));
    }
    // The recipient's socket buffer is the queue; past the limit we drop
    // instead of buffering, so a slow reader cannot grow our memory.
    if (peer.bufferedAmount() > this.s.relayMaxBufferedBytes) {
      this.s.metrics.relayFrames.inc({ result: 'backpressure' });
      throw new NodeError('RELAY_BACKPRESSURE', `${peer.username} is not keeping up; the frame was dropped`);
    }
    peer.send({ relay: { peer: me.username, payload: r.payload } });
    this.s.metrics.relayFrames.inc({ result: 'forwarded' });
    this.s.metrics.relayBytes.inc(size);
  }

  // ------------------------------------------------------------ offline

  private async offlineStore(me: OnlineUser, o: natter.control.OfflineStore): Promise<ControlFrameInit> {
    const to = tryUsername(o.to);
    if (!to || !me.buddies.has(to)) throw new NodeError('NOT_A_BUDDY', `${o.to} is not your buddy`);
    const rec = await this.s.offline.put(me.username, to, o.messageId ?? new Uint8Array(), o.sealed ?? new Uint8Array(), Number(o.sentAtMs) || 0);
    if (!rec.duplicate) {
      this.s.metrics.offlineMessages.inc({ event: 'stored' });
      // Raced with the recipient coming online: hand it over now as well.
      const peer = this.s.hub.get(to);
      if (peer) peer.send({ offlineDeliver: { messages: [toWire(rec)] } });
    }
    return { offlineStored: { messageId: o.messageId, expiresAtMs: rec.expiresAt } };
  }

  private async deliverOffline(user: OnlineUser): Promise<void> {
    // All of them: the per-recipient quota (count and bytes) bounds the queue,
    // and a cap here left the rest unread until a later login.
    if (!this.s.offline.hasQueued(user.username)) return;
    const pending = await this.s.offline.pending(user.username, Infinity);
    // Batches keep each frame well under the frame size limit.
    for (let i = 0; i < pending.length; i += 2) {
      const batch = pending.slice(i, i + 2);
      user.send({ offlineDeliver: { messages: batch.map(toWire) } });
      this.s.metrics.offlineMessages.inc({ event: 'delivered' }, batch.length);
    }
  }

  // ------------------------------------------------------------ close

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) this.s.clock.clearTimeout(this.timer);
    this.s.metrics.connections.dec();
    const user = this.user;
    if (!user) return;
    if (this.s.hub.remove(user)) {
      this.s.log.info({ user: user.username }, 'offline');
      this.s.hub.pushToBuddies(user.username, user.buddies, { username: user.username, status: natter.Status.STATUS_OFFLINE });
    }
  }
}

/**
 * A buffer of its own for a long-lived value: Buffer.from(string) slices a
 * shared 8 KiB pool, and one small slice kept for a whole session keeps the
 * whole pool alive.
 */
function unpooled(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  const own = Buffer.alloc(bytes.length); // never from the pool
  bytes.copy(own);
  return own;
}

function toWire(r: OfflineRecord): natter.control.OfflineMessage.$Properties {
  return {
    seq: r.seq,
    from: r.from,
    messageId: Buffer.from(r.messageId, 'base64'),
    sealed: Buffer.from(r.sealed, 'base64'),
    sentAtMs: r.sentAt,
    storedAtMs: r.storedAt,
  };
}
