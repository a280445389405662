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

function symmetricRandom(r: NatReport): boolean {
  if (!r) return false;
  const dependent = r.mapping === B.ADDRESS_DEPENDENT || r.mapping === B.ADDRESS_AND_PORT_DEPENDENT || r.nat === natter.NatType.SYMMETRIC;
  // A sequential allocator (known step) can be predicted; only random ports defeat punching.
  return dependent && !r.portDelta;
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
 * other, P(no collision) ≈ exp(-n·m/65536) over the ~64k ephemeral ports:
 * 256 × 768 gives ~95 %. Paced so a NAT's connection table is not flooded.
 */
export const BIRTHDAY_SOCKETS = 256;
export const BIRTHDAY_PORTS = 768;

export function planPunch(mine: NatReport, theirs: NatReport): PunchStrategy {
  if (blocked(mine) || blocked(theirs)) return { kind: 'relay-only', reason: 'UDP is blocked on one side' };
  const meSym = symmetricRandom(mine);
  const themSym = symmetricRandom(theirs);
  if (meSym && themSym) return { kind: 'relay-only', reason: 'both sides are symmetric NATs with random ports' };
  if (!meSym && !themSym) return { kind: 'direct' };
  // One symmetric side. If the cone side filters by address only (or not at
  // all), the symmetric side's fresh port is let in: plain probing works.
  const cone = meSym ? theirs : mine;
  if (!portFiltering(cone)) return { kind: 'direct' };
  return { kind: 'birthday', side: meSym ? 'many-sockets' : 'many-ports', sockets: BIRTHDAY_SOCKETS, ports: BIRTHDAY_PORTS };
}
