// Real `natter` processes in the kernel NAT lab: a `natter server` on the
// lab's node host (both public addresses, so clients get the full RFC 5780
// classification), users registered from their lab hosts, each running
// `natter rpc` with NAT classification on, befriended as asked. Shared by
// the lab's peer tests and the peer benchmark.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATTER_BIN } from './cli.js';
import { NAT_KINDS, nofwVariant, startLab, type BaseNatKind, type Lab, type LabSpec, type NatKind, type SiteSpec } from './natlab.js';
import { RpcProcess } from './natter-user.js';

const NODE = process.execPath;
export const PEER_LAB_PASSWORD = 'correct horse battery';

export interface PeerLabUserSpec {
  name: string;
  /** 'site/hN' */
  host: string;
}

/**
 * The two kinds of router the grid runs on: the lab's NATs with a WAN input
 * firewall, and the same NATs on routers without one (a Linux box doing
 * masquerade, where an early probe from a buddy is taken by the router and
 * moves the host's mapping; docs/natlab.md).
 */
export type RouterVariant = 'firewalled' | 'nofw';

export interface GridUser extends PeerLabUserSpec {
  /** The NAT kind of the user's site (`lan`: two users behind one port-restricted NAT). */
  kind: NatKind | 'lan';
}

/** A grid site's name: the kind, or for the -nofw kinds the kind and `nf` (site names have no '-'). */
function siteName(kind: BaseNatKind | 'lan', variant: RouterVariant): string {
  return variant === 'nofw' && kind !== 'open' && kind !== 'blocked' ? `${kind}nf` : kind;
}

/**
 * One user behind each NAT kind of a variant and two behind one
 * port-restricted NAT of it (site `lan` or `lannf`): the lab's peer grid.
 * `open` and `blocked` have no router variant: both grids share those users.
 */
export function gridUsers(variant: RouterVariant = 'firewalled'): GridUser[] {
  const lan = siteName('lan', variant);
  return [
    ...NAT_KINDS.map((kind): GridUser => ({ name: `${siteName(kind, variant)}1`, host: `${siteName(kind, variant)}/h1`, kind: variant === 'nofw' ? nofwVariant(kind) : kind })),
    { name: `${lan}1`, host: `${lan}/h1`, kind: 'lan' },
    { name: `${lan}2`, host: `${lan}/h2`, kind: 'lan' },
  ];
}

/** The firewalled grid (the benchmark's, and the grid before the -nofw kinds). */
export const GRID_USERS: GridUser[] = gridUsers('firewalled');

/** The sites the grid users of `variants` live in, without the kinds in `except`. */
export function gridSites(except: BaseNatKind[] = [], variants: RouterVariant[] = ['firewalled']): SiteSpec[] {
  const sites = new Map<string, SiteSpec>();
  for (const variant of variants) {
    for (const kind of NAT_KINDS.filter((k) => !except.includes(k))) {
      const name = siteName(kind, variant);
      sites.set(name, { name, kind: variant === 'nofw' ? nofwVariant(kind) : kind });
    }
    const lan = siteName('lan', variant);
    sites.set(lan, { name: lan, kind: variant === 'nofw' ? 'port-nofw' : 'port', hosts: 2 });
  }
  return [...sites.values()];
}

export interface PeerLabUser extends PeerLabUserSpec {
  home: string;
  /** The user's current `natter rpc` (a new one after restartUser). */
  rpc: RpcProcess;
}

export interface PeerLab {
  lab: Lab;
  /** The node's address as users give it (TLS, its key pinned on first contact). */
  url: string;
  users: Map<string, PeerLabUser>;
  user(name: string): PeerLabUser;
  /** Makes a and b buddies (a asks, b accepts). */
  befriend(a: string, b: string): Promise<void>;
  /** Stops the node with `signal` (SIGKILL: a crash) and starts it again on the same data; resolves once it listens. */
  restartNode(signal?: NodeJS.Signals): Promise<void>;
  /**
   * Stops a user's `natter rpc` with `signal` (SIGKILL: a crash), waits
   * `downMs`, and starts a new one on the same --home (its history, its
   * saved session); resolves once it is ready. `user(name).rpc` is the new one.
   */
  restartUser(name: string, signal?: NodeJS.Signals, downMs?: number): Promise<PeerLabUser>;
  /** Stops the users and the node, removes the lab and the users' homes. */
  down(): Promise<void>;
}

/**
 * `natter server` on the lab's node host, on both of its addresses;
 * resolves once it printed where it listens. Started again on the same
 * data directory, it is the same node after a restart.
 */
export async function spawnNatterNode(lab: Lab, dataDir: string, extraArgs: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const { ip1, ip2, v6 } = lab.nodeHost;
  // A lab with IPv6 sites: the node listens on both families and runs STUN on its two IPv6 addresses too.
  const six = v6 ? ['--host', '::', '--stun-ip6', v6.ip1, '--alt-ip6', v6.ip2] : ['--host', ip1];
  const child = lab.spawn('node', NODE, [NATTER_BIN, 'server', '--json', ...six, '--port', '7878', '--stun-ip', ip1, '--alt-ip', ip2, '--data-dir', dataDir, '--log-level', 'warn', ...extraArgs]);
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`node exited ${code}: ${err}`)));
  });
  return { child, url: `${ip1}:7878` };
}

/** The node's address as a lab host gives it: IPv4, or IPv6 on an IPv6-only host. */
export function nodeUrlFor(lab: Lab, host: string): string {
  const h = lab.hosts[host];
  return h?.ip === null && lab.nodeHost.v6 ? `[${lab.nodeHost.v6.ip1}]:7878` : `${lab.nodeHost.ip1}:7878`;
}

/** `natter rpc` for a registered --home, with NAT classification on (the punch planner needs the reports); resolves once ready. */
async function startRpc(lab: Lab, host: string, home: string): Promise<RpcProcess> {
  const rpc = new RpcProcess(lab.spawn(host, NODE, [NATTER_BIN, 'rpc', '--home', home]));
  await rpc.waitFor((l) => l.event === 'ready', 30_000);
  return rpc;
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

export async function startPeerLab(spec: LabSpec, users: PeerLabUserSpec[], friends: 'all' | Array<[string, string]> = 'all', options: { nodeArgs?: string[] } = {}): Promise<PeerLab> {
  const tmp = mkdtempSync(join(tmpdir(), 'natlab-peers-'));
  const lab = await startLab(spec);
  const all = new Map<string, PeerLabUser>();
  const down = async () => {
    for (const u of all.values()) u.rpc.kill();
    await lab.down();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    let node = await spawnNatterNode(lab, join(tmp, 'node'), options.nodeArgs);
    const url = node.url;
    await Promise.all(
      users.map(async (u) => {
        const home = join(tmp, u.name);
        const r = await lab.exec(u.host, NODE, [NATTER_BIN, 'register', u.name, '--server', nodeUrlFor(lab, u.host), '--password-stdin', '--home', home], { input: `${PEER_LAB_PASSWORD}\n`, timeoutMs: 30_000 });
        check(r.code === 0, `register ${u.name} on ${u.host}: ${r.stderr}`);
        all.set(u.name, { ...u, home, rpc: await startRpc(lab, u.host, home) });
      }),
    );
    const user = (name: string) => {
      const u = all.get(name);
      if (!u) throw new Error(`no lab user ${name}`);
      return u;
    };
    const befriend = async (an: string, bn: string) => {
      const a = user(an);
      const b = user(bn);
      const asked = await a.rpc.call({ cmd: 'add', user: b.name });
      check(asked.ok === true, `${an} add ${bn}: ${JSON.stringify(asked)}`);
      await b.rpc.waitFor((l) => l.event === 'buddy-request' && l.from === a.name, 15_000);
      const accepted = await b.rpc.call({ cmd: 'accept', user: a.name });
      check(accepted.ok === true, `${bn} accept ${an}: ${JSON.stringify(accepted)}`);
    };
    const pairs: Array<[string, string]> = friends === 'all' ? users.flatMap((a, i) => users.slice(i + 1).map((b): [string, string] => [a.name, b.name])) : friends;
    for (const [a, b] of pairs) await befriend(a, b);
    // Presence (with NAT reports and endpoints) settles.
    await new Promise((r) => setTimeout(r, 2000));
    const restartNode = async (signal: NodeJS.Signals = 'SIGTERM') => {
      const old = node.child;
      await new Promise<void>((resolve) => {
        if (old.exitCode !== null || old.signalCode !== null) return resolve();
        old.once('exit', () => resolve());
        old.kill(signal);
      });
      node = await spawnNatterNode(lab, join(tmp, 'node'), options.nodeArgs);
    };
    const restartUser = async (name: string, signal: NodeJS.Signals = 'SIGKILL', downMs = 0) => {
      const u = user(name);
      await new Promise<void>((resolve) => {
        if (u.rpc.child.exitCode !== null || u.rpc.child.signalCode !== null) return resolve();
        u.rpc.child.once('exit', () => resolve());
        u.rpc.child.kill(signal);
      });
      await new Promise((r) => setTimeout(r, downMs));
      u.rpc = await startRpc(lab, u.host, u.home);
      return u;
    };
    return { lab, url, users: all, user, befriend, restartNode, restartUser, down };
  } catch (err) {
    await down().catch(() => {});
    throw err;
  }
}
