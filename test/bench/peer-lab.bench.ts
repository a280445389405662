// The peer core in the kernel NAT lab (root), with and without added
// latency on every site's uplink (tc netem, or the lab's NFQUEUE fallback):
//
//   1. every pair of real `natter rpc` processes that can go direct (open,
//      full, restricted, port, symmetric, two hosts behind one NAT): time to
//      the first message (relay) and time to the direct path, against the
//      targets (time to direct <= 1 s without added latency, <= 3 x RTT +
//      200 ms with it);
//   2. between a port-restricted and a restricted host: direct-path round
//      trip and throughput of the reliable encrypted channel against bare
//      node:dgram between the same two hosts through the same NATs.
//
// BENCH_LATENCY (default "0,50ms"): the per-site one-way latencies to run.
// A pair in two sites crosses two uplinks, so 50ms gives a 200 ms peer round
// trip and a 100 ms round trip to the node (which sits behind no NAT).
// Figures are what this machine measured in this run; nothing is asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { natlabBlocker } from '../../scripts/natlab-env.mjs';
import { latencyMechanism } from '../support/natlab.js';
import { GRID_USERS, PEER_LAB_PASSWORD, gridSites, startPeerLab, type PeerLab } from '../support/natlab-peers.js';
import { RpcProcess } from '../support/natter-user.js';
import { buildOnce } from './support/node-process.js';

const AGENT = fileURLToPath(new URL('./support/peer-agent.mjs', import.meta.url));

// Every user of the lab grid that can go direct.
const USERS = GRID_USERS.filter((u) => u.kind !== 'blocked');

const ms = (t: string): number => {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(t);
  if (!m) throw new Error(`BENCH_LATENCY: bad latency '${t}' (want e.g. 0 or 50ms)`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
};

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')).join('\n');
}

async function grid(peers: PeerLab, latencyMs: number, nodeRttMs: number): Promise<string[][]> {
  // A pair in two sites: the peer round trip crosses four uplink delays;
  // the node is one site away (two delays). Punching needs both. The first
  // message may take one round trip to the node plus the relay's latency
  // (A -> node -> B, which here is one node round trip again).
  const firstTarget = 2 * nodeRttMs;
  const rows = [['pair', 'first message ms', `target (2 x node RTT ${nodeRttMs.toFixed(1)})`, 'met', 'direct after ms', 'RTT used ms', 'target ms', 'met']];
  for (let i = 0; i < USERS.length; i++) {
    for (let j = i + 1; j < USERS.length; j++) {
      const a = peers.user(USERS[i]!.name);
      const b = peers.user(USERS[j]!.name);
      const sameLan = USERS[i]!.kind === 'lan' && USERS[j]!.kind === 'lan';
      const rtt = Math.max(sameLan ? 0 : 4 * latencyMs, 2 * latencyMs);
      const target = latencyMs === 0 ? 1000 : 3 * rtt + 200;
      const text = `bench ${a.name} -> ${b.name}`;
      const t0 = performance.now();
      const direct = a.rpc.waitFor((l) => l.event === 'path' && l.buddy === b.name && l.path === 'direct', 20_000).then(() => performance.now() - t0);
      const sent = await a.rpc.call({ cmd: 'send', to: b.name, text });
      if (!sent.ok) throw new Error(JSON.stringify(sent));
      await b.rpc.waitFor((l) => l.event === 'message' && l.text === text, 20_000);
      const first = performance.now() - t0;
      const toDirect = await direct.catch(() => NaN);
      rows.push([
        `${a.name} <-> ${b.name}`,
        first.toFixed(0),
        firstTarget.toFixed(0),
        first <= firstTarget ? 'yes' : 'NO',
        Number.isNaN(toDirect) ? 'never' : toDirect.toFixed(0),
        String(rtt),
        String(target),
        toDirect <= target ? 'yes' : 'NO',
      ]);
    }
  }
  return rows;
}

async function channel(peers: PeerLab, latencyMs: number): Promise<{ rows: string[][]; nodeRttMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'natter-bench-agents-'));
  const start = (host: string, user: string) =>
    new RpcProcess(
      peers.lab.spawn(host, process.execPath, [
        AGENT,
        JSON.stringify({ url: peers.url, user, password: PEER_LAB_PASSWORD, historyDir: join(dir, user), stun: { address: peers.lab.nodeHost.ip1, port: 3478 } }),
      ]),
    );
  const a = start('port/h1', 'bencha');
  const b = start('restricted/h1', 'benchb');
  try {
    const [ra, rb] = await Promise.all([a.waitFor((l) => l.event === 'ready', 30_000), b.waitFor((l) => l.event === 'ready', 30_000)]);
    const friends = await a.call({ cmd: 'befriend', user: 'benchb' });
    if (!friends.ok) throw new Error(JSON.stringify(friends));
    await new Promise((r) => setTimeout(r, 1000 + 4 * latencyMs));
    const direct = a.waitFor((l) => l.event === 'path' && l.buddy === 'benchb' && l.path === 'direct', 30_000);
    await a.call({ cmd: 'send', to: 'benchb', text: 'hello' });
    await direct;
    const [pa, pb] = await Promise.all([a.call({ cmd: 'bare-punch', peer: rb.bare }, 30_000), b.call({ cmd: 'bare-punch', peer: ra.bare }, 30_000)]);
    if (!pa.ok || !pb.ok) throw new Error(`bare UDP could not punch between the hosts: ${JSON.stringify([pa, pb])}`);
    const slow = latencyMs > 0;
    const res = await a.call({ cmd: 'measure', buddy: 'benchb', peer: rb.bare, rtts: slow ? 30 : 500, small: slow ? 2000 : 5000, large: slow ? 20 : 100, largeBytes: 60_000 }, 600_000);
    if (!res.ok) throw new Error(String(res.error));
    const r = res.result;
    const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`;
    const rows = [
      ['measure (port/h1 -> restricted/h1)', 'natter', 'bare UDP', 'natter/bare'],
      ['node round trip p50 ms', r.nodeRttP50.toFixed(2), '', ''],
      ['direct round trip p50 ms', r.rtt.natter[0].toFixed(3), r.rtt.bare[0].toFixed(3), ratio(r.rtt.natter[0], r.rtt.bare[0])],
      ['direct round trip p99 ms', r.rtt.natter[1].toFixed(3), r.rtt.bare[1].toFixed(3), ratio(r.rtt.natter[1], r.rtt.bare[1])],
      ['small messages/s (80 B text; bare: 100 B datagrams), window 64', r.natterSmallPerS.toFixed(0), r.bareSmallPerS.toFixed(0), ratio(r.natterSmallPerS, r.bareSmallPerS)],
      ['large messages MB/s (60 KB; bare: 1200 B datagrams), window 64', r.natterLargeMBps.toFixed(2), r.bareLargeMBps.toFixed(2), ratio(r.natterLargeMBps, r.bareLargeMBps)],
      ['path / bare datagrams lost', r.path, String(r.rtt.bareLost + r.bareLost), ''],
    ];
    return { rows, nodeRttMs: r.nodeRttP50 };
  } finally {
    a.kill();
    b.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

it('peer in the kernel NAT lab: time to direct per pair, and the direct path against bare UDP', async () => {
  const blocker = natlabBlocker();
  if (blocker) {
    console.log(`bench peer-lab: SKIPPED: ${blocker}`);
    return;
  }
  buildOnce();
  const latencies = (process.env.BENCH_LATENCY ?? '0,50ms').split(',').map((s) => s.trim());
  const delay = latencyMechanism();
  for (const latency of latencies) {
    const lat = ms(latency);
    if (lat > 0 && !delay.mechanism) {
      console.log(`bench peer-lab: latency ${latency} SKIPPED: ${delay.problem}`);
      continue;
    }
    const peers = await startPeerLab(
      {
        sites: gridSites(['blocked']),
        ...(lat > 0 ? { latency: `${lat}ms` } : {}),
      },
      USERS,
    );
    try {
      const how = lat > 0 ? `${lat} ms one way on every uplink (${peers.lab.delay})` : 'no added latency';
      // The channel first: it measures the node round trip the grid's first-message target uses.
      const ch = await channel(peers, lat);
      console.log(`\npeer-lab, ${how}: direct path against bare UDP between the same hosts\n${table(ch.rows)}`);
      console.log(`\npeer-lab, ${how}: time to the first message and to the direct path\n${table(await grid(peers, lat, ch.nodeRttMs))}\n`);
    } finally {
      await peers.down();
    }
  }
});
