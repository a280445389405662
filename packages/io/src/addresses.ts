// What kind of address an IP is: loopback (never leaves the machine),
// private/link-local (a LAN candidate worth probing), or public. The node
// and the peer both decide with these who may speak plain text and where a
// buddy may make us send probes (docs/security.md).
import { isIP } from 'node:net';

function ipv4Octets(ip: string): number[] | undefined {
  if (isIP(ip) !== 4) return undefined;
  return ip.split('.').map(Number);
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as its IPv4 text, else the input. */
function unmapped(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1]! : ip;
}

/** 127.0.0.0/8 and ::1 (and their IPv4-mapped forms). */
export function isLoopbackAddress(address: string): boolean {
  const ip = unmapped(address.replace(/^\[|\]$/g, '').toLowerCase());
  const v4 = ipv4Octets(ip);
  if (v4) return v4[0] === 127;
  return ip === '::1';
}

/** Host names that resolve to this machine by definition (RFC 6761 §6.3), and loopback IPs. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isLoopbackAddress(host);
}

/**
 * Addresses a LAN candidate may have: RFC 1918, link-local (RFC 3927),
 * shared address space behind carrier NAT (RFC 6598), IPv6 unique-local
 * (RFC 4193) and link-local. A buddy can name only these, or the public
 * endpoint the node itself observed, as places for our probes to go.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = unmapped(address.toLowerCase());
  const v4 = ipv4Octets(ip);
  if (v4) {
    const [a, b] = v4 as [number, number];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  if (isIP(ip) !== 6) return false;
  return /^f[cd][0-9a-f]{2}:/.test(ip) || /^fe[89ab][0-9a-f]:/.test(ip);
}

/** The 8 groups of an IPv6 address as numbers (IPv4-mapped tails included); undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  if (isIP(ip) !== 6) return undefined;
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = text.slice(0, -v4[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = part(head);
  const t = part(tail);
  return tail === undefined ? h : [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
}

/**
 * Whether two IPv6 addresses share their /64: one subnet, one link (RFC
 * 4291 §2.5.1). A buddy may name global IPv6 addresses of its own for
 * probes only inside the /64 the node observed it in.
 */
export function sameIpv6Subnet(a: string, b: string): boolean {
  const x = ipv6Groups(a);
  const y = ipv6Groups(b);
  if (!x || !y) return false;
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return false;
  return true;
}
