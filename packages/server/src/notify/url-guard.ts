// Where a webhook may not point: this machine, private networks, link-local
// and other internal ranges, unless the operator allows it. The check runs
// on the addresses the name resolves to *at connect time* (our own lookup
// for the connection, so the address checked is the address used: a name
// that resolved to a public address when the webhook was added and to
// 127.0.0.1 now - DNS rebinding - is refused), and again on the address the
// socket is connected to.
import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { networkInterfaces } from 'node:os';
import { NodeError } from '../errors.js';

/** Ranges no webhook may reach by default (IANA special-purpose registries, RFC 6890). */
const FORBIDDEN: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'this network'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'unique local'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const blocked = new BlockList();
for (const [net, prefix, type] of FORBIDDEN) blocked.addSubnet(net, prefix, type);

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as its IPv4 text. */
function unmapped(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1]! : ip;
}

/** This machine's own interface addresses (its public ones too: the node must not call itself). */
function ownAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) out.add(unmapped(a.address.toLowerCase()));
  return out;
}

/** Why `address` is no place for a webhook, or undefined when it is fine. */
export function forbiddenAddress(address: string, own: Set<string> = ownAddresses()): string | undefined {
  const ip = unmapped(address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase());
  const family = isIP(ip);
  if (!family) return 'not an IP address';
  if (own.has(ip)) return 'an address of the node itself';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (!blocked.check(ip, type)) return undefined;
  const hit = FORBIDDEN.find(([net, prefix, t]) => {
    if (t !== type) return false;
    const one = new BlockList();
    one.addSubnet(net, prefix, t);
    return one.check(ip, t);
  });
  return hit?.[3] ?? 'internal';
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request: resolves the name, refuses it when any of
 * its addresses is forbidden (NOTIFY_URL_FORBIDDEN), and hands the socket
 * exactly the addresses it checked.
 */
export function guardedLookup(allowPrivate: boolean, resolver: Resolver = systemResolver) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    resolver(hostname).then(
      (addresses) => {
        const usable = addresses.filter((a) => !options.family || options.family === a.family || options.family === `IPv${a.family}`);
        if (!usable.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        if (!allowPrivate) {
          const own = ownAddresses();
          for (const a of usable) {
            const why = forbiddenAddress(a.address, own);
            if (why) return callback(new NodeError('NOTIFY_URL_FORBIDDEN', `${hostname} resolves to ${a.address} (${why}); webhooks may not point there`) as never, '', 0);
          }
        }
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

/** Checks a URL's host before anything is sent: an IP literal is checked as it is (no lookup happens for it); a name by resolving it now. */
export async function checkWebhookHost(host: string, allowPrivate: boolean, resolver: Resolver = systemResolver): Promise<void> {
  if (allowPrivate) return;
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) throw new NodeError('NOTIFY_URL_FORBIDDEN', `${host} is this machine; webhooks may not point there`);
  const own = ownAddresses();
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await resolver(bare).catch((err: Error) => {
    throw new NodeError('NOTIFY_ADDRESS_INVALID', `cannot resolve ${host}: ${err.message}`);
  });
  for (const a of addresses) {
    const why = forbiddenAddress(a.address, own);
    if (why) throw new NodeError('NOTIFY_URL_FORBIDDEN', `${host} ${isIP(bare) ? 'is' : `resolves to ${a.address}, which is`} ${why}; webhooks may not point there`);
  }
}
