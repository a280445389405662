// Which way to try for a direct path, from the two sides' NAT reports
// (docs/protocol.md, "The peer channel", step 2). Pure: reports in,
// strategy out.
import { natter } from '@natter/wire';

type NatReport = natter.NatReport.$Properties | null | undefined;

export type PunchStrategy =
  | { kind: 'direct' }
  /** Birthday probing: the symmetric side opens many sockets, the cone side sprays many ports. */
  | { kind: 'birthday'; side: 'many-sockets' | 'many-ports'; sockets: number; ports: number }
  | { kind: 'relay-only'; reason: string };

const B = natter.Behaviour;

/** A new public port per destination (RFC 3489's "symmetric"). */
function dependent(r: NatReport): boolean {
  return Boolean(r && (r.mapping === B.ADDRESS_DEPENDENT || r.mapping === B.ADDRESS_AND_PORT_DEPENDENT || r.nat === natter.NatType.SYMMETRIC));
}

/** A dependent mapping whose next port cannot be predicted (no regular step). */
function symmetricRandom(r: NatReport): boolean {
  return dependent(r) && !r?.portDelta;
}

function blocked(r: NatReport): boolean {
  return Boolean(r && (r.nat === natter.NatType.UDP_BLOCKED || (r.nat !== undefined && r.nat !== natter.NatType.NAT_UNKNOWN && r.udp === false)));
}

/** Strict filtering: only the exact address and port we sent to may answer. */
function portFiltering(r: NatReport): boolean {
  if (!r) return true; // unknown: assume the worst
  return r.filtering === B.ADDRESS_AND_PORT_DEPENDENT || r.filtering === B.BEHAVIOUR_UNKNOWN || r.filtering === undefined || r.filtering === null;
}

/**
 * Birthday sizes: with n sockets on one side and m probed ports on the
 * other, P(no collision) ≈ exp(-n·m/64512) over the 1024..65535 ports a
 * NAT allocates from: 256 × 1024 misses ~2 % of the time. The cone side
 * therefore probes BIRTHDAY_PASSES passes of m fresh ports (4096 in all,
 * ~1.6 s at its pace): a miss once every socket is open is ~1e-7.
 */
export const BIRTHDAY_SOCKETS = 256;
export const BIRTHDAY_PORTS = 1024;
export const BIRTHDAY_PASSES = 4;

/**
 * The strategy for one attempt. `attempt` counts the failed attempts with
 * this buddy since the last success (both sides get the same number from
 * the node's plan) and `initiator` is this side's role in the plan. A
 * retry changes the strategy instead of repeating what just failed: where
 * plain probing was chosen and did not work, the NAT reports were wrong
 * about something (a NAT that maps per destination under load, a filter
 * stricter than measured), so the second and later attempts use birthday
 * probing: the side whose mapping depends on the destination opens the
 * sockets, or, if neither does by the reports, the initiator on odd
 * attempts and the responder on even ones (a symmetric NAT taken for a cone
 * is reached only when it is the side with the sockets).
 */
export function planPunch(mine: NatReport, theirs: NatReport, attempt = 0, initiator = true): PunchStrategy {
  if (blocked(mine) || blocked(theirs)) return { kind: 'relay-only', reason: 'UDP is blocked on one side' };
  // Two symmetric NATs: each side's probes open a new mapping per port it
  // tries, so even sequential allocators drift apart; not worth the packets.
  if (dependent(mine) && dependent(theirs)) return { kind: 'relay-only', reason: 'both sides are symmetric NATs' };
  const meSym = symmetricRandom(mine);
  const themSym = symmetricRandom(theirs);
  const birthday = (meSockets: boolean): PunchStrategy => ({ kind: 'birthday', side: meSockets ? 'many-sockets' : 'many-ports', sockets: BIRTHDAY_SOCKETS, ports: BIRTHDAY_PORTS });
  if (!meSym && !themSym) {
    // No random symmetric side: plain probing works; a sequential symmetric
    // side is reached at its predicted ports (PunchAttempt adds them).
    if (attempt === 0) return { kind: 'direct' };
    const meDep = dependent(mine);
    const themDep = dependent(theirs);
    return birthday(meDep || (!themDep && (attempt % 2 === 1) === initiator));
  }
  // One symmetric side. If the cone side filters by address only (or not at
  // all), the symmetric side's fresh port is let in: plain probing works.
  const cone = meSym ? theirs : mine;
  if (!portFiltering(cone) && attempt === 0) return { kind: 'direct' };
  return birthday(meSym);
}
