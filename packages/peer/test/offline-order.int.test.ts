// Messages stored while the recipient was offline are shown in the order they
// were sent, also when their sender is online at the recipient's login.
// The node hands the queue over in frames of two; each message's receipt
// then waits for the conversation with the (online) sender to open. Seen on
// the kernel NAT lab: the first message of every frame waited for its
// receipt before the second was shown, so the others overtook it
// ("a0 a2 a4 ... a1 a3 ...").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type HistoryEntry, type Identity } from '@natter/peer';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

let node: TestNode;
let dir = '';
const peers: NatterPeer[] = [];

beforeAll(async () => {
  node = await startTestNode();
  dir = mkdtempSync(join(tmpdir(), 'natter-offline-order-'));
});
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => undefined);
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function makePeer(username: string, identity: Identity): NatterPeer {
  const p = createNatterPeer({ url: node.url, username, password: 'correct horse', identity, historyDir: join(dir, username), stack: nodeUdpStack, classify: false, reconnect: false });
  peers.push(p);
  return p;
}

describe('offline messages at login', () => {
  it('are shown in the order they were sent while their sender is online', async () => {
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ida));
    await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(idb));
    const alice = makePeer('alice', ida);
    await alice.start();
    let bob = makePeer('bob', idb);
    await bob.start();
    await befriendPeers(alice, bob);
    const gone = until(alice, 'presence', (p) => p.username === 'bob' && !p.online);
    await bob.close();
    await gone;

    const texts = Array.from({ length: 12 }, (_, i) => `m${i}`);
    for (const t of texts) {
      const stored = until(alice, 'state', (e) => e.text === t && e.state === 'stored');
      await alice.send('bob', t);
      await stored;
    }
    bob = makePeer('bob', idb);
    const shown: string[] = [];
    bob.on('message', (m: HistoryEntry) => shown.push(m.text));
    const delivered = texts.map((t) => until(alice, 'state', (e) => e.text === t && e.state === 'delivered', 15_000));
    await bob.start();
    await Promise.all(delivered);
    expect(shown).toEqual(texts);
    expect((await bob.history.list('alice', 100)).map((e) => e.text)).toEqual(texts);
  }, 30_000);
});
