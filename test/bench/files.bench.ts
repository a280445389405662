// File transfer between two natter processes on loopback, against
// baselines between the same two processes in the same run:
//   - bytes/s of `natter` sending a file (transfer phase: first byte to
//     verified; and the whole command: hashing, offer, transfer, verify)
//     against a bare TCP copy (file -> socket -> file) and the same copy
//     over udx-native alone (Holepunch's UDP transport, BBR);
//   - chat round trip on the direct path, idle and while a transfer runs,
//     against a bare UDP ping-pong between the same processes.
// BENCH_FILE_MB (default 256): the file size. Figures are what this machine
// measured in this run; nothing is asserted. The kernel NAT lab half is
// files-lab.bench.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { startTestNode } from '../support/start-test-node.js';
import { Agent, compare, makeFile, table } from './support/file-bench.js';

const MB = Number(process.env.BENCH_FILE_MB ?? 256);

it(`files on loopback: natter vs TCP and udx-native, ${MB} MiB`, async () => {
  const node = await startTestNode();
  const dir = mkdtempSync(join(tmpdir(), 'natter-bench-files-'));
  const agents: Agent[] = [];
  try {
    const file = join(dir, 'payload.bin');
    makeFile(file, MB);
    const alice = new Agent({ url: node.url, user: 'alice', password: 'correct horse', dir: join(dir, 'alice') });
    const bob = new Agent({ url: node.url, user: 'bob', password: 'correct horse', dir: join(dir, 'bob'), trust: ['alice'] });
    agents.push(alice, bob);
    bob.barePort = (await bob.waitFor((l) => l.event === 'ready')).barePort;
    await alice.waitFor((l) => l.event === 'ready');
    await alice.call({ cmd: 'befriend', user: 'bob' });
    // A first small transfer brings up the session and the direct path.
    const warm = join(dir, 'warm.bin');
    makeFile(warm, 4);
    await alice.call({ cmd: 'send-file', to: 'bob', path: warm });
    for (let i = 0; i < 50 && (await alice.call({ cmd: 'path', buddy: 'bob' })).path !== 'direct'; i++) await new Promise((r) => setTimeout(r, 100));
    const { rows, rtt } = await compare(alice, bob, '127.0.0.1', file, MB * 1024 * 1024, 'bob');
    console.log(`\nfiles on loopback, ${MB} MiB, two processes\n${table(rows)}\n\n${table(rtt)}\n`);
  } finally {
    for (const a of agents) a.quit();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
