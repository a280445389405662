// What clients (natter send, chat, rpc) need from the peer: pending
// requests from the buddy list, sync() that returns once the login's pushes
// are handled, receipts that survive the sender logging out right after
// "sent", and incoming messages shown in the order they were sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type Identity } from '@natter/peer';
import { until } from '../../../test/support/peer-events.js';

let node: TestNode;
let dir: string;
const peers: NatterPeer[] = [];


async function makePeer(username: string, identity: Identity): Promise<NatterPeer> {
  const p = createNatterPeer({ url: node.url, username, password: 'correct horse', identity, historyDir: join(dir, username), stack: nodeUdpStack, classify: false, reconnect: false });
  p.on('error', () => undefined);
  peers.push(p);
  await p.start();
  return p;
}

beforeAll(async () => {
  node = await startTestNode();
  dir = mkdtempSync(join(tmpdir(), 'natter-oneshot-'));
});
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => undefined);
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('one-shot clients', () => {
  it('requests(), sync() and a receipt stored for a sender who already left', async () => {
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'ann', 'correct horse', identityPublicKey(ida));
    await NodeSession.register(node.url, 'ben', 'correct horse', identityPublicKey(idb));

    // Pending requests come from the node's buddy list, on both sides.
    let ann = await makePeer('ann', ida);
    await ann.sync();
    await ann.buddyAction('request', 'ben');
    expect(ann.requests()).toEqual({ incoming: [], outgoing: ['ben'], blocked: [] });
    let ben = await makePeer('ben', idb);
    await ben.sync();
    expect(ben.requests().incoming).toEqual(['ann']);
    await ben.buddyAction('accept', 'ann');
    expect(ben.requests().incoming).toEqual([]);
    expect(ben.buddies().map((b) => b.username)).toEqual(['ann']);

    // sync(): once it resolves, queued offline messages are in the history.
    await ben.close();
    const stored = until(ann, 'state', (e) => e.text === 'queued' && e.state === 'stored');
    await ann.send('ben', 'queued');
    await stored;
    const benBack = until(ann, 'presence', (p) => p.username === 'ben' && p.online);
    ben = await makePeer('ben', idb);
    await ben.sync();
    expect((await ben.history.list('ann')).map((e) => e.text)).toEqual(['queued']);

    // Ann goes away right after "sent", before ben's receipt reaches her:
    // the receipt must wait for her in the node's offline store.
    await benBack;
    const sent = until(ann, 'state', (e) => e.text === 'bye' && e.state === 'sent');
    const got = until(ben, 'message', (m) => m.text === 'bye');
    await ann.send('ben', 'bye');
    const [entry] = await sent;
    // Deaf from now on: nothing ben sends (the receipt) is taken in.
    (ann as unknown as { handlePeerPacket: () => void }).handlePeerPacket = () => undefined;
    await got;
    await new Promise((r) => setTimeout(r, 200));
    const annLeft = until(ben, 'presence', (p) => p.username === 'ann' && !p.online);
    await ann.close();
    await annLeft;
    await ben.idle();
    ann = await makePeer('ann', ida);
    await ann.sync();
    expect((await ann.history.get(entry.id))?.state).toBe('delivered');
  });

  it('incoming messages are stored and shown in the order sent, even when one history write is slow', async () => {
    const idc = generateIdentity();
    const idd = generateIdentity();
    await NodeSession.register(node.url, 'cleo', 'correct horse', identityPublicKey(idc));
    await NodeSession.register(node.url, 'dan', 'correct horse', identityPublicKey(idd));
    const cleo = await makePeer('cleo', idc);
    const dan = await makePeer('dan', idd);
    await cleo.sync();
    await dan.sync();
    await cleo.buddyAction('request', 'dan');
    const danSees = until(dan, 'buddies', (l) => l.some((b) => b.username === 'cleo' && b.online));
    await dan.buddyAction('accept', 'cleo');
    await danSees;
    // The first write takes a while (a busy disk); the next ones do not.
    const add = dan.history.add.bind(dan.history);
    let first = true;
    dan.history.add = async (e) => {
      if (first && e.text === 'm0') {
        first = false;
        await new Promise((r) => setTimeout(r, 150));
      }
      return add(e);
    };
    const shown: string[] = [];
    dan.on('message', (m) => shown.push(m.text));
    const last = until(dan, 'message', (m) => m.text === 'm4');
    for (let i = 0; i < 5; i++) await cleo.send('dan', `m${i}`);
    await last;
    await dan.idle();
    expect(shown).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect((await dan.history.list('cleo')).map((e) => e.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
  });
});
