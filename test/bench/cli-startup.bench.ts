// How long a natter command takes as a whole process, against `node -e 0`
// (what any Node program pays before its first line), measured in the same
// run: --version and --help (the command table and parser only), whoami
// without a profile (one command's code), and a real `natter send` to a node
// on loopback (`natter server` in its own process; bob is offline, so the
// message is stored). Each round runs every command once, in turn, so a
// machine that slows down mid-run slows all of them alike; medians of
// BENCH_RUNS rounds (default 20) after one warm-up round. The ratio is the
// median of each round's time over that round's `node -e 0`.
//
// `natter` runs the bundle (packages/cli/bundle/, rebuilt here first);
// the "(dist/)" rows run the same commands from the compiled, unbundled
// dist/ for comparison.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { NATTER_BIN } from '../support/cli.js';
import { NatterUser, befriend } from '../support/natter-user.js';
import { buildOnce, fmt, spawnNode, table } from './support/node-process.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const NODE = process.execPath;
const BUNDLE_SCRIPT = fileURLToPath(new URL('../../packages/cli/scripts/bundle.mjs', import.meta.url));
const DIST_MAIN = new URL('../../packages/cli/dist/main.js', import.meta.url).href;
// The compiled dist/ run the way bin/natter.js runs a build: run(argv), exit code.
const FROM_DIST = `const { run } = await import(${JSON.stringify(DIST_MAIN)}); process.exitCode = await run(process.argv.slice(1));`;
const VERSION = JSON.parse(readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8')).version as string;

interface Subject {
  name: string;
  args: string[];
  /** The exit code and output that show the command did what it is timed for. */
  code: number;
  output: RegExp;
}

/** Wall time of one run, spawn to exit, in ms; rejects when the command did not do its job. */
function timeRun({ name, args, code, output }: Subject): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let said = '';
    child.stdout.on('data', (c) => (said += c));
    child.stderr.on('data', (c) => (said += c));
    child.on('error', reject);
    child.on('close', (exit) => {
      const ms = performance.now() - t0;
      if (exit !== code || !output.test(said)) reject(new Error(`${name} exited ${exit} (wanted ${code}) saying: ${said}`));
      else resolve(ms);
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it('natter start-up: whole-process wall time against node -e 0', async () => {
  buildOnce();
  execFileSync(NODE, [BUNDLE_SCRIPT], { stdio: 'inherit' });
  const tmp = mkdtempSync(join(tmpdir(), 'natter-bench-cli-'));
  const node = await spawnNode({ dataDir: join(tmp, 'node'), config: { scryptN: 1024 } });
  try {
    const alice = new NatterUser('alice', node.url, tmp);
    const bob = new NatterUser('bob', node.url, tmp);
    await Promise.all([alice.register(), bob.register()]);
    await befriend(alice, bob);
    const empty = mkdtempSync(join(tmp, 'no-profile-'));
    const natter = (...args: string[]) => [NATTER_BIN, ...args];
    // `--`: without it node would take --version as its own option.
    const dist = (...args: string[]) => ['--input-type=module', '-e', FROM_DIST, '--', ...args];
    const send = ['send', 'bob', 'stored while you were away', '--home', alice.home];
    const version = new RegExp(`^${VERSION.replace(/\./g, '\\.')}\n$`);
    const stored = /^stored for bob \(offline\)/;
    const subjects: Subject[] = [
      { name: 'node -e 0', args: ['-e', '0'], code: 0, output: /^$/ },
      { name: 'natter --version', args: natter('--version'), code: 0, output: version },
      { name: 'natter --help', args: natter('--help'), code: 0, output: /^natter <command> \[options\]\n/ },
      { name: 'natter whoami (no profile)', args: natter('whoami', '--home', empty), code: 3, output: /\(NO_PROFILE\)\n$/ },
      { name: 'natter send', args: natter(...send), code: 0, output: stored },
      { name: 'natter --version (dist/)', args: dist('--version'), code: 0, output: version },
      { name: 'natter send (dist/)', args: dist(...send), code: 0, output: stored },
    ];
    const times = new Map<string, number[]>(subjects.map((s) => [s.name, []]));
    for (let round = -1; round < RUNS; round++) {
      for (const s of subjects) {
        const ms = await timeRun(s);
        if (round >= 0) times.get(s.name)!.push(ms);
      }
    }
    const base = times.get('node -e 0')!;
    const rows = [['command', 'median ms', 'min ms', 'max ms', 'x node -e 0']];
    for (const s of subjects) {
      const xs = times.get(s.name)!;
      rows.push([s.name, fmt(median(xs)), fmt(Math.min(...xs)), fmt(Math.max(...xs)), fmt(median(xs.map((x, i) => x / base[i]!)), 2)]);
    }
    table(`natter start-up, wall time of the whole process, ${RUNS} rounds (node ${process.version}, ${process.platform}/${process.arch})`, rows);
  } finally {
    await node.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
});
