// File transfer between two natter processes on loopback, against
// baselines between the same two processes in the same run:
//   - bytes/s of `natter` sending a file (transfer phase: first byte to
//     verified; and the whole command: hashing, offer, transfer, verify)
//     against a bare TCP copy (file -> socket -> file) and the same copy
//     over udx-native alone (Holepunch's UDP transport, BBR);
//   - chat round trip on the direct path, idle and while a transfer runs,
//     against a bare UDP ping-pong between the same processes.
// BENCH_FILE_MB (default 256): the file size. Figures are what this machine
// measured in this run; nothing is asserted. The kernel NAT lab half is
// files-lab.bench.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { startTestNode } from '../support/start-test-node.js';

const AGENT = fileURLToPath(new URL('./support/file-agent.mjs', import.meta.url));
const MB = Number(process.env.BENCH_FILE_MB ?? 256);

type Line = Record<string, any>;

export class Agent {
  private readonly lines: Line[] = [];
  private waiters: Array<() => void> = [];
  private reqId = 1;
  readonly child: ChildProcess;
  stderr = '';
  constructor(cfg: Record<string, unknown>, command: string[] = [process.execPath, ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)]) {
    this.child = spawn(command[0]!, [...command.slice(1), AGENT, JSON.stringify(cfg)], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buf = '';
    this.child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      buf += c;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        this.lines.push(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
        for (const w of this.waiters.splice(0)) w();
      }
    });
    this.child.stderr!.on('data', (c) => (this.stderr += c));
  }
  waitFor(pred: (l: Line) => boolean, timeoutMs = 120_000): Promise<Line> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`agent: timed out\n${this.stderr}`)), timeoutMs);
      const check = () => {
        const i = this.lines.findIndex(pred);
        if (i >= 0) {
          clearTimeout(timer);
          return resolve(this.lines.splice(i, 1)[0]!);
        }
        if (this.child.exitCode !== null) return reject(new Error(`agent exited ${this.child.exitCode}\n${this.stderr}`));
        this.waiters.push(check);
      };
      check();
    });
  }
  async call(req: Line, timeoutMs = Number(process.env.BENCH_CALL_TIMEOUT_MS ?? 300_000)): Promise<Line> {
    const reqId = this.reqId++;
    this.child.stdin!.write(JSON.stringify({ ...req, reqId }) + '\n');
    const r = await this.waitFor((l) => l.reqId === reqId, timeoutMs);
    if (!r.ok) throw new Error(`agent ${req.cmd}: ${r.error}`);
    return r;
  }
  quit(): void {
    this.child.stdin!.write(JSON.stringify({ cmd: 'quit' }) + '\n');
    setTimeout(() => this.child.kill('SIGKILL'), 3000).unref();
  }
}

export function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')).join('\n');
}

export function makeFile(path: string, mb: number): void {
  const fd = openSync(path, 'w');
  const chunk = randomBytes(1024 * 1024);
  for (let i = 0; i < mb; i++) {
    chunk.writeUInt32BE(i, 0);
    writeSync(fd, chunk);
  }
  closeSync(fd);
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const f1 = (x: number | null | undefined) => (x == null ? '-' : x.toFixed(1));
const f2 = (x: number | null | undefined) => (x == null ? '-' : x.toFixed(2));

/** Baselines and natter between two agents; `host` is the receiver's address as the sender reaches it. */
export async function compare(sender: Agent, receiver: Agent, host: string, file: string, bytes: number, buddy: string): Promise<{ rows: string[][]; rtt: string[][] }> {
  // TCP copy.
  const tcp = await receiver.call({ cmd: 'tcp-listen', size: bytes });
  let t = performance.now();
  await sender.call({ cmd: 'tcp-send', host, port: tcp.port, path: file });
  await receiver.waitFor((l) => l.event === 'tcp-received');
  const tcpMs = performance.now() - t;
  // udx-native alone.
  const ub = await sender.call({ cmd: 'udx-bind' });
  const ul = await receiver.call({ cmd: 'udx-listen', peerPort: ub.port, host: process.env.BENCH_SENDER_HOST ?? '127.0.0.1', size: bytes });
  t = performance.now();
  const us = await sender.call({ cmd: 'udx-send', host, port: ul.port, path: file });
  await receiver.waitFor((l) => l.event === 'udx-received');
  const udxMs = performance.now() - t;
  // natter.
  const cpu0 = [(await sender.call({ cmd: 'cpu' })).ms, (await receiver.call({ cmd: 'cpu' })).ms];
  const n = await sender.call({ cmd: 'send-file', to: buddy, path: file });
  const cpu1 = [(await sender.call({ cmd: 'cpu' })).ms, (await receiver.call({ cmd: 'cpu' })).ms];
  if (process.env.BENCH_DEBUG) console.log('natter', JSON.stringify(n), 'cpu % sender', (100 * (cpu1[0]! - cpu0[0]!)) / n.totalMs, 'receiver', (100 * (cpu1[1]! - cpu0[1]!)) / n.totalMs);
  const rows = [
    ['transfer', 'MB/s', 'x TCP', 'x udx', 'notes'],
    ['TCP copy (file -> socket -> file)', f1(mbps(bytes, tcpMs)), '1.00', f2(udxMs / tcpMs), ''],
    ['udx-native alone (same copy)', f1(mbps(bytes, udxMs)), f2(tcpMs / udxMs), '1.00', `mtu ${us.mtu}`],
    ['natter send-file, transfer (first byte -> verified)', f1(mbps(bytes, n.transferMs)), f2(tcpMs / n.transferMs), f2(udxMs / n.transferMs), `path ${n.path}, datagram ${n.stats?.maxDatagram ?? '?'} B, lost ${n.stats?.packetsLost ?? '?'}`],
    ['natter send-file, whole (hash + offer + transfer)', f1(mbps(bytes, n.totalMs)), f2(tcpMs / n.totalMs), f2(udxMs / n.totalMs), `hash ${n.hashMs.toFixed(0)} ms`],
  ];
  // Round trips: idle, and while a transfer runs.
  const bareRtt = await sender.call({ cmd: 'bare-rtt', host, port: (receiver as any).barePort, n: 500 });
  const idle = await sender.call({ cmd: 'rtt', buddy, n: 500 });
  const busyTransfer = sender.call({ cmd: 'send-file', to: buddy, path: file });
  await new Promise((r) => setTimeout(r, 300));
  const busy = await sender.call({ cmd: 'rtt', buddy, n: 200, gapMs: 5 });
  const busyResult = await busyTransfer;
  const rtt = [
    ['round trip', 'p50 ms', 'p99 ms', 'x bare p50'],
    ['bare UDP ping-pong', f2(bareRtt.p50), f2(bareRtt.p99), '1.00'],
    ['natter chat, idle direct path', f2(idle.p50), f2(idle.p99), f2(idle.p50 / bareRtt.p50)],
    [`natter chat during a transfer (${f1(mbps(bytes, busyResult.transferMs))} MB/s)`, f2(busy.p50), f2(busy.p99), f2(busy.p50 / bareRtt.p50)],
  ];
  return { rows, rtt };
}

it(`files on loopback: natter vs TCP and udx-native, ${MB} MiB`, async () => {
  const node = await startTestNode();
  const dir = mkdtempSync(join(tmpdir(), 'natter-bench-files-'));
  const agents: Agent[] = [];
  try {
    const file = join(dir, 'payload.bin');
    makeFile(file, MB);
    writeFileSync(join(dir, 'ok'), '');
    const alice = new Agent({ url: node.url, user: 'alice', password: 'correct horse', dir: join(dir, 'alice') });
    const bob = new Agent({ url: node.url, user: 'bob', password: 'correct horse', dir: join(dir, 'bob'), trust: ['alice'] });
    agents.push(alice, bob);
    const readyB = await bob.waitFor((l) => l.event === 'ready');
    await alice.waitFor((l) => l.event === 'ready');
    (bob as any).barePort = readyB.barePort;
    await alice.call({ cmd: 'befriend', user: 'bob' });
    // A first small transfer brings up the session and the direct path.
    const warm = join(dir, 'warm.bin');
    makeFile(warm, 4);
    await alice.call({ cmd: 'send-file', to: 'bob', path: warm });
    for (let i = 0; i < 50 && (await alice.call({ cmd: 'path', buddy: 'bob' })).path !== 'direct'; i++) await new Promise((r) => setTimeout(r, 100));
    const { rows, rtt } = await compare(alice, bob, '127.0.0.1', file, MB * 1024 * 1024, 'bob');
    console.log(`\nfiles on loopback, ${MB} MiB, two processes\n${table(rows)}\n\n${table(rtt)}\n`);
  } finally {
    for (const a of agents) a.quit();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
