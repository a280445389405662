// A user's own presence: what the client reports (PresenceUpdate) and the
// public endpoint the STUN server sees. Both end in one announcement.
import { isIP } from 'node:net';
import { natter, type ControlFrameInit } from '@natter/wire';
import type { Endpoint, OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';

/** Status, LAN candidates and NAT report from the client; never OFFLINE (that is logging out). */
export function presenceUpdate(services: NodeServices, connection: UserLink, request: natter.control.PresenceUpdate): ControlFrameInit {
  const me = connection.user;
  if (request.status !== natter.Status.STATUS_OFFLINE && natter.Status[request.status] !== undefined) me.status = request.status;
  me.statusText = String(request.statusText ?? '').slice(0, 140);
  me.lan = (request.lanCandidates ?? [])
    .slice(0, 8)
    .filter((e) => isIP(String(e.ip)) !== 0 && Number(e.port) > 0 && Number(e.port) < 65536)
    .map((e) => ({ ip: String(e.ip), port: Number(e.port) }));
  if (request.nat) me.nat = request.nat;
  services.hub.announce(me);
  return { ok: {} };
}

/** Called by the node when an authenticated STUN binding names this user's public endpoint. */
export function publicEndpointSeen(services: NodeServices, user: OnlineUser, endpoint: Endpoint): void {
  if (user.publicEndpoint?.ip === endpoint.ip && user.publicEndpoint.port === endpoint.port) return;
  user.publicEndpoint = endpoint;
  services.hub.announce(user);
}
