// File transfer in the kernel NAT lab (root): two hosts behind open NATs
// (so a TCP copy can connect too), each uplink with BENCH_LAB_LATENCY
// (default 50ms) one way and BENCH_LAB_LOSS (default 1%) loss, a natter node
// on the lab's node host. In one run, between the same two agents:
//   1. natter send-file against a bare TCP copy and udx-native alone;
//   2. fairness: a TCP copy and a natter transfer at once through a
//      BENCH_LAB_RATE (default 20mbit) token bucket on the sender's uplink:
//      bytes each moved in the same 40 s window;
//   3. chat round trip on the direct path idle and during a transfer.
// BENCH_LAB_FILE_MB (default 32) is the file size for (1) and (3).
// Figures are what this machine measured in this run; nothing is asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { natlabBlocker } from '../../scripts/natlab-env.mjs';
import { startLab, type Lab } from '../support/natlab.js';
import { spawnNatterNode } from '../support/natlab-peers.js';
import { buildOnce } from './support/node-process.js';
import { Agent, compare, makeFile, table } from './support/file-bench.js';

const LATENCY = process.env.BENCH_LAB_LATENCY ?? '50ms';
const LOSS = process.env.BENCH_LAB_LOSS ?? '1%';
const RATE = process.env.BENCH_LAB_RATE ?? '20mbit';
const MB = Number(process.env.BENCH_LAB_FILE_MB ?? 32);
const WINDOW_MS = 40_000;

it(`files in the NAT lab: ${LATENCY} per uplink, ${LOSS} loss`, async () => {
  const blocked = natlabBlocker();
  if (blocked) {
    console.log(`files-lab: SKIPPED: ${blocked}`);
    return;
  }
  await buildOnce();
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-files-lab-'));
  let lab: Lab | undefined;
  const agents: Agent[] = [];
  try {
    lab = await startLab({ sites: [{ name: 'oa', kind: 'open', latency: LATENCY, loss: LOSS }, { name: 'ob', kind: 'open', latency: LATENCY, loss: LOSS }] });
    const { url } = await spawnNatterNode(lab, join(tmp, 'node'));
    const start = (host: string) => (args: string[]) => lab!.spawn(host, process.execPath, args);
    const alice = new Agent({ url, user: 'alice', password: 'correct horse', dir: join(tmp, 'alice'), classify: true }, start('oa/h1'));
    const bob = new Agent({ url, user: 'bob', password: 'correct horse', dir: join(tmp, 'bob'), classify: true, trust: ['alice'] }, start('ob/h1'));
    agents.push(alice, bob);
    bob.barePort = (await bob.waitFor((l) => l.event === 'ready', 60_000)).barePort;
    await alice.waitFor((l) => l.event === 'ready', 60_000);
    await alice.call({ cmd: 'befriend', user: 'bob' });
    const bobIp = lab.hosts['ob/h1']!.publicIp;
    const aliceIp = lab.hosts['oa/h1']!.publicIp;
    const file = join(tmp, 'payload.bin');
    makeFile(file, MB);
    const warm = join(tmp, 'warm.bin');
    makeFile(warm, 1);
    await alice.call({ cmd: 'send-file', to: 'bob', path: warm });
    for (let i = 0; i < 100 && (await alice.call({ cmd: 'path', buddy: 'bob' })).path !== 'direct'; i++) await new Promise((r) => setTimeout(r, 200));

    const { rows, rtt } = await compare(alice, bob, bobIp, file, MB * 1024 * 1024, 'bob', aliceIp);

    // Fairness through one bottleneck: a token bucket on alice's uplink (her router's WAN side).
    const big = join(tmp, 'big.bin');
    makeFile(big, 512);
    const wan = (await lab.exec('oa', 'sh', ['-c', "ip -o route get 8.8.8.8 | sed -n 's/.* dev \\([^ ]*\\).*/\\1/p'"])).stdout.trim();
    const shaped = await lab.exec('oa', 'tc', ['qdisc', 'replace', 'dev', wan, 'root', 'tbf', 'rate', RATE, 'burst', '64kb', 'latency', '100ms']);
    let fairness: string[][] = [['competing flows through a ' + RATE + ' bucket', 'MB in ' + WINDOW_MS / 1000 + ' s', 'MB/s', 'natter / TCP']];
    if (shaped.code !== 0) fairness = [[`fairness: no token bucket on ${wan}: ${shaped.stderr.trim()}`, '', '', '']];
    else {
      const tcp = await bob.call({ cmd: 'tcp-listen', size: 512 * 1024 * 1024 });
      void alice.call({ cmd: 'tcp-send', host: bobIp, port: tcp.port, path: big }).catch(() => {});
      void alice.call({ cmd: 'send-file', to: 'bob', path: big }).catch(() => {});
      await new Promise((r) => setTimeout(r, 5_000)); // both past slow start
      const a0 = await bob.call({ cmd: 'received' });
      await new Promise((r) => setTimeout(r, WINDOW_MS));
      const a1 = await bob.call({ cmd: 'received' });
      const tcpMB = (a1.tcp - a0.tcp) / 1e6;
      const natterMB = (a1.natter - a0.natter) / 1e6;
      fairness.push(['TCP copy', tcpMB.toFixed(1), (tcpMB / (WINDOW_MS / 1000)).toFixed(2), '']);
      fairness.push(['natter send-file', natterMB.toFixed(1), (natterMB / (WINDOW_MS / 1000)).toFixed(2), (natterMB / tcpMB).toFixed(2)]);
    }
    console.log(`\nfiles in the NAT lab (open <-> open, ${LATENCY} per uplink, ${LOSS} loss each way, delay by ${lab.delay}), ${MB} MiB\n${table(rows)}\n\n${table(rtt)}\n\n${table(fairness)}\n`);
  } finally {
    for (const a of agents) a.quit();
    await new Promise((r) => setTimeout(r, 500));
    await lab?.down();
    rmSync(tmp, { recursive: true, force: true });
  }
});
