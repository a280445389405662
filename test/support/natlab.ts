// Vitest side of the kernel NAT lab (scripts/natlab, docs/natlab.md): build a
// topology of network namespaces for one test file, run commands on its
// hosts, and tear it down afterwards, also when a test fails or the runner
// dies. Without root/ip/nft, suites skip themselves with one printed line.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe } from 'vitest';
import { natlabBlocker } from '../../scripts/natlab-env.mjs';

export const NATLAB_BIN = fileURLToPath(new URL('../../scripts/natlab', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The NAT behaviours a site router can have (docs/natlab.md). */
export type BaseNatKind = 'open' | 'full' | 'restricted' | 'port' | 'symmetric' | 'blocked';
/** The same NATs on a router without a WAN input firewall (a Linux box doing masquerade). */
export type NofwNatKind = 'full-nofw' | 'restricted-nofw' | 'port-nofw' | 'symmetric-nofw';
export type NatKind = BaseNatKind | NofwNatKind;
export const NAT_KINDS: readonly BaseNatKind[] = ['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'];
export const NOFW_KINDS: readonly NofwNatKind[] = ['full-nofw', 'restricted-nofw', 'port-nofw', 'symmetric-nofw'];
/** A kind's router without a WAN input firewall, where the lab has one (open and blocked have no such variant). */
export function nofwVariant(kind: BaseNatKind): NatKind {
  return kind === 'open' || kind === 'blocked' ? kind : `${kind}-nofw`;
}

export interface LinkOptions {
  /** One-way delay added in each direction of a site's uplink, e.g. '20ms' (tc netem, else NFQUEUE; see latencyMechanism). */
  latency?: string;
  /** Delay variation, e.g. '5ms' (needs latency). */
  jitter?: string;
  /** Packet loss in each direction, e.g. '1%'. */
  loss?: string;
}

export interface SiteSpec extends LinkOptions {
  name: string;
  kind: NatKind;
  /** Hosts on the site's LAN, named h1..hN; default 1, 0 for a carrier-only NAT. */
  hosts?: number;
  /** Put this site's WAN on another site's LAN (NAT behind NAT); that site must come first. */
  behind?: string;
  /** 'dual': hosts also get a global IPv6 address behind a stateful firewall; 'only': IPv6 and no IPv4. */
  v6?: 'dual' | 'only';
}

export interface LabSpec extends LinkOptions {
  sites: SiteSpec[];
}

export interface LabHost {
  /** 'site/hN' (the name stays when the host moves to another site) */
  name: string;
  ns: string;
  /** IPv4 address; null on an IPv6-only site. */
  ip: string | null;
  /** Global IPv6 address on a v6 site, else null. */
  ip6: string | null;
  site: string;
  kind: NatKind;
  gateway: string | null;
  gateway6: string | null;
  /** The IPv4 source address the internet sees for this host (its outermost NAT's WAN); null without IPv4. */
  publicIp: string | null;
}

export interface LabSite {
  name: string;
  kind: NatKind;
  /** The router's namespace. */
  ns: string;
  /** A top-level site's access router (target 'SITE/isp'); null behind another site. */
  isp: string | null;
  parent: string | null;
  wanIp: string;
  publicIp: string;
  lan: string;
  lanIp: string;
  v6: 'dual' | 'only' | null;
  lan6: string | null;
  lanIp6: string | null;
  wanIp6: string | null;
  /** The far end of the site's uplink (where the other direction is shaped): a target and its device. */
  uplink: { target: string; dev: string };
  hosts: string[];
  latency: string | null;
  jitter: string | null;
  loss: string | null;
}

export interface NodeHost {
  ns: string;
  /** Primary public address (e.g. a STUN server's main address). */
  ip1: string;
  /** Second public address on the same host (RFC 5780 OTHER-ADDRESS). */
  ip2: string;
  gateway: string;
  /** The same two addresses in IPv6, when some site of the lab has IPv6. */
  v6: { ip1: string; ip2: string; gateway: string } | null;
}

export interface ExecResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  timeoutMs?: number;
  input?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Lab {
  run: string;
  prefix: string;
  /** Whether this kernel has sch_netem. */
  netem: boolean;
  /** How latency is made in this lab: tc netem, the NFQUEUE fallback, or not at all. */
  delay: 'netem' | 'nfqueue' | null;
  nodeHost: NodeHost;
  hosts: Record<string, LabHost>;
  sites: Record<string, LabSite>;
  /** The namespace of a target: 'site/hN', 'site' (its router), 'node' or 'inet'. */
  ns(target: string): string;
  /** Runs cmd in the target's namespace and collects its output. */
  exec(target: string, cmd: string, args?: string[], opts?: ExecOptions): Promise<ExecResult>;
  /** Starts cmd in the target's namespace; down() stops it if it still runs. */
  spawn(target: string, cmd: string, args?: string[], opts?: SpawnOptions): ChildProcess;
  /** The lab's namespaces that exist right now. */
  namespaces(): string[];
  /**
   * Moves a host to another site's LAN (`natlab move`): its link is
   * replaced, it gets that site's addresses, its processes keep running.
   * Updates `hosts` and `sites`; resolves with the host as it is now.
   */
  move(host: string, site: string): Promise<LabHost>;
  /** Stops spawned processes and removes every namespace; safe to call twice. */
  down(): Promise<void>;
}

interface LabJson {
  run: string;
  prefix: string;
  netem: boolean | null;
  delay?: 'netem' | 'nfqueue' | null;
  inet: { ns: string };
  node: NodeHost;
  sites: Record<string, Omit<LabSite, 'name'>>;
  hosts: Record<string, Omit<LabHost, 'name'>>;
}

/** The `--sites` string for a spec, e.g. 'a:port:2hosts,b:full:@a:loss=1%'. */
export function sitesArg(sites: SiteSpec[]): string {
  return sites
    .map((s) => {
      const parts: string[] = [s.name, s.kind];
      if (s.hosts !== undefined) parts.push(`${s.hosts}hosts`);
      if (s.behind) parts.push(`@${s.behind}`);
      if (s.v6) parts.push(s.v6 === 'only' ? 'v6only' : 'v6');
      if (s.latency) parts.push(`latency=${s.latency}`);
      if (s.jitter) parts.push(`jitter=${s.jitter}`);
      if (s.loss) parts.push(`loss=${s.loss}`);
      return parts.join(':');
    })
    .join(',');
}

function upArgs(spec: LabSpec | string): string[] {
  if (typeof spec === 'string') return ['--sites', spec];
  const args = ['--sites', sitesArg(spec.sites)];
  if (spec.latency) args.push('--latency', spec.latency);
  if (spec.jitter) args.push('--jitter', spec.jitter);
  if (spec.loss) args.push('--loss', spec.loss);
  return args;
}

/** Every namespace of one run, or of every lab run when run is omitted. */
export function labNamespaces(run?: string): string[] {
  const r = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  const re = run ? new RegExp(`^nl${run}-`) : /^nl[0-9a-f]{6}-/;
  return (r.stdout ?? '')
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => re.test(n));
}

// Labs not yet torn down, removed synchronously if the worker exits early.
const live = new Set<string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const run of live) spawnSync(NATLAB_BIN, ['down', run], { stdio: 'ignore', env: { ...process.env, NATLAB_QUIET: '1' } });
  });
}

function collect(child: ChildProcess, what: string, opts: ExecOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not exit within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    // A command that exits without reading its stdin (most do) makes this
    // write fail with EPIPE; its exit status and output tell what happened,
    // and an unhandled stream error would crash the test worker.
    child.stdin?.on('error', () => {});
    child.stdin?.end(opts.input ?? '');
  });
}

/**
 * Builds a lab with `scripts/natlab up` and describes it. The lab carries
 * this process as its owner: if the process dies without calling down(), a
 * watchdog from scripts/natlab removes the lab within a second.
 */
export async function startLab(spec: LabSpec | string): Promise<Lab> {
  installExitHook();
  const up = spawn(NATLAB_BIN, ['up', ...upArgs(spec), '--owner', String(process.pid)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NATLAB_QUIET: '1' },
  });
  const res = await collect(up, 'natlab up', { timeoutMs: 60_000 });
  if (res.code !== 0) throw new Error(`natlab up failed (exit ${res.code}): ${res.stderr.trim()}`);
  const json = JSON.parse(res.stdout) as LabJson;
  live.add(json.run);

  const hosts: Record<string, LabHost> = {};
  for (const [name, h] of Object.entries(json.hosts)) hosts[name] = { name, ...h };
  const sites: Record<string, LabSite> = {};
  for (const [name, s] of Object.entries(json.sites)) sites[name] = { name, ...s };
  const children = new Set<ChildProcess>();
  let downed = false;

  const ns = (target: string): string => {
    if (target === 'node') return json.node.ns;
    if (target === 'inet') return json.inet.ns;
    const host = hosts[target];
    if (host) return host.ns;
    if (target.endsWith('/isp')) {
      const isp = sites[target.slice(0, -4)]?.isp;
      if (isp) return isp;
    }
    const site = sites[target.endsWith('/r') ? target.slice(0, -2) : target];
    if (site) return site.ns;
    throw new Error(`lab ${json.run} has no '${target}' (hosts: ${Object.keys(hosts).join(', ')}; sites: ${Object.keys(sites).join(', ')}; node; inet)`);
  };

  const spawnIn = (target: string, cmd: string, args: string[] = [], opts: SpawnOptions = {}): ChildProcess => {
    if (downed) throw new Error(`lab ${json.run} is down`);
    const child = spawn('ip', ['netns', 'exec', ns(target), cmd, ...args], { stdio: ['pipe', 'pipe', 'pipe'], ...opts });
    children.add(child);
    child.on('exit', () => children.delete(child));
    return child;
  };

  return {
    run: json.run,
    prefix: json.prefix,
    netem: json.netem === true,
    delay: json.delay ?? null,
    nodeHost: json.node,
    hosts,
    sites,
    ns,
    exec(target, cmd, args = [], opts = {}) {
      const child = spawnIn(target, cmd, args, { env: opts.env ?? process.env });
      return collect(child, `${target}: ${cmd} ${args.join(' ')}`, opts);
    },
    spawn: spawnIn,
    namespaces: () => labNamespaces(json.run),
    async move(host, site) {
      const r = await collect(spawn(NATLAB_BIN, ['move', '--run', json.run, host, site], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NATLAB_QUIET: '1' } }), `natlab move ${host} ${site}`, {});
      if (r.code !== 0) throw new Error(`natlab move ${host} ${site} failed: ${r.stderr.trim()}`);
      const now = JSON.parse(r.stdout) as LabJson;
      for (const [name, h] of Object.entries(now.hosts)) hosts[name] = { name, ...h };
      for (const [name, s] of Object.entries(now.sites)) sites[name] = { name, ...s };
      return hosts[host]!;
    },
    async down() {
      if (downed) return;
      downed = true;
      await Promise.all(
        [...children].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              const kill = setTimeout(() => child.kill('SIGKILL'), 1_000);
              child.once('exit', () => {
                clearTimeout(kill);
                resolve();
              });
              child.kill('SIGTERM');
            }),
        ),
      );
      const r = await collect(spawn(NATLAB_BIN, ['down', json.run], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NATLAB_QUIET: '1' } }), 'natlab down', {});
      live.delete(json.run);
      if (r.code !== 0) throw new Error(`natlab down ${json.run} failed: ${r.stderr.trim()}`);
      const left = labNamespaces(json.run);
      if (left.length > 0) throw new Error(`natlab down ${json.run} left namespaces: ${left.join(' ')}`);
    },
  };
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v "$1"`, 'sh', cmd], { stdio: 'ignore' }).status === 0;
}

let latencyCache: { mechanism?: 'netem' | 'nfqueue'; problem?: string } | undefined;
/**
 * How this machine would add latency to a lab uplink: 'netem', or
 * 'nfqueue' (iptables NFQUEUE + scripts/natlab-delay.c, for kernels without
 * sch_netem), with `problem` saying why neither works. Probed once, in a
 * throwaway namespace, by `natlab delay-check`.
 */
export function latencyMechanism(): { mechanism?: 'netem' | 'nfqueue'; problem?: string } {
  if (latencyCache === undefined) {
    const r = spawnSync(NATLAB_BIN, ['delay-check'], { encoding: 'utf8' });
    const out = r.stdout.trim();
    latencyCache = r.status === 0 && (out === 'netem' || out === 'nfqueue') ? { mechanism: out } : { problem: r.stderr.trim().replace(/^natlab: /, '') || `natlab delay-check exited ${r.status}` };
  }
  return latencyCache;
}

/** The test file that called into this module, relative to the repository. */
function callerFile(): string {
  const self = fileURLToPath(import.meta.url);
  for (const line of (new Error().stack ?? '').split('\n').slice(1)) {
    const m = /\(?((?:file:\/\/)?\/[^():]+):\d+:\d+\)?\s*$/.exec(line);
    if (!m?.[1]) continue;
    const file = m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1];
    if (file !== self && !file.includes('/node_modules/')) return relative(REPO_ROOT, file);
  }
  return '(unknown file)';
}

/**
 * Why natlab tests cannot run here (also checking the extra commands a file
 * needs), or undefined. When blocked, prints the one skip line.
 */
export function natlabGuard(file: string = callerFile(), needs: string[] = []): string | undefined {
  let why: string | undefined = natlabBlocker();
  if (!why) {
    const missing = needs.filter((c) => !hasCommand(c));
    if (missing.length > 0) why = `needs ${missing.join(', ')} (see .ci/run for the Debian packages)`;
  }
  if (why) console.log(`natlab: SKIPPED ${file}: ${why}`);
  return why;
}

/** describe() when the lab can run, otherwise describe.skip() after one printed line saying why. */
export function describeNatlab(name: string, fn: () => void, opts: { needs?: string[] } = {}): void {
  const why = natlabGuard(callerFile(), opts.needs ?? []);
  if (why) describe.skip(name, fn);
  else describe(name, fn);
}

/**
 * Registers beforeAll/afterAll that build the lab for the enclosing suite
 * and remove it afterwards (also when tests fail). Read `.lab` inside tests.
 */
export function useLab(spec: LabSpec | string): { readonly lab: Lab } {
  let current: Lab | undefined;
  beforeAll(async () => {
    current = await startLab(spec);
  });
  afterAll(async () => {
    await current?.down();
  });
  return {
    get lab(): Lab {
      if (!current) throw new Error('the natlab lab is not up (useLab: beforeAll has not run or failed)');
      return current;
    },
  };
}
