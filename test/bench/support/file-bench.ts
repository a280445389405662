// Shared by the file benchmarks (files.bench.ts on loopback,
// files-lab.bench.ts in the NAT lab): the agent processes (file-agent.mjs)
// and the comparison of natter against a TCP copy and udx-native alone
// between the same two of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const AGENT = fileURLToPath(new URL('./file-agent.mjs', import.meta.url));

type Line = Record<string, any>;

export const FILE_AGENT = AGENT;

/** One file-agent.mjs process; `start` runs it (here, or in a lab host's namespace). */
export class Agent {
  private readonly lines: Line[] = [];
  private waiters: Array<() => void> = [];
  private reqId = 1;
  readonly child: ChildProcess;
  stderr = '';
  barePort = 0;
  constructor(cfg: Record<string, unknown>, start: (args: string[]) => ChildProcess = (args) => spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), ...args], { stdio: ['pipe', 'pipe', 'pipe'] })) {
    this.child = start([AGENT, JSON.stringify(cfg)]);
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

/**
 * Baselines and natter between two agents; `host` is the receiver's address
 * as the sender reaches it, `senderHost` the sender's as the receiver does.
 */
export async function compare(sender: Agent, receiver: Agent, host: string, file: string, bytes: number, buddy: string, senderHost = '127.0.0.1'): Promise<{ rows: string[][]; rtt: string[][] }> {
  // TCP copy.
  const tcp = await receiver.call({ cmd: 'tcp-listen', size: bytes });
  let t = performance.now();
  await sender.call({ cmd: 'tcp-send', host, port: tcp.port, path: file });
  await receiver.waitFor((l) => l.event === 'tcp-received');
  const tcpMs = performance.now() - t;
  // udx-native alone.
  const ub = await sender.call({ cmd: 'udx-bind' });
  const ul = await receiver.call({ cmd: 'udx-listen', peerPort: ub.port, host: senderHost, size: bytes });
  t = performance.now();
  const us = await sender.call({ cmd: 'udx-send', host, port: ul.port, path: file });
  await receiver.waitFor((l) => l.event === 'udx-received');
  const udxMs = performance.now() - t;
  // natter.
  const cpu0 = [(await sender.call({ cmd: 'cpu' })).ms, (await receiver.call({ cmd: 'cpu' })).ms];
  const n = await sender.call({ cmd: 'send-file', to: buddy, path: file });
  const cpu1 = [(await sender.call({ cmd: 'cpu' })).ms, (await receiver.call({ cmd: 'cpu' })).ms];
  const cpu = `CPU sender ${((100 * (cpu1[0]! - cpu0[0]!)) / n.totalMs).toFixed(0)} %, receiver ${((100 * (cpu1[1]! - cpu0[1]!)) / n.totalMs).toFixed(0)} %`;
  if (process.env.BENCH_DEBUG) console.log('natter', JSON.stringify(n));
  const rows = [
    ['transfer', 'MB/s', 'x TCP', 'x udx', 'notes'],
    ['TCP copy (file -> socket -> file)', f1(mbps(bytes, tcpMs)), '1.00', f2(udxMs / tcpMs), ''],
    ['udx-native alone (same copy)', f1(mbps(bytes, udxMs)), f2(tcpMs / udxMs), '1.00', `mtu ${us.mtu}`],
    ['natter send-file, transfer (first byte -> verified)', f1(mbps(bytes, n.transferMs)), f2(tcpMs / n.transferMs), f2(udxMs / n.transferMs), `path ${n.path}, datagram ${n.stats?.maxDatagram ?? '?'} B, lost ${n.stats?.packetsLost ?? '?'}`],
    ['natter send-file, whole (hash + offer + transfer)', f1(mbps(bytes, n.totalMs)), f2(tcpMs / n.totalMs), f2(udxMs / n.totalMs), `hash ${n.hashMs.toFixed(0)} ms; ${cpu}`],
  ];
  // Round trips: idle, and while a transfer runs.
  const bareRtt = await sender.call({ cmd: 'bare-rtt', host, port: receiver.barePort, n: 500 });
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

