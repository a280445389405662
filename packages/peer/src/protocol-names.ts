// The names the peer's API uses for the protocol's enums ('full-cone',
// 'away', 'accept', ...) and their wire values. Every table is keyed by the
// generated enums (packages/wire/gen, from proto/), so a value added to the
// schema fails the type check here instead of turning up as a bare number.
import type { Behaviour, NatName, NatReport } from '@natter/stun';
import { natter } from '@natter/wire';

export type StatusName = 'offline' | 'online' | 'away' | 'busy';
export type BuddyActionName = 'request' | 'accept' | 'decline' | 'remove' | 'block' | 'unblock';
export type BuddyEventKindName = 'requested' | 'accepted' | 'removed';

/** One enum's names both ways. */
export interface WireNames<Name extends string, Wire extends number> {
  /** Every name, in wire order. */
  readonly names: readonly Name[];
  /** Undefined only for a name missing from the table (the tables are keyed by the schema's values). */
  toWire(name: Name): Wire | undefined;
  /** Undefined for a value this build does not know (a newer peer or node). */
  fromWire(wire: number | null | undefined): Name | undefined;
}

function wireNames<Name extends string, Wire extends number>(byWire: Record<Wire, Name>): WireNames<Name, Wire> {
  const entries = Object.entries(byWire).map(([wire, name]) => [Number(wire) as Wire, name as Name] as const);
  const toWire = new Map(entries.map(([wire, name]) => [name, wire]));
  const fromWire = new Map(entries);
  return {
    names: entries.map(([, name]) => name),
    toWire: (name) => toWire.get(name),
    fromWire: (wire) => (wire === null || wire === undefined ? undefined : fromWire.get(wire as Wire)),
  };
}

const NatType = natter.NatType;
/** The classifier's names (packages/stun/src/classifier.ts) for natter.NatType. */
export const NAT_TYPES = wireNames<NatName, natter.NatType>({
  [NatType.NAT_UNKNOWN]: 'unknown',
  [NatType.OPEN]: 'open',
  [NatType.FULL_CONE]: 'full-cone',
  [NatType.RESTRICTED_CONE]: 'restricted-cone',
  [NatType.PORT_RESTRICTED_CONE]: 'port-restricted-cone',
  [NatType.SYMMETRIC]: 'symmetric',
  [NatType.SYMMETRIC_UDP_FIREWALL]: 'symmetric-udp-firewall',
  [NatType.UDP_BLOCKED]: 'blocked',
});

const B = natter.Behaviour;
/** RFC 4787 mapping and filtering behaviours, as the classifier names them. */
export const BEHAVIOURS = wireNames<Behaviour, natter.Behaviour>({
  [B.BEHAVIOUR_UNKNOWN]: 'unknown',
  [B.ENDPOINT_INDEPENDENT]: 'endpoint-independent',
  [B.ADDRESS_DEPENDENT]: 'address-dependent',
  [B.ADDRESS_AND_PORT_DEPENDENT]: 'address-and-port-dependent',
});

const S = natter.Status;
export const STATUSES = wireNames<StatusName, natter.Status>({
  [S.STATUS_OFFLINE]: 'offline',
  [S.ONLINE]: 'online',
  [S.AWAY]: 'away',
  [S.BUSY]: 'busy',
});

const Action = natter.control.BuddyAction.Action;
/** ACTION_UNSPECIFIED has no name: nobody asks for it. */
export const BUDDY_ACTIONS = wireNames<BuddyActionName, Exclude<natter.control.BuddyAction.Action, natter.control.BuddyAction.Action.ACTION_UNSPECIFIED>>({
  [Action.REQUEST]: 'request',
  [Action.ACCEPT]: 'accept',
  [Action.DECLINE]: 'decline',
  [Action.REMOVE]: 'remove',
  [Action.BLOCK]: 'block',
  [Action.UNBLOCK]: 'unblock',
});

const EventKind = natter.control.BuddyEvent.Kind;
/** KIND_UNSPECIFIED has no name: the peer reads it as a request (see Roster). */
export const BUDDY_EVENT_KINDS = wireNames<BuddyEventKindName, Exclude<natter.control.BuddyEvent.Kind, natter.control.BuddyEvent.Kind.KIND_UNSPECIFIED>>({
  [EventKind.REQUESTED]: 'requested',
  [EventKind.ACCEPTED]: 'accepted',
  [EventKind.REMOVED]: 'removed',
});

/** The classifier's report as the node and the buddies get it (PresenceUpdate.nat, PunchPlan.buddyNat). */
export function natReportToWire(report: NatReport): natter.NatReport.$Properties {
  return {
    udp: report.udp,
    nat: NAT_TYPES.toWire(report.nat) ?? NatType.NAT_UNKNOWN,
    mapping: BEHAVIOURS.toWire(report.mapping) ?? B.BEHAVIOUR_UNKNOWN,
    filtering: BEHAVIOURS.toWire(report.filtering) ?? B.BEHAVIOUR_UNKNOWN,
    ...(report.hairpinning !== null && { hairpinning: report.hairpinning }),
    ...(report.portPreservation !== null && { portPreservation: report.portPreservation }),
    portDelta: report.portDelta ?? 0,
  };
}
