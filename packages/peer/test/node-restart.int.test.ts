// The node restarts mid-conversation (same address, same data directory):
// both peers reconnect with their resume tokens and every message sent
// before, during and after the outage arrives exactly once.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, NodeSession, generateIdentity, identityPublicKey, type HistoryEntry } from '@natter/peer';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});


describe('node restart mid-conversation', () => {
  it('peers reconnect and nothing is lost or duplicated', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'natter-restart-node-'));
    const dir = mkdtempSync(join(tmpdir(), 'natter-restart-peers-'));
    dirs.push(dataDir, dir);
    let node: TestNode = await startTestNode({ dataDir });
    const port = node.port;
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ida));
    await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(idb));
    const mk = (u: string, id: typeof ida) =>
      createNatterPeer({ url: node.url, username: u, password: 'correct horse', identity: id, historyDir: join(dir, u), stack: nodeUdpStack, classify: false, reconnect: { minMs: 100, maxMs: 500 } });
    const alice = mk('alice', ida);
    const bob = mk('bob', idb);
    try {
      await alice.start();
      await bob.start();
      await befriendPeers(alice, bob);

      const got: string[] = [];
      bob.on('message', (e: HistoryEntry) => got.push(e.text));
      for (let i = 0; i < 20; i++) await alice.send('bob', `m${i}`);
      await until(alice, 'path', (p) => p.path === 'direct').catch(() => undefined);

      // The node goes away with messages still flowing, and comes back.
      const down = Promise.all([until(alice, 'offline', () => true), until(bob, 'offline', () => true)]);
      await node.stop({ keepData: true });
      await down;
      for (let i = 20; i < 40; i++) await alice.send('bob', `m${i}`);
      node = await startTestNode({ dataDir, port });
      const back = Promise.all([until(alice, 'online', () => true), until(bob, 'online', () => true)]);
      await back;
      for (let i = 40; i < 60; i++) await alice.send('bob', `m${i}`);

      const deadline = Date.now() + 20_000;
      while (got.length < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      // Exactly once each. (Arrival order may differ for messages re-sent
      // on the new session.)
      const want = Array.from({ length: 60 }, (_, i) => `m${i}`);
      expect(got).toHaveLength(60);
      expect([...got].sort()).toEqual([...want].sort());
      expect(await bob.history.list('alice', 100)).toHaveLength(60);
    } finally {
      await alice.close();
      await bob.close();
      await node.stop({ keepData: true });
    }
  }, 60_000);
});
