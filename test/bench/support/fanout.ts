// The presence fan-out measurement shared by the server and cluster
// benches: one window of presence updates across the load processes, the
// CPU every party used, and a server's memory before and after a load.
import { cpuMs, machineBusyMs, mallocTrim, type LoadWorker, type Memory } from './node-process.js';

/** After a window, how long late pushes may take. */
export const DRAIN_MS = 5000;

export interface FanOut {
  samples: Float64Array;
  received: number;
  expected: number;
  elapsedMs: number;
  elu: number;
  gcMaxMs: number;
  loopDelayMaxMs: number;
}

export interface Window extends FanOut {
  windowMs: number;
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

/** Memory of a server process before and after `load` (which leaves the sessions open). */
export async function measureMemory(pid: number, memory: (o?: { gc?: boolean }) => Promise<Memory>, load: () => Promise<void>): Promise<MemoryReadings> {
  await memory({ gc: true });
  mallocTrim(pid); // when gdb can: the idle baseline holds no free memory either
  const idle = await memory();
  await load();
  const loaded = await memory();
  const loadedGc = await memory({ gc: true });
  const loadedTrim = mallocTrim(pid) ? await memory() : undefined;
  return { idle, loaded, loadedGc, loadedTrim };
}

/** One fan-out window across every load process, merged; with the CPU each party used. */
export async function fanOut(workers: LoadWorker[], serverPids: number | number[], node: boolean, windowMs: number, pushesPerClient: number): Promise<Window> {
  const pids = workers.map((w) => w.pid);
  const servers = Array.isArray(serverPids) ? serverPids : [serverPids];
  const server0 = servers.reduce((a, pid) => a + cpuMs(pid), 0);
  const load0 = pids.reduce((a, pid) => a + cpuMs(pid), 0);
  const machine0 = machineBusyMs();
  const parts = await Promise.all(workers.map((w) => w.call<FanOut>('fanout', { windowMs, drainMs: DRAIN_MS, node, pushesPerClient })));
  const server = servers.reduce((a, pid) => a + cpuMs(pid), 0) - server0;
  const load = pids.reduce((a, pid) => a + cpuMs(pid), 0) - load0;
  const machine = machineBusyMs() - machine0;
  const elapsedMs = Math.max(...parts.map((p) => p.elapsedMs));
  return {
    windowMs,
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
