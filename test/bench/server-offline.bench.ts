// The offline store: alice stores BENCH_OFFLINE_N sealed messages (default
// 1000, the default per-recipient quota) for bob, who is offline, pipelined
// (64 in flight): each OfflineStored comes only after a synced LevelDB write.
// Then bob logs in: the time from his Login to the last message delivered;
// then one OfflineAck for all of them. The baseline, measured in the same run
// on the same disk, is bare LevelDB in its own process writing the same
// records the same way (support/level-writer.mjs: one synced batch per
// message, one after another): what the disk allows. The node shares synced
// writes between concurrent stores (group commit), so a second baseline
// writes WINDOW messages per synced batch: what the disk allows for a
// burst that size, the ceiling of any group commit.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { decodeControl } from '@natter/wire';
import { BODY, LeanClient, peek, pool } from './support/lean-client.mjs';
import { buildOnce, cpuMs, fmt, machineBusyMs, percentile, spawnNode, table } from './support/node-process.js';
import { loginWithToken, registerPair } from './support/pair.js';

const COUNT = Number(process.env.BENCH_OFFLINE_N ?? 1000);
const SIZES = (process.env.BENCH_OFFLINE_SIZES ?? '1024,16384').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
const WINDOW = 64;
/** A directory: write a CPU profile of the node there. */
const CPU_PROF = process.env.BENCH_CPU_PROF;
const TARGET_RATIO = 0.9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Round {
  storedPerS: number;
  p50: number;
  p99: number;
  deliverMs: number;
  ackMs: number;
  barePerS: number;
  groupedPerS: number;
  /** CPU during the stores, in cores: the node (every thread), this process (the client), everything else on the machine. */
  nodeCpu: number;
  clientCpu: number;
  otherCpu: number;
}

it(`offline store: ${COUNT} durable stores, then delivery at login`, async () => {
  buildOnce();
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-offline-'));
  const node = await spawnNode({ dataDir: join(tmp, 'node'), config: { scryptN: 1024 }, cpuProfDir: CPU_PROF });
  let alice: LeanClient | undefined;
  try {
    const tokens = await registerPair(node.url);
    alice = await loginWithToken(node.url, 'alice', tokens.alice);
    const rows: string[][] = [];
    for (const size of SIZES) {
      const rounds: Round[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Stores, pipelined: each answer only after its synced write.
        const sealed = randomBytes(size);
        const latency = new Float64Array(COUNT);
        const cpu0 = [cpuMs(node.pid), process.cpuUsage(), machineBusyMs()] as const;
        const t0 = performance.now();
        await pool(0, COUNT, WINDOW, async (i) => {
          const t = performance.now();
          const r = await alice!.call({ offlineStore: { to: 'bob', messageId: randomBytes(16), sealed, sentAtMs: Date.now() } });
          if (r.body !== 'offlineStored') throw new Error(`expected OfflineStored, got ${r.body}`);
          latency[i] = performance.now() - t;
        });
        const storeMs = performance.now() - t0;
        const nodeMs = cpuMs(node.pid) - cpu0[0];
        const client = process.cpuUsage(cpu0[1]);
        const clientMs = (client.user + client.system) / 1000;
        const cpu = { nodeCpu: nodeMs / storeMs, clientCpu: clientMs / storeMs, otherCpu: Math.max(0, machineBusyMs() - cpu0[2] - nodeMs - clientMs) / storeMs };
        latency.sort();

        // Bob logs in: every message arrives in OfflineDeliver frames.
        const bob = await LeanClient.connect(node.url);
        await bob.hello();
        const seqs: number[] = [];
        let all!: () => void;
        const delivered = new Promise<void>((r) => (all = r));
        bob.onPush = (b) => {
          if (peek(b).body !== BODY.offlineDeliver) return;
          for (const m of decodeControl(b).offlineDeliver?.messages ?? []) seqs.push(Number(m.seq));
          if (seqs.length >= COUNT) all();
        };
        const t1 = performance.now();
        const login = await bob.call({ login: { username: 'bob', resumeToken: tokens.bob, clientVersion: 'natter-bench/0' } });
        tokens.bob = login.loginOk!.resumeToken!;
        await delivered;
        const deliverMs = performance.now() - t1;
        const t2 = performance.now();
        await bob.call({ offlineAck: { seqs } });
        const ackMs = performance.now() - t2;
        await bob.close();

        const bare = await levelWriter(join(tmp, `bare-${size}-${round}`), size, 1);
        const grouped = await levelWriter(join(tmp, `grouped-${size}-${round}`), size, WINDOW);
        rounds.push({ storedPerS: COUNT / (storeMs / 1000), p50: percentile(latency, 50), p99: percentile(latency, 99), deliverMs, ackMs, barePerS: bare.msgsPerS, groupedPerS: grouped.msgsPerS, ...cpu });
      }
      const m = (k: keyof Round) => median(rounds.map((r) => r[k]));
      rows.push(
        [
          `${size >= 1024 ? `${size / 1024} KiB` : `${size} B`}: stored/s (OfflineStore -> OfflineStored, synced, ${WINDOW} in flight)`,
          fmt(m('storedPerS')),
          fmt(m('barePerS')),
          `${(m('storedPerS') / m('barePerS')).toFixed(2)}x`,
          `>= ${TARGET_RATIO}x`,
          m('storedPerS') / m('barePerS') >= TARGET_RATIO ? 'ok' : 'MISSED',
          fmt(m('groupedPerS')),
          `${(m('storedPerS') / m('groupedPerS')).toFixed(2)}x`,
        ],
        ['  store latency p50 / p99', `${fmt(m('p50'), 1)} / ${fmt(m('p99'), 1)} ms`, '', '', '', '', '', ''],
        ['  CPU while storing, cores: node / client / other processes', `${fmt(m('nodeCpu'), 2)} / ${fmt(m('clientCpu'), 2)} / ${fmt(m('otherCpu'), 2)}`, '', '', '', '', '', ''],
        ['  node CPU per store (every thread)', `${fmt((m('nodeCpu') * 1000 * 1000) / m('storedPerS'))} µs`, '', '', '', '', '', ''],
        [`  delivery at login: Login sent -> all ${fmt(COUNT)} delivered`, `${fmt(m('deliverMs'))} ms (${fmt(COUNT / (m('deliverMs') / 1000))}/s)`, '', '', '', '', '', ''],
        [`  one OfflineAck for all ${fmt(COUNT)} (synced delete)`, `${fmt(m('ackMs'))} ms`, '', '', '', '', '', ''],
      );
    }
    table(
      `Offline store: ${fmt(COUNT)} messages from alice for offline bob, median of ${ROUNDS} runs; natter = \`natter server\` in its own process; ` +
        `bare LevelDB = the same records, one synced batch per message, one after another, in its own process on the same disk, measured in the same run; ratio = natter / bare LevelDB; ` +
        `grouped = bare LevelDB writing ${WINDOW} messages per synced batch (the ceiling of group commit)`,
      [['metric', 'natter', 'bare LevelDB', 'ratio', 'target', '', 'bare grouped', 'ratio'], ...rows],
    );
  } finally {
    await alice?.close();
    await node.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
});

async function levelWriter(dir: string, size: number, group: number): Promise<{ msgsPerS: number }> {
  const script = new URL('./support/level-writer.mjs', import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [script, dir, String(COUNT), String(size), String(group)]);
  return JSON.parse(stdout) as { msgsPerS: number };
}
