// Where a punch attempt may send probes (docs/security.md): the public
// endpoints the node itself observed (an authenticated STUN binding, over
// IPv4 and over IPv6), LAN candidates in private or unique-local ranges,
// global IPv6 candidates inside the /64 the node observed the buddy in, and
// the ports a sequential symmetric NAT will give next. A buddy names its LAN
// candidates itself; without these rules one PunchRequest could aim our
// probes at any host on the internet. Pure: a plan in, targets out.
import { isIP } from 'node:net';
import { isPrivateAddress, sameIpv6Subnet } from '@natter/io';
import { natter } from '@natter/wire';

export interface PunchTarget {
  address: string;
  port: number;
  family: 'IPv4' | 'IPv6';
  /**
   * 'public': reached across both NATs (opened first with low-TTL
   * packets); 'lan': a candidate on the buddy's own network, probed plainly.
   */
  reach: 'public' | 'lan';
}

const Kind = natter.Endpoint.Kind;
/** How many steps ahead of the observed port a sequential symmetric NAT is probed. */
export const PREDICTED_PORTS = 32;

/** fe80::/10 needs a zone (an interface) to be reached: never a target. */
const isLinkLocal6 = (ip: string) => /^fe[89ab][0-9a-f]:/i.test(ip);

export function punchTargets(plan: natter.control.PunchPlan.$Properties): PunchTarget[] {
  const candidates = plan.candidates ?? [];
  const valid = (c: natter.Endpoint.$Properties): c is { ip: string; port: number } & natter.Endpoint.$Properties =>
    typeof c.ip === 'string' && isIP(c.ip) !== 0 && Number.isInteger(c.port) && Number(c.port) > 0 && Number(c.port) < 65536;
  const family = (ip: string) => (isIP(ip) === 6 ? 'IPv6' : 'IPv4') as PunchTarget['family'];
  const publics = candidates.filter((c) => c.kind === Kind.PUBLIC && valid(c)) as Array<{ ip: string; port: number }>;
  const public6 = publics.filter((c) => family(c.ip) === 'IPv6');
  const out: PunchTarget[] = [];
  const seen = new Set<string>();
  const add = (ip: string, port: number, reach: PunchTarget['reach']) => {
    const key = `${ip}|${port}`;
    if (seen.has(key) || isLinkLocal6(ip)) return;
    seen.add(key);
    out.push({ address: ip, port, family: family(ip), reach });
  };
  for (const c of publics) add(c.ip, c.port, 'public');
  for (const c of candidates) {
    if (c.kind !== Kind.LAN || !valid(c)) continue;
    if (isPrivateAddress(c.ip)) add(c.ip, c.port, 'lan');
    // A global IPv6 address of the buddy's host: only inside the /64 the
    // node saw the buddy in, so a buddy can point us at its own subnet at
    // most, as with private LAN addresses.
    else if (family(c.ip) === 'IPv6' && public6.some((p) => sameIpv6Subnet(p.ip, c.ip))) add(c.ip, c.port, 'public');
  }
  // Port prediction: a symmetric NAT with a regular step gives the buddy's
  // mapping towards us the next ports after the one the node saw. Other
  // traffic of theirs may have taken a few, so look some steps ahead.
  const nat = plan.buddyNat;
  const step = nat?.portDelta ?? 0;
  const pub = publics.find((c) => family(c.ip) === 'IPv4');
  if (step && pub && (nat?.mapping === natter.Behaviour.ADDRESS_DEPENDENT || nat?.mapping === natter.Behaviour.ADDRESS_AND_PORT_DEPENDENT)) {
    for (let k = 1; k <= PREDICTED_PORTS; k++) {
      const port = pub.port + k * step;
      if (port > 0 && port < 65536) add(pub.ip, port, 'public');
    }
  }
  return out;
}
