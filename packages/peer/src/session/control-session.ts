// The peer's session with the rendezvous node: one connection, Hello, login
// (the resume token first, then the password), requests correlated by id,
// pushes as events, heartbeats, and reconnection with backoff and jitter.
// How the connection is opened is the transport's business (transport.ts):
// `ws` with a pinned TLS key in Node (NodeSession), the browser's own
// WebSocket in the web client.
import { EventEmitter } from 'node:events';
import type { Clock, TimerHandle } from '@natter/io';
import {
  PROTOCOL_VERSION,
  SUPPORTED_VERSIONS,
  decodeControl,
  encodeControl,
  natter,
  type ControlFrameInit,
  type DecodedControlFrame,
} from '@natter/wire';
import { pushEvent, type ControlChannel, type ControlChannelEvent, type ControlChannelEvents, type ControlChannelState, type LoginOk } from './control.js';
import { SessionError } from './errors.js';
import type { ControlSocket, ControlTransport } from './transport.js';
import type { NodeTrust } from './trust.js';

export interface SessionCredentials {
  username: string;
  password?: string | undefined;
  resumeToken?: Uint8Array | undefined;
  /** A token signed by a registered site for this user (web widget sign-in; docs/web.md). */
  siteToken?: string | undefined;
}

/** Which device this client is (docs/protocol.md, "Devices"). */
export interface SessionDevice {
  /** 16 random bytes, chosen once and kept in the profile. */
  id: Uint8Array;
  name: string;
  /** Self-signed: used by the node only when this device becomes the root of the user's set. */
  certificate?: natter.control.IDeviceCertificate;
  /** Revoke every other device and make this one the root (a password login once; then cleared). */
  newIdentity?: boolean;
}

export interface ControlSessionOptions {
  url: string;
  credentials: SessionCredentials;
  identityKey: Uint8Array;
  device?: SessionDevice;
  clientVersion: string;
  transport: ControlTransport;
  clock: Clock;
  random?: () => number;
  /** Reconnect delays: full jitter between 0 and min(max, min * 2^attempt). */
  reconnect?: { minMs?: number; maxMs?: number } | false;
  heartbeatMs?: number;
  requestTimeoutMs?: number;
}

/** The nodes of a node URL: one, or a cluster's list separated by commas (trust.ts, parseNodeAddress). */
export function nodeUrls(url: string): string[] {
  const urls = url.split(',').filter((u) => u.length > 0);
  // Nothing to split (an empty URL): the transport says what is wrong with it.
  return urls.length ? urls : [url];
}

/**
 * Opens a connection to the first of `urls` (from `start`, in turn) that
 * answers. Only an unreachable node moves on to the next: a node that
 * answers with the wrong key, or a URL the policy refuses, is an answer.
 */
async function openFirst(transport: ControlTransport, urls: string[], start: number, timeoutMs: number): Promise<{ opened: Awaited<ReturnType<ControlTransport>>; index: number }> {
  let last: unknown;
  for (let i = 0; i < urls.length; i++) {
    const index = (start + i) % urls.length;
    try {
      return { opened: await transport(urls[index]!, timeoutMs), index };
    } catch (err) {
      if (!(err instanceof SessionError) || err.code !== 'SESSION_CONNECT') throw err;
      last = err;
    }
  }
  throw last;
}

type Pending = { resolve: (f: DecodedControlFrame) => void; reject: (e: Error) => void; timer: TimerHandle };

/** The session over one connection to the node at a time. */
export class ControlSession extends EventEmitter<ControlChannelEvents> implements ControlChannel {
  private ws: ControlSocket | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private heartbeatTimer: TimerHandle | undefined;
  private reconnectTimer: TimerHandle | undefined;
  private attempt = 0;
  private closedByUser = false;
  private readonly clock: Clock;
  private readonly random: () => number;
  /** The newest resume token; reconnects use it instead of the password. */
  resumeToken: Uint8Array | undefined;
  loginOk: LoginOk | undefined;
  rttMs: number | undefined;
  state: ControlChannelState = 'idle';
  /** The nodes to try (a cluster's, or one) and the one in use. */
  private readonly urls: string[];
  private current = 0;

  constructor(private readonly options: ControlSessionOptions) {
    super();
    this.urls = nodeUrls(options.url);
    this.clock = options.clock;
    this.random = options.random ?? Math.random;
    this.resumeToken = options.credentials.resumeToken;
  }

  /** The node in use (the first of a list until another had to be tried). */
  get url(): string {
    return this.urls[this.current]!;
  }

  get username(): string {
    return this.loginOk?.username ?? this.options.credentials.username;
  }

  /** Connects and logs in; resolves with LoginOk or rejects with the node's error code. */
  async connect(): Promise<LoginOk> {
    this.closedByUser = false;
    this.state = 'connecting';
    let ws: ControlSocket;
    try {
      // The node we were on first; when it does not answer (killed, gone), the next of the list.
      const { opened, index } = await openFirst(this.options.transport, this.urls, this.current, this.options.requestTimeoutMs ?? 15_000);
      this.current = index;
      ws = opened.socket;
      this.emit('trust', opened.trust);
    } catch (err) {
      this.state = 'offline';
      throw err;
    }
    this.ws = ws;
    ws.onMessage((data) => this.onMessage(data));
    ws.onClose((code, reason) => this.onClose(ws, code, reason));
    try {
      const hello = await this.request({ hello: { protocolVersion: PROTOCOL_VERSION, software: this.options.clientVersion } });
      checkNodeVersion(hello);
      const c = this.options.credentials;
      const device = this.options.device;
      const login: natter.control.Login.$Properties = {
        username: c.username,
        clientVersion: this.options.clientVersion,
        identityKey: this.options.identityKey,
        ...(device ? { deviceId: device.id, deviceName: device.name, certificate: device.certificate ?? null } : {}),
      };
      const byCredential = (): natter.control.Login.$Properties => {
        if (c.siteToken) return { ...login, siteToken: c.siteToken };
        if (!c.password) throw new SessionError('AUTH_FAILED', 'no password and no saved session: log in with your password');
        return { ...login, password: c.password, newIdentity: Boolean(device?.newIdentity) };
      };
      // The token first: cheap for the node. The password only when there is
      // no token or the token was refused.
      let reply: DecodedControlFrame;
      if (this.resumeToken) {
        try {
          reply = await this.request({ login: { ...login, resumeToken: this.resumeToken } });
        } catch (err) {
          if (!(err instanceof SessionError) || err.code !== 'AUTH_FAILED' || !(c.password || c.siteToken)) throw err;
          this.resumeToken = undefined;
          reply = await this.request({ login: byCredential() });
        }
      } else {
        reply = await this.request({ login: byCredential() });
      }
      // Online already (loggedIn, when the answer arrived), before the pushes that follow it.
      const ok = reply.loginOk as LoginOk;
      return ok;
    } catch (err) {
      this.ws = undefined;
      ws.onClose(() => {});
      ws.close();
      this.state = 'offline';
      throw err;
    }
  }

  private loggedIn(ok: LoginOk): void {
    // A site token is good for one login (the node refuses a replay); reconnects use the resume token.
    this.options.credentials.siteToken = undefined;
    if (this.options.device) this.options.device.newIdentity = false; // once: a reconnect must not revoke again
    this.loginOk = ok;
    this.resumeToken = ok.resumeToken;
    this.state = 'online';
    this.attempt = 0;
    this.scheduleHeartbeat();
    this.emit('online', ok);
  }

  /** Sends a request; resolves with the answer, rejects with SessionError on an Error frame. */
  request(frame: ControlFrameInit, timeoutMs = this.options.requestTimeoutMs ?? 15_000): Promise<DecodedControlFrame> {
    const ws = this.ws;
    if (!ws || !ws.open) return Promise.reject(new SessionError('SESSION_CLOSED', 'not connected to the node'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = this.clock.setTimeout(() => {
        this.pending.delete(id);
        reject(new SessionError('SESSION_TIMEOUT', `the node did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      ws.send(encodeControl({ ...frame, requestId: id }));
    });
  }

  /** Fire-and-forget (relay frames). False when not connected. */
  send(frame: ControlFrameInit): boolean {
    const ws = this.ws;
    if (!ws || !ws.open) return false;
    ws.send(encodeControl(frame));
    return true;
  }

  /** Bytes queued on the socket (for relay backpressure). */
  get bufferedAmount(): number {
    return this.ws?.bufferedAmount ?? 0;
  }

  /**
   * Goes offline: closes the connection (the node tells buddies at once)
   * and stops reconnecting. The resume token stays valid for the next
   * command; with `logout` the node ends the session and revokes it.
   */
  async close(options: { logout?: boolean } = {}): Promise<void> {
    this.closedByUser = true;
    this.state = 'closed';
    if (this.reconnectTimer) this.clock.clearTimeout(this.reconnectTimer);
    if (this.heartbeatTimer) this.clock.clearTimeout(this.heartbeatTimer);
    const ws = this.ws;
    if (!ws) return;
    if (options.logout && ws.open) {
      await this.request({ logout: {} }, 2000).catch(() => undefined);
    }
    await ws.close();
  }

  private onMessage(data: Uint8Array): void {
    let frame: DecodedControlFrame;
    try {
      frame = decodeControl(data);
    } catch {
      return; // a node that sends garbage: ignore the frame
    }
    const waiting = frame.requestId ? this.pending.get(frame.requestId) : undefined;
    if (waiting) {
      this.pending.delete(frame.requestId);
      this.clock.clearTimeout(waiting.timer);
      if (frame.body === 'error') {
        const e = frame.error as natter.control.Error;
        waiting.reject(SessionError.fromNode(e));
        return;
      }
      // Online (and the event) now, before the pushes that follow LoginOk: the
      // node may send the buddy list in the same TCP segment, and `ws` hands
      // over every frame of a segment before a promise continuation runs.
      if (frame.body === 'loginOk') this.loggedIn(frame.loginOk as LoginOk);
      waiting.resolve(frame);
      return;
    }
    const push = pushEvent(frame);
    // EventEmitter's typed emit takes one event at a time; the tuple is one of them.
    if (push) (this.emit as (...event: ControlChannelEvent) => boolean)(...push);
  }

  private scheduleHeartbeat(): void {
    if (this.heartbeatTimer) this.clock.clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = this.clock.setTimeout(() => {
      if (this.state !== 'online') return;
      const sent = this.clock.now();
      this.request({ heartbeat: { sentAtMs: Math.round(sent) } }, 10_000)
        .then(() => {
          this.rttMs = this.clock.now() - sent;
          this.emit('rtt', this.rttMs);
        })
        .catch(() => {
          // No answer in 10 s: the connection is dead even if TCP has not noticed.
          this.ws?.terminate();
        });
      this.scheduleHeartbeat();
    }, this.options.heartbeatMs ?? 10_000);
  }

  /**
   * The network under the connection changed (another address, another
   * network): the TCP connection is dead even if nothing noticed yet, and
   * the heartbeat would take up to 20 s to say so. Drops it and logs in
   * again at once with the resume token, without backoff.
   */
  reconnect(reason: string): void {
    if (this.closedByUser) return;
    if (this.reconnectTimer) this.clock.clearTimeout(this.reconnectTimer);
    this.attempt = 0;
    const ws = this.ws;
    if (ws) {
      this.detach(`connection dropped (${reason})`);
      this.state = 'offline';
      ws.terminate();
      this.emit('offline', { reason, retryInMs: 0 });
    } else if (this.state === 'connecting') {
      // A login under way finishes or fails on its own; a failure retries at once (attempt 0).
      return;
    }
    this.reconnectTimer = this.clock.setTimeout(() => void this.retry(), 0);
  }

  /** Forgets the current connection: heartbeats stop, requests waiting on it fail. */
  private detach(why: string): void {
    this.ws = undefined;
    if (this.heartbeatTimer) this.clock.clearTimeout(this.heartbeatTimer);
    for (const [id, p] of this.pending) {
      this.clock.clearTimeout(p.timer);
      p.reject(new SessionError('SESSION_CLOSED', why));
      this.pending.delete(id);
    }
  }

  private onClose(ws: ControlSocket, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.detach(`connection closed (${code} ${reason})`);
    if (this.closedByUser) return;
    this.state = 'offline';
    // Replaced by another login of ours, the account or this device is gone: retrying would fight it.
    const final = code === 4001 || code === 4003 || code === 4006;
    // Approved by another device (4005): log in again now, as an active device.
    const approved = code === 4005;
    if (approved) this.attempt = 0;
    const retry = this.options.reconnect === false || final ? undefined : approved ? 0 : this.backoff();
    this.emit('offline', { reason: reason || `closed (${code})`, retryInMs: retry });
    if (retry !== undefined) this.reconnectTimer = this.clock.setTimeout(() => void this.retry(), retry);
  }

  private backoff(): number {
    const min = (this.options.reconnect && this.options.reconnect.minMs) || 500;
    const max = (this.options.reconnect && this.options.reconnect.maxMs) || 30_000;
    // Full jitter (AWS architecture blog): a node restart must not see every
    // client come back in the same millisecond.
    const cap = Math.min(max, min * 2 ** this.attempt++);
    return Math.round(min / 2 + this.random() * (cap - min / 2));
  }

  private async retry(): Promise<void> {
    if (this.closedByUser) return;
    try {
      await this.connect();
    } catch (err) {
      // Retrying cannot help a refused session or a node with another key.
      if (err instanceof SessionError && (err.code === 'AUTH_FAILED' || err.code === 'NODE_KEY_MISMATCH' || err.code === 'INSECURE_URL' || err.code === 'WIRE_VERSION')) {
        this.state = 'offline';
        this.emit('nodeError', err);
        this.emit('offline', { reason: err.message, retryInMs: undefined });
        return;
      }
      const retry = this.backoff();
      this.emit('offline', { reason: (err as Error).message, retryInMs: retry });
      this.reconnectTimer = this.clock.setTimeout(() => void this.retry(), retry);
    }
  }
}

/**
 * The node answered Hello with a version this build does not speak (an
 * older node that answered instead of refusing): WIRE_VERSION, never a
 * session that would misroute every frame.
 */
function checkNodeVersion(hello: DecodedControlFrame): void {
  const version = (hello.hello as natter.control.Hello | undefined)?.protocolVersion ?? 0;
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw new SessionError('WIRE_VERSION', `the node speaks protocol version ${version}, this natter speaks ${SUPPORTED_VERSIONS.join(', ')}: upgrade the older side`);
  }
}

function roundTrip(ws: ControlSocket, frame: ControlFrameInit, timeoutMs: number): Promise<DecodedControlFrame> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new SessionError('SESSION_TIMEOUT', `the node did not answer within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (data: Uint8Array) => {
      let f: DecodedControlFrame;
      try {
        f = decodeControl(data);
      } catch {
        return;
      }
      if (f.requestId !== frame.requestId) return;
      clearTimeout(t);
      ws.onMessage(() => {});
      if (f.body === 'error') {
        const e = f.error as natter.control.Error;
        reject(SessionError.fromNode(e));
      } else resolve(f);
    };
    ws.onMessage(onMessage);
    ws.send(encodeControl(frame));
  });
}

/** Registers an account (does not log in); resolves with how the node was trusted. */
export async function registerAccount(
  transport: ControlTransport,
  url: string,
  register: natter.control.Register.$Properties,
  timeoutMs = 15_000,
): Promise<NodeTrust> {
  const { socket, trust } = (await openFirst(transport, nodeUrls(url), 0, timeoutMs)).opened;
  try {
    const exchange = (frame: ControlFrameInit) => roundTrip(socket, frame, timeoutMs);
    checkNodeVersion(await exchange({ requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION, software: 'natter' } }));
    await exchange({ requestId: 2, register });
    return trust;
  } finally {
    socket.close();
  }
}
