// The presence fan-out measurement shared by the server and cluster
// benches: one window of presence updates across the load processes, the
// CPU every party used, and a server's memory before and after a load.
import { cpuMs, machineBusyMs, mallocTrim, runQueueWaitMs, sleep, type LoadWorker, type Memory } from './node-process.js';

/** After a window, how long late pushes may take. */
export const DRAIN_MS = 5000;
/** Before a window's first update: every load process has set its timers (load-worker.mjs, fanout). */
export const WARMUP_MS = 1000;

export interface FanOut {
  samples: Float64Array;
  /** When each sample arrived (absolute ms), in the order of `samples` as a load process returns them. */
  receivedAt?: Float64Array;
  received: number;
  expected: number;
  elapsedMs: number;
  elu: number;
  gcMaxMs: number;
  /** A load process's GC pauses: start (absolute ms), duration, ... */
  gcPauses?: Float64Array;
  loopDelayMaxMs: number;
  loopDelayP99Ms?: number;
}

export interface Window extends FanOut {
  windowMs: number;
  /**
   * Each sample's latency less the part of it the receiving load process
   * spent in its own GC pauses (sorted): what the server and the network
   * took. A sample that waited in a receiver's pause was late because of
   * the load generator, not the server.
   */
  withoutReceiverGc: Float64Array;
  /** Samples that overlapped a GC pause of their receiving load process. */
  receiverGcHit: number;
  /** The busiest load process's event-loop delay p99 during the window. */
  loadLoopDelayP99Ms: number;
  /**
   * Share of the window the server's main thread (summed over servers) and
   * the most delayed load process's main thread spent runnable but waiting
   * for a CPU.
   */
  serverRunQueueWait: number;
  loadRunQueueWait: number;
  /** The server's own event loop and GC during the window, when asked for. */
  server?: ServerStats;
  /** Every sample as [arrival (absolute ms), latency ms], in arrival order (for a dump). */
  timeline: Float64Array;
  /** CPU used during the window, in cores: the server, the load processes, every other process on the machine. */
  serverCpu: number;
  loadCpu: number;
  otherCpu: number;
}

/**
 * Memory of a server process: idle (after a full GC, and malloc_trim when gdb
 * can) and with the sessions: as it is, after a full GC, after malloc_trim too.
 */
export interface MemoryReadings {
  idle: Memory;
  loaded: Memory;
  loadedGc: Memory;
  loadedTrim?: Memory;
}

/**
 * Memory of a server process before and after `load` (which leaves the
 * sessions open). `between` runs after the reading right after the load
 * and before the ones after a full GC: the fan-out windows, which a forced
 * full GC just before them would distort (V8 answers it by shrinking its
 * heap limits, and the next full collections then fall into the window;
 * measured: two per 10 s window, each 50-100 ms of latency).
 */
export async function measureMemory(
  pid: number,
  memory: (o?: { gc?: boolean }) => Promise<Memory>,
  load: () => Promise<void>,
  between: () => Promise<void> = async () => undefined,
): Promise<MemoryReadings> {
  await memory({ gc: true });
  mallocTrim(pid); // when gdb can: the idle baseline holds no free memory either
  const idle = await memory();
  await load();
  const loaded = await memory();
  await between();
  const loadedGc = await memory({ gc: true });
  const loadedTrim = mallocTrim(pid) ? await memory() : undefined;
  return { idle, loaded, loadedGc, loadedTrim };
}

/** What a server process says about its own event loop during a window. */
export interface ServerStats {
  /** Event-loop delay (monitorEventLoopDelay, 10 ms resolution). */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  /** GC pauses of 10 ms or more. */
  gcOver10: number;
  /** Full (mark-compact) collections: their concurrent marking takes CPU from everything else on a small machine. */
  majorGcs: number;
}

/**
 * A natter node's event loop from its /metrics (prom-client resets the
 * event-loop histogram at each scrape): call once before a window (to
 * reset) and once after it.
 */
export function nodeStats(http: string): () => Promise<ServerStats> {
  return async () => {
    const text = await (await fetch(new URL('metrics', http))).text();
    const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    // GC pauses >= 10 ms: every sample minus those in the 10 ms bucket, over the GC kinds.
    let gcOver10 = 0;
    for (const m of text.matchAll(/^natter_nodejs_gc_duration_seconds_bucket\{([^}]*)\} (\S+)$/gm)) {
      const le = /le="([^"]+)"/.exec(m[1]!)?.[1];
      if (le === '+Inf') gcOver10 += Number(m[2]);
      else if (le === '0.01') gcOver10 -= Number(m[2]);
    }
    const majorGcs = Number(/^natter_nodejs_gc_duration_seconds_count\{kind="major"\} (\S+)$/m.exec(text)?.[1] ?? 0);
    return {
      majorGcs,
      loopDelayMaxMs: value('natter_nodejs_eventloop_lag_max_seconds') * 1000,
      loopDelayP99Ms: value('natter_nodejs_eventloop_lag_p99_seconds') * 1000,
      gcOver10,
    };
  };
}

/** The bare forwarder's /stats (ws-forwarder.mjs). */
export function forwarderStats(http: string): () => Promise<ServerStats> {
  return async () => (await (await fetch(new URL('stats', http))).json()) as ServerStats;
}

/** One fan-out window across every load process, merged; with the CPU each party used. */
export async function fanOut(
  workers: LoadWorker[],
  serverPids: number | number[],
  node: boolean,
  windowMs: number,
  pushesPerClient: number,
  serverStats?: () => Promise<ServerStats>,
): Promise<Window> {
  const pids = workers.map((w) => w.pid);
  const servers = Array.isArray(serverPids) ? serverPids : [serverPids];
  const gcBefore = await serverStats?.();
  const running = Promise.all(workers.map((w) => w.call<FanOut>('fanout', { windowMs, drainMs: DRAIN_MS, node, pushesPerClient, warmupMs: WARMUP_MS })));
  // CPU is counted from the first update on, as the load processes count the elapsed time.
  await sleep(WARMUP_MS);
  const server0 = servers.reduce((a, pid) => a + cpuMs(pid), 0);
  const load0 = pids.reduce((a, pid) => a + cpuMs(pid), 0);
  const machine0 = machineBusyMs();
  const waits0 = [...servers, ...pids].map(runQueueWaitMs);
  const parts = await running;
  const waits = [...servers, ...pids].map((pid, i) => runQueueWaitMs(pid) - waits0[i]!);
  const server = servers.reduce((a, pid) => a + cpuMs(pid), 0) - server0;
  const load = pids.reduce((a, pid) => a + cpuMs(pid), 0) - load0;
  const machine = machineBusyMs() - machine0;
  const stats = await serverStats?.();
  // GC counts are since start: the window's are the difference.
  if (stats && gcBefore) {
    stats.gcOver10 -= gcBefore.gcOver10;
    stats.majorGcs -= gcBefore.majorGcs;
  }
  const elapsedMs = Math.max(...parts.map((p) => p.elapsedMs));
  let receiverGcHit = 0;
  const withoutReceiverGc = parts.map((part) => {
    const out = new Float64Array(part.samples.length);
    const pauses = part.gcPauses ?? new Float64Array();
    for (let i = 0; i < part.samples.length; i++) {
      const latency = part.samples[i]!;
      const end = part.receivedAt?.[i] ?? 0;
      const start = end - latency;
      let overlap = 0;
      for (let k = 0; k < pauses.length; k += 2) {
        const from = Math.max(start, pauses[k]!);
        const to = Math.min(end, pauses[k]! + pauses[k + 1]!);
        if (to > from) overlap += to - from;
      }
      if (overlap > 0) receiverGcHit++;
      out[i] = latency - overlap;
    }
    return out;
  });
  const pairs: Array<[number, number]> = [];
  for (const part of parts) part.samples.forEach((latency, i) => pairs.push([part.receivedAt?.[i] ?? 0, latency]));
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    windowMs,
    timeline: Float64Array.from(pairs.flat()),
    withoutReceiverGc: concatSorted(withoutReceiverGc),
    receiverGcHit,
    loadLoopDelayP99Ms: Math.max(...parts.map((p) => p.loopDelayP99Ms ?? NaN)),
    serverRunQueueWait: waits.slice(0, servers.length).reduce((a, b) => a + b, 0) / elapsedMs,
    loadRunQueueWait: Math.max(...waits.slice(servers.length)) / elapsedMs,
    server: stats,
    samples: concatSorted(parts.map((p) => p.samples)),
    received: parts.reduce((a, p) => a + p.received, 0),
    expected: parts.reduce((a, p) => a + p.expected, 0),
    elapsedMs,
    serverCpu: server / elapsedMs,
    loadCpu: load / elapsedMs,
    otherCpu: Math.max(0, machine - server - load) / elapsedMs,
    elu: Math.max(...parts.map((p) => p.elu)),
    gcMaxMs: Math.max(...parts.map((p) => p.gcMaxMs)),
    loopDelayMaxMs: Math.max(...parts.map((p) => p.loopDelayMaxMs)),
  };
}

export function concatSorted(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.sort();
}
