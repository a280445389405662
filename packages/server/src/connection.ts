// One control-channel connection: Hello first, then frames decoded one at a
// time, in order, and handed to the handler for their body (handlers/);
// ws ping/pong for liveness. The requests themselves live in handlers/.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { TimerHandle } from '@natter/io';
import {
  PROTOCOL_VERSION,
  MAX_CONTROL_FRAME_BYTES,
  checkVersion,
  decodeControl,
  encodeControl,
  isWireError,
  peekRelayFrame,
  relayFramePrefix,
  type natter,
  type ControlFrameInit,
  type DecodedControlFrame,
} from '@natter/wire';
import { NodeError, errorFrame } from './errors.js';
import { changePassword, deleteAccount, login, logout, register } from './handlers/accounts.js';
import { buddyAction } from './handlers/buddies.js';
import { offlineAck, offlineStore } from './handlers/offline.js';
import { extendedSend, notifyAdd, notifyConfigure, notifyList, notifyRemove, notifyUnsubscribe, notifyVerify } from './handlers/notify.js';
import { presenceUpdate } from './handlers/presence.js';
import { punchRequest, punchResult } from './handlers/punch.js';
import { relay, relayPayload } from './handlers/relay.js';
import { deviceApprove, deviceList, deviceRemove, deviceRename } from './handlers/devices.js';
import { flushMessages, writeMessage } from './frame-writer.js';
import type { LivenessMember } from './liveness.js';
import type { OnlineUser } from './presence.js';
import { CLOSE, type ClientLink, type NodeServices, type UserLink } from './services.js';

/** Every connection starts with nothing queued or unanswered: one settled promise for all (memory per session). */
const ANSWERED: Promise<void> = Promise.resolve();

export class ClientConnection implements ClientLink, LivenessMember {
  private hello = false;
  private loggedInUser: OnlineUser | undefined;
  private chain: Promise<void> = ANSWERED;
  /** Frames queued on `chain` and not yet handled. */
  private pending = 0;
  /**
   * Offline stores handled but not yet answered (waiting for their synced
   * write), and their answers in order: the next store is handled
   * meanwhile; any other frame waits until they are answered.
   */
  private unanswered = 0;
  private answers: Promise<void> = ANSWERED;
  private lastHeard: number;
  private pingSentAt = 0;
  private loginTimer: TimerHandle | undefined;
  private isClosed = false;

  constructor(
    private readonly ws: WebSocket,
    /** The socket ws reads; the node writes its frames onto it itself (frame-writer.ts). */
    private readonly socket: Duplex,
    readonly address: string,
    private readonly services: NodeServices,
  ) {
    this.lastHeard = services.clock.now();
    services.metrics.connections.inc();
    ws.on('message', (data, isBinary) => {
      this.lastHeard = services.clock.now();
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      // The relay's fast path: a plain RelayFrame with nothing queued before
      // it is forwarded now, without a promise or decoding into objects.
      if (this.pending === 0 && this.unanswered === 0 && isBinary && this.loggedInUser && bytes.length <= MAX_CONTROL_FRAME_BYTES && !this.isClosed) {
        const peeked = peekRelayFrame(bytes);
        if (peeked) {
          this.relayNow(peeked.peer, peeked.payload);
          return;
        }
      }
      // Handled strictly in arrival order: a login finishes before the next frame.
      this.pending++;
      this.chain = this.chain
        .then(() => this.onFrame(bytes, isBinary))
        .catch((err) => services.log.error({ err }, 'frame handler failed'))
        .then(() => this.frameDone());
    });
    ws.on('pong', () => {
      this.lastHeard = services.clock.now();
      if (this.loggedInUser && this.pingSentAt) this.loggedInUser.rttMs = services.clock.now() - this.pingSentAt;
    });
    ws.on('close', () => this.onClose());
    ws.on('error', () => {});
    services.liveness.add(this);
    // ws answers pings by itself, so a client that never says Hello would
    // stay forever: it must log in (or register and leave) in time.
    this.loginTimer = services.clock.setTimeout(() => {
      if (this.isClosed || this.loggedInUser) return;
      services.metrics.abuse.inc({ limit: 'login_timeout' });
      this.refuse(CLOSE.LOGIN_TIMEOUT, 'login timeout', new NodeError('LOGIN_TIMEOUT', `log in within ${Math.round(services.loginTimeoutMs / 1000)} s of connecting`));
      flushMessages(this.socket);
      this.ws.terminate();
    }, services.loginTimeoutMs);
  }

  get user(): OnlineUser | undefined {
    return this.loggedInUser;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  logIn(user: OnlineUser): void {
    this.loggedInUser = user;
    this.clearLoginTimer();
  }

  private clearLoginTimer(): void {
    if (this.loginTimer) this.services.clock.clearTimeout(this.loginTimer);
    this.loginTimer = undefined;
  }

  send(frame: ControlFrameInit): void {
    if (!this.writable()) return;
    let bytes: Uint8Array;
    try {
      bytes = encodeControl(frame);
    } catch (err) {
      // A frame over the limit is a bug in a bound (bounds.ts), not the
      // recipient's fault: drop this one frame, say so, keep the session.
      if (!isWireError(err)) throw err;
      this.services.metrics.abuse.inc({ limit: 'frame_too_large' });
      this.services.log.error({ err, user: this.loggedInUser?.username, body: Object.keys(frame).find((k) => k !== 'requestId') }, 'frame too large to send; dropped');
      return;
    }
    writeMessage(this.socket, bytes);
  }

  /** A frame encoded once for many recipients (a presence fan-out). */
  sendEncoded(bytes: Uint8Array): void {
    if (this.writable()) writeMessage(this.socket, bytes);
  }

  /** A RelayFrame from `from`: the payload goes out as it came in, after the frame's first bytes. */
  sendRelay(from: string, payload: Uint8Array): void {
    if (this.writable()) writeMessage(this.socket, relayFramePrefix(from, payload.length), payload);
  }

  private writable(): boolean {
    return !this.isClosed && this.ws.readyState === this.ws.OPEN;
  }

  private relayNow(peer: string, payload: Uint8Array): void {
    if (this.services.shuttingDown()) return;
    try {
      relayPayload(this.services, this as UserLink, peer, payload);
    } catch (err) {
      // Fire-and-forget frames (no request id) get no error back.
      if (!(err instanceof NodeError)) this.services.log.error({ err }, 'relay failed');
    }
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  /** Liveness (liveness.ts): silence for the whole timeout ends the session; otherwise a ws ping. */
  visit(now: number): void {
    if (this.isClosed) return;
    if (now - this.lastHeard >= this.services.heartbeatTimeoutMs) {
      this.services.log.info({ user: this.loggedInUser?.username }, 'heartbeat timeout');
      this.ws.close(CLOSE.HEARTBEAT, 'heartbeat timeout');
      // A peer that vanished never completes the close handshake.
      flushMessages(this.socket);
      this.ws.terminate();
      this.onClose();
      return;
    }
    this.pingSentAt = now;
    try {
      this.ws.ping();
    } catch {
      /* closing */
    }
  }

  private error(requestId: number, err: NodeError): void {
    this.send(errorFrame(err, requestId));
  }

  /** Ends the connection after telling the client why. */
  private refuse(code: number, reason: string, error: NodeError): void {
    this.error(0, error);
    this.close(code, reason);
  }

  private async onFrame(bytes: Buffer, isBinary: boolean): Promise<void> {
    if (this.isClosed) return;
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
      if (frame.body !== 'hello') return this.refuse(CLOSE.PROTOCOL, 'hello first', new NodeError('PROTOCOL_HELLO_FIRST', 'the first frame must be a Hello'));
      try {
        checkVersion((frame.hello as natter.control.Hello).protocolVersion);
      } catch (err) {
        return this.refuse(CLOSE.PROTOCOL, 'version', new NodeError('WIRE_VERSION', (err as Error).message));
      }
      this.hello = true;
      return this.send({ requestId: id, hello: { protocolVersion: PROTOCOL_VERSION, software: this.services.software } });
    }
    // Stores waiting for the disk come first, except for the next store.
    if (this.unanswered && frame.body !== 'offlineStore') await this.answers;
    try {
      const reply = await this.dispatch(frame);
      if (reply) this.send({ requestId: id, ...reply });
    } catch (err) {
      this.failed(frame.body, id, err);
    }
  }

  /**
   * Once nothing is queued the chain starts again from the shared settled
   * promise: a connection that kept its last frame's promises until its
   * next frame (seconds later) had them promoted to the old generation at
   * every frame, and the full collections that promotion brought held
   * presence pushes back by 50-100 ms (test/bench/server-presence.bench.ts).
   */
  private frameDone(): void {
    if (--this.pending === 0) this.chain = ANSWERED;
  }

  private failed(body: DecodedControlFrame['body'], id: number, err: unknown): void {
    if (err instanceof NodeError) {
      // Relay frames without a request id are fire-and-forget: no error back.
      if (body === 'relay' && !id) return;
      return this.error(id, err);
    }
    this.services.log.error({ err, body }, 'request failed');
    this.error(id, new NodeError('INTERNAL', 'the node failed to handle this request; it has been logged'));
  }

  /** Sends the answer to request `id` when `answer` settles, after every answer deferred before it. */
  private answerLater(body: DecodedControlFrame['body'], id: number, answer: Promise<ControlFrameInit>): void {
    this.unanswered++;
    const settled = answer.then(
      (reply) => () => this.send({ requestId: id, ...reply }),
      (err: unknown) => () => this.failed(body, id, err),
    );
    this.answers = this.answers
      .then(() => settled)
      .then((send) => send())
      .catch((err) => this.services.log.error({ err }, 'answer failed'))
      .then(() => {
        if (--this.unanswered === 0) this.answers = ANSWERED;
      });
  }

  /** The reply to `frame` (without its request id), or undefined when the handler answered itself or there is none. */
  private async dispatch(frame: DecodedControlFrame): Promise<ControlFrameInit | undefined> {
    const services = this.services;
    if (services.shuttingDown()) throw new NodeError('SHUTTING_DOWN', 'the node is shutting down; reconnect in a moment');
    const id = frame.requestId;
    switch (frame.body) {
      case 'hello':
        return { hello: { protocolVersion: PROTOCOL_VERSION, software: services.software } };
      case 'register':
        return register(services, this, frame.register as natter.control.Register);
      case 'login':
        return login(services, this, frame.login as natter.control.Login, id);
      case 'heartbeat':
        return { heartbeatAck: { echoSentAtMs: (frame.heartbeat as natter.control.Heartbeat).sentAtMs, serverTimeMs: services.clock.now() } };
      case 'notifyUnsubscribe':
        return notifyUnsubscribe(services, frame.notifyUnsubscribe as natter.control.NotifyUnsubscribe);
      default:
        break;
    }
    if (!this.loggedInUser) throw new NodeError('NOT_LOGGED_IN', 'log in first');
    // Checked just above; the user stays for the rest of the connection.
    const link = this as UserLink;
    // A device waiting for approval may only wait, look at the devices, or leave.
    if (this.loggedInUser.pending && frame.body !== 'logout' && frame.body !== 'deviceList') {
      throw new NodeError('DEVICE_PENDING', 'this device waits for approval: on one of your active devices run natter devices approve CODE');
    }
    switch (frame.body) {
      case 'deviceList':
        return deviceList(services, link);
      case 'deviceApprove':
        return deviceApprove(services, link, frame.deviceApprove as natter.control.DeviceApprove);
      case 'deviceRemove':
        return deviceRemove(services, link, frame.deviceRemove as natter.control.DeviceRemove);
      case 'deviceRename':
        return deviceRename(services, link, frame.deviceRename as natter.control.DeviceRename);
      case 'logout':
        return logout(services, link, frame.logout as natter.control.Logout, id);
      case 'changePassword':
        return changePassword(services, link, frame.changePassword as natter.control.ChangePassword);
      case 'deleteAccount':
        return deleteAccount(services, link, frame.deleteAccount as natter.control.DeleteAccount, id);
      case 'buddyAction':
        return buddyAction(services, link, frame.buddyAction as natter.control.BuddyAction);
      case 'presenceUpdate':
        return presenceUpdate(services, link, frame.presenceUpdate as natter.control.PresenceUpdate);
      case 'punchRequest':
        return punchRequest(services, link, frame.punchRequest as natter.control.PunchRequest);
      case 'punchResult':
        return punchResult(services, link, frame.punchResult as natter.control.PunchResult);
      case 'relay':
        return relay(services, link, frame.relay as natter.control.RelayFrame);
      case 'offlineStore': {
        const { stored } = await offlineStore(services, link, frame.offlineStore as natter.control.OfflineStore);
        this.answerLater(frame.body, id, stored);
        return undefined;
      }
      case 'offlineAck':
        return offlineAck(services, link, frame.offlineAck as natter.control.OfflineAck);
      case 'notifyAdd':
        return notifyAdd(services, link, frame.notifyAdd as natter.control.NotifyAdd);
      case 'notifyVerify':
        return notifyVerify(services, link, frame.notifyVerify as natter.control.NotifyVerify);
      case 'notifyRemove':
        return notifyRemove(services, link, frame.notifyRemove as natter.control.NotifyRemove);
      case 'notifyList':
        return notifyList(services, link);
      case 'notifyConfigure':
        return notifyConfigure(services, link, frame.notifyConfigure as natter.control.NotifyConfigure);
      case 'extendedSend':
        return extendedSend(services, link, frame.extendedSend as natter.control.ExtendedSend);
      default:
        throw new NodeError('UNSUPPORTED', `${frame.body} is not a request a client can send`);
    }
  }

  private onClose(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.services.liveness.delete(this);
    this.clearLoginTimer();
    this.services.metrics.connections.dec();
    const user = this.loggedInUser;
    if (!user) return;
    if (this.services.hub.remove(user)) {
      this.services.log.info({ user: user.username, device: user.deviceId }, 'offline');
      this.services.hub.announce(user, { offline: true });
      // When the device was last seen, for the user's device list (not awaited: the connection is gone).
      if (user.deviceId) void this.services.devices.seen(user.username, user.deviceId).catch(() => undefined);
    }
  }
}
