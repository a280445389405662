// The processes of a server benchmark. The node runs as an operator runs it,
// `natter server` in a process of its own; so do the bare `ws` baseline
// (ws-forwarder.mjs) and the load generators (load-worker.mjs). Load and
// server CPU and memory are thus counted apart. Also: CPU time and memory
// readings, and the table printer.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { NATTER_BIN } from '../../support/cli.js';
import { metricValue } from '../../support/node-probes.js';

const ROOT = new URL('../../../', import.meta.url);
// One descriptor per client connection. As root the hard limit is raised
// too (as LimitNOFILE= does for the systemd unit, docs/natter-node.service);
// otherwise as many as the hard limit allows.
const RAISE_NOFILE = 'ulimit -Hn 1048576 2>/dev/null; ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$@"';


/** The spawned node runs the compiled dist/; compile it so the bench measures the current sources. */
export function buildOnce(): void {
  execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', ROOT).pathname, '-b'], { cwd: ROOT, stdio: 'inherit' });
}

export interface Memory {
  rss: number;
  heapUsed: number;
}

export interface NodeProcess {
  url: string;
  http: string;
  pid: number;
  child: ChildProcess;
  /** Resident memory and V8 heap from /metrics; `gc`: after a full collection (needs `inspect`). */
  memory(options?: { gc?: boolean }): Promise<Memory>;
  /** What the node wrote besides where it listens: its logs (warnings and errors) and V8 traces. */
  logs(): string;
  /** SIGTERM and wait for a graceful stop (the CPU profile, if any, is written then). */
  stop(): Promise<void>;
}

export interface NodeProcessOptions {
  dataDir: string;
  /** Keys of `natter server --config`. */
  config?: Record<string, unknown>;
  /** Write a V8 CPU profile (.cpuprofile) to this directory when the node stops. */
  cpuProfDir?: string;
  /** Open the V8 inspector on a loopback port, so memory({ gc: true }) can ask for a full GC. */
  inspect?: boolean;
  /** More node flags (e.g. --trace-gc). */
  nodeArgs?: string[];
}

/** Starts `natter server` on 127.0.0.1 with free ports; resolves once it listens. */
export function spawnNode(o: NodeProcessOptions): Promise<NodeProcess> {
  const cfgFile = join(o.dataDir, '..', `node-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(cfgFile, JSON.stringify({ host: '127.0.0.1', port: 0, stunPort: 0, logLevel: 'warn', ...o.config }));
  const nodeArgs = [...(o.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProfDir] : []), ...(o.inspect ? ['--inspect=127.0.0.1:0'] : []), ...(o.nodeArgs ?? [])];
  const child = spawn('bash', ['-c', RAISE_NOFILE, 'bash', process.execPath, ...nodeArgs, NATTER_BIN, 'server', '--json', '--config', cfgFile, '--data-dir', o.dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let out = '';
  let logs = '';
  let inspector: string | undefined;
  let info: { localUrl: string } | undefined;
  let listening = false;
  child.stderr!.on('data', (c: Buffer) => {
    const text = String(c);
    const m = /Debugger listening on (ws:\/\/\S+)/.exec(text);
    if (m) inspector = m[1];
    // The inspector's own chatter is not the node's.
    logs += text
      .split('\n')
      .filter((l) => !/^(Debugger (listening|attached|ending)|For help, see|Waiting for the debugger)/.test(l))
      .join('\n');
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`natter server exited (${code}) before it listened: ${logs}`)));
    // The first JSON line is where the node listens; anything else (--trace-gc) is kept with the logs.
    child.stdout!.on('data', (c) => {
      out += c;
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (!info && line.startsWith('{')) info = JSON.parse(line) as { localUrl: string };
        else logs += `${line}\n`;
      }
      if (!info || listening) return;
      listening = true;
      // The load comes from this machine: plain ws:// on loopback, as the
      // bare servers it is compared with (TLS would be a cost only one side pays).
      const url = info.localUrl;
      const http = url.replace(/^ws:/, 'http:');
      child.removeAllListeners('exit');
      resolve({
        url,
        http,
        pid: child.pid!,
        child,
        logs: () => logs,
        async memory({ gc = false } = {}) {
          if (gc) {
            if (!inspector) throw new Error('memory({ gc: true }) needs spawnNode({ inspect: true })');
            await collectGarbage(inspector);
          }
          const text = await (await fetch(new URL('metrics', http))).text();
          const first = (...names: string[]) => names.map((n) => metricValue(text, n)).find((v) => v !== undefined) ?? NaN;
          return {
            rss: first('natter_process_resident_memory_bytes', 'natter_process_process_resident_memory_bytes'),
            heapUsed: first('natter_nodejs_heap_size_used_bytes', 'natter_process_nodejs_heap_size_used_bytes'),
          };
        },
        stop: () => stopChild(child, 'SIGTERM'),
      });
    });
  });
}

/** Two full collections through the V8 inspector (HeapProfiler.collectGarbage), then a moment for finalizers. */
async function collectGarbage(inspectorUrl: string): Promise<void> {
  const ws = new WebSocket(inspectorUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  for (let id = 1; id <= 2; id++) {
    const answered = new Promise((resolve) => ws.once('message', resolve));
    ws.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
    await answered;
  }
  ws.close();
  await sleep(500);
}

/**
 * Asks glibc to hand its free memory back to the kernel (malloc_trim(0),
 * through gdb): what RSS is left is memory in use. False when gdb or ptrace
 * is not available.
 */
export function mallocTrim(pid: number): boolean {
  try {
    const out = execFileSync('gdb', ['-p', String(pid), '-batch', '-ex', 'call (int)malloc_trim(0)'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    return /\$1 = [01]/.test(String(out));
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill(signal);
  });
}

export interface ForwarderProcess {
  url: string;
  http: string;
  pid: number;
  /** `gc`: after a full collection. */
  memory(options?: { gc?: boolean }): Promise<Memory>;
  stop(): Promise<void>;
}

/** Starts the bare `ws` forwarder (ws-forwarder.mjs) in its own process, with the node's open-file limit. */
export function spawnForwarder(args: string[]): Promise<ForwarderProcess> {
  const script = new URL('ws-forwarder.mjs', import.meta.url).pathname;
  const child = spawn('bash', ['-c', RAISE_NOFILE, 'bash', process.execPath, '--expose-gc', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`ws-forwarder exited (${code})`)));
    child.stdout!.on('data', (c) => {
      out += c;
      if (!out.includes('\n')) return;
      const info = JSON.parse(out) as { url: string; http: string };
      child.removeAllListeners('exit');
      resolve({
        ...info,
        pid: child.pid!,
        memory: async ({ gc = false } = {}) => {
          if (gc) {
            await fetch(new URL('memory?gc=1', info.http));
            await sleep(500);
          }
          return (await (await fetch(new URL('memory', info.http))).json()) as Memory;
        },
        stop: () => stopChild(child, 'SIGTERM'),
      });
    });
  });
}

export interface LoadWorker {
  pid: number;
  call<T>(op: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts a load-generator process (load-worker.mjs) with its own open-file
 * limit and a 64 MiB young generation; `advanced` IPC carries typed arrays.
 */
export function spawnLoadWorker(): Promise<LoadWorker> {
  const script = new URL('load-worker.mjs', import.meta.url).pathname;
  const child = spawn('bash', ['-c', RAISE_NOFILE, 'bash', process.execPath, '--max-semi-space-size=64', script], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(`load worker: ${m.error}`));
    else w?.resolve(m.result);
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`load worker exited (${code})`));
    waiting.clear();
  });
  const worker: LoadWorker = {
    pid: child.pid!,
    call: <T>(op: string, args: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, op, ...args });
      }),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.disconnect();
      }),
  };
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(worker));
    child.once('error', reject);
  });
}

/** One sample from the node's /metrics (0 when absent). */
export async function metric(http: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const res = await fetch(new URL('metrics', http));
  return metricValue(await res.text(), name, labels) ?? 0;
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** CPU time (user + system) a process has used so far, in ms, from /proc. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

/**
 * How long a process's main thread has waited, runnable, for a CPU so far
 * (ms; /proc/PID/task/PID/schedstat, the run-queue delay): a server whose
 * event loop waits for a CPU holds every push back by that long.
 */
export function runQueueWaitMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return NaN;
  }
}

/** CPU time every process on the machine has used so far (all cores), in ms: to tell a quiet run from a noisy one. */
export function machineBusyMs(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * TICK_MS;
}

export const percentile = (sorted: ArrayLike<number>, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN);

export function table(title: string, rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.slice(1).map(line).join('\n')}\n`);
}

export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
