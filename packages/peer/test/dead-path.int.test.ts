// A direct path that dies on a real node on loopback: the peer re-registers
// its public endpoint at once (a dead path usually means its NAT forgot the
// mapping, as after a router restart), so the next punch plan names the
// mapping it has now; the periodic refresh may be 25 s away. On the kernel
// NAT lab, a router restart took ~22 s to get back to direct without this.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack, type UdpSocket, type UdpStack } from '@natter/io';
import { looksLikeStun } from '@natter/stun';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type Identity } from '@natter/peer';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

let node: TestNode;
let dir = '';
const peers: NatterPeer[] = [];

beforeAll(async () => {
  node = await startTestNode();
  dir = mkdtempSync(join(tmpdir(), 'natter-dead-path-'));
});
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => undefined);
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** nodeUdpStack with every datagram's send time noted, and everything but STUN dropped while `cut`. */
function tappedStack() {
  const tap = { cut: false, stunSentAt: [] as number[] };
  const stack: UdpStack = {
    interfaceAddresses: () => nodeUdpStack.interfaceAddresses(),
    sourceAddressFor: (remote) => nodeUdpStack.sourceAddressFor(remote),
    async bind(options) {
      const s = await nodeUdpStack.bind(options);
      const pass = (data: Uint8Array) => {
        const stun = looksLikeStun(data);
        if (stun) tap.stunSentAt.push(Date.now());
        return stun || !tap.cut;
      };
      const socket: UdpSocket = {
        address: () => s.address(),
        send: (data, port, address) => (pass(data) ? s.send(data, port, address) : Promise.resolve()),
        sendAndForget: (data, port, address) => void (pass(data) && s.sendAndForget(data, port, address)),
        onMessage: (h) => s.onMessage(h),
        setTTL: (ttl) => s.setTTL(ttl),
        close: () => s.close(),
        get closed() {
          return s.closed;
        },
      };
      return socket;
    },
  };
  return { tap, stack };
}

async function makePeer(username: string, identity: Identity, stack: UdpStack): Promise<NatterPeer> {
  const p = createNatterPeer({ url: node.url, username, password: 'correct horse', identity, historyDir: join(dir, username), stack, classify: false, reconnect: false });
  peers.push(p);
  await p.start();
  return p;
}

describe('a direct path that dies', () => {
  it('re-registers the public endpoint with the node at once', async () => {
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ida));
    await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(idb));
    const { tap, stack } = tappedStack();
    const alice = await makePeer('alice', ida, stack);
    const bob = await makePeer('bob', idb, nodeUdpStack);
    await befriendPeers(alice, bob);

    const direct = until(alice, 'path', (p) => p.buddy === 'bob' && p.path === 'direct');
    await alice.send('bob', 'hello');
    await direct;

    // Alice's UDP to bob stops; a message makes her expect an answer.
    tap.cut = true;
    const dead = until(alice, 'path', (p) => p.buddy === 'bob' && p.path === 'relay', 15_000);
    await alice.send('bob', 'are you there?');
    await dead;
    const diedAt = Date.now();
    const deadline = diedAt + 2_000;
    while (!tap.stunSentAt.some((t) => t >= diedAt - 50) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(tap.stunSentAt.filter((t) => t >= diedAt - 50).length, 'a STUN binding right after the path died').toBeGreaterThan(0);
  }, 30_000);
});
