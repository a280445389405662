// The classic NAT kinds (RFC 3489 §5 names) expressed as RFC 4787 behaviours,
// so tests can ask for "a port-restricted cone" in one word.
import { NetsimError } from './errors.js';
import type { NatConfig } from './nat.js';

export const NAT_PRESETS = deepFreeze({
  /** No NAT, no firewall: a public host. (buildTopology puts such hosts straight on the internet.) */
  open: { mapping: 'none', filtering: 'none' },
  /** Public addresses behind a stateful firewall: RFC 3489's "symmetric UDP firewall". */
  firewall: { mapping: 'none', filtering: 'address-and-port-dependent' },
  /** Full cone: EIM + EIF. */
  full: { mapping: 'endpoint-independent', filtering: 'endpoint-independent', portAllocation: 'preserving' },
  /** Restricted cone: EIM + ADF. */
  restricted: { mapping: 'endpoint-independent', filtering: 'address-dependent', portAllocation: 'preserving' },
  /** Port-restricted cone: EIM + APDF (the usual home router). */
  port: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', portAllocation: 'preserving' },
  /** Symmetric: APDM + APDF with random ports (no port prediction possible). */
  symmetric: { mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent', portAllocation: 'random' },
  /** UDP blocked: a NAT that drops all UDP (only the TCP control channel works). */
  blocked: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', udpBlocked: true },
  /** The cone and symmetric kinds on a router with no WAN input firewall (see NatConfig.inputFirewall). */
  'full-nofw': { mapping: 'endpoint-independent', filtering: 'endpoint-independent', portAllocation: 'preserving', inputFirewall: false },
  'restricted-nofw': { mapping: 'endpoint-independent', filtering: 'address-dependent', portAllocation: 'preserving', inputFirewall: false },
  'port-nofw': { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', portAllocation: 'preserving', inputFirewall: false },
  'symmetric-nofw': { mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent', portAllocation: 'random', inputFirewall: false },
} as const satisfies Record<string, NatConfig>);

function deepFreeze<T extends Record<string, object>>(presets: T): T {
  for (const p of Object.values(presets)) Object.freeze(p);
  return Object.freeze(presets);
}

export type NatPresetName = keyof typeof NAT_PRESETS;

/** The RFC 3489 name a correct classifier reports for a site behind `nat` (undefined: no NAT at all). */
export type Rfc3489Name =
  | 'Open Internet'
  | 'Full Cone'
  | 'Restricted Cone'
  | 'Port Restricted Cone'
  | 'Symmetric'
  | 'Symmetric UDP Firewall'
  | 'UDP Blocked';

export function rfc3489Name(nat: NatConfig | NatPresetName | undefined): Rfc3489Name {
  const c: NatConfig | undefined = typeof nat === 'string' ? NAT_PRESETS[nat] : nat;
  if (!c) return 'Open Internet';
  if (c.udpBlocked) return 'UDP Blocked';
  if (c.mapping === 'none') {
    // Without translation, only filtering that depends on the remote shows.
    return c.filtering === 'none' || c.filtering === 'endpoint-independent' ? 'Open Internet' : 'Symmetric UDP Firewall';
  }
  // RFC 3489 calls every mapping that varies with the destination symmetric.
  if (c.mapping !== 'endpoint-independent') return 'Symmetric';
  switch (c.filtering) {
    case 'none':
    case 'endpoint-independent':
      return 'Full Cone';
    case 'address-dependent':
      return 'Restricted Cone';
    case 'address-and-port-dependent':
      return 'Port Restricted Cone';
  }
}

/** A private copy of a preset or config, so later edits to the caller's object change nothing. */
export function resolveNat(nat: NatConfig | NatPresetName): NatConfig {
  if (typeof nat === 'string') {
    if (!Object.hasOwn(NAT_PRESETS, nat)) throw NetsimError.badConfig(`unknown NAT preset ${JSON.stringify(nat)}; one of ${Object.keys(NAT_PRESETS).join(', ')}`);
    return { ...NAT_PRESETS[nat] };
  }
  return { ...nat };
}
