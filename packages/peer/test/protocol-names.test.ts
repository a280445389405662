// The name <-> wire tables against the generated enums: every value the
// schema defines has a name (a value added to proto/ without one fails
// here), names go to wire and back unchanged, and a value from a newer peer
// or node reads as unknown instead of as a wrong name.
import { describe, expect, it } from 'vitest';
import { natter } from '@natter/wire';
import { BEHAVIOURS, BUDDY_ACTIONS, BUDDY_EVENT_KINDS, NAT_TYPES, STATUSES, natReportToWire, type WireNames } from '@natter/peer';
import type { NatReport } from '@natter/stun';

const values = (generated: object, ...unnamed: number[]) => Object.values(generated).filter((v): v is number => typeof v === 'number' && !unnamed.includes(v));

const TABLES: Array<[string, WireNames<string, number>, number[]]> = [
  ['NatType', NAT_TYPES, values(natter.NatType)],
  ['Behaviour', BEHAVIOURS, values(natter.Behaviour)],
  ['Status', STATUSES, values(natter.Status)],
  ['BuddyAction.Action', BUDDY_ACTIONS, values(natter.control.BuddyAction.Action, natter.control.BuddyAction.Action.ACTION_UNSPECIFIED)],
  ['BuddyEvent.Kind', BUDDY_EVENT_KINDS, values(natter.control.BuddyEvent.Kind, natter.control.BuddyEvent.Kind.KIND_UNSPECIFIED)],
];

describe('protocol names', () => {
  it.each(TABLES)('%s: one name per generated value, both ways', (_enum, table, wire) => {
    expect(wire.length).toBeGreaterThan(0);
    expect(table.names).toHaveLength(wire.length);
    expect(new Set(table.names).size).toBe(wire.length);
    for (const w of wire) expect(table.toWire(table.fromWire(w)!)).toBe(w);
    expect(table.fromWire(99)).toBeUndefined();
    expect(table.fromWire(undefined)).toBeUndefined();
  });

  it('the names the API and UIs show', () => {
    expect(NAT_TYPES.names).toEqual(['unknown', 'open', 'full-cone', 'restricted-cone', 'port-restricted-cone', 'symmetric', 'symmetric-udp-firewall', 'blocked']);
    expect(STATUSES.names).toEqual(['offline', 'online', 'away', 'busy']);
    expect(BUDDY_ACTIONS.toWire('unblock')).toBe(natter.control.BuddyAction.Action.UNBLOCK);
    expect(BUDDY_EVENT_KINDS.fromWire(natter.control.BuddyEvent.Kind.REMOVED)).toBe('removed');
    expect(NAT_TYPES.fromWire(natter.NatType.UDP_BLOCKED)).toBe('blocked');
  });

  it('a classifier report on the wire keeps what was measured and leaves out what was not', () => {
    const report = { udp: true, nat: 'symmetric', mapping: 'address-and-port-dependent', filtering: 'address-dependent', hairpinning: null, portPreservation: false, portDelta: 2 } as NatReport;
    expect(natReportToWire(report)).toEqual({
      udp: true,
      nat: natter.NatType.SYMMETRIC,
      mapping: natter.Behaviour.ADDRESS_AND_PORT_DEPENDENT,
      filtering: natter.Behaviour.ADDRESS_DEPENDENT,
      portPreservation: false,
      portDelta: 2,
    });
  });
});
