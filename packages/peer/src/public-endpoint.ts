// Our public endpoint at the node: an authenticated STUN binding from the
// chat socket tells the node which mapping our NAT gave that socket (the
// node hands it to buddies as our PUBLIC candidate). Repeating it keeps the
// mapping alive and tells the node when it changed.
import type { Clock, TimerHandle, UdpSocket } from '@natter/io';
import { bindingRequest, shortTermKey, type StunTarget } from '@natter/stun';
import type { natter } from '@natter/wire';
import type { ControlChannel, LoginOk } from './session/index.js';

/** How often the chat socket re-binds: under the ~30 s many NATs keep an idle UDP mapping. */
const STUN_REFRESH_MS = 25_000;

/** The node's STUN server from the login answer; an empty IP means the host we connected to. */
export function nodeStunServer(ok: LoginOk, nodeUrl: string): StunTarget | undefined {
  const server = ok.stun?.servers?.[0];
  if (!server?.port) return undefined;
  return { address: server.ip || new URL(nodeUrl).hostname, port: server.port };
}

export interface PublicEndpointOptions {
  clock: Clock;
  session: Pick<ControlChannel, 'loginOk' | 'url'>;
  chatSocket(): UdpSocket;
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
    const server = nodeStunServer(ok, this.options.session.url);
    const credentials = ok.stun as natter.control.StunCredentials | null | undefined;
    if (server && credentials) {
      await bindingRequest(this.options.chatSocket(), server, {
        clock,
        username: credentials.username,
        key: shortTermKey(credentials.password),
        timeoutMs: 2000,
      }).catch(() => undefined);
    }
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
