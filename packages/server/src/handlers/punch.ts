// Hole-punch coordination: a PunchRequest becomes one PunchPlan for each
// side; PunchResult is only logged.
import { randomBytes } from 'node:crypto';
import { natter, type ControlFrameInit } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';
import { requireOnlineBuddy } from './buddies.js';

/** The fixed part of the margin before both sides of a punch start probing (see punchRequest). */
export const PUNCH_START_MARGIN_MS = 25;

export async function punchRequest(services: NodeServices, connection: UserLink, request: natter.control.PunchRequest): Promise<ControlFrameInit> {
  const me = connection.user;
  const peer = requireOnlineBuddy(services, me, request.buddy);
  // Each plan makes both peers send probes: limited per pair, whichever side asks.
  const pair = me.address < peer.address ? `${me.address}\x00${peer.address}` : `${peer.address}\x00${me.address}`;
  const wait = await services.punchLimit.take(pair);
  if (wait > 0) {
    services.metrics.abuse.inc({ limit: 'punch' });
    throw new NodeError('PUNCH_RATE_LIMITED', `too many punch attempts with ${peer.address}; retry later`, wait);
  }
  const attempt = request.attempt ?? 0;
  const attemptId = randomBytes(16);
  const secret = randomBytes(32);
  // A common start: both plans arrive after about half their own RTT; the
  // later of the two plus a margin is when both can begin (libp2p DCUtR).
  // Each side opens its own mapping when its plan comes (low-TTL packets,
  // docs/protocol.md), so the margin is the time those have to get out
  // before the other side's first probe can arrive: it covers the error in
  // our RTT estimates (a quarter of the larger) and a busy event loop.
  const rttMe = me.rttMs ?? 100;
  const rttPeer = peer.rttMs ?? 100;
  const slower = Math.max(rttMe, rttPeer);
  const start = slower / 2 + PUNCH_START_MARGIN_MS + slower / 4;
  const plan = (to: OnlineUser, other: OnlineUser, rtt: number, role: natter.control.PunchPlan.Role) =>
    to.send({
      punchPlan: {
        buddy: other.address,
        attemptId,
        secret,
        candidates: other.remotePresence ? (other.remotePresence.endpoints ?? []) : services.hub.endpointsOf(other),
        buddyNat: other.nat ?? null,
        startInMs: Math.max(0, Math.round(start - rtt / 2)),
        role,
        buddyIdentityKey: other.identityKey,
        attempt: Math.min(8, attempt >>> 0),
      },
    });
  plan(peer, me, rttPeer, natter.control.PunchPlan.Role.RESPONDER);
  plan(me, peer, rttMe, natter.control.PunchPlan.Role.INITIATOR);
  services.metrics.punches.inc();
  return { ok: {} };
}

export function punchResult(services: NodeServices, connection: UserLink, request: natter.control.PunchResult): ControlFrameInit {
  services.log.info({ user: connection.user.username, success: request.success, ms: request.elapsedMs }, 'punch result');
  return { ok: {} };
}
