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
import { NAT_KINDS, startLab, type Lab, type LabSpec, type NatKind, type SiteSpec } from './natlab.js';
import { RpcProcess } from './natter-user.js';

const NODE = process.execPath;
export const PEER_LAB_PASSWORD = 'correct horse battery';

export interface PeerLabUserSpec {
  name: string;
  /** 'site/hN' */
  host: string;
}

/**
 * One user behind each NAT kind (site named after the kind) and two behind
 * one port-restricted NAT (site `lan`): the lab's peer grid.
 */
export const GRID_USERS: Array<PeerLabUserSpec & { kind: NatKind | 'lan' }> = [
  ...NAT_KINDS.map((kind) => ({ name: `${kind}1`, host: `${kind}/h1`, kind })),
  { name: 'lan1', host: 'lan/h1', kind: 'lan' },
  { name: 'lan2', host: 'lan/h2', kind: 'lan' },
];

/** The sites GRID_USERS live in, without the kinds in `except`. */
export function gridSites(except: NatKind[] = []): SiteSpec[] {
  return [...NAT_KINDS.filter((k) => !except.includes(k)).map((kind): SiteSpec => ({ name: kind, kind })), { name: 'lan', kind: 'port', hosts: 2 }];
}

export interface PeerLabUser extends PeerLabUserSpec {
  home: string;
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
  /** Stops the users and the node, removes the lab and the users' homes. */
  down(): Promise<void>;
}

/**
 * `natter server` on the lab's node host, on both of its addresses;
 * resolves once it printed where it listens. Started again on the same
 * data directory, it is the same node after a restart.
 */
export async function spawnNatterNode(lab: Lab, dataDir: string, extraArgs: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const { ip1, ip2 } = lab.nodeHost;
  const child = lab.spawn('node', NODE, [NATTER_BIN, 'server', '--json', '--host', ip1, '--port', '7878', '--stun-ip', ip1, '--alt-ip', ip2, '--data-dir', dataDir, '--log-level', 'warn', ...extraArgs]);
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
    const url = (await spawnNatterNode(lab, join(tmp, 'node'), options.nodeArgs)).url;
    await Promise.all(
      users.map(async (u) => {
        const home = join(tmp, u.name);
        const r = await lab.exec(u.host, NODE, [NATTER_BIN, 'register', u.name, '--server', url, '--password-stdin', '--home', home], { input: `${PEER_LAB_PASSWORD}\n`, timeoutMs: 30_000 });
        check(r.code === 0, `register ${u.name} on ${u.host}: ${r.stderr}`);
        // Classification on: the punch planner needs the NAT reports.
        const rpc = new RpcProcess(lab.spawn(u.host, NODE, [NATTER_BIN, 'rpc', '--home', home]));
        all.set(u.name, { ...u, home, rpc });
        await rpc.waitFor((l) => l.event === 'ready', 30_000);
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
    return { lab, url, users: all, user, befriend, down };
  } catch (err) {
    await down().catch(() => {});
    throw err;
  }
}
