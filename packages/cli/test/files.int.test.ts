// natter send-file and the receiving side in natter rpc, as real
// processes through a real node on loopback: the receiver is asked and
// accepts; a 100 MiB file survives kill -9 of the receiver and of the
// sender mid-transfer and resumes from what the receiver holds; the result
// is byte-identical and nothing but the file is left in the download
// directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NATTER_BIN } from '../../../test/support/cli.js';
import { NatterUser, befriend, tempRoot, type RpcProcess } from '../../../test/support/natter-user.js';

let node: TestNode;
let root: string;
const procs: Array<{ kill(): void }> = [];

beforeAll(async () => {
  node = await startTestNode();
  root = tempRoot('natter-cli-files-');
});

afterAll(async () => {
  for (const p of procs) p.kill();
  await node?.stop();
  rmSync(root, { recursive: true, force: true });
});

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `natter send-file --json` as a child: its event lines as they come. */
class SendFileProcess {
  readonly events: Array<Record<string, any>> = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  readonly child: ChildProcess;
  constructor(home: string, to: string, path: string) {
    this.child = spawn(process.execPath, [NATTER_BIN, 'send-file', to, path, '--json', '--home', home], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let buf = '';
    this.child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      buf += c;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          this.events.push(JSON.parse(line));
        } catch {
          this.events.push({ unparsable: line });
        }
      }
    });
    this.child.stderr!.on('data', (c) => (this.stderr += c));
    this.exited = new Promise((resolve) => this.child.on('close', resolve));
  }
  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

async function until(what: string, cond: () => boolean, timeoutMs = 60_000, seen: () => unknown = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; seen: ${JSON.stringify(seen())}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('natter send-file', () => {
  it('asks the receiver, survives kill -9 of the receiver and of the sender, and delivers 100 MiB byte-identical', async () => {
    const ann = new NatterUser('ann', node.url, root);
    const ben = new NatterUser('ben', node.url, root);
    await Promise.all([ann.register(), ben.register()]);
    await befriend(ann, ben);
    const downloads = join(root, 'ben-downloads');
    expect((await ben.run(['files', 'dir', downloads])).code).toBe(0);

    const file = join(root, 'holiday video.bin');
    const data = randomBytes(100 * 1024 * 1024);
    writeFileSync(file, data);
    const sha256 = createHash('sha256').update(data).digest('hex');

    let b: RpcProcess = await ben.rpc();
    procs.push(b);
    let send = new SendFileProcess(ann.home, 'ben', file);
    procs.push(send);

    // Ben is asked; he accepts.
    const offer = await b.waitFor((l) => l.event === 'file-offer', 30_000);
    expect(offer).toMatchObject({ direction: 'receive', buddy: 'ann', name: 'holiday video.bin', size: data.length, sha256, state: 'offered' });
    await until('the sender to see the offer pending', () => send.events.some((e) => e.event === 'file-state' && e.state === 'offered'));
    const accepted = await b.call({ cmd: 'accept-file', id: offer.id });
    expect(accepted).toMatchObject({ ok: true, id: offer.id, file: join(downloads, 'holiday video.bin.partial') });

    // kill -9 the receiver once a part is on its disk.
    const partial = join(downloads, 'holiday video.bin.partial');
    const sizeOf = () => {
      try {
        return statSync(partial).size;
      } catch {
        return 0;
      }
    };
    await until('20 MiB at the receiver', () => sizeOf() >= 20 * 1024 * 1024);
    b.kill();
    await b.exited;
    const afterReceiverKill = sizeOf();
    expect(afterReceiverKill).toBeLessThan(data.length);
    await until('the sender to wait for ben', () => send.events.some((e) => e.event === 'file-state' && e.state === 'waiting' && e.bytes > 0), 60_000, () => send.events.slice(-4));

    // Ben comes back: the transfer resumes where his .partial ends, without asking again.
    b = await ben.rpc();
    procs.push(b);
    const resumed = await b.waitFor((l) => l.event === 'file-state' && l.id === offer.id && l.state === 'receiving', 30_000);
    expect(b.lines.some((l) => l.event === 'file-offer')).toBe(false);
    expect(resumed.bytes).toBeGreaterThanOrEqual(afterReceiverKill - 4 * 1024 * 1024);
    expect(resumed.bytes).toBeGreaterThan(0);

    // Now kill -9 the sender, and run the same command again: it resumes too.
    await until('more bytes after the resume', () => sizeOf() > afterReceiverKill + 10 * 1024 * 1024 || b.lines.some((l) => l.event === 'file-state' && l.state === 'done'));
    send.kill();
    await send.exited;
    const done = b.lines.some((l) => l.event === 'file-state' && l.id === offer.id && l.state === 'done');
    send = new SendFileProcess(ann.home, 'ben', file);
    procs.push(send);
    const code = await send.exited;
    expect(code, JSON.stringify(send.events.slice(-5)) + send.stderr).toBe(0);
    const last = send.events[send.events.length - 1]!;
    expect(last).toMatchObject({ event: 'file-done', id: offer.id, state: 'done', sha256 });
    if (!done) expect(send.events.some((e) => e.event === 'file-state' && e.state === 'sending' && e.bytes > 0 || e.event === 'file-progress' && e.bytes > 0)).toBe(true);

    const received = await b.waitFor((l) => l.event === 'file-state' && l.id === offer.id && l.state === 'done', 30_000);
    expect(received.file).toBe(join(downloads, 'holiday video.bin'));
    expect(await sha256File(received.file)).toBe(sha256);
    expect(readdirSync(downloads)).toEqual(['holiday video.bin']);
    expect(await b.end()).toBe(0);
  }, 180_000);
});
