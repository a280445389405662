// File transfer between real `natter rpc` processes behind real kernel
// NATs (the loopback versions are packages/peer/test/files.int.test.ts and
// packages/cli/test/files.int.test.ts):
//
// - every pair of NAT kinds that goes direct: a 100 MiB file arrives
//   byte-identical, on the direct path;
// - UDP blocked on one side: the same over the relay, paced below the
//   node's relay budget (raised for the test so it takes seconds);
// - every NAT mapping flushed (`conntrack -F` on both routers) mid-transfer,
//   and the receiver killed with SIGKILL mid-transfer and started again:
//   the transfer resumes from what the receiver holds and completes.
// Prints each transfer's path, time and rate.
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab, type Lab, type NatKind } from '../support/natlab.js';
import { NATTER_BIN } from '../support/cli.js';
import { RpcProcess } from '../support/natter-user.js';
import { startPeerLab, type PeerLab, type PeerLabUser } from '../support/natlab-peers.js';

const MIB = 1024 * 1024;
const SIZE = 100 * MIB;
/** The node's relay budget for this test: 100 MiB in about 15 s. */
const RELAY_BYTES_PER_SECOND = 8 * MIB;

const KINDS: NatKind[] = ['open', 'full', 'restricted', 'port', 'symmetric'];
const USERS = [
  ...KINDS.map((kind) => ({ name: `${kind}1`, host: `${kind}/h1`, kind })),
  { name: 'blocked1', host: 'blocked/h1', kind: 'blocked' as const },
  // A second pair for the faults, so they do not disturb the grid.
  { name: 'fla', host: 'fa/h1', kind: 'port' as const },
  { name: 'flb', host: 'fb/h1', kind: 'restricted' as const },
];

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')).join('\n');
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function until(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out (${timeoutMs} ms) waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeNatlab(
  'natlab: file transfer behind real NATs',
  () => {
    let peers: PeerLab;
    let lab: Lab;
    let tmp = '';
    let file = '';
    let sha256 = '';
    const rows: string[][] = [['transfer', 'path', 's', 'MB/s', 'notes']];

    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'natlab-files-'));
      const config = join(tmp, 'node.json');
      writeFileSync(config, JSON.stringify({ relayBytesPerSecond: RELAY_BYTES_PER_SECOND, relayBurstBytes: 2 * MIB }));
      const sites = [...KINDS.map((kind) => ({ name: kind, kind })), { name: 'blocked', kind: 'blocked' as const }, { name: 'fa', kind: 'port' as const }, { name: 'fb', kind: 'restricted' as const }];
      const pairs: Array<[string, string]> = [];
      for (let i = 0; i < KINDS.length; i++) for (let j = i + 1; j < KINDS.length; j++) pairs.push([`${KINDS[i]}1`, `${KINDS[j]}1`]);
      pairs.push(['blocked1', 'open1'], ['fla', 'flb']);
      peers = await startPeerLab({ sites }, USERS, pairs, { nodeArgs: ['--config', config] });
      lab = peers.lab;
      file = join(tmp, 'payload.bin');
      const fd = openSync(file, 'w');
      const hash = createHash('sha256');
      for (let i = 0; i < SIZE / MIB; i++) {
        const chunk = randomBytes(MIB);
        hash.update(chunk);
        writeSync(fd, chunk);
      }
      closeSync(fd);
      sha256 = hash.digest('hex');
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab file transfer (${SIZE / MIB} MiB)\n${table(rows)}\n`);
      await peers?.down();
      rmSync(tmp, { recursive: true, force: true });
    });

    /** a sends the file to b, b accepts into its own directory; resolves with b's done line. */
    async function transfer(a: PeerLabUser, b: PeerLabUser, during?: (dest: string, id: string) => Promise<string>): Promise<Record<string, any>> {
      const dir = join(tmp, `to-${b.name}-from-${a.name}`);
      const t0 = Date.now();
      const sent = await a.rpc.call({ cmd: 'send-file', to: b.name, path: file }, 60_000);
      expect(sent.ok, JSON.stringify(sent)).toBe(true);
      const offer = await b.rpc.waitFor((l) => l.event === 'file-offer' && l.id === sent.id, 60_000);
      expect((await b.rpc.call({ cmd: 'accept-file', id: offer.id, dir })).ok).toBe(true);
      const dest = join(dir, 'payload.bin');
      const note = during ? await during(dest, sent.id) : '';
      // The receiver's rpc may have been restarted meanwhile: ask the current one.
      const done = await peers.user(b.name).rpc.waitFor((l) => l.event === 'file-state' && l.id === sent.id && l.state === 'done', 300_000);
      await a.rpc.waitFor((l) => l.event === 'file-state' && l.id === sent.id && l.state === 'done', 30_000);
      const seconds = (Date.now() - t0) / 1000;
      expect(done.file).toBe(dest);
      expect(await sha256File(dest)).toBe(sha256);
      const paths = new Set(a.rpc.lines.filter((l) => l.event === 'file-progress' && l.id === sent.id && l.path).map((l) => l.path));
      rows.push([`${a.name} -> ${b.name}`, [...paths].join('+') || '?', seconds.toFixed(1), (SIZE / 1e6 / seconds).toFixed(1), note]);
      return { ...done, paths };
    }

    const direct: Array<[string, string]> = [];
    for (let i = 0; i < KINDS.length; i++) for (let j = i + 1; j < KINDS.length; j++) direct.push([`${KINDS[i]}1`, `${KINDS[j]}1`]);

    it.each(direct)('%s -> %s: 100 MiB byte-identical on the direct path', async (an, bn) => {
      const a = peers.user(an);
      const b = peers.user(bn);
      // The conversation goes direct first (a chat message brings it up), so the file rides it.
      await a.rpc.call({ cmd: 'send', to: b.name, text: 'file coming' });
      await a.rpc.waitFor((l) => l.event === 'path' && l.buddy === b.name && l.path === 'direct', 30_000);
      const done = await transfer(a, b);
      expect(done.paths.has('direct')).toBe(true);
    }, 400_000);

    it('blocked1 -> open1: 100 MiB over the relay, below the node budget', async () => {
      const a = peers.user('blocked1');
      const b = peers.user('open1');
      const t0 = Date.now();
      const done = await transfer(a, b);
      const seconds = (Date.now() - t0) / 1000;
      expect([...done.paths]).toEqual(['relay']);
      const limits = a.rpc.lines.filter((l) => l.event === 'file-progress' && l.relayLimitBytesPerSecond).map((l) => l.relayLimitBytesPerSecond);
      expect(limits.length).toBeGreaterThan(0);
      expect(Math.max(...limits)).toBeLessThanOrEqual(RELAY_BYTES_PER_SECOND);
      expect(SIZE / seconds).toBeLessThan(RELAY_BYTES_PER_SECOND * 1.05);
    }, 400_000);

    it('fla -> flb: NAT mappings flushed and the receiver killed (SIGKILL) mid-transfer: resumes, completes byte-identical', async () => {
      const a = peers.user('fla');
      const b = peers.user('flb');
      await a.rpc.call({ cmd: 'send', to: b.name, text: 'file coming' });
      await a.rpc.waitFor((l) => l.event === 'path' && l.buddy === b.name && l.path === 'direct', 30_000);
      let restarted: RpcProcess | undefined;
      const done = await transfer(a, b, async (dest) => {
        const partial = `${dest}.partial`;
        await until('25 MiB at the receiver', () => sizeOf(partial) >= 25 * MIB, 120_000);
        const flows = await Promise.all(['fa', 'fb'].map(async (site) => (await lab.exec(site, 'sh', ['-c', 'conntrack -C && conntrack -F 2>/dev/null'])).stdout.trim()));
        await until('50 MiB at the receiver', () => sizeOf(partial) >= 50 * MIB, 120_000);
        b.rpc.kill();
        await b.rpc.exited;
        const held = sizeOf(partial);
        restarted = new RpcProcess(lab.spawn(b.host, process.execPath, [NATTER_BIN, 'rpc', '--home', b.home]));
        peers.users.set(b.name, { ...b, rpc: restarted });
        const resumed = await restarted.waitFor((l) => l.event === 'file-state' && l.state === 'receiving', 120_000);
        expect(resumed.bytes).toBeGreaterThan(0);
        return `flushed ${flows.join('+')} flows at 25 MiB; receiver killed at ${(held / MIB).toFixed(0)} MiB, resumed at ${(resumed.bytes / MIB).toFixed(0)} MiB`;
      });
      expect(restarted).toBeDefined();
      expect(done.state).toBe('done');
    }, 400_000);
  },
  { needs: ['conntrack'] },
);
