// Relay throughput: two logged-in buddies, alice -> node -> bob as RelayFrames,
// against a bare `ws` forwarder (support/ws-forwarder.mjs, `pair`) that sends
// each message from one client to the other unchanged, measured in the same
// run with the same clients and the same bytes (the encoded RelayFrame).
// Sender and receiver are two load processes; the receiver acks every quarter
// window back through the server, the sender keeps at most a window (256 KiB)
// unacknowledged. The node runs with the per-user relay budget raised (config
// keys relayBytesPerSecond / relayBurstBytes); one more run with the default
// budget (256 KiB/s, 1 MiB burst) shows that it is enforced.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { encodeControl } from '@natter/wire';
import { buildOnce, cpuMs, fmt, machineBusyMs, metric, spawnForwarder, spawnLoadWorker, spawnNode, table } from './support/node-process.js';
import { registerPair } from './support/pair.js';

const SIZES = (process.env.BENCH_RELAY_SIZES ?? '128,1024,16384').split(',').map(Number);
const DURATION_MS = Number(process.env.BENCH_RELAY_S ?? 3) * 1000;
const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
// Below the node's per-recipient buffer limit (1 MiB, RELAY_BACKPRESSURE past it), above what one round trip needs.
const WINDOW_BYTES = Number(process.env.BENCH_RELAY_WINDOW_KIB ?? 768) * 1024;
const TARGET_RATIO = 0.9;
/** A directory: write a CPU profile of the node (the raised-budget one) there. */
const CPU_PROF = process.env.BENCH_CPU_PROF;
const DEFAULT_LIMIT = 256 * 1024; // bytes/s, the node's default relay budget per user
const DEFAULT_BURST = 1024 * 1024;
const OFFERED = 1024 * 1024; // bytes/s offered against the default budget
const LIMITED_S = 6;

interface Sent {
  sent: number;
  startedAt: number;
  endedAt: number;
}

interface Received {
  received: number;
  bytes: number;
  firstAt: number;
  lastAt: number;
  buckets: number[];
}

interface Run {
  msgsPerS: number;
  bytesPerS: number;
  lost: number;
  /** CPU during the run, in cores: the server; both clients. */
  serverCpu: number;
  loadCpu: number;
  /** Every other process on the machine (a noisy run shows here). */
  otherCpu: number;
}

const medianRun = (runs: Run[]) => [...runs].sort((a, b) => a.bytesPerS - b.bytesPerS)[Math.floor(runs.length / 2)]!;

it('relay throughput: natter against a bare ws forwarder', async () => {
  buildOnce();
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-relay-'));
  const stops: Array<() => Promise<void>> = [];
  try {
    const [alice, bob] = await Promise.all([spawnLoadWorker(), spawnLoadWorker()]);
    stops.push(alice.stop, bob.stop);
    const fast = await spawnNode({ dataDir: join(tmp, 'fast'), cpuProfDir: CPU_PROF, config: { scryptN: 1024, relayBytesPerSecond: 2 ** 30, relayBurstBytes: 2 ** 30 } });
    stops.push(fast.stop);
    const fwd = await spawnForwarder(['pair']);
    stops.push(fwd.stop);
    const fastTokens = await registerPair(fast.url);

    const rows: string[][] = [];
    for (const size of SIZES) {
      const frame = encodeControl({ relay: { peer: 'bob', payload: randomBytes(size) } });
      const window = Math.max(8, Math.floor(WINDOW_BYTES / size));
      const run = async (natter: boolean): Promise<Run> => {
        const pid = natter ? fast.pid : fwd.pid;
        await alice.call('relayConnect', natter ? { url: fast.url, username: 'alice', token: fastTokens.alice } : { url: `${fwd.url}?id=0` });
        await bob.call('relayConnect', natter ? { url: fast.url, username: 'bob', token: fastTokens.bob } : { url: `${fwd.url}?id=1` });
        await bob.call('relayReceive', { natter, ackEvery: Math.max(1, Math.floor(window / 4)), ackTo: 'alice', bucketMs: 1000 });
        const cpu0 = [cpuMs(pid), cpuMs(alice.pid) + cpuMs(bob.pid), machineBusyMs()];
        const s = await alice.call<Sent>('relaySend', { frame, natter, durationMs: DURATION_MS, window });
        const r = await bob.call<Received>('relayStop', { expect: s.sent, quietMs: 1000 });
        const cpu = [cpuMs(pid) - cpu0[0]!, cpuMs(alice.pid) + cpuMs(bob.pid) - cpu0[1]!, machineBusyMs() - cpu0[2]!];
        await Promise.all([alice.call('close'), bob.call('close')]);
        const seconds = (r.lastAt - r.firstAt) / 1000;
        const elapsed = r.lastAt - s.startedAt;
        return { msgsPerS: r.received / seconds, bytesPerS: (r.received * size) / seconds, lost: s.sent - r.received, serverCpu: cpu[0]! / elapsed, loadCpu: cpu[1]! / elapsed, otherCpu: Math.max(0, cpu[2]! - cpu[0]! - cpu[1]!) / elapsed };
      };
      // Alternating rounds, medians: other work on the machine hits both sides alike.
      const natterRuns: Run[] = [];
      const bareRuns: Run[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        natterRuns.push(await run(true));
        bareRuns.push(await run(false));
      }
      const n = medianRun(natterRuns);
      const b = medianRun(bareRuns);
      const ratio = n.bytesPerS / b.bytesPerS;
      const spread = (runs: Run[]) => `${fmt(Math.min(...runs.map((r) => r.bytesPerS)) / 1e6, 1)}-${fmt(Math.max(...runs.map((r) => r.bytesPerS)) / 1e6, 1)}`;
      rows.push([
        size >= 1024 ? `${size / 1024} KiB` : `${size} B`,
        fmt(n.msgsPerS),
        fmt(n.bytesPerS / 1e6, 1),
        fmt(b.msgsPerS),
        fmt(b.bytesPerS / 1e6, 1),
        `${ratio.toFixed(2)}x`,
        `>= ${TARGET_RATIO}x`,
        ratio >= TARGET_RATIO ? 'ok' : 'MISSED',
        `${spread(natterRuns)} / ${spread(bareRuns)}`,
        `${fmt(n.serverCpu, 2)} / ${fmt(b.serverCpu, 2)}`,
        `${fmt(n.loadCpu, 2)} / ${fmt(b.loadCpu, 2)}`,
        `${fmt(n.otherCpu, 2)} / ${fmt(b.otherCpu, 2)}`,
        `${fmt(natterRuns.reduce((a, r) => a + r.lost, 0))} / ${fmt(bareRuns.reduce((a, r) => a + r.lost, 0))}`,
      ]);
      if (process.env.BENCH_VERBOSE) for (const [i, r] of [...natterRuns, ...bareRuns].entries()) console.log(size, i < ROUNDS ? 'natter' : 'bare', JSON.stringify(r));
    }
    const forwarded = await metric(fast.http, 'natter_relay_frames_total', { result: 'forwarded' });
    await Promise.all([fast.stop(), fwd.stop()]);

    // The default budget: 1 MiB/s offered for LIMITED_S seconds.
    const limited = await spawnNode({ dataDir: join(tmp, 'limited'), config: { scryptN: 1024 } });
    stops.push(limited.stop);
    const limitedTokens = await registerPair(limited.url);
    const size = 1024;
    await alice.call('relayConnect', { url: limited.url, username: 'alice', token: limitedTokens.alice });
    await bob.call('relayConnect', { url: limited.url, username: 'bob', token: limitedTokens.bob });
    await bob.call('relayReceive', { natter: true, ackEvery: 2 ** 31, ackTo: 'alice', bucketMs: 1000 });
    const s = await alice.call<Sent>('relaySend', { frame: encodeControl({ relay: { peer: 'bob', payload: randomBytes(size) } }), natter: true, durationMs: LIMITED_S * 1000, bytesPerSecond: OFFERED });
    const r = await bob.call<Received>('relayStop', { expect: s.sent, quietMs: 1000 });
    const dropped = await metric(limited.http, 'natter_relay_frames_total', { result: 'rate_limited' });
    await Promise.all([alice.call('close'), bob.call('close')]);
    await limited.stop();
    // After the burst is spent (1 MiB at 1 MiB/s in, 256 KiB/s refill: 1.3 s), what gets through is the budget.
    const steady = r.buckets.slice(2, LIMITED_S - 1);
    const steadyRate = steady.reduce((a, v) => a + v, 0) / steady.length;

    table(
      `Relay throughput, alice -> node -> bob on loopback (sender and receiver in two load processes), window ${WINDOW_BYTES / 1024} KiB, median of ${ROUNDS} alternating runs of ${DURATION_MS / 1000} s; ` +
        `natter = \`natter server\` (relay budget raised), bare ws = a ws server forwarding each message unchanged (own process), same clients and bytes, measured in the same run; ` +
        `MB/s of payload; ratio = natter / bare ws; CPU in cores`,
      [['payload', 'natter msg/s', 'natter MB/s', 'bare ws msg/s', 'bare ws MB/s', 'ratio', 'target', '', 'MB/s range natter / bare', 'server CPU natter / bare', 'clients CPU natter / bare', 'others CPU natter / bare', 'lost natter / bare'], ...rows],
    );
    table(`Relay with the default per-user budget (${DEFAULT_LIMIT / 1024} KiB/s, burst ${DEFAULT_BURST / 1024} KiB): ${OFFERED / 1024} KiB/s of 1 KiB frames offered for ${LIMITED_S} s`, [
      ['', 'KiB/s', 'frames'],
      ['offered', fmt(OFFERED / 1024), fmt(s.sent)],
      ['delivered in the first second (the burst)', fmt((r.buckets[0] ?? 0) / 1024), ''],
      [`delivered per second after it (seconds 3-${LIMITED_S - 1})`, fmt(steadyRate / 1024), ''],
      ['delivered in all', '', fmt(r.received)],
      ['dropped by the node (natter_relay_frames_total{result="rate_limited"})', '', fmt(dropped)],
      ['budget enforced (steady rate within 10 % of the budget)', Math.abs(steadyRate - DEFAULT_LIMIT) <= DEFAULT_LIMIT * 0.1 ? 'yes' : 'NO', ''],
    ]);
    console.log(`bench relay: the node forwarded ${fmt(forwarded)} frames with the raised budget`);
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(tmp, { recursive: true, force: true });
  }
});
