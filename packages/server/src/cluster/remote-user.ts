// One device of a user online on another node, as this node sees it: the
// presence its node published, and a link that sends over the bus. Handlers
// use it like a local session (hub.get, hub.device), so a punch, a relay
// frame or a buddy event reaches a device on another node the same way as
// one here.
import { isIP } from 'node:net';
import { encodeControl, natter, type ControlFrameInit } from '@natter/wire';
import { BuddySet } from '../buddy-set.js';
import { OnlineUser, type Endpoint, type SessionLink } from '../presence.js';
import type { RouteEntry } from './bus.js';
import type { ClusterLink } from './link.js';

/**
 * Whose buddies a remote user has is known on its own node, which checks
 * every frame it delivers (a relay frame, a punch plan, a presence push)
 * against that session's buddies; here every check passes on to there.
 */
class CheckedOnTheirNode extends BuddySet {
  override has(): boolean {
    return true;
  }
}

/** Never used: a RemoteUser sends over the bus (its own methods). */
const NO_SOCKET: SessionLink = {
  send: () => undefined,
  sendEncoded: () => undefined,
  sendRelay: () => undefined,
  bufferedAmount: () => 0,
  close: () => undefined,
};

export class RemoteUser extends OnlineUser {
  /** The route entry it came from, passed on as it is (ClusterLink.announced). */
  entry: RouteEntry;
  /** When this node last heard of it (a counter): the freshest entry's device set is the one shown. */
  heardAt = 0;

  constructor(
    username: string,
    entry: RouteEntry,
    presence: natter.control.Presence,
    private readonly cluster: ClusterLink,
  ) {
    super(
      {
        username,
        identityKey: Buffer.from(presence.identityKey ?? []).toString('base64'),
        clientVersion: presence.clientVersion ?? '',
        since: Number(presence.sinceMs) || 0,
        stunUsername: entry.session,
        sessionTokenIds: [],
        buddies: new CheckedOnTheirNode(),
        deviceId: entry.device,
      },
      NO_SOCKET,
    );
    this.entry = entry;
    this.update(entry, presence);
  }

  get node(): string {
    return this.entry.node;
  }

  get session(): string {
    return this.entry.session;
  }

  override get remoteNode(): string {
    return this.node;
  }

  private published: natter.control.Presence.$Properties | undefined;

  override get remotePresence(): natter.control.Presence.$Properties | undefined {
    return this.published;
  }

  /** A newer presence from the device's node. */
  update(entry: RouteEntry, presence: natter.control.Presence): void {
    const rttMs = entry.rttMs;
    this.entry = entry;
    this.published = presence;
    this.status = presence.status;
    this.statusText = presence.statusText ?? '';
    const endpoints = (presence.endpoints ?? []).map((e) => ({ kind: e.kind, endpoint: { ip: e.ip ?? '', port: e.port ?? 0 } as Endpoint }));
    const publics = endpoints.filter((e) => e.kind === natter.Endpoint.Kind.PUBLIC).map((e) => e.endpoint);
    this.publicEndpoint = publics.find((e) => isIP(e.ip) !== 6);
    this.publicEndpoint6 = publics.find((e) => isIP(e.ip) === 6);
    this.lan = endpoints.filter((e) => e.kind === natter.Endpoint.Kind.LAN).map((e) => e.endpoint);
    this.nat = presence.nat ?? undefined;
    this.rttMs = rttMs ?? undefined;
  }

  override send(frame: ControlFrameInit): void {
    this.sendEncoded(encodeControl(frame));
  }

  /** To this device only (a punch plan, an offline delivery). */
  override sendEncoded(bytes: Uint8Array): void {
    void this.cluster.send(this.node, { kind: 'deliver', to: [this.address], frame: Buffer.from(bytes).toString('base64') });
  }

  /** To every device of the user on this one's node (OnlineAccount.sendEncoded sends once per node). */
  override sendToUser(bytes: Uint8Array): void {
    void this.cluster.send(this.node, { kind: 'deliver', to: [this.username], frame: Buffer.from(bytes).toString('base64') });
  }

  override sendRelay(from: string, payload: Uint8Array): void {
    void this.cluster.send(this.node, { kind: 'relay', to: this.address, from, payload: Buffer.from(payload).toString('base64') });
  }

  /** Backpressure is judged on the recipient's node (it drops past its limit). */
  override bufferedAmount(): number {
    return 0;
  }

  override close(code: number, reason: string): void {
    void this.cluster.send(this.node, { kind: 'kick', user: this.username, session: this.session, code, reason, replaced: false });
  }
}
