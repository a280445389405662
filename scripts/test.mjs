#!/usr/bin/env node
// `npm test`: every tier that can run on this machine, one vitest run, and
// one closing line "N passed, N failed, N skipped" that CI can read.
//
// The natlab tier needs root, `ip` and `nft`. Without them its files still
// run and skip themselves, each printing one line saying why (see
// test/support/natlab.ts); here we print the tier-level reason once.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'natter-test-'));
const report = join(dir, 'report.json');

const { natlabBlocker } = await import('./natlab-env.mjs');
const blocker = natlabBlocker();
if (blocker) console.log(`natlab tier: SKIPPED: ${blocker}`);
// The browser tests (packages/web/test/*.int.test.ts) need Debian's Chromium.
const { browserBlocker } = await import('./browser-env.mjs');
const browserMissing = browserBlocker();
if (browserMissing) console.log(`browser tests: SKIPPED: ${browserMissing}`);

// The server's integration tests run a second time on PostgreSQL (the
// integration-postgres project); without a PostgreSQL here that project is
// left out, said once. The cluster tests skip themselves the same way.
const { postgresBlocker } = await import('./cluster-env.mjs');
const pgBlocker = extra.some((a) => a.startsWith('--project')) ? undefined : await postgresBlocker();
if (pgBlocker) console.log(`integration-postgres tier: SKIPPED: ${pgBlocker}`);
const projects = pgBlocker ? ['unit', 'integration', 'natlab'].flatMap((p) => ['--project', p]) : [];

// A vitest worker whose main thread sleeps on a futex without using any CPU
// for this long is deadlocked, not slow: every test here waits on sockets,
// timers or child processes (epoll), never on a lock, and a process whose
// threads all sleep will never wake by itself. Vitest cannot time such a
// worker out (its timers run on the blocked thread) and would wait forever.
// So the watchdog prints which file it was running and its native stacks,
// kills it, and fails the run. It does not retry: the one deadlock we had
// (Node 20's generateKeyPairSync + JWK export, packages/peer/src/crypto/keygen.ts)
// was a real bug in the product. Linux only (/proc).
const HUNG_MS = Number(process.env.NATTER_TEST_HUNG_MS ?? 120_000);
// scripts/test-worker-file.mjs writes <pid> -> test file here.
const workerFiles = join(dir, 'workers');
mkdirSync(workerFiles);

function procStat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) };
  } catch {
    return undefined;
  }
}

function descendants(root) {
  const children = new Map();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const st = procStat(e);
    if (st) children.set(st.ppid, [...(children.get(st.ppid) ?? []), Number(e)]);
  }
  const out = [];
  for (const stack = [root]; stack.length; ) for (const c of children.get(stack.pop()) ?? []) out.push(c), stack.push(c);
  return out;
}

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Every thread's native stack (gdb), or, without gdb, what each thread waits in. */
function nativeStacks(pid) {
  const gdb = spawnSync('gdb', ['-nx', '-batch', '-p', String(pid), '-ex', 'set pagination off', '-ex', 'thread apply all bt 40'], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  const stacks = (gdb.stdout ?? '')
    .split('\n')
    .filter((line) => !/^\[(New LWP|Thread debugging)|^Using host libthread_db/.test(line))
    .join('\n')
    .trim();
  if (gdb.status === 0 && /^#\d/m.test(stacks)) return stacks;
  const why = gdb.error ? `gdb did not run (${gdb.error.message}; apt-get install gdb)` : `gdb failed: ${(gdb.stderr ?? '').trim().split('\n').pop()}`;
  const waits = readdirSync(`/proc/${pid}/task`)
    .map((tid) => `  thread ${tid} (${read(`/proc/${pid}/task/${tid}/comm`).trim()}): ${read(`/proc/${pid}/task/${tid}/wchan`) || '?'}`)
    .join('\n');
  return `${why}; what each thread waits in:\n${waits}`;
}

/** Runs vitest once; fails and kills a deadlocked worker (see HUNG_MS). Resolves with the exit status and the deadlocks. */
function runVitest() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...projects, ...extra], {
      stdio: 'inherit',
      env: { ...process.env, NATTER_TEST_WORKER_FILES: workerFiles },
    });
    const seen = new Map(); // pid -> { cpu, since }
    const deadlocks = [];
    const watch = process.platform === 'linux' && HUNG_MS > 0 ? setInterval(() => {
      const now = Date.now();
      for (const pid of descendants(child.pid)) {
        if (!read(`/proc/${pid}/cmdline`).includes('vitest/dist/workers')) continue;
        const st = procStat(pid);
        if (!st) continue;
        const last = seen.get(pid);
        if (!last || last.cpu !== st.cpu) {
          seen.set(pid, { cpu: st.cpu, since: now });
          continue;
        }
        if (now - last.since < HUNG_MS || !/futex/.test(read(`/proc/${pid}/wchan`))) continue;
        seen.delete(pid);
        const file = relative(process.cwd(), read(join(workerFiles, String(pid)))) || '(unknown: the worker had not started a test file)';
        const bar = '='.repeat(78);
        console.log(`\n${bar}\nnpm test: DEADLOCK in ${file}`);
        console.log(`vitest worker ${pid} has slept on a futex with no CPU for ${Math.round((now - last.since) / 1000)} s; its native stacks:\n`);
        console.log(nativeStacks(pid));
        console.log(`\nnpm test: killing worker ${pid}; this run fails\n${bar}\n`);
        deadlocks.push({ pid, file });
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone already */
        }
      }
    }, 5_000) : undefined;
    child.on('exit', (code) => {
      if (watch) clearInterval(watch);
      resolve({ status: code ?? 1, deadlocks });
    });
  });
}

const res = await runVitest();

let passed = 0, failed = 0, skipped = 0;
const failedToLoad = new Set();
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
  // A file that failed to load has no tests but still failed.
  for (const r of json.testResults ?? []) if (r.status === 'failed' && r.assertionResults.length === 0) failedToLoad.add(relative(process.cwd(), r.name));
  failed += failedToLoad.size;
} catch {
  console.log('could not read the vitest report; judging by exit code only');
  if (res.status !== 0) failed = Math.max(failed, 1);
}
// A killed worker's file failed, whatever it reported before it stuck.
for (const { file } of res.deadlocks) if (!failedToLoad.has(file)) failed += 1;
rmSync(dir, { recursive: true, force: true });
if (blocker) console.log(`natlab tier: SKIPPED: ${blocker}`);
if (pgBlocker) console.log(`integration-postgres tier: SKIPPED: ${pgBlocker}`);
if (browserMissing) console.log(`browser tests: SKIPPED: ${browserMissing}`);
for (const { pid, file } of res.deadlocks) console.log(`npm test: FAILED: deadlocked test worker ${pid} in ${file} (its stacks are above)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(res.status === 0 && failed === 0 && res.deadlocks.length === 0 ? 0 : 1);
