// Two real peers and a real node on loopback: register, become buddies,
// chat (relay first, then direct), offline store across a restart,
// delivery receipts, history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type HistoryEntry, type Identity } from '@natter/peer';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

let node: TestNode;
const dirs: string[] = [];
const peers: NatterPeer[] = [];


async function makePeer(username: string, identity: Identity, dir: string): Promise<NatterPeer> {
  const p = createNatterPeer({ url: node.url, username, password: 'correct horse', identity, historyDir: join(dir, username), stack: nodeUdpStack, classify: false, reconnect: false });
  peers.push(p);
  await p.start();
  return p;
}

beforeAll(async () => {
  node = await startTestNode();
});
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => undefined);
  await node?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('two peers through a real node on loopback', () => {
  it('chat relay-first then direct, offline store, receipts, history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'natter-peer-'));
    dirs.push(dir);
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ida));
    await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(idb));
    const alice = await makePeer('alice', ida, dir);
    let bob = await makePeer('bob', idb, dir);

    await befriendPeers(alice, bob);

    // Online: relay first, delivered with a receipt, then a direct path.
    const got = until(bob, 'message', (m) => m.text === 'hello bob');
    const delivered = until(alice, 'state', (e) => e.text === 'hello bob' && e.state === 'delivered');
    const direct = until(alice, 'path', (p) => p.buddy === 'bob' && p.path === 'direct');
    await alice.send('bob', 'hello bob');
    const [m] = await got;
    expect(m.direction).toBe('in');
    await delivered;
    await direct;
    expect(alice.pathOf('bob')).toBe('direct');

    // 50 messages each way on the direct path: exactly once, in order.
    const bobGot: string[] = [];
    const aliceGot: string[] = [];
    bob.on('message', (e: HistoryEntry) => bobGot.push(e.text));
    alice.on('message', (e: HistoryEntry) => aliceGot.push(e.text));
    for (let i = 0; i < 50; i++) {
      await alice.send('bob', `a${i}`);
      await bob.send('alice', `b${i}`);
    }
    const deadline = Date.now() + 15_000;
    while ((bobGot.length < 50 || aliceGot.length < 50) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(bobGot).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`));
    expect(aliceGot).toEqual(Array.from({ length: 50 }, (_, i) => `b${i}`));

    // Offline: stored by the node, delivered at the next login, receipt comes back.
    const gone = until(alice, 'presence', (p) => p.username === 'bob' && !p.online);
    await bob.close();
    await gone;
    const stored = until(alice, 'state', (e) => e.text === 'while you were out' && e.state === 'stored');
    await alice.send('bob', 'while you were out');
    await stored;
    const back = until(alice, 'state', (e) => e.text === 'while you were out' && e.state === 'delivered', 15_000);
    bob = await makePeer('bob', idb, dir);
    const [later] = await until(bob, 'message', (e) => e.text === 'while you were out');
    expect(later.path).toBe('offline');
    await back;

    const hist = await bob.history.list('alice', 200);
    expect(hist.filter((e) => e.text === 'while you were out')).toHaveLength(1);
    expect(hist.filter((e) => e.text === 'hello bob')).toHaveLength(1);
  });
});
