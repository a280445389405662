// Presence at scale: BENCH_N simulated clients (default 10,000), each with 20
// buddies, over real WebSockets on loopback to `natter server` in its own
// process. Measured: the reconnect storm after a node restart (resume-token
// logins), password logins at the default scrypt cost, presence fan-out
// latency, and node memory per session. The baseline, measured in the same
// run with the same clients and the same buddy ring, is a bare `ws` server
// that forwards each message to the sender's 20 neighbours
// (support/ws-forwarder.mjs): the fan-out with no protocol at all.
//
// The clients live in BENCH_WORKERS load-generator processes (default 2,
// support/load-worker.mjs), not in vitest's, whose own heap and GC pauses
// would show up as latency.
//
// Load model of a fan-out window (BENCH_WINDOWS, seconds, default 10): every
// user changes its presence once and sends one Heartbeat, each at a uniformly
// random moment; every online buddy must get the PresencePush. Its status
// text is the sender's clock (performance.timeOrigin + now(): one clock
// across the load processes), so the receiver knows the latency. Several
// windows ("10,5,2") raise the rate on the same sessions: a 5 s window is the
// push rate of twice the users at one update per 10 s.
//
// Memory per session is the node's resident memory with N users online minus
// with none, over N, after a full GC in both (through the V8 inspector, the
// node runs with --inspect=127.0.0.1:0); with gdb, also after glibc returns its
// free memory (malloc_trim), which is what the sessions really hold.
//
// Clients connect from distinct loopback addresses (127.1.0.0 upwards): the
// node rate-limits logins per source address, as it would for real clients.
//
// Several devices per user (docs/protocol.md, "Devices"): with BENCH_DEVICES=2
// (the default), the same users get a second device each (a copy of the
// seeded store, each second device approved by the first with a signed
// certificate), and the storm, the fan-out window and memory are measured
// again with both devices of every user online: 2N sessions, every device
// updating once per window, each update pushed to both devices of each of
// the 20 buddies. Same run, same machine, same load processes; 1 skips it.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { generateIdentity, identityFromSeed, identityPublicKey } from '@natter/peer';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { LeanClient, loopbackAddress, pool } from './support/lean-client.mjs';
import {
  buildOnce,
  cpuMs,
  fmt,
  machineBusyMs,
  mallocTrim,
  metric,
  percentile,
  sleep,
  spawnForwarder,
  spawnLoadWorker,
  spawnNode,
  table,
  type LoadWorker,
  type Memory,
} from './support/node-process.js';
import { concatSorted, fanOut as fanOutWindow, forwarderStats, measureMemory, nodeStats, type FanOut, type MemoryReadings, type Window } from './support/fanout.js';

const N = Number(process.env.BENCH_N ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WINDOWS_MS = (process.env.BENCH_WINDOWS ?? '10').split(',').map((s) => Number(s) * 1000);
const PASSWORD_LOGINS = Number(process.env.BENCH_PASSWORD_LOGINS ?? 200);
/** A directory: write a CPU profile of the measured node there. */
const CPU_PROF = process.env.BENCH_CPU_PROF;
/** Extra flags for the measured node, space-separated (e.g. --trace-gc). */
const NODE_ARGS = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean);
/** A file: write everything the measured node logged there. */
const NODE_LOG = process.env.BENCH_NODE_LOG;
/** A directory: keep the seeded store (accounts, buddy graph, tokens) there and reuse it in later runs with the same N. */
const SEED_CACHE = process.env.BENCH_SEED_CACHE;
/** A directory: write each fan-out window's raw samples there (JSON: latencies, arrival times, the load processes' GC pauses). */
const FANOUT_DUMP = process.env.BENCH_FANOUT_DUMP;
/** 2: measure again with a second device per user (see the header); 1: one device per user only. */
const DEVICES = Number(process.env.BENCH_DEVICES ?? 2);

const RING = 10; // each user asks the next 10 users and accepts the previous 10: 20 buddies
const BUDDIES = 2 * RING;
const SEED_WIDTH = 200; // clients registering at once while seeding
const STORM_WIDTH = 500; // logins in flight in the reconnect storm (the node's listen backlog is 511)
const PASSWORD = 'bench password';
const TARGET_P99_MS = 50;
const TARGET_SESSION_BYTES = 12 * 1024;

interface Connected {
  loginMs: Float64Array;
  startedAt: number;
  doneAt: number;
  listedAt: number;
}




/** Worker w's clients: [from, to). */
const share = (w: number): [number, number] => [Math.floor((N * w) / WORKERS), Math.floor((N * (w + 1)) / WORKERS)];

it(`presence at scale: ${N} sessions with 20 buddies each`, async () => {
  if (N < BUDDIES + 1) throw new Error(`BENCH_N must be at least ${BUDDIES + 1}`);
  // One open file per session: two devices per user need 2N in the node (and N per load process).
  const openFiles = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  if (DEVICES >= 2 && 2 * N + 200 > openFiles) {
    throw new Error(`BENCH_N=${N} with two devices per user needs ${2 * N} sessions, over this machine's open-file limit (${openFiles}): lower BENCH_N or BENCH_DEVICES=1`);
  }
  buildOnce();
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-presence-'));
  const dataDir = join(tmp, 'data');
  const stops: Array<() => Promise<void>> = [];
  try {
    const workers = await Promise.all(Array.from({ length: WORKERS }, () => spawnLoadWorker()));
    for (const w of workers) stops.push(w.stop);
    const each = <T>(op: string, args: (range: [number, number]) => Record<string, unknown> = () => ({})) =>
      Promise.all(workers.map((wk, w) => wk.call<T>(op, { from: share(w)[0], to: share(w)[1], ...args(share(w)) })));

    // ---------------------------------------------------------------- baseline
    const fwd = await spawnForwarder(['ring', String(N)]);
    stops.push(fwd.stop);
    let fwdConnectCpuMs = 0;
    let fwdFan!: Window;
    const fwdMem = await measureMemory(
      fwd.pid,
      fwd.memory,
      async () => {
        const cpu0 = cpuMs(fwd.pid);
        await each('connect', () => ({ url: fwd.url, width: STORM_WIDTH / WORKERS }));
        fwdConnectCpuMs = cpuMs(fwd.pid) - cpu0;
        await sleep(2000);
      },
      async () => {
        fwdFan = await fanOutWindow(workers, fwd.pid, false, WINDOWS_MS[0]!, BUDDIES, forwarderStats(fwd.http));
      },
    );
    await each('close');
    await fwd.stop();

    // ---------------------------------------------------------------- seed
    // One key for every user's first device (and one for every second) keeps seeding cheap;
    // the first device's seed signs the second's certificates.
    const firstSeed = randomBytes(32);
    const identityKey = identityPublicKey(identityFromSeed(firstSeed));
    const tokens = await seed(dataDir, identityKey, workers, stops);
    const linked = DEVICES >= 2 ? await linkSecondDevices(dataDir, join(tmp, 'data2'), tokens, firstSeed, workers, stops) : undefined;

    // ---------------------------------------------------------------- measure
    // A restarted node with the default configuration: every user reconnects at once with its token.
    const node = await spawnNode({ dataDir, inspect: true, cpuProfDir: CPU_PROF, nodeArgs: NODE_ARGS });
    stops.push(node.stop);
    await sleep(1000);
    let storm!: Connected[];
    let stormCpuMs = 0;
    const windows: Window[] = [];
    const nodeMem = await measureMemory(
      node.pid,
      node.memory,
      async () => {
        const cpu0 = cpuMs(node.pid);
        storm = await each<Connected>('connect', ([from, to]) => ({ url: node.url, width: STORM_WIDTH / WORKERS, tokens: tokens.slice(from, to) }));
        stormCpuMs = cpuMs(node.pid) - cpu0;
        await sleep(2000);
      },
      async () => {
        const online = await metric(node.http, 'natter_online_users');
        if (online !== N) throw new Error(`expected ${N} users online, the node has ${online}`);
        for (const windowMs of WINDOWS_MS) windows.push(await fanOutWindow(workers, node.pid, true, windowMs, BUDDIES, nodeStats(node.http)));
      },
    );
    const stormStart = Math.min(...storm.map((s) => s.startedAt));
    const stormMs = Math.max(...storm.map((s) => s.doneAt)) - stormStart;
    const listedMs = Math.max(...storm.map((s) => s.listedAt)) - stormStart;
    const loginMs = concatSorted(storm.map((s) => s.loginMs));

    // Password logins at the default cost (2^15) on the loaded node: a few more users register, then all log in at once,
    // on fresh connections (the node closes a connection that has not logged in within 20 s, and registering 200 takes longer).
    await pool(0, PASSWORD_LOGINS, PASSWORD_LOGINS, async (k) => {
      const c = await LeanClient.connect(node.url, loopbackAddress(N + k));
      await Promise.all([c.hello(), c.call({ register: { username: `pw${k}`, password: PASSWORD, identityKey } }, 300_000)]);
      await c.close();
    });
    const pw: LeanClient[] = new Array(PASSWORD_LOGINS);
    await pool(0, PASSWORD_LOGINS, PASSWORD_LOGINS, async (k) => {
      const c = await LeanClient.connect(node.url, loopbackAddress(N + k));
      pw[k] = c;
      await c.hello();
    });
    const pwMs = new Float64Array(PASSWORD_LOGINS);
    const pwCpu0 = cpuMs(node.pid);
    const pwStart = performance.now();
    await Promise.all(
      pw.map(async (c, k) => {
        await c.call({ login: { username: `pw${k}`, password: PASSWORD, clientVersion: 'natter-bench/0' } }, 300_000);
        pwMs[k] = performance.now() - pwStart;
      }),
    );
    const pwWall = performance.now() - pwStart;
    const pwCpuMs = cpuMs(node.pid) - pwCpu0;
    pwMs.sort();

    await Promise.all([each('close'), ...pw.map((c) => c.close())]);
    await node.stop();
    if (NODE_LOG) writeFileSync(NODE_LOG, node.logs());
    else if (node.logs().trim()) console.log(`bench presence: the node logged:\n${node.logs().trim().split('\n').slice(-10).join('\n')}`);

    // ---------------------------------------------------------------- two devices per user
    // The same users, each with both devices online: 2N sessions on a node restarted on the linked copy.
    let two: { storm: Connected[]; mem: MemoryReadings; window: Window; samePushRate: Window; stormCpuMs: number } | undefined;
    if (linked) {
      const node2 = await spawnNode({ dataDir: linked.dataDir, inspect: true, nodeArgs: NODE_ARGS });
      stops.push(node2.stop);
      await sleep(1000);
      const all = [...tokens, ...linked.tokens];
      const share2 = (w: number): [number, number] => [Math.floor((2 * N * w) / WORKERS), Math.floor((2 * N * (w + 1)) / WORKERS)];
      let storm2!: Connected[];
      let cpu2 = 0;
      const mem2 = await measureMemory(node2.pid, node2.memory, async () => {
        const cpu0 = cpuMs(node2.pid);
        storm2 = await Promise.all(
          workers.map((wk, w) => wk.call<Connected>('connect', { url: node2.url, from: share2(w)[0], to: share2(w)[1], width: STORM_WIDTH / WORKERS, tokens: all.slice(...share2(w)), users: N })),
        );
        cpu2 = cpuMs(node2.pid) - cpu0;
        await sleep(2000);
      });
      const online2 = await metric(node2.http, 'natter_online_users');
      if (online2 !== 2 * N) throw new Error(`expected ${2 * N} device sessions online, the node has ${online2}`);
      // Each device gets every update of each buddy's two devices.
      // First at the pushes/s of the one-device run (each device updating a quarter as often): the cost
      // per push. Then every device at the one-device rate (four times the pushes), which may overload the
      // machine: measured last, so its backlog cannot spill into the other window's samples.
      const samePushRate = await fanOutWindow(workers, node2.pid, true, WINDOWS_MS[0]! * 4, 2 * BUDDIES);
      const window2 = await fanOutWindow(workers, node2.pid, true, WINDOWS_MS[0]!, 2 * BUDDIES);
      await each('close');
      await node2.stop();
      two = { storm: storm2, mem: mem2, window: window2, samePushRate, stormCpuMs: cpu2 };
    }

    if (FANOUT_DUMP) {
      const dump = (w: Window) => ({ windowMs: w.windowMs, server: w.server, timeline: Array.from(w.timeline), withoutReceiverGc: Array.from(w.withoutReceiverGc) });
      writeFileSync(join(FANOUT_DUMP, `fanout-${Date.now()}.json`), JSON.stringify({ n: N, bare: dump(fwdFan), natter: windows.map(dump) }));
    }

    // ---------------------------------------------------------------- report
    const perSession = (m: MemoryReadings, loaded: 'loaded' | 'loadedGc' | 'loadedTrim', key: keyof Memory = 'rss') => ((m[loaded]?.[key] ?? NaN) - m.idle[key]) / N;
    const KiB = (b: number) => `${fmt(b / 1024, 1)} KiB`;
    const ms = (x: number, d = 2) => `${fmt(x, d)} ms`;
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : '');
    const p = (r: FanOut, q: number) => percentile(r.samples, q);
    const first = windows[0]!;
    const rate = (w: Window) => N / (w.windowMs / 1000);
    const rssGc = perSession(nodeMem, 'loadedGc');
    const serverLoop = (w: Window) => (w.server ? `${ms(w.server.loopDelayP99Ms, 1)} / ${ms(w.server.loopDelayMaxMs, 0)}; ${fmt(w.server.gcOver10)}; ${fmt(w.server.majorGcs)}` : '');
    const trimRow = (m: MemoryReadings) => (m.loadedTrim ? KiB(perSession(m, 'loadedTrim')) : 'no gdb');
    table(
      `Presence at scale: ${fmt(N)} sessions x ${BUDDIES} buddies on loopback, clients in ${WORKERS} load processes; natter = \`natter server\` in its own process, ` +
        `bare ws = a ws server forwarding each message to the same ${BUDDIES} neighbours (own process), measured in the same run; ratio = natter / bare ws`,
      [
        ['metric', 'natter', 'bare ws', 'ratio', 'target', ''],
        [`reconnect storm: ${fmt(N)} resume-token logins, ${STORM_WIDTH} in flight`, `${fmt(N / (stormMs / 1000))}/s`, '', '', '', ''],
        ['  login latency p50 / p99 (connect + Hello + Login)', `${fmt(percentile(loginMs, 50))} / ${fmt(percentile(loginMs, 99))} ms`, '', '', '', ''],
        ['  until every BuddyList arrived', `${fmt(listedMs / 1000, 1)} s`, '', '', '', ''],
        ['  node CPU per login; bare ws: per connection (no login)', `${fmt((stormCpuMs / N) * 1000)} µs`, `${fmt((fwdConnectCpuMs / N) * 1000)} µs`, ratio(stormCpuMs, fwdConnectCpuMs), '<= 500 µs', verdict(stormCpuMs / N <= 0.5)],
        [`password logins, scrypt N=2^15: ${PASSWORD_LOGINS} at once`, `${fmt(PASSWORD_LOGINS / (pwWall / 1000), 1)}/s`, '', '', '', ''],
        ['  latency p50 / p99', `${fmt(percentile(pwMs, 50))} / ${fmt(percentile(pwMs, 99))} ms`, '', '', '', ''],
        ['  node CPU per login (scrypt, on the libuv pool)', ms(pwCpuMs / PASSWORD_LOGINS, 1), '', '', '', ''],
        [`presence fan-out: ${fmt(rate(first))} updates/s, ${fmt(rate(first) * BUDDIES)} pushes/s`, '', '', '', '', ''],
        ['  latency p50', ms(p(first, 50)), ms(p(fwdFan, 50)), ratio(p(first, 50), p(fwdFan, 50)), '', ''],
        ['  latency p99', ms(p(first, 99)), ms(p(fwdFan, 99)), ratio(p(first, 99), p(fwdFan, 99)), `<= ${TARGET_P99_MS} ms`, verdict(p(first, 99) <= TARGET_P99_MS)],
        ['  latency max', ms(p(first, 100), 1), ms(p(fwdFan, 100), 1), '', '', ''],
        ['  pushes received / expected', `${fmt(first.received)} / ${fmt(first.expected)}`, `${fmt(fwdFan.received)} / ${fmt(fwdFan.expected)}`, '', '', verdict(first.received === first.expected)],
        ['  server CPU, cores', fmt(first.serverCpu, 2), fmt(fwdFan.serverCpu, 2), '', '', ''],
        ['  load processes CPU, cores', fmt(first.loadCpu, 2), fmt(fwdFan.loadCpu, 2), '', '', ''],
        ['  waiting for a CPU: server main thread / busiest load process', `${fmt(first.serverRunQueueWait * 100, 1)} % / ${fmt(first.loadRunQueueWait * 100, 1)} %`, `${fmt(fwdFan.serverRunQueueWait * 100, 1)} % / ${fmt(fwdFan.loadRunQueueWait * 100, 1)} %`, '', '', ''],
        ['  latency p99 less the receiving load process\'s own GC pauses', ms(percentile(first.withoutReceiverGc, 99)), ms(percentile(fwdFan.withoutReceiverGc, 99)), ratio(percentile(first.withoutReceiverGc, 99), percentile(fwdFan.withoutReceiverGc, 99)), '', ''],
        ['  pushes that waited in a GC pause of their receiver', fmt(first.receiverGcHit), fmt(fwdFan.receiverGcHit), '', '', ''],
        ['  server: event-loop delay p99 / max; GC pauses >= 10 ms; full GCs', serverLoop(first), serverLoop(fwdFan), '', '', ''],
        ['  load processes: busiest event loop / longest GC pause', `${fmt(first.elu * 100)} % / ${ms(first.gcMaxMs, 0)}`, `${fmt(fwdFan.elu * 100)} % / ${ms(fwdFan.gcMaxMs, 0)}`, '', '', ''],
        ['  load processes: event-loop delay p99 / max (busiest)', `${ms(first.loadLoopDelayP99Ms, 1)} / ${ms(first.loopDelayMaxMs, 0)}`, `${ms(fwdFan.loadLoopDelayP99Ms, 1)} / ${ms(fwdFan.loopDelayMaxMs, 0)}`, '', '', ''],
        ['  other processes on the machine, cores', fmt(first.otherCpu, 2), fmt(fwdFan.otherCpu, 2), '', '', ''],
        ['memory per session: RSS (N online - idle) / N, after a full GC', KiB(rssGc), KiB(perSession(fwdMem, 'loadedGc')), ratio(rssGc, perSession(fwdMem, 'loadedGc')), `<= ${TARGET_SESSION_BYTES / 1024} KiB`, verdict(rssGc <= TARGET_SESSION_BYTES)],
        ['  RSS right after the logins (garbage included)', KiB(perSession(nodeMem, 'loaded')), KiB(perSession(fwdMem, 'loaded')), '', '', ''],
        ['  RSS after a full GC and malloc_trim (memory in use)', trimRow(nodeMem), trimRow(fwdMem), '', '', ''],
        ['  V8 heap after a full GC', KiB(perSession(nodeMem, 'loadedGc', 'heapUsed')), KiB(perSession(fwdMem, 'loadedGc', 'heapUsed')), '', '', ''],
        ['  node RSS idle / N online / after a GC', `${fmt(nodeMem.idle.rss / 2 ** 20)} / ${fmt(nodeMem.loaded.rss / 2 ** 20)} / ${fmt(nodeMem.loadedGc.rss / 2 ** 20)} MiB`, '', '', '', ''],
      ],
    );
    if (windows.length > 1) {
      table(
        `Presence fan-out by load on the same ${fmt(N)} sessions: every user updates once per window; a window of w s is the push rate of ${fmt(N)} x 10 / w users updating once per 10 s`,
        [
          ['window', 'updates/s', 'pushes/s', 'p50', 'p99', 'max', 'received / expected', 'node CPU', 'load ELU', 'others CPU', 'p99 <= 200 ms'],
          ...windows.map((w) => [
            `${w.windowMs / 1000} s`,
            fmt(rate(w)),
            fmt(rate(w) * BUDDIES),
            ms(p(w, 50)),
            ms(p(w, 99)),
            ms(p(w, 100), 0),
            `${fmt(w.received)} / ${fmt(w.expected)}`,
            fmt(w.serverCpu, 2),
            `${fmt(w.elu * 100)} %`,
            fmt(w.otherCpu, 2),
            verdict(p(w, 99) <= 200 && w.received === w.expected),
          ]),
        ],
      );
    }
    if (two) {
      const s2Start = Math.min(...two.storm.map((x) => x.startedAt));
      const s2Ms = Math.max(...two.storm.map((x) => x.doneAt)) - s2Start;
      const l2 = concatSorted(two.storm.map((x) => x.loginMs));
      const w2 = two.window;
      const perDevice = ((two.mem.loadedGc.rss ?? NaN) - two.mem.idle.rss) / (2 * N);
      const updates = (w: Window, sessions: number) => sessions / (w.windowMs / 1000);
      table(
        `Several devices per user, same run: ${fmt(N)} users x ${BUDDIES} buddies, one device each (as above) vs two devices each (2 x ${fmt(N)} sessions, both online); every device updates once per ${WINDOWS_MS[0]! / 1000} s window and each update reaches both devices of each buddy`,
        [
          ['metric', '1 device / user', '2 devices / user', 'ratio'],
          ['sessions', fmt(N), fmt(2 * N), '2.00x'],
          ['reconnect storm: logins/s', `${fmt(N / (stormMs / 1000))}/s`, `${fmt((2 * N) / (s2Ms / 1000))}/s`, ratio((2 * N) / s2Ms, N / stormMs)],
          ['  login latency p50 / p99', `${fmt(percentile(loginMs, 50))} / ${fmt(percentile(loginMs, 99))} ms`, `${fmt(percentile(l2, 50))} / ${fmt(percentile(l2, 99))} ms`, ''],
          ['  node CPU per login', `${fmt((stormCpuMs / N) * 1000)} µs`, `${fmt((two.stormCpuMs / (2 * N)) * 1000)} µs`, ratio(two.stormCpuMs / (2 * N), stormCpuMs / N)],
          ['presence updates/s, pushes/s', `${fmt(updates(first, N))}, ${fmt(updates(first, N) * BUDDIES)}`, `${fmt(updates(w2, 2 * N))}, ${fmt(updates(w2, 2 * N) * 2 * BUDDIES)}`, '4.00x pushes'],
          ['  latency p50', ms(p(first, 50)), ms(p(w2, 50)), ratio(p(w2, 50), p(first, 50))],
          ['  latency p99', ms(p(first, 99)), ms(p(w2, 99)), ratio(p(w2, 99), p(first, 99))],
          ['  latency max', ms(p(first, 100), 1), ms(p(w2, 100), 1), ''],
          ['  pushes received / expected', `${fmt(first.received)} / ${fmt(first.expected)}`, `${fmt(w2.received)} / ${fmt(w2.expected)}`, verdict(w2.received === w2.expected)],
          ['  node CPU, cores', fmt(first.serverCpu, 2), fmt(w2.serverCpu, 2), ratio(w2.serverCpu, first.serverCpu)],
          ['  load processes: busiest event loop', `${fmt(first.elu * 100)} %`, `${fmt(w2.elu * 100)} %`, ''],
          ['  other processes on the machine, cores', fmt(first.otherCpu, 2), fmt(w2.otherCpu, 2), ''],
          [`same pushes/s: 2 devices, each updating once per ${(WINDOWS_MS[0]! * 4) / 1000} s`, `${fmt(updates(first, N) * BUDDIES)} pushes/s`, `${fmt(updates(two.samePushRate, 2 * N) * 2 * BUDDIES)} pushes/s`, ''],
          ['  latency p50 / p99', `${ms(p(first, 50))} / ${ms(p(first, 99))}`, `${ms(p(two.samePushRate, 50))} / ${ms(p(two.samePushRate, 99))}`, ratio(p(two.samePushRate, 99), p(first, 99))],
          ['  pushes received / expected', `${fmt(first.received)} / ${fmt(first.expected)}`, `${fmt(two.samePushRate.received)} / ${fmt(two.samePushRate.expected)}`, verdict(two.samePushRate.received === two.samePushRate.expected)],
          ['  node CPU, cores; per push', `${fmt(first.serverCpu, 2)}; ${fmt((first.serverCpu * 1e6) / (updates(first, N) * BUDDIES), 1)} µs`, `${fmt(two.samePushRate.serverCpu, 2)}; ${fmt((two.samePushRate.serverCpu * 1e6) / (updates(two.samePushRate, 2 * N) * 2 * BUDDIES), 1)} µs`, ratio(two.samePushRate.serverCpu, first.serverCpu)],
          ['memory per session (device), RSS after a full GC', KiB(rssGc), KiB(perDevice), ratio(perDevice, rssGc)],
          ['memory per user, RSS after a full GC', KiB(rssGc), KiB(perDevice * 2), ratio(perDevice * 2, rssGc)],
        ],
      );
    }
    if (CPU_PROF) console.log(`bench presence: CPU profile of the node in ${CPU_PROF}`);
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(tmp, { recursive: true, force: true });
  }
});



/**
 * Accounts and the buddy graph, on a node with a cheap scrypt cost (config
 * key scryptN): 10,000 hashes at the default 2^15 would take minutes. Not
 * measured. Returns a resume token per user.
 */
async function seed(dataDir: string, identityKey: Buffer, workers: LoadWorker[], stops: Array<() => Promise<void>>): Promise<Uint8Array[]> {
  const cache = SEED_CACHE && join(SEED_CACHE, `n${N}`);
  if (cache && existsSync(join(cache, 'tokens.json'))) {
    cpSync(join(cache, 'data'), dataDir, { recursive: true });
    console.log(`bench presence: reusing the seeded store in ${cache}`);
    return (JSON.parse(readFileSync(join(cache, 'tokens.json'), 'utf8')) as string[]).map((t) => Buffer.from(t, 'base64'));
  }
  const start = performance.now();
  const node = await spawnNode({ dataDir, config: { scryptN: 1024 } });
  stops.push(node.stop);
  const parts = await Promise.all(
    workers.map((w, i) => w.call<{ tokens: Uint8Array[] }>('register', { url: node.url, from: share(i)[0], to: share(i)[1], width: SEED_WIDTH / WORKERS, password: PASSWORD, identityKey })),
  );
  const tokens = parts.flatMap((p) => p.tokens);
  const accountsMs = performance.now() - start;
  // Each user asks the next RING users, then accepts the previous RING.
  const graphStart = performance.now();
  for (const action of [1, 2]) await Promise.all(workers.map((w) => w.call('befriend', { action, n: N, ring: RING, width: 1000 / WORKERS })));
  const graphMs = performance.now() - graphStart;
  await Promise.all(workers.map((w) => w.call('close')));
  await node.stop();
  console.log(`bench presence: seeded ${fmt(N)} accounts in ${fmt(accountsMs / 1000, 1)} s and ${fmt(N * RING)} buddy pairs in ${fmt(graphMs / 1000, 1)} s`);
  if (cache) {
    cpSync(dataDir, join(cache, 'data'), { recursive: true });
    writeFileSync(join(cache, 'tokens.json'), JSON.stringify(tokens.map((t) => Buffer.from(t).toString('base64'))));
  }
  return tokens;
}


/**
 * A copy of the seeded store in which every user has a second device: on a
 * node with the cheap scrypt cost, each user's first device (its token)
 * approves a second one (password login with `secondKey`, pending) with a
 * certificate the first device's key signs. Not measured. Returns the
 * copy's directory and the second devices' resume tokens.
 */
async function linkSecondDevices(dataDir: string, copyDir: string, tokens: Uint8Array[], firstSeed: Buffer, workers: LoadWorker[], stops: Array<() => Promise<void>>): Promise<{ dataDir: string; tokens: Uint8Array[] }> {
  const start = performance.now();
  cpSync(dataDir, copyDir, { recursive: true });
  const node = await spawnNode({ dataDir: copyDir, config: { scryptN: 1024 } });
  stops.push(node.stop);
  // Not generateKeyPairSync + JWK export: that can deadlock on Node 20 (packages/peer/src/crypto/keygen.ts).
  const secondKey = identityPublicKey(generateIdentity());
  const firstKey = identityPublicKey(identityFromSeed(firstSeed));
  const parts = await Promise.all(
    workers.map((w, i) =>
      w.call<{ tokens: Uint8Array[] }>('link', { url: node.url, from: share(i)[0], to: share(i)[1], width: SEED_WIDTH / WORKERS, password: PASSWORD, tokens: tokens.slice(share(i)[0], share(i)[1]), firstKey, firstSeed, secondKey }),
    ),
  );
  await node.stop();
  console.log(`bench presence: linked a second device for ${fmt(N)} users in ${fmt((performance.now() - start) / 1000, 1)} s`);
  return { dataDir: copyDir, tokens: parts.flatMap((p) => p.tokens) };
}
