// The node under abuse: a kill -9 while messages are being stored loses none
// that were acknowledged, and 100k malformed frames leave it serving.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { encodeControl } from '@natter/wire';
import { startTestNode } from '../../../test/support/start-test-node.js';
import { NATTER_BIN } from '../../../test/support/cli.js';
import { ControlClient, befriend, registerAndLogin } from '../../../test/support/control-client.js';
import { httpGet } from '../../../test/support/node-probes.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Starts `natter server` in its own process on free ports; resolves with its URL. */
function spawnNode(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [NATTER_BIN, 'server', '--json', '--host', '127.0.0.1', '--port', '0', '--stun-port', '0', '--data-dir', dataDir, '--log-level', 'error'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (c) => {
      buf += c;
      if (buf.includes('\n')) resolve({ child, url: JSON.parse(buf).url });
    });
    child.on('exit', (code) => reject(new Error(`node exited ${code}`)));
  });
}

describe('kill -9 while storing offline messages', () => {
  it('every message the node acknowledged as stored is delivered after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'natter-kill9-'));
    dirs.push(dataDir);
    const first = await spawnNode(dataDir);
    const alice = await registerAndLogin(first.url, 'alice');
    const bob = await registerAndLogin(first.url, 'bob');
    await befriend(alice, 'alice', bob, 'bob');
    await bob.client.close();

    // Pipeline stores as fast as the node takes them; kill it mid-stream.
    const acked = new Set<number>();
    let sent = 0;
    const pending: Array<Promise<void>> = [];
    const store = (i: number) =>
      alice.client
        .call({ offlineStore: { to: 'bob', messageId: Buffer.from(`m${i}`), sealed: Buffer.alloc(200, i & 0xff), sentAtMs: i } })
        .then(() => void acked.add(i))
        .catch(() => undefined); // unanswered because the node died: allowed to be lost
    for (; sent < 2000; sent++) pending.push(store(sent));
    await new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if (acked.size >= 50) {
          clearInterval(t);
          resolve();
        }
      }, 2);
    });
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    await Promise.all(pending);
    expect(acked.size).toBeGreaterThanOrEqual(50);
    // The kill landed mid-stream: some stores were never answered.
    expect(acked.size).toBeLessThan(sent);

    const second = await spawnNode(dataDir);
    try {
      const c = await ControlClient.connect(second.url);
      await c.call({ login: { username: 'bob', password: 'correct horse' } });
      const delivered = new Set<number>();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const before = delivered.size;
        try {
          const d = await c.next('offlineDeliver', () => true, 500);
          for (const m of d.offlineDeliver!.messages!) delivered.add(Number(m.sentAtMs));
        } catch {
          if (delivered.size === before) break;
        }
      }
      for (const i of acked) expect(delivered.has(i), `acknowledged message ${i} was lost`).toBe(true);
      // Nothing is made up either.
      for (const i of delivered) expect(i).toBeLessThan(sent);
      await c.close();
      await alice.client.close().catch(() => undefined);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    }
  }, 120_000);
});

describe('malformed-frame fuzzing', () => {
  it('100k random and mutated frames from a logged-in client: every one answered or dropped, node still serving', async () => {
    const node = await startTestNode();
    try {
      const fuzzer = await registerAndLogin(node.url, 'mallory');
      const valid = [
        encodeControl({ relay: { peer: 'nobody', payload: Buffer.alloc(40, 1) } }),
        encodeControl({ buddyAction: { action: 1, username: 'bob', message: 'hi' } }),
        encodeControl({ presenceUpdate: { status: 2, statusText: 'x', lanCandidates: [{ ip: '10.0.0.1', port: 9 }] } }),
        encodeControl({ offlineStore: { to: 'bob', messageId: Buffer.from([1]), sealed: Buffer.alloc(30) } }),
      ];
      const frames = fc.sample(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([f, i, v]) => {
            const copy = Uint8Array.from(f);
            copy[i % copy.length] = v;
            return copy;
          }),
          fc.tuple(fc.constantFrom(...valid), fc.nat()).map(([f, n]) => f.subarray(0, n % f.length)),
        ),
        { numRuns: 100_000, seed: 424242 },
      );
      // In chunks, so the socket's send buffer stays bounded.
      for (let i = 0; i < frames.length; i += 2000) {
        for (const f of frames.slice(i, i + 2000)) fuzzer.client.sendRaw(f);
        await fuzzer.client.request({ heartbeat: { sentAtMs: i } }, 30_000);
      }
      expect(frames.length).toBe(100_000);
      expect(fuzzer.client.closeCode).toBeUndefined();
      // Still serving everyone else.
      const other = await registerAndLogin(node.url, 'trent');
      expect(other.client.closeCode).toBeUndefined();
      const health = await httpGet(node.httpUrl, '/healthz');
      expect(health.status).toBe(200);
      await fuzzer.client.close();
      await other.client.close();
    } finally {
      await node.stop();
    }
    // 100k frames take ~10 s on an idle 2-core machine; give a loaded one room.
  }, 180_000);
});
