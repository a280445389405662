// A one-call builder for the usual test shapes: a public server (one or two
// IPs, as RFC 5780 tests need) and sites behind NATs of the classic kinds.
import type { RunOptions, VirtualClock } from './clock.js';
import { NetsimError } from './errors.js';
import type { Host } from './host.js';
import type { LinkConditions } from './link.js';
import type { NatConfig } from './nat.js';
import { VirtualNetwork } from './network.js';
import { resolveNat, type NatPresetName } from './presets.js';
import type { Router } from './router.js';

export interface PublicHostSpec {
  name?: string;
  /** Default for the server: ['203.0.113.1']; for other public hosts, the next free address. */
  ips?: readonly string[];
  link?: LinkConditions;
}

export interface SiteSpec {
  name: string;
  /** 'open' (or mapping and filtering 'none') puts the hosts straight on the internet, no router. */
  nat: NatPresetName | NatConfig;
  /** Hosts in the site; default 1. Named after the site when 1, else `${name}1`, `${name}2`, ... */
  hosts?: number;
  /** The site's access link (the router's uplink; each host's link for an open site). */
  link?: LinkConditions;
  /** Each host's link to the site's LAN. */
  lanLink?: LinkConditions;
  /** Another site (declared earlier) this one sits behind: NAT behind NAT. */
  behind?: string;
  /** Inside range (CIDR) of a translating NAT. */
  inside?: string;
  publicAddress?: string;
}

export interface TopologySpec {
  seed?: number;
  clock?: VirtualClock;
  /** Routers inside the internet between its members (VirtualNetworkOptions.internetHops). */
  internetHops?: number;
  /** A public host named 'server' (override with name). */
  server?: PublicHostSpec;
  /** More public hosts, e.g. a second STUN server. */
  publicHosts?: readonly (PublicHostSpec & { name: string })[];
  sites?: readonly SiteSpec[];
}

export interface Site {
  name: string;
  nat: NatConfig;
  /** Undefined for an open site. */
  router: Router | undefined;
  hosts: Host[];
}

export interface Topology {
  net: VirtualNetwork;
  clock: VirtualClock;
  /** The server host; throws when the spec had none. */
  readonly server: Host;
  hosts: Record<string, Host>;
  routers: Record<string, Router>;
  sites: Record<string, Site>;
  /** net.run: drives the clock until `work` settles. */
  run<T>(work: PromiseLike<T> | (() => PromiseLike<T>), options?: RunOptions): Promise<T>;
}

export function buildTopology(spec: TopologySpec): Topology {
  const net = new VirtualNetwork({ seed: spec.seed ?? 1, ...(spec.clock ? { clock: spec.clock } : {}), ...(spec.internetHops !== undefined ? { internetHops: spec.internetHops } : {}) });
  const hosts: Record<string, Host> = {};
  const routers: Record<string, Router> = {};
  const sites: Record<string, Site> = {};

  let server: Host | undefined;
  if (spec.server) {
    server = net.addHost({ name: spec.server.name ?? 'server', addresses: spec.server.ips ?? ['203.0.113.1'], link: spec.server.link ?? {} });
    hosts[server.name] = server;
  }
  for (const p of spec.publicHosts ?? []) {
    hosts[p.name] = net.addHost({ name: p.name, link: p.link ?? {}, ...(p.ips ? { addresses: p.ips } : {}) });
  }

  for (const s of spec.sites ?? []) {
    if (sites[s.name]) throw NetsimError.badConfig(`site ${s.name} is declared twice`);
    const nat = resolveNat(s.nat);
    let behind: Router | undefined;
    if (s.behind !== undefined) {
      const parent = sites[s.behind];
      if (!parent?.router) throw NetsimError.badConfig(`site ${s.name}: behind '${s.behind}' needs an earlier site with a router`);
      behind = parent.router;
    }
    const open = nat.mapping === 'none' && nat.filtering === 'none' && !nat.udpBlocked;
    let router: Router | undefined;
    if (!open) {
      router = net.addRouter({
        name: `${s.name}-router`,
        nat,
        link: s.link ?? {},
        ...(behind ? { behind } : {}),
        ...(s.inside ? { inside: s.inside } : {}),
        ...(s.publicAddress ? { publicAddress: s.publicAddress } : {}),
      });
      routers[router.name] = router;
    }
    const count = s.hosts ?? 1;
    const members: Host[] = [];
    for (let i = 0; i < count; i++) {
      const name = count === 1 ? s.name : `${s.name}${i + 1}`;
      const link = (open ? (s.link ?? s.lanLink) : s.lanLink) ?? {};
      const host = net.addHost({ name, link, ...(router ? { behind: router } : behind ? { behind } : {}) });
      hosts[name] = host;
      members.push(host);
    }
    sites[s.name] = { name: s.name, nat, router, hosts: members };
  }

  return {
    net,
    clock: net.clock,
    get server(): Host {
      if (!server) throw NetsimError.badConfig('this topology has no server');
      return server;
    },
    hosts,
    routers,
    sites,
    run: (work, options) => net.run(work, options),
  };
}
