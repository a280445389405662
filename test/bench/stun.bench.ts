// How long a NAT classification takes: `natter nat` against the classic
// tools, each with its usual server, measured in the same run behind every
// kind of real kernel NAT (or on loopback when the lab cannot run here).
// Wall time of the whole command, median of RUNS runs; ratio = tool / natter.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { natlabBlocker } from '../../scripts/natlab-env.mjs';
import { startLab, type Lab, type NatKind } from '../support/natlab.js';
import { NATTER_BIN } from '../support/cli.js';
import { hasTool } from '../support/tools.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NODE = process.execPath;
const KINDS: NatKind[] = ['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'];

interface Tool {
  name: string;
  cmd: (server: { ip1: string; ip2: string }) => [string, string[]];
}

const TOOLS: Tool[] = [
  { name: 'natter nat', cmd: ({ ip1 }) => [NODE, [NATTER_BIN, 'nat', '--server', `${ip1}:3478`, '--json']] },
  { name: 'stun (stund)', cmd: ({ ip1 }) => ['stun', [`${ip1}:3482`]] },
  { name: 'natdiscovery (coturn)', cmd: ({ ip1 }) => ['turnutils_natdiscovery', ['-m', '-f', '-p', '3480', ip1]] },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeIt(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  return run().then(() => performance.now() - t0);
}

function table(title: string, rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.slice(1).map(line).join('\n')}\n`);
}

function localRun(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const c = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('exit', () => resolve(out));
  });
}

const missing = ['stun', 'stund', 'turnserver', 'turnutils_natdiscovery'].filter((t) => !hasTool(t));

it('NAT classification time: natter nat vs stun-client vs coturn natdiscovery', async () => {
  if (missing.length) {
    console.log(`bench nat: SKIPPED: needs ${missing.join(', ')} (apt-get install stun-client stun-server coturn)`);
    return;
  }
  const blocker = natlabBlocker();
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-'));
  let lab: Lab | undefined;
  const servers: Array<{ kill(): void }> = [];
  try {
    let exec: (kind: NatKind, cmd: string, args: string[]) => Promise<string>;
    let ips: { ip1: string; ip2: string };
    let kinds: NatKind[];
    const serve = (run: (cmd: string, args: string[]) => { kill(): void }, ip1: string, ip2: string) => {
      servers.push(run(NODE, [NATTER_BIN, 'stun-server', '--ip', ip1, '--alt-ip', ip2, '--port', '3478', '--alt-port', '3479']));
      servers.push(run('stund', ['-h', ip1, '-a', ip2, '-p', '3482', '-o', '3483']));
      servers.push(
        run('turnserver', ['-c', '/dev/null', '-L', ip1, '-L', ip2, '-p', '3480', '--alt-listening-port', '3481', '--no-auth', '--no-tls', '--no-dtls', '--no-cli', '--no-tcp-relay', '--log-file=stdout', '--pidfile', join(tmp, 'turn.pid'), '--userdb', join(tmp, 'turndb')]),
      );
    };
    if (!blocker) {
      lab = await startLab({ sites: KINDS.map((kind) => ({ name: kind, kind })) });
      ips = { ip1: lab.nodeHost.ip1, ip2: lab.nodeHost.ip2 };
      serve((cmd, args) => lab!.spawn('node', cmd, args), ips.ip1, ips.ip2);
      exec = async (kind, cmd, args) => (await lab!.exec(`${kind}/h1`, cmd, args, { timeoutMs: 60_000 })).stdout;
      kinds = KINDS;
    } else {
      console.log(`bench nat: the kernel NAT lab cannot run here (${blocker}); measuring on loopback only (Open Internet)`);
      ips = { ip1: '127.0.0.1', ip2: '127.0.0.2' };
      serve((cmd, args) => spawn(cmd, args, { stdio: 'ignore' }), ips.ip1, ips.ip2);
      exec = (_kind, cmd, args) => localRun(cmd, args);
      kinds = ['open'];
    }
    await new Promise((r) => setTimeout(r, 1500));
    const rows: string[][] = [['NAT kind', 'natter verdict', 'natter in-process ms', ...TOOLS.flatMap((t, i) => (i === 0 ? [`${t.name} ms`] : [`${t.name} ms`, 'ratio']))]];
    for (const kind of kinds) {
      const medians: number[] = [];
      const inProcess: number[] = [];
      let verdict = '';
      for (const [ti, tool] of TOOLS.entries()) {
        const [cmd, args] = tool.cmd(ips);
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          let out = '';
          times.push(await timeIt(async () => (out = await exec(kind, cmd, args))));
          if (ti === 0) {
            const report = JSON.parse(out) as { nat: string; durationMs: number };
            verdict = report.nat;
            inProcess.push(report.durationMs);
          }
        }
        medians.push(median(times));
      }
      rows.push([kind, verdict, median(inProcess).toFixed(0), ...medians.flatMap((m, i) => (i === 0 ? [m.toFixed(0)] : [m.toFixed(0), `${(m / medians[0]!).toFixed(1)}x`]))]);
    }
    table(
      `NAT classification, whole command wall time (process start included), median of ${RUNS}; ratio = tool / natter nat (>1: natter is faster); ` +
        `"in-process" is natter's own durationMs, without Node start-up`,
      rows,
    );
  } finally {
    for (const s of servers) s.kill();
    await lab?.down();
    rmSync(tmp, { recursive: true, force: true });
  }
});
