// Our public endpoints at the node: an authenticated STUN binding from the
// chat socket tells the node which mapping our NAT gave that socket (the
// node hands it to buddies as our PUBLIC candidate), and one from the IPv6
// chat socket to the node's IPv6 STUN address tells it our global IPv6
// address and port. Repeating them keeps the mappings (and firewall state)
// alive and tells the node when they changed.
import { isIP } from 'node:net';
import type { AddressFamily, Clock, TimerHandle, UdpSocket } from '@natter/io';
import { bindingRequest, shortTermKey, type StunTarget } from '@natter/stun';
import type { natter } from '@natter/wire';
import type { ControlChannel, LoginOk } from './session/index.js';

/** How often the chat socket re-binds: under the ~30 s many NATs keep an idle UDP mapping. */
const STUN_REFRESH_MS = 25_000;

/**
 * The node's STUN servers from the login answer, the first of each
 * family. An empty IP means the host we connected to; a host name counts
 * as IPv4 (the IPv4 socket resolves it).
 */
export function nodeStunServers(ok: LoginOk, nodeUrl: string): Partial<Record<AddressFamily, StunTarget>> {
  const out: Partial<Record<AddressFamily, StunTarget>> = {};
  for (const server of ok.stun?.servers ?? []) {
    if (!server.port) continue;
    const address = server.ip || new URL(nodeUrl).hostname.replace(/^\[|\]$/g, '');
    const family: AddressFamily = isIP(address) === 6 ? 'IPv6' : 'IPv4';
    out[family] ??= { address, port: server.port };
  }
  return out;
}

/** The node's IPv4 STUN server (the classifier's, and the chat socket's binding). */
export function nodeStunServer(ok: LoginOk, nodeUrl: string): StunTarget | undefined {
  return nodeStunServers(ok, nodeUrl).IPv4;
}

export interface PublicEndpointOptions {
  clock: Clock;
  session: Pick<ControlChannel, 'loginOk' | 'url'>;
  chatSocket(): UdpSocket;
  /** The IPv6 chat socket, when the host has IPv6. */
  chatSocket6(): UdpSocket | undefined;
}

export class PublicEndpoint {
  private timer: TimerHandle | undefined;
  /** The refresh started by a dead direct path: several dying at once (a router restart) need one binding. */
  private afterDeath: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: PublicEndpointOptions) {}

  /** Binds now (after a login, or when it is time), then again in STUN_REFRESH_MS. */
  async refresh(ok = this.options.session.loginOk): Promise<void> {
    if (!ok || this.closed) return;
    const { clock } = this.options;
    if (this.timer) clock.clearTimeout(this.timer);
    const servers = nodeStunServers(ok, this.options.session.url);
    const credentials = ok.stun as natter.control.StunCredentials | null | undefined;
    const bind = async (socket: UdpSocket | undefined, server: StunTarget | undefined) => {
      if (!socket || !server || !credentials) return;
      await bindingRequest(socket, server, {
        clock,
        username: credentials.username,
        key: shortTermKey(credentials.password),
        timeoutMs: 2000,
      }).catch(() => undefined);
    };
    await Promise.all([bind(this.options.chatSocket(), servers.IPv4), bind(this.options.chatSocket6(), servers.IPv6)]);
    // Another refresh may have run meanwhile (see afterDeadPath): one timer only.
    if (this.timer) clock.clearTimeout(this.timer);
    this.timer = clock.setTimeout(() => void this.refresh(), STUN_REFRESH_MS);
  }

  /**
   * A direct path died. The usual cause is our NAT forgetting its mappings
   * (a router restart): tell the node the mapping we have now, so the next
   * punch plan does not send the buddy to the old one (the periodic refresh
   * may be up to 25 s away).
   */
  afterDeadPath(): void {
    this.afterDeath ??= this.refresh().finally(() => (this.afterDeath = undefined));
  }

  close(): void {
    this.closed = true;
    if (this.timer) this.options.clock.clearTimeout(this.timer);
  }
}
