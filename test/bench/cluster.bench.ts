// The cluster (docs/cluster.md) under the presence fan-out load of
// server-presence.bench.ts: BENCH_N sessions (default 6,000), 20 buddies
// each, spread round robin over 1, 2 and 3 `natter server --cluster` nodes
// on one Redis and one PostgreSQL, against the single LevelDB node in the
// same run. Measured per configuration: sessions per node, fan-out latency,
// memory per session (each node's RSS after a full GC, with N/k sessions
// minus idle), messages crossing nodes per second, and the CPU of the
// nodes and of Redis.
//
// Everything runs on this machine (2 cores): the nodes, Redis, PostgreSQL
// and the load processes share them, so the 3-node figures are what one
// machine pays for three nodes, not what three machines would do. The
// projection to a million users (docs/cluster.md) is made from the per-node
// and per-message costs measured here.
//
// The accounts, tokens and buddy ring are written straight into both stores
// (their importAll), not through the protocol: seeding is not measured.
import { createHash, randomBytes, scrypt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { generateIdentity, identityPublicKey } from '@natter/peer';
import { systemClock } from '@natter/io';
import { LevelStore } from '../../packages/server/src/store/level.js';
import { PostgresStore } from '../../packages/server/src/store/postgres.js';
import type { StoreExport } from '../../packages/server/src/store/types.js';
import { clusterBlocker, startTestRedis } from '../support/cluster.js';
import { createTestDatabase } from '../support/test-database.js';
import { buildOnce, cpuMs, fmt, metric, percentile, sleep, spawnLoadWorker, spawnNode, table, type LoadWorker, type NodeProcess } from './support/node-process.js';
import { fanOut, type Window } from './support/fanout.js';

const N = Number(process.env.BENCH_N ?? 6000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WINDOW_MS = Number(process.env.BENCH_WINDOW ?? 10) * 1000;
const NODE_COUNTS = (process.env.BENCH_NODES ?? '1,2,3').split(',').map(Number);
const RING = 10;
const BUDDIES = 2 * RING;
const PASSWORD = 'bench password';

interface Result {
  name: string;
  nodes: number;
  window: Window;
  memoryPerSession: number;
  crossingPerS: number;
  redisCpu: number;
}

const share = (w: number): [number, number] => [Math.floor((N * w) / WORKERS), Math.floor((N * (w + 1)) / WORKERS)];

it(`cluster: ${N} sessions with 20 buddies on 1, 2 and 3 nodes against one LevelDB node`, async () => {
  const blocker = await clusterBlocker();
  if (blocker) {
    console.log(`bench cluster: SKIPPED: ${blocker}`);
    return;
  }
  buildOnce();
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-cluster-'));
  const stops: Array<() => Promise<void>> = [];
  try {
    const { data, tokens } = await seedExport();
    const workers = await Promise.all(Array.from({ length: WORKERS }, () => spawnLoadWorker()));
    for (const w of workers) stops.push(w.stop);
    const results: Result[] = [];

    // ---------------------------------------------------------------- the single LevelDB node
    const levelDir = join(tmp, 'level');
    const level = await LevelStore.open(levelDir, systemClock);
    await level.importAll(data);
    await level.close();
    const single = await spawnNode({ dataDir: levelDir, inspect: true });
    stops.push(single.stop);
    results.push(await measure('one node, LevelDB', [single], workers, tokens, undefined));
    await single.stop();

    // ---------------------------------------------------------------- clusters on PostgreSQL + Redis
    const database = await createTestDatabase();
    stops.push(database.drop);
    const pgStore = await PostgresStore.open({ url: database.url, clock: systemClock });
    const importStart = performance.now();
    await pgStore.importAll(data);
    await pgStore.close();
    console.log(`bench cluster: imported ${fmt(N)} accounts and ${fmt(data.relations.length)} relations into PostgreSQL in ${fmt((performance.now() - importStart) / 1000, 1)} s`);
    for (const count of NODE_COUNTS) {
      const redis = await startTestRedis();
      stops.push(redis.kill);
      const prefix = `b${count}:`;
      const nodes: NodeProcess[] = [];
      for (let i = 0; i < count; i++) {
        const node = await spawnNode({ dataDir: join(tmp, `c${count}-${i}`), inspect: true, config: { store: database.url, cluster: redis.url, clusterPrefix: prefix } });
        nodes.push(node);
        stops.push(node.stop);
      }
      results.push(await measure(`${count} node${count > 1 ? 's' : ''}, PostgreSQL + Redis`, nodes, workers, tokens, redis.pid));
      for (const node of nodes) await node.stop();
      await redis.kill();
    }

    // ---------------------------------------------------------------- report
    const ms = (x: number) => `${fmt(x, 1)} ms`;
    const base = results[0]!;
    table(
      `Presence fan-out on a cluster: ${fmt(N)} sessions x ${BUDDIES} buddies, every user updates once in ${WINDOW_MS / 1000} s (${fmt((N / WINDOW_MS) * 1000)} updates/s, ${fmt((N / WINDOW_MS) * 1000 * BUDDIES)} pushes/s), ` +
        `clients in ${WORKERS} load processes, users round robin over the nodes; every process on this one 2-core machine`,
      [
        ['configuration', 'sessions per node', 'p50', 'p99', 'max', 'received / expected', 'memory per session', 'messages crossing nodes/s', 'nodes CPU, cores', 'Redis CPU, cores', 'p99 vs one LevelDB node'],
        ...results.map((r) => [
          r.name,
          fmt(N / r.nodes),
          ms(percentile(r.window.samples, 50)),
          ms(percentile(r.window.samples, 99)),
          ms(percentile(r.window.samples, 100)),
          `${fmt(r.window.received)} / ${fmt(r.window.expected)}`,
          `${fmt(r.memoryPerSession / 1024, 1)} KiB`,
          fmt(r.crossingPerS),
          fmt(r.window.serverCpu, 2),
          r.redisCpu ? fmt(r.redisCpu, 2) : '',
          `${(percentile(r.window.samples, 99) / percentile(base.window.samples, 99)).toFixed(2)}x`,
        ]),
      ],
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
});

/** Connects the N clients over `nodes`, measures memory and one fan-out window, disconnects. */
async function measure(name: string, nodes: NodeProcess[], workers: LoadWorker[], tokens: Uint8Array[], redisPid: number | undefined): Promise<Result> {
  const urls = nodes.map((n) => n.url);
  const idle = await Promise.all(nodes.map((n) => n.memory({ gc: true })));
  await Promise.all(workers.map((w, i) => w.call('connect', { url: urls[0], urls, from: share(i)[0], to: share(i)[1], width: 250 / WORKERS, tokens: tokens.slice(...share(i)) })));
  await sleep(2000 + 1000 * nodes.length);
  const loaded = await Promise.all(nodes.map((n) => n.memory({ gc: true })));
  const memoryPerSession = loaded.reduce((a, m, i) => a + (m.rss - idle[i]!.rss), 0) / N;
  const crossed = async () => (await Promise.all(nodes.map((n) => metric(n.http, 'natter_cluster_messages', { direction: 'sent' })))).reduce((a, b) => a + b, 0);
  const crossed0 = await crossed();
  const redis0 = redisPid ? cpuMs(redisPid) : 0;
  const window = await fanOut(
    workers,
    nodes.map((n) => n.pid),
    true,
    WINDOW_MS,
    BUDDIES,
  );
  const redisCpu = redisPid ? (cpuMs(redisPid) - redis0) / window.elapsedMs : 0;
  const crossingPerS = ((await crossed()) - crossed0) / (window.elapsedMs / 1000);
  await Promise.all(workers.map((w) => w.call('close')));
  await sleep(1000);
  return { name, nodes: nodes.length, window, memoryPerSession, crossingPerS, redisCpu };
}

/** N accounts (one scrypt hash for all: the same password), a resume token each, the buddy ring. */
async function seedExport(): Promise<{ data: StoreExport; tokens: Uint8Array[] }> {
  const salt = randomBytes(16);
  const hash = await new Promise<Buffer>((resolve, reject) =>
    scrypt(PASSWORD.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
  const identityKey = Buffer.from(identityPublicKey(generateIdentity())).toString('base64');
  const now = Date.now();
  const data: StoreExport = { users: [], tokens: [], relations: [], blocks: [], offline: [], notify: { channels: [], prefs: [] } };
  const tokens: Uint8Array[] = [];
  for (let i = 0; i < N; i++) {
    const username = `user${i}`;
    data.users.push({ username, salt: salt.toString('base64'), hash: hash.toString('base64'), N: 1024, identityKey, createdAt: now });
    const token = randomBytes(32);
    tokens.push(token);
    data.tokens.push({ id: createHash('sha256').update(token).digest('hex'), username, expiresAt: now + 30 * 86400_000 });
    for (let k = 1; k <= RING; k++) {
      for (const j of [(i + k) % N, (i - k + N) % N]) data.relations.push({ owner: username, other: `user${j}`, record: { kind: 'buddy', since: now } });
    }
  }
  return { data, tokens };
}
