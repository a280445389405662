// The first message of a conversation travels before the session exists
// (PeerPacket.early: sealed to the buddy, signed by the sender, over the
// relay). One side is a real NatterPeer on a real node; the other is a bare
// control-channel client, so the test sees and forges the relayed bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeUdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, openSealed, sealMessage, type Identity } from '@natter/peer';
import { decodePeerDatagram, encodePeerDatagram } from '@natter/wire';
import { login, type ControlClient } from '../../../test/support/control-client.js';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

const PASSWORD = 'correct horse';
let node: TestNode;
let dir = '';
const closers: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  node = await startTestNode();
  dir = mkdtempSync(join(tmpdir(), 'natter-early-'));
});
afterAll(async () => {
  for (const c of closers.reverse()) await c().catch(() => undefined);
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** A NatterPeer `p` and a raw client `raw`, buddies, both online. */
async function pair(): Promise<{ p: NatterPeer; pName: string; pId: Identity; raw: ControlClient; rawName: string; rawId: Identity }> {
  n++;
  const pName = `peer${n}`;
  const rawName = `raw${n}`;
  const pId = generateIdentity();
  const rawId = generateIdentity();
  await NodeSession.register(node.url, pName, PASSWORD, identityPublicKey(pId));
  await NodeSession.register(node.url, rawName, PASSWORD, identityPublicKey(rawId));
  const p = createNatterPeer({ url: node.url, username: pName, password: PASSWORD, identity: pId, historyDir: join(dir, pName), stack: nodeUdpStack, classify: false, reconnect: false });
  closers.push(() => p.close());
  await p.start();
  const { client: raw } = await login(node.url, rawName, PASSWORD, { identityKey: identityPublicKey(rawId) });
  closers.push(() => raw.close());
  const asked = until(p, 'buddyEvent', (e) => e.kind === 'requested');
  await raw.call({ buddyAction: { action: 1, username: pName } });
  await asked;
  const online = until(p, 'buddies', (l) => l.some((b) => b.username === rawName && b.online));
  await p.buddyAction('accept', rawName);
  await online;
  return { p, pName, pId, raw, rawName, rawId };
}

const early = async (from: Identity, to: Identity, id: Buffer, text: string) => encodePeerDatagram({ early: await sealMessage(from, identityPublicKey(to), { id, text, sentAtMs: Date.now() }) });

describe('early data: the first message before the session', () => {
  it('a sending peer relays the first message sealed at once, ahead of the handshake; the buddy can open it', async () => {
    const { p, pId, raw, rawName, rawId } = await pair();
    // The raw side never answers the handshake: only the early copy can arrive.
    const relayed: Array<ReturnType<typeof decodePeerDatagram>> = [];
    const seen = raw.next('relay', (f) => {
      const pkt = decodePeerDatagram(f.relay!.payload!);
      relayed.push(pkt);
      return pkt.body === 'early';
    });
    await p.send(rawName, 'before any session');
    const f = await seen;
    // The first thing relayed, before the handshake that opens the session.
    expect(relayed[0]!.body).toBe('early');
    await raw.next('relay', (x) => decodePeerDatagram(x.relay!.payload!).body === 'handshake');
    const opened = await openSealed(rawId, decodePeerDatagram(f.relay!.payload!).early!, identityPublicKey(pId));
    expect(opened.chat.text).toBe('before any session');
  });

  it('a receiving peer shows an early message once, even when it comes again (replay) and again on the session', async () => {
    const { p, pId, raw, rawName, rawId } = await pair();
    const id = Buffer.alloc(16, 7);
    const got: string[] = [];
    p.on('message', (m) => {
      if (m.buddy === rawName) got.push(m.text);
    });
    const first = until(p, 'message', (m) => m.text === 'hi early');
    const pkt = await early(rawId, pId, id, 'hi early');
    raw.send({ relay: { peer: p.username, payload: pkt } });
    const [m] = await first;
    expect(m.path).toBe('relay');
    raw.send({ relay: { peer: p.username, payload: pkt } }); // replayed by the node or a bug: same id
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toEqual(['hi early']);
    expect((await p.history.list(rawName)).filter((e) => e.text === 'hi early')).toHaveLength(1);
  });

  it('refuses early data signed by another key, sealed for someone else, or sent over UDP', async () => {
    const { p, pId, raw, rawId } = await pair();
    const got: string[] = [];
    p.on('message', (m) => got.push(m.text));
    const mallory = generateIdentity();
    // Signed by a key that is not rawName's registered identity.
    raw.send({ relay: { peer: p.username, payload: await early(mallory, pId, Buffer.alloc(16, 1), 'forged signer') } });
    // Sealed to somebody else's key.
    raw.send({ relay: { peer: p.username, payload: await early(mallory, generateIdentity(), Buffer.alloc(16, 2), 'not for you') } });
    // Over UDP straight to the chat socket, even validly signed by the buddy:
    // no node vouches for the sender, and a replayed copy could come from anyone.
    const udp = (await nodeUdpStack.bind()) as Awaited<ReturnType<typeof nodeUdpStack.bind>>;
    closers.push(() => udp.close());
    const port = (p as unknown as { socket: { address(): { port: number } } }).socket.address().port;
    await udp.send(await early(rawId, pId, Buffer.alloc(16, 3), 'over udp'), port, '127.0.0.1');
    await new Promise((r) => setTimeout(r, 400));
    expect(got).toEqual([]);
  });

  it('two NatterPeers: the first message is shown once and delivered, the session copy dropped as a duplicate', async () => {
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'eva', PASSWORD, identityPublicKey(ida));
    await NodeSession.register(node.url, 'fay', PASSWORD, identityPublicKey(idb));
    const mk = (u: string, id: Identity) => createNatterPeer({ url: node.url, username: u, password: PASSWORD, identity: id, historyDir: join(dir, u), stack: nodeUdpStack, classify: false, reconnect: false });
    const eva = mk('eva', ida);
    const fay = mk('fay', idb);
    closers.push(() => eva.close(), () => fay.close());
    await eva.start();
    await fay.start();
    await befriendPeers(eva, fay);
    const got: string[] = [];
    fay.on('message', (m) => got.push(m.text));
    const delivered = until(eva, 'state', (e) => e.text === 'one' && e.state === 'delivered');
    await eva.send('fay', 'one');
    await delivered;
    await eva.send('fay', 'two');
    await until(eva, 'state', (e) => e.text === 'two' && e.state === 'delivered');
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toEqual(['one', 'two']);
  });
});
