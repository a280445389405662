// Bounds on everything a client makes the node keep or pass on
// (docs/security.md, "What a buddy or a stranger can make the node do").
// A field is cut or refused where it arrives, so nothing stored or
// forwarded can grow a frame past what its recipient can take.
import { isIP } from 'node:net';
import { isPrivateAddress } from '@natter/io';
import { natter } from '@natter/wire';
import type { Endpoint } from './presence.js';

/** Status text, in characters (a tweet-sized line). */
export const MAX_STATUS_TEXT_CHARS = 140;
/** The greeting with a buddy request. */
export const MAX_REQUEST_MESSAGE_CHARS = 280;
/** LAN candidates per presence (a host rarely has more than a few interfaces). */
export const MAX_LAN_CANDIDATES = 8;
/** Offline message ids: peers use 16 random bytes; room for a longer scheme, no more. */
export const MAX_MESSAGE_ID_BYTES = 32;
/** Client software string shown to buddies. */
export const MAX_CLIENT_VERSION_CHARS = 64;

/** Cuts a string to `max` characters without splitting a surrogate pair. */
export function clip(text: unknown, max: number): string {
  const s = typeof text === 'string' ? text : '';
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const validPort = (port: unknown) => Number.isInteger(Number(port)) && Number(port) > 0 && Number(port) < 65536;

/**
 * LAN candidates a buddy may be sent to: addresses of private, link-local
 * or carrier-NAT ranges, and IPv6 addresses (kept here, passed on only
 * inside the /64 the node observed the user in: PresenceHub.presenceOf). A
 * public IPv4 address here would let a user make every buddy's peer probe
 * an arbitrary host; the public candidates are the ones the node itself
 * observed (authenticated STUN, over IPv4 and IPv6).
 */
export function lanCandidates(list: natter.Endpoint.$Properties[] | null | undefined): Endpoint[] {
  const out: Endpoint[] = [];
  // Only the first few are looked at: the work per update is bounded too.
  for (const e of (list ?? []).slice(0, MAX_LAN_CANDIDATES)) {
    const ip = typeof e.ip === 'string' ? e.ip : '';
    if (ip.length > 45 || isIP(ip) === 0 || !(isPrivateAddress(ip) || isIP(ip) === 6) || !validPort(e.port)) continue;
    out.push({ ip, port: Number(e.port) });
  }
  return out;
}

const enumValue = <T extends number>(values: Record<string, unknown>, v: unknown): T => (typeof v === 'number' && typeof values[v] === 'string' ? (v as T) : (0 as T));

/**
 * A NAT report rebuilt from its known fields only: enums in range, the
 * mapped endpoint a valid IP and port, the port delta a plausible step.
 * Stored unchecked, a 256 KiB report made its owner's presence too large
 * for every buddy's buddy list.
 */
export function natReport(report: natter.NatReport.$Properties | null | undefined): natter.NatReport.$Properties | undefined {
  if (!report) return undefined;
  const out: natter.NatReport.$Properties = {
    udp: report.udp === true,
    nat: enumValue<natter.NatType>(natter.NatType, report.nat),
    mapping: enumValue<natter.Behaviour>(natter.Behaviour, report.mapping),
    filtering: enumValue<natter.Behaviour>(natter.Behaviour, report.filtering),
    portDelta: Math.max(-65535, Math.min(65535, Math.trunc(Number(report.portDelta) || 0))),
  };
  if (typeof report.hairpinning === 'boolean') out.hairpinning = report.hairpinning;
  if (typeof report.portPreservation === 'boolean') out.portPreservation = report.portPreservation;
  const mapped = report.mapped;
  if (mapped && typeof mapped.ip === 'string' && mapped.ip.length <= 45 && isIP(mapped.ip) !== 0 && validPort(mapped.port)) {
    out.mapped = { ip: mapped.ip, port: Number(mapped.port), kind: natter.Endpoint.Kind.PUBLIC };
  }
  return out;
}
