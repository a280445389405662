// What the peer needs from its session with the rendezvous node: requests
// with answers, fire-and-forget frames (relay), and the node's pushes as
// events. NodeSession is the WebSocket implementation; NatterPeer takes any
// ControlChannel, so it runs the same over a stand-in node in tests.
import type { ControlFrameInit, DecodedControlFrame, natter } from '@natter/wire';
import { SessionError } from './errors.js';
import type { NodeTrust } from './trust.js';

export type LoginOk = natter.control.LoginOk;
export type Presence = natter.control.Presence;

export type ControlChannelState = 'idle' | 'connecting' | 'online' | 'offline' | 'closed';

export interface ControlChannelEvents {
  /** Logged in (first time and after every reconnect). */
  online: [LoginOk];
  /** The connection dropped; `retryInMs` undefined when it will not retry. */
  offline: [{ reason: string; retryInMs: number | undefined }];
  buddyList: [natter.control.BuddyList];
  presence: [Presence];
  buddyEvent: [natter.control.BuddyEvent];
  relay: [string, Uint8Array];
  offlineMessages: [natter.control.OfflineMessage[]];
  punchPlan: [natter.control.PunchPlan];
  /** The user's own devices (at login and whenever they change: a link request, an approval, a removal). */
  deviceList: [natter.control.DeviceList];
  /** A push Error (SESSION_REPLACED, SHUTTING_DOWN, ...). */
  nodeError: [SessionError];
  /** Round trip of the last heartbeat. */
  rtt: [number];
  /** Why the node reached is trusted, at each connection (first contact: pin its fingerprint). */
  trust: [NodeTrust];
}

export interface ControlChannel {
  /** The node's address; an empty STUN IP in LoginOk means this URL's host. */
  readonly url: string;
  /** The logged-in name (the node's spelling), or the one we log in with. */
  readonly username: string;
  readonly state: ControlChannelState;
  /** The latest login's answer (STUN credentials and servers). */
  readonly loginOk: LoginOk | undefined;
  /** Connects and logs in; resolves with LoginOk or rejects with the node's error code. */
  connect(): Promise<LoginOk>;
  /** Sends a request; resolves with the answer, rejects with SessionError on an Error frame. */
  request(frame: ControlFrameInit): Promise<DecodedControlFrame>;
  /** Fire-and-forget (relay frames). False when not connected. */
  send(frame: ControlFrameInit): boolean;
  /** Goes offline and stops reconnecting; with `logout`, the node also ends the session (revokes its token). */
  close(options?: { logout?: boolean }): Promise<void>;
  /**
   * The host's network changed under the connection: drop it and log in
   * again now (the resume token, no password). Optional: a channel that
   * does not reconnect by itself has nothing to do.
   */
  reconnect?(reason: string): void;
  on<K extends keyof ControlChannelEvents>(event: K, listener: (...args: ControlChannelEvents[K]) => void): unknown;
}

/** One event of a ControlChannel, as the arguments of emit(). */
export type ControlChannelEvent = { [K in keyof ControlChannelEvents]: [K, ...ControlChannelEvents[K]] }[keyof ControlChannelEvents];

/**
 * A push from the node (a frame that answers no request) as the event a
 * ControlChannel emits for it; undefined for a frame that is no push. Every
 * implementation of ControlChannel maps pushes through here, so they cannot
 * drift apart.
 */
export function pushEvent(frame: DecodedControlFrame): ControlChannelEvent | undefined {
  switch (frame.body) {
    case 'buddyList':
      return ['buddyList', frame.buddyList as natter.control.BuddyList];
    case 'presencePush':
      return ['presence', (frame.presencePush as natter.control.PresencePush).presence as Presence];
    case 'buddyEvent':
      return ['buddyEvent', frame.buddyEvent as natter.control.BuddyEvent];
    case 'relay': {
      const relay = frame.relay as natter.control.RelayFrame;
      return ['relay', relay.peer, relay.payload];
    }
    case 'offlineDeliver':
      return ['offlineMessages', (frame.offlineDeliver as natter.control.OfflineDeliver).messages as natter.control.OfflineMessage[]];
    case 'punchPlan':
      return ['punchPlan', frame.punchPlan as natter.control.PunchPlan];
    case 'deviceList':
      return ['deviceList', frame.deviceList as natter.control.DeviceList];
    case 'error':
      return ['nodeError', SessionError.fromNode(frame.error as natter.control.Error)];
    default:
      return undefined;
  }
}
