// The session with the node as Node runs it: the control session
// (control-session.ts) over `ws` with the node's key pinned, on the system
// clock unless told otherwise.
import type { SessionDevice } from './control-session.js';
import { systemClock, type Clock } from '@natter/io';
import { ControlSession, registerAccount, type ControlSessionOptions } from './control-session.js';
import type { NodeTrust, TrustPolicy } from './trust.js';
import { wsTransport } from './ws-transport.js';

export type { SessionCredentials } from './control-session.js';

export interface NodeSessionOptions extends Omit<ControlSessionOptions, 'transport' | 'clock'> {
  clock?: Clock;
  /** How to trust the node (pinned key, plain ws:// allowed); see trust.ts. */
  trust?: TrustPolicy;
}

export class NodeSession extends ControlSession {
  constructor(options: NodeSessionOptions) {
    const { trust, clock, ...rest } = options;
    super({ ...rest, clock: clock ?? systemClock, transport: wsTransport(trust ?? {}) });
  }

  /** Registers an account (does not log in). */
  static async register(
    url: string,
    username: string,
    password: string,
    identityKey: Uint8Array,
    options: { timeoutMs?: number; trust?: TrustPolicy; device?: SessionDevice } = {},
  ): Promise<NodeTrust> {
    const device = options.device ? { deviceId: options.device.id, deviceName: options.device.name, certificate: options.device.certificate ?? null } : {};
    return registerAccount(wsTransport(options.trust ?? {}), url, { username, password, identityKey, ...device }, options.timeoutMs);
  }
}
