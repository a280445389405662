// Which way to try for a direct path, from the two sides' NAT reports
// (DESIGN.md, "Hole punching"). Pure: reports in, strategy out.
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

export function planPunch(mine: NatReport, theirs: NatReport): PunchStrategy {
  if (blocked(mine) || blocked(theirs)) return { kind: 'relay-only', reason: 'UDP is blocked on one side' };
  // Two symmetric NATs: each side's probes open a new mapping per port it
  // tries, so even sequential allocators drift apart; not worth the packets.
  if (dependent(mine) && dependent(theirs)) return { kind: 'relay-only', reason: 'both sides are symmetric NATs' };
  const meSym = symmetricRandom(mine);
  const themSym = symmetricRandom(theirs);
  // No random symmetric side: plain probing works; a sequential symmetric
  // side is reached at its predicted ports (PunchAttempt adds them).
  if (!meSym && !themSym) return { kind: 'direct' };
  // One symmetric side. If the cone side filters by address only (or not at
  // all), the symmetric side's fresh port is let in: plain probing works.
  const cone = meSym ? theirs : mine;
  if (!portFiltering(cone)) return { kind: 'direct' };
  return { kind: 'birthday', side: meSym ? 'many-sockets' : 'many-ports', sockets: BIRTHDAY_SOCKETS, ports: BIRTHDAY_PORTS };
}
