// Several devices per user through a real node on loopback (issue 14):
// alice on two devices and bob on two; every message on all four, exactly
// once each; one device offline and coming back; linking refused without
// approval; a removed device receives nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type HistoryEntry, type Identity } from '@natter/peer';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

let node: TestNode;
let dir: string;
const peers: NatterPeer[] = [];

function device(username: string, identity: Identity, name: string): NatterPeer {
  const p = createNatterPeer({ url: node.url, username, password: 'correct horse', identity, historyDir: join(dir, name), stack: nodeUdpStack, classify: false, reconnect: { minMs: 50, maxMs: 200 } });
  peers.push(p);
  return p;
}

/** Messages each device showed (received, or a sync copy of what another device of its user sent). */
function record(peer: NatterPeer): HistoryEntry[] {
  const got: HistoryEntry[] = [];
  peer.on('message', (m) => got.push(m));
  return got;
}

/** A second device: logs in pending, shows its code, and is approved by `by`; resolves once it is active. */
async function link(by: NatterPeer, next: NatterPeer): Promise<void> {
  await next.start();
  expect(next.pending).toBe(true);
  const online = until(next, 'online', (ok) => ok.deviceState === 1);
  await by.approveDevice(next.linkCode);
  await online;
  await next.sync();
}

async function eventually(ok: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const texts = (got: HistoryEntry[]) => got.map((m) => m.text).sort();

beforeAll(async () => {
  node = await startTestNode();
  dir = mkdtempSync(join(tmpdir(), 'natter-devices-'));
});
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => undefined);
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('alice on two devices, bob on two', () => {
  it('every message reaches all four exactly once, across relay and direct, with a device offline and back; a removed device gets nothing more', async () => {
    const ids = { a1: generateIdentity(), a2: generateIdentity(), b1: generateIdentity(), b2: generateIdentity(), a3: generateIdentity() };
    await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ids.a1));
    await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(ids.b1));
    const a1 = device('alice', ids.a1, 'a1');
    const b1 = device('bob', ids.b1, 'b1');
    await a1.start();
    await b1.start();
    await befriendPeers(a1, b1);
    // History from before the second device: it catches up from the first (sealed to it, through the store).
    const before = until(a1, 'state', (e) => e.text === 'zero' && e.state === 'delivered');
    await a1.send('bob', 'zero');
    await before;
    let a2 = device('alice', ids.a2, 'a2');
    let b2 = device('bob', ids.b2, 'b2');
    await link(a1, a2);
    await link(b1, b2);
    expect(a1.devices().filter((d) => d.state === 'active')).toHaveLength(2);
    await a1.idle();
    await a2.sync();
    const caught = await a2.history.list('bob');
    expect(caught).toMatchObject([{ text: 'zero', direction: 'out', synced: true, device: 'device' }]);
    // Bob's devices see alice's second device, certified by her first: trusted without a hold.
    await eventually(() => b1.buddies().find((b) => b.username === 'alice')!.devices.filter((d) => d.trusted).length === 2);
    const got = { a1: record(a1), a2: record(a2), b1: record(b1), b2: record(b2) };
    await a1.sync();
    await b1.sync();

    // alice's first device to bob: both of bob's devices, and a sync copy on alice's second.
    const delivered = until(a1, 'state', (e) => e.text === 'one' && e.state === 'delivered');
    await a1.send('bob', 'one');
    await delivered;
    // bob's second device to alice: both of alice's, and a copy on bob's first.
    await b2.send('alice', 'two');
    const all = async (want: Record<string, string[]>) => {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        if (Object.entries(want).every(([k, v]) => JSON.stringify(texts(got[k as keyof typeof got])) === JSON.stringify(v))) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(Object.fromEntries(Object.keys(want).map((k) => [k, texts(got[k as keyof typeof got])]))).toEqual(want);
    };
    await all({ a1: ['two'], a2: ['one', 'two'], b1: ['one', 'two'], b2: ['one'] });
    // Each pair of devices punches its own path: on loopback they go direct, after starting on the relay.
    await eventually(() => a1.buddies()[0]!.devices.every((d) => d.path === 'direct'));
    expect(got.b2.find((m) => m.text === 'one')!.path).toBe('relay'); // b2 is new to a1: relay first
    const copy = got.a2.find((m) => m.text === 'one')!;
    expect(copy).toMatchObject({ buddy: 'bob', direction: 'out', synced: true });
    expect(got.b1.find((m) => m.text === 'one')!.direction).toBe('in');

    // bob's second device goes offline; alice writes; it catches up from the store when it is back.
    await b2.close();
    await a2.send('bob', 'three');
    await all({ b1: ['one', 'three', 'two'], a1: ['three', 'two'] });
    b2 = device('bob', ids.b2, 'b2');
    got.b2 = record(b2);
    await b2.start();
    await b2.sync();
    await all({ b2: ['three'] });
    // Nothing shown twice anywhere.
    for (const [name, list] of Object.entries(got)) expect(new Set(list.map((m) => m.id)).size, name).toBe(list.length);

    // A device that logs in with the password alone stays pending: nothing reaches it, and it cannot send.
    const a3 = device('alice', ids.a3, 'a3');
    const a3got = record(a3);
    await a3.start();
    expect(a3.pending).toBe(true);
    await expect(a3.session.request({ relay: { peer: a1.address, payload: new Uint8Array(8) } })).rejects.toMatchObject({ code: 'DEVICE_PENDING' });
    await b1.send('alice', 'four');
    await all({ a1: ['four', 'three', 'two'], a2: ['four', 'one', 'two'] });
    expect(a3got).toEqual([]);
    expect(b1.buddies().find((b) => b.username === 'alice')!.devices.map((d) => d.name).length).toBe(2);

    // alice removes her second device from the first: its session ends, and bob's next message reaches only the first.
    const removed = until(a2, 'error', (e) => (e as { code?: string }).code === 'DEVICE_REMOVED');
    await a1.removeDevice(a2.deviceId);
    await removed;
    await eventually(() => b1.buddies().find((b) => b.username === 'alice')!.devices.length === 1);
    await b1.send('alice', 'five');
    await all({ a1: ['five', 'four', 'three', 'two'] });
    await new Promise((r) => setTimeout(r, 500));
    expect(texts(got.a2)).toEqual(['four', 'one', 'two']);
    expect(a3got).toEqual([]);
  }, 60_000);
});
