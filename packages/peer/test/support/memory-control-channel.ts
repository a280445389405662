// One user's session with the memory node (memory-node.ts): what
// NodeSession is over the WebSocket, as NatterPeer sees it (ControlChannel).
// Requests are answered in order, pushes become the same events, and the
// login's answer makes the session online before the pushes that follow.
import { EventEmitter } from 'node:events';
import type { ControlFrameInit, DecodedControlFrame, natter } from '@natter/wire';
import { SessionError, pushEvent, type ControlChannel, type ControlChannelEvent, type ControlChannelEvents, type ControlChannelState, type LoginOk } from '@natter/peer';

/** The node's side of a session. */
export interface SessionEndpoint {
  /** A frame from the session; it reaches the node after the one-way delay. */
  fromSession(channel: MemoryControlChannel, frame: ControlFrameInit): void;
  /** The session went away: buddies see the user go offline. */
  logout(channel: MemoryControlChannel): void;
}

export class MemoryControlChannel extends EventEmitter<ControlChannelEvents> implements ControlChannel {
  readonly url = 'memory://node';
  state: ControlChannelState = 'idle';
  loginOk: LoginOk | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (f: DecodedControlFrame) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly node: SessionEndpoint,
    private readonly name: string,
  ) {
    super();
  }

  get username(): string {
    return this.loginOk?.username ?? this.name;
  }

  /** Which device of the memory node this session is (the user's name for a user with one device). */
  get deviceName(): string {
    return this.name;
  }

  async connect(): Promise<LoginOk> {
    this.state = 'connecting';
    const reply = await this.exchange({ login: { username: this.name } });
    return reply.loginOk as LoginOk;
  }

  request(frame: ControlFrameInit): Promise<DecodedControlFrame> {
    if (this.state !== 'online') return Promise.reject(new SessionError('SESSION_CLOSED', 'not connected to the node'));
    return this.exchange(frame);
  }

  send(frame: ControlFrameInit): boolean {
    if (this.state !== 'online') return false;
    this.toNode(frame);
    return true;
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.node.logout(this);
    for (const p of this.pending.values()) p.reject(new SessionError('SESSION_CLOSED', 'connection closed'));
    this.pending.clear();
  }

  /** A frame from the node. */
  receive(frame: DecodedControlFrame): void {
    if (this.state === 'closed') return;
    const waiting = frame.requestId ? this.pending.get(frame.requestId) : undefined;
    if (waiting) {
      this.pending.delete(frame.requestId);
      if (frame.body === 'error') {
        const e = frame.error as natter.control.Error;
        return waiting.reject(new SessionError(e.code, e.message, e.retryAfterMs));
      }
      if (frame.body === 'loginOk') {
        // Like NodeSession: online (and the event) before the pushes that follow.
        this.loginOk = frame.loginOk as LoginOk;
        this.state = 'online';
        this.emit('online', this.loginOk);
      }
      return waiting.resolve(frame);
    }
    const push = pushEvent(frame);
    // EventEmitter's typed emit takes one event at a time; the tuple is one of them.
    if (push) (this.emit as (...event: ControlChannelEvent) => boolean)(...push);
  }

  private exchange(frame: ControlFrameInit): Promise<DecodedControlFrame> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.toNode({ ...frame, requestId });
    });
  }

  private toNode(frame: ControlFrameInit): void {
    this.node.fromSession(this, frame);
  }
}
