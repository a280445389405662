// The peer core in the kernel NAT lab (root), with and without added
// latency on every site's uplink (tc netem, or the lab's NFQUEUE fallback):
//
//   1. every pair of real `natter rpc` processes that can go direct (open,
//      full, restricted, port, symmetric, two hosts behind one NAT), on
//      routers with a WAN input firewall and on routers without one: time to
//      the first message (relay) and time to the direct path, against the
//      targets (time to direct <= 1 s without added latency, <= 3 x RTT +
//      200 ms with it);
//   2. over IPv6: two phones whose IPv4 sits behind symmetric NATs (only
//      IPv6 can go direct) and two dual-stack hosts behind port-restricted
//      NATs (both families race);
//   3. roaming: a host moved to another NAT mid-conversation, time from the
//      new network being up to the direct path again (target 2 s);
//   4. between a port-restricted and a restricted host: direct-path round
//      trip and throughput of the reliable encrypted channel against bare
//      node:dgram between the same two hosts through the same NATs.
//
// BENCH_LATENCY (default "0,50ms"): the per-site one-way latencies to run.
// A pair in two sites crosses two uplinks, so 50ms gives a 200 ms peer round
// trip and a 100 ms round trip to the node (which sits behind no NAT).
// Figures are what this machine measured in this run; nothing is asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { natlabBlocker } from '../../scripts/natlab-env.mjs';
import { latencyMechanism, type SiteSpec } from '../support/natlab.js';
import { PEER_LAB_PASSWORD, gridSites, gridUsers, startPeerLab, type GridUser, type PeerLab, type PeerLabUserSpec } from '../support/natlab-peers.js';
import { RpcProcess } from '../support/natter-user.js';
import { buildOnce } from './support/node-process.js';

const AGENT = fileURLToPath(new URL('./support/peer-agent.mjs', import.meta.url));

// Every user of the lab grids that can go direct; open1 belongs to both.
const FIREWALLED = gridUsers('firewalled').filter((u) => u.kind !== 'blocked');
const NOFW = gridUsers('nofw').filter((u) => u.kind !== 'blocked');
const SIX: PeerLabUserSpec[] = [
  { name: 'phone1', host: 'm1/h1' },
  { name: 'phone2', host: 'm2/h1' },
  { name: 'desk1', host: 'd1/h1' },
  { name: 'desk2', host: 'd2/h1' },
];
const ROAM: PeerLabUserSpec[] = [
  { name: 'laptop', host: 'home/h1' },
  { name: 'friend', host: 'cafe/h1' },
];
const EXTRA_SITES: SiteSpec[] = [
  { name: 'm1', kind: 'symmetric', v6: 'dual' },
  { name: 'm2', kind: 'symmetric-nofw', v6: 'dual' },
  { name: 'd1', kind: 'port', v6: 'dual' },
  { name: 'd2', kind: 'port-nofw', v6: 'dual' },
  { name: 'home', kind: 'port' },
  { name: 'office', kind: 'restricted-nofw' },
  { name: 'cafe', kind: 'port-nofw' },
];
/** Moves of the roaming laptop, in turn (each back to a new address on that LAN). */
const MOVES = ['office', 'home', 'office', 'home', 'office'];

function pairsOf(users: Array<{ name: string }>): Array<[string, string]> {
  return users.flatMap((a, i) => users.slice(i + 1).map((b): [string, string] => [a.name, b.name]));
}

const ms = (t: string): number => {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(t);
  if (!m) throw new Error(`BENCH_LATENCY: bad latency '${t}' (want e.g. 0 or 50ms)`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
};

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')).join('\n');
}

async function grid(peers: PeerLab, users: GridUser[], pairs: Array<[string, string]>, latencyMs: number, nodeRttMs: number): Promise<string[][]> {
  // A pair in two sites: the peer round trip crosses four uplink delays;
  // the node is one site away (two delays). Punching needs both. The first
  // message may take one round trip to the node plus the relay's latency
  // (A -> node -> B, which here is one node round trip again).
  const firstTarget = 2 * nodeRttMs;
  const rows = [['pair', 'first message ms', `target (2 x node RTT ${nodeRttMs.toFixed(1)})`, 'met', 'direct after ms', 'RTT used ms', 'target ms', 'met', 'how']];
  const kindOf = (name: string) => users.find((u) => u.name === name)?.kind;
  for (const [an, bn] of pairs) {
    const a = peers.user(an);
    const b = peers.user(bn);
    const sameLan = kindOf(an) === 'lan' && kindOf(bn) === 'lan' && a.host.split('/')[0] === b.host.split('/')[0];
    const rtt = Math.max(sameLan ? 0 : 4 * latencyMs, 2 * latencyMs);
    const target = latencyMs === 0 ? 1000 : 3 * rtt + 200;
    const text = `bench ${a.name} -> ${b.name}`;
    const t0 = performance.now();
    let why = '';
    const direct = a.rpc
      .waitFor((l) => l.event === 'path' && l.buddy === b.name && l.path === 'direct', 20_000)
      .then((l) => {
        why = String(l.why);
        return performance.now() - t0;
      });
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
      why.replace(/^hole punched /, '').replace(/ in \d+ ms$/, ''),
    ]);
  }
  return rows;
}

/** The laptop moves between two NATs while it chats with its friend: time from each move to the direct path again. */
async function roaming(peers: PeerLab, latencyMs: number): Promise<string[][]> {
  const laptop = peers.user('laptop');
  const friend = peers.user('friend');
  await laptop.rpc.call({ cmd: 'send', to: 'friend', text: 'warm-up' });
  await laptop.rpc.waitFor((l) => l.event === 'path' && l.buddy === 'friend' && l.path === 'direct', 20_000);
  let chatting = true;
  const chat = (async () => {
    for (let i = 0; chatting; i++) {
      await friend.rpc.call({ cmd: 'send', to: 'laptop', text: `roam ${i}` });
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const target = 2000 + 4 * latencyMs;
  const rows = [['move', 'new address', 'noticed ms', 'relay at ms', 'node again ms', 'direct again ms', 'target ms', 'met', 'how']];
  for (const site of MOVES) {
    await new Promise((r) => setTimeout(r, 1500));
    const mark = laptop.rpc.lines.length;
    const after = (pred: (l: Record<string, any>) => boolean) => laptop.rpc.waitFor((l) => laptop.rpc.lines.indexOf(l) >= mark && pred(l), 15_000);
    const host = await peers.lab.move('home/h1', site);
    const t0 = performance.now();
    const since = () => (performance.now() - t0).toFixed(0);
    const seen: Record<string, string> = {};
    const noticed = after((l) => l.event === 'network').then(() => (seen.noticed = since()));
    const relay = after((l) => l.event === 'path' && l.path === 'relay').then(() => (seen.relay = since()));
    const online = after((l) => l.event === 'connection' && l.state === 'online').then(() => (seen.online = since()));
    const direct = await after((l) => l.event === 'path' && l.buddy === 'friend' && l.path === 'direct').catch(() => undefined);
    const back = performance.now() - t0;
    await Promise.allSettled([noticed, relay, online]);
    rows.push([
      `-> ${site} (${host.kind})`,
      `${host.ip} (${host.publicIp})`,
      seen.noticed ?? '-',
      seen.relay ?? '-',
      seen.online ?? '-',
      direct ? back.toFixed(0) : 'never',
      String(target),
      direct && back <= target ? 'yes' : 'NO',
      direct ? String(direct.why).replace(/^hole punched /, '').replace(/ in \d+ ms$/, '') : '',
    ]);
  }
  chatting = false;
  await chat;
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

it('peer in the kernel NAT lab: time to direct per pair (both kinds of router, IPv6), back to direct after roaming, and the direct path against bare UDP', async () => {
  const blocker = natlabBlocker();
  if (blocker) {
    console.log(`bench peer-lab: SKIPPED: ${blocker}`);
    return;
  }
  buildOnce();
  const latencies = (process.env.BENCH_LATENCY ?? '0,50ms').split(',').map((s) => s.trim());
  const delay = latencyMechanism();
  const users = [...new Map([...FIREWALLED, ...NOFW, ...SIX, ...ROAM].map((u) => [u.name, u])).values()];
  const firewalledPairs = pairsOf(FIREWALLED);
  const nofwPairs = pairsOf(NOFW).filter(([a, b]) => !(FIREWALLED.some((u) => u.name === a) && FIREWALLED.some((u) => u.name === b)));
  const sixPairs: Array<[string, string]> = [
    ['phone1', 'phone2'],
    ['desk1', 'desk2'],
    ['desk1', 'phone2'],
  ];
  for (const latency of latencies) {
    const lat = ms(latency);
    if (lat > 0 && !delay.mechanism) {
      console.log(`bench peer-lab: latency ${latency} SKIPPED: ${delay.problem}`);
      continue;
    }
    const peers = await startPeerLab(
      {
        sites: [...gridSites(['blocked'], ['firewalled', 'nofw']), ...EXTRA_SITES],
        ...(lat > 0 ? { latency: `${lat}ms` } : {}),
      },
      users,
      [...firewalledPairs, ...nofwPairs, ...sixPairs, ['laptop', 'friend']],
    );
    try {
      const how = lat > 0 ? `${lat} ms one way on every uplink (${peers.lab.delay})` : 'no added latency';
      // The channel first: it measures the node round trip the grid's first-message target uses.
      const ch = await channel(peers, lat);
      console.log(`\npeer-lab, ${how}: direct path against bare UDP between the same hosts\n${table(ch.rows)}`);
      console.log(`\npeer-lab, ${how}: time to the first message and to the direct path, routers with a WAN input firewall\n${table(await grid(peers, FIREWALLED, firewalledPairs, lat, ch.nodeRttMs))}\n`);
      console.log(`\npeer-lab, ${how}: the same on routers without a WAN input firewall\n${table(await grid(peers, NOFW, nofwPairs, lat, ch.nodeRttMs))}\n`);
      console.log(`\npeer-lab, ${how}: over IPv6 (phones: IPv4 behind symmetric NATs; desks: dual stack behind port-restricted NATs)\n${table(await grid(peers, [], sixPairs, lat, ch.nodeRttMs))}\n`);
      console.log(`\npeer-lab, ${how}: roaming, laptop (port-restricted <-> restricted without input firewall) chatting with a friend (port-restricted without input firewall)\n${table(await roaming(peers, lat))}\n`);
    } finally {
      await peers.down();
    }
  }
});
