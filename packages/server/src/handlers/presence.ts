// A user's own presence: what the client reports (PresenceUpdate) and the
// public endpoint the STUN server sees. Both end in one announcement.
import { isIP } from 'node:net';
import { natter, type ControlFrameInit } from '@natter/wire';
import { MAX_STATUS_TEXT_CHARS, clip, lanCandidates, natReport } from '../bounds.js';
import type { Endpoint, OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';

/** Status, LAN candidates and NAT report from the client; never OFFLINE (that is logging out). */
export function presenceUpdate(services: NodeServices, connection: UserLink, request: natter.control.PresenceUpdate): ControlFrameInit {
  const me = connection.user;
  if (request.status !== natter.Status.STATUS_OFFLINE && natter.Status[request.status] !== undefined) me.status = request.status;
  me.statusText = clip(request.statusText, MAX_STATUS_TEXT_CHARS);
  me.lan = lanCandidates(request.lanCandidates);
  if (request.nat) me.nat = natReport(request.nat);
  services.hub.announce(me);
  return { ok: {} };
}

/** Called by the node when an authenticated STUN binding (over IPv4 or IPv6) names this user's public endpoint. */
export function publicEndpointSeen(services: NodeServices, user: OnlineUser, endpoint: Endpoint): void {
  const v6 = isIP(endpoint.ip) === 6;
  const known = v6 ? user.publicEndpoint6 : user.publicEndpoint;
  if (known?.ip === endpoint.ip && known.port === endpoint.port) return;
  if (v6) user.publicEndpoint6 = endpoint;
  else user.publicEndpoint = endpoint;
  services.hub.announce(user);
}
