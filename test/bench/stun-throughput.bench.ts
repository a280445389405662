// STUN Binding throughput on one core: `natter stun-server` against coturn
// (`turnserver --stun-only`) and against bare node:dgram servers, all driven
// by the same external closed-loop load generator (scripts/bench/stunload.c,
// built here with gcc), measured in the same run and printed as ratios.
//
// Each server runs pinned to core 1 (`taskset -c 1`), the generator to core
// 0. Rounds interleave the servers, so drift (another job on the machine)
// hits them alike. Next to requests/s the table shows how much of core 1 the
// server got and requests per server CPU-second; on a shared machine the
// second is the steadier comparison. With `perf` a second table counts the
// system calls and context switches per answered request.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { NATTER_BIN } from '../support/cli.js';
import { hasTool, sleep } from '../support/tools.js';

const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_STUN_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_STUN_WARMUP ?? 1);
// 4 sockets x 32 outstanding: enough that no server waits for work, few
// enough that all 128 requests fit a default (212 kB) receive buffer, so no
// server is measured dropping packets.
const SOCKETS = 4;
const WINDOW = 32;
const NODE = process.execPath;
const SERVER_CORE = '1';
const LOAD_CORE = '0';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(ROOT, 'scripts/bench/stunload.c');

// The two bare node:dgram peers. The responder is the one the target is
// measured against: it answers with a valid Binding success response
// (header and XOR-MAPPED-ADDRESS from rinfo), which the generator checks by
// the same rules as natter's and coturn's answers, and does nothing else, so
// what natter costs beyond it is natter's own protocol work. The echo
// (request sent back verbatim, no allocation) is node:dgram's floor; its
// answers are not STUN responses, so it is not the fair peer.
const RESPONDER = `
import dgram from 'node:dgram';
const s = dgram.createSocket('udp4');
s.on('message', (m, r) => {
  if (m.length < 20) return;
  const b = Buffer.allocUnsafe(32);
  b.writeUInt16BE(0x0101, 0);
  b.writeUInt16BE(12, 2);
  m.copy(b, 4, 4, 20);
  b.writeUInt32BE(0x00200008, 20);
  b.writeUInt16BE(1, 24);
  b.writeUInt16BE(r.port ^ 0x2112, 26);
  const ip = r.address.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  b.writeUInt32BE((ip ^ 0x2112a442) >>> 0, 28);
  s.send(b, r.port, r.address);
});
s.bind(Number(process.argv[2]), '127.0.0.1');
`;
const ECHO = `
import dgram from 'node:dgram';
const s = dgram.createSocket('udp4');
s.on('message', (m, r) => s.send(m, r.port, r.address));
s.bind(Number(process.argv[2]), '127.0.0.1');
`;

type Role = 'natter' | 'responder' | 'echo' | 'coturn' | 'ceiling' | 'what-if' | 'limiter';

interface Peer {
  name: string;
  role: Role;
  start(port: number, tmp: string): [string, string[]];
  /** Extra generator options. */
  load?: string[];
  /** A tool that must be installed, else the row is left out. */
  needs?: string;
}

const natter = (extra: string[], nodeFlags: string[] = []): Peer['start'] => (p) => [NODE, [...nodeFlags, NATTER_BIN, 'stun-server', '--ip', '127.0.0.1', '--port', String(p), ...extra]];
// The per-source-IP limiter raised out of the way: these rows measure the
// server, and every request comes from 127.0.0.1.
const UNLIMITED = ['--rate', '1000000000'];

const PEERS: Peer[] = [
  { name: 'natter stun-server', role: 'natter', start: natter(UNLIMITED) },
  { name: 'node:dgram STUN responder', role: 'responder', start: (p, tmp) => [NODE, [join(tmp, 'responder.mjs'), String(p)]] },
  { name: 'node:dgram echo', role: 'echo', load: ['--echo'], start: (p, tmp) => [NODE, [join(tmp, 'echo.mjs'), String(p)]] },
  {
    name: 'coturn --stun-only -m 0',
    role: 'coturn',
    needs: 'turnserver',
    // -m 0: no relay threads, the listener thread answers; on one core this
    // beats -m 1, where listener and relay thread take turns.
    start: (p, tmp) => [
      'turnserver',
      ['-c', '/dev/null', '--stun-only', '-L', '127.0.0.1', '-p', String(p), '-m', '0', '--no-tls', '--no-dtls', '--no-tcp', '--no-cli', '--no-auth',
        '--log-file', 'stdout', '--no-stdout-log', '--pidfile', join(tmp, 'turn.pid'), '--userdb', join(tmp, 'turndb')],
    ],
  },
  { name: 'C recvmmsg/sendmmsg responder', role: 'ceiling', start: (p, tmp) => [join(tmp, 'stunload'), ['--reflect', `127.0.0.1:${p}`]] },
  // What batching alone would give: with this (test-only) flag Node queues
  // every send, and libuv flushes the queue with sendmmsg.
  { name: 'natter, node --test-udp-no-try-send', role: 'what-if', start: natter(UNLIMITED, ['--test-udp-no-try-send']) },
  // The default limit, 200/s and a burst of 400 per source IP, offered ~2500/s.
  { name: 'natter, default --rate 200', role: 'limiter', load: ['--timeout-ms', '50'], start: natter([]) },
];

interface Load {
  received: number;
  lost: number;
  invalid: number;
  rps: number;
  sentPerS: number;
  durationS: number;
  serverCpu: number;
  coreBusy: number[];
}

interface Running {
  peer: Peer;
  port: number;
  pid: number;
  child: ChildProcess;
  runs: Load[];
}

function load(bin: string, r: Running, opts: { seconds: number; warmup: number; sockets?: number; window?: number }): Load {
  const args = ['-c', LOAD_CORE, bin, '--target', `127.0.0.1:${r.port}`, '--fingerprint', '--duration', String(opts.seconds), '--warmup', String(opts.warmup),
    '--sockets', String(opts.sockets ?? SOCKETS), '--window', String(opts.window ?? WINDOW), '--watch-pid', String(r.pid), ...(r.peer.load ?? [])];
  return JSON.parse(execFileSync('taskset', args, { encoding: 'utf8' })) as Load;
}

// System calls and context switches per answered request, counted by perf
// on kernel tracepoints (no hardware counters needed) while the generator
// runs. Counted for the server's pid only: net_dev_xmit, one per datagram
// the server put on lo, is the number of answers in the same window.
const ANSWERS = 'net:net_dev_xmit';
const PERF_EVENTS = {
  syscalls: 'raw_syscalls:sys_enter',
  recv: ['recvmsg', 'recvmmsg', 'recvfrom'].map((s) => `syscalls:sys_enter_${s}`),
  send: ['sendmsg', 'sendmmsg', 'sendto'].map((s) => `syscalls:sys_enter_${s}`),
  epoll: ['epoll_wait', 'epoll_pwait'].map((s) => `syscalls:sys_enter_${s}`),
  switches: 'context-switches',
};

type PerfCounts = Record<keyof typeof PERF_EVENTS, number>;

async function perfPerRequest(bin: string, r: Running, tmp: string): Promise<PerfCounts | undefined> {
  const out = join(tmp, 'perf.csv');
  const names = Object.keys(PERF_EVENTS) as Array<keyof typeof PERF_EVENTS>;
  const events = [ANSWERS, ...names.flatMap((n) => PERF_EVENTS[n])];
  const perf = spawn('perf', ['stat', '-x,', '-o', out, '-e', events.join(','), '-p', String(r.pid), '--', 'sleep', '2'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => perf.on('exit', resolve));
  load(bin, r, { seconds: 3, warmup: 0 }); // perf's 2 s fall inside these 3
  if ((await exited) !== 0) return undefined;
  const counts = new Map<string, number>();
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const [value, , event] = line.split(',');
    if (event && value && /^\d+$/.test(value)) counts.set(event, Number(value));
  }
  const answers = counts.get(ANSWERS);
  if (!answers) return undefined;
  const per = (events: string | string[]) => [events].flat().reduce((sum, e) => sum + (counts.get(e) ?? NaN), 0) / answers;
  return Object.fromEntries(names.map((n) => [n, per(PERF_EVENTS[n])])) as PerfCounts;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const k = (n: number) => (!Number.isFinite(n) ? '-' : n >= 10_000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0));

function table(title: string, rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.slice(1).map(line).join('\n')}\n`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

it('STUN Binding throughput on one core: natter vs node:dgram vs coturn', async () => {
  const missing = ['gcc', 'taskset'].filter((t) => !hasTool(t));
  if (missing.length) {
    console.log(`bench stun-throughput: SKIPPED: needs ${missing.join(', ')} (apt-get install gcc util-linux)`);
    return;
  }
  if (availableParallelism() < 2) {
    console.log('bench stun-throughput: SKIPPED: needs two cores (server on core 1, load generator on core 0)');
    return;
  }
  const peers = PEERS.filter((p) => !p.needs || hasTool(p.needs));
  if (peers.length < PEERS.length) console.log('bench stun-throughput: coturn row left out: no `turnserver` (apt-get install coturn)');

  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-stun-'));
  const children: ChildProcess[] = [];
  // Belt and braces: a worker that dies must not leave servers spinning.
  const killAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
  process.once('exit', killAll);
  try {
    const bin = join(tmp, 'stunload');
    const cc = spawnSync('gcc', ['-O2', '-Wall', '-o', bin, SOURCE], { encoding: 'utf8' });
    if (cc.status !== 0) throw new Error(`gcc ${SOURCE} failed:\n${cc.stderr}`);
    // The CLI runs packages/*/dist: compile the STUN server and its socket
    // adapter (incremental, quick when current) so the numbers are the sources'.
    execFileSync(NODE, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(ROOT, 'packages/stun')], { stdio: 'inherit' });
    writeFileSync(join(tmp, 'responder.mjs'), RESPONDER);
    writeFileSync(join(tmp, 'echo.mjs'), ECHO);

    const running: Running[] = [];
    for (const [i, peer] of peers.entries()) {
      // Ten apart: coturn also binds its RFC 5780 alternate port, port + 1.
      const port = 34780 + 10 * i;
      const [cmd, args] = peer.start(port, tmp);
      const child = spawn('taskset', ['-c', SERVER_CORE, cmd, ...args], { stdio: 'ignore' });
      children.push(child);
      running.push({ peer, port, pid: child.pid!, child, runs: [] }); // taskset execs the server: same pid
    }
    // Ready when it answers (the limited natter too: a few requests).
    for (const r of running) {
      for (let i = 0; ; i++) {
        if (load(bin, r, { seconds: 0.2, warmup: 0, sockets: 1, window: 1 }).received > 0) break;
        if (i === 50) throw new Error(`${r.peer.name} does not answer on 127.0.0.1:${r.port}`);
        await sleep(200);
      }
    }

    for (let round = 0; round < ROUNDS; round++) for (const r of running) r.runs.push(load(bin, r, { seconds: SECONDS, warmup: WARMUP }));
    // execFileSync kept the event loop busy: let exit events of servers that died arrive.
    await sleep(100);
    const dead = running.filter((r) => r.child.exitCode !== null || r.child.signalCode !== null);
    if (dead.length) throw new Error(`server(s) exited during the bench: ${dead.map((r) => `${r.peer.name} (${r.child.exitCode ?? r.child.signalCode})`).join(', ')}`);

    const rps = (r: Running) => median(r.runs.map((x) => x.rps));
    const perCpu = (r: Running) => median(r.runs.map((x) => (x.serverCpu > 0 ? x.rps / x.serverCpu : NaN)));
    const ours = running.find((r) => r.peer.role === 'natter')!;
    const rows = [['server (core 1)', 'req/s', 'min-max', 'offered/s', 'server CPU', 'core 1 busy', 'req/CPU-s', 'lost', 'natter / this']];
    for (const r of running) {
      const xs = r.runs;
      const rs = xs.map((x) => x.rps);
      const { role } = r.peer;
      rows.push([
        r.peer.name,
        k(rps(r)),
        `${k(Math.min(...rs))}-${k(Math.max(...rs))}`,
        k(median(xs.map((x) => x.sentPerS))),
        `${(100 * median(xs.map((x) => x.serverCpu))).toFixed(0)}%`,
        `${(100 * median(xs.map((x) => x.coreBusy[Number(SERVER_CORE)] ?? NaN))).toFixed(0)}%`,
        role === 'limiter' ? '-' : k(perCpu(r)),
        String(xs.reduce((n, x) => n + x.lost, 0)),
        r === ours ? '1.00' : role === 'responder' || role === 'echo' || role === 'coturn' ? (rps(ours) / rps(r)).toFixed(2) : `(${role})`,
      ]);
    }
    table(
      `STUN Binding throughput, one core each (server taskset -c ${SERVER_CORE}, stunload taskset -c ${LOAD_CORE}); ` +
        `${SOCKETS} sockets x ${WINDOW} outstanding requests with FINGERPRINT, from 127.0.0.1; ` +
        `median of ${ROUNDS} interleaved rounds of ${SECONDS} s after ${WARMUP} s warm-up. ` +
        `server CPU well below core 1 busy: other work shared the core, and req/CPU-s is the fairer figure`,
      rows,
    );
    // A server that got less than 90% of core 1 shared it with other work;
    // its req/s then says more about the machine than about the server.
    const cpu = (r: Running) => median(r.runs.map((x) => x.serverCpu));
    const target = (label: string, want: number, role: Role) => {
      const peer = running.find((r) => r.peer.role === role);
      if (!peer) return `${label}: not measured`;
      const x = rps(ours) / rps(peer);
      const y = perCpu(ours) / perCpu(peer);
      const shared = Math.min(cpu(ours), cpu(peer)) < 0.9;
      const verdict = (shared ? y : x) >= want ? 'met' : 'NOT met';
      const basis = shared ? `judged per CPU-s: core 1 was shared (server CPU ${(100 * cpu(ours)).toFixed(0)}%, ${(100 * cpu(peer)).toFixed(0)}%)` : 'judged on req/s';
      return `${label} = ${x.toFixed(2)} req/s, ${y.toFixed(2)} per CPU-s; target >= ${want.toFixed(2)}: ${verdict}, ${basis}`;
    };
    console.log(`targets: ${target('natter / node:dgram STUN responder', 0.9, 'responder')}`);
    console.log(`         ${target('natter / node:dgram echo', 0.9, 'echo')}`);
    console.log(`         ${target('natter / coturn', 1.0, 'coturn')}`);
    const limited = running.find((r) => r.peer.role === 'limiter');
    if (limited) console.log(`limiter: default-rate natter answered ${k(rps(limited))}/s of ${k(median(limited.runs.map((x) => x.sentPerS)))}/s offered from one source IP (200/s, burst 400)`);

    if (!hasTool('perf')) {
      console.log('\nbench stun-throughput: no per-request system call counts: needs `perf` (apt-get install linux-perf)\n');
      return;
    }
    const perfRows = [['server (core 1)', 'syscalls/req', 'recv/req', 'send/req', 'epoll/req', 'ctx switches/req']];
    for (const r of running.filter((x) => x.peer.role !== 'limiter')) {
      const c = await perfPerRequest(bin, r, tmp);
      if (!c) {
        console.log('bench stun-throughput: perf stat could not count system calls here (tracepoints unavailable?)');
        return;
      }
      perfRows.push([r.peer.name, c.syscalls.toFixed(2), c.recv.toFixed(3), c.send.toFixed(3), c.epoll.toFixed(3), c.switches.toFixed(3)]);
    }
    table('System calls per answered request (perf stat on kernel tracepoints, 2 s under the same load)', perfRows);
  } finally {
    await Promise.all(children.map(stop));
    process.removeListener('exit', killAll);
    rmSync(tmp, { recursive: true, force: true });
  }
});
