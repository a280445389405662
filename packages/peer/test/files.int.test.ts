// File transfer between two real peers through a real node on loopback:
// a 100 MiB file arrives byte-identical on the punched direct path; an
// offer the receiver is asked about and declines; a hostile sender (names
// that climb out of the download directory, more bytes than offered,
// bytes for a transfer nobody accepted); the relay fallback within the
// node's budget when UDP between the two is blocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack, type UdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type Identity, type CreatePeerOptions } from '@natter/peer';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

let node: TestNode;
let dir: string;
let users = 0;

/** Two fresh buddies on the node (names unique per test). */
async function pair(bobExtra: Partial<CreatePeerOptions> = {}, aliceExtra: Partial<CreatePeerOptions> = {}): Promise<[NatterPeer, NatterPeer]> {
  const n = ++users;
  const ida = generateIdentity();
  const idb = generateIdentity();
  await NodeSession.register(node.url, `alice${n}`, 'correct horse', identityPublicKey(ida));
  await NodeSession.register(node.url, `bob${n}`, 'correct horse', identityPublicKey(idb));
  const alice = await makePeer(`alice${n}`, ida, aliceExtra);
  const bob = await makePeer(`bob${n}`, idb, bobExtra);
  await befriendPeers(alice, bob);
  return [alice, bob];
}
const peers: NatterPeer[] = [];

async function makePeer(username: string, identity: Identity, extra: Partial<CreatePeerOptions> = {}): Promise<NatterPeer> {
  const p = createNatterPeer({
    url: node.url,
    username,
    password: 'correct horse',
    identity,
    historyDir: join(dir, username, 'history'),
    dataDir: join(dir, username),
    downloadDir: join(dir, username, 'downloads'),
    stack: nodeUdpStack,
    classify: false,
    reconnect: false,
    ...extra,
  });
  peers.push(p);
  await p.start();
  return p;
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function makeFile(name: string, bytes: number): { path: string; sha256: string } {
  const path = join(dir, name);
  const data = randomBytes(bytes);
  writeFileSync(path, data);
  return { path, sha256: createHash('sha256').update(data).digest('hex') };
}

beforeAll(async () => {
  // A relay budget large enough for a test to finish in a second, small enough to see the pacing.
  node = await startTestNode({ relay: { bytesPerSecond: 4 * 1024 * 1024, burstBytes: 1024 * 1024 } });
  dir = mkdtempSync(join(tmpdir(), 'natter-files-'));
});
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => undefined);
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('file transfer between two peers on loopback', () => {
  it('100 MiB arrives byte-identical on the direct path, from a trusted buddy without asking', async () => {
    const ida = generateIdentity();
    const idb = generateIdentity();
    await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ida));
    await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(idb));
    const alice = await makePeer('alice', ida);
    const bob = await makePeer('bob', idb, { trustedFileSenders: () => ['alice'] });
    await befriendPeers(alice, bob);

    const file = makeFile('big.bin', 100 * 1024 * 1024);
    const paths = new Set<string>();
    alice.on('fileProgress', (t) => t.path && paths.add(t.path));
    const t0 = performance.now();
    const offered = await alice.sendFile('bob', file.path);
    expect(offered.sha256).toBe(file.sha256);
    const received = until(bob, 'fileState', (t) => t.state === 'done', 120_000);
    const sent = await alice.whenFileDone(offered.id);
    const [got] = await received;
    const seconds = (performance.now() - t0) / 1000;
    expect(sent.state).toBe('done');
    expect(got.file).toBe(join(dir, 'bob', 'downloads', 'big.bin'));
    expect(await sha256File(got.file)).toBe(file.sha256);
    expect(readdirSync(join(dir, 'bob', 'downloads'))).toEqual(['big.bin']); // no .partial left
    console.log(`100 MiB in ${seconds.toFixed(2)} s (${(100 / seconds).toFixed(0)} MiB/s), paths seen: ${[...paths].join(', ')}`);
    expect(paths.has('direct')).toBe(true);
  }, 180_000);

  it('a sender whose receiver leaves mid-transfer waits with the bytes the receiver acknowledged, not those of its last progress tick', async () => {
    const sender = `alice${users + 1}`;
    const [alice, bob] = await pair({ trustedFileSenders: () => [sender] });
    const file = makeFile('leaving.bin', 100 * 1024 * 1024);
    const partial = join(dir, bob.username, 'downloads', 'leaving.bin.partial');
    const onDisk = () => {
      try {
        return statSync(partial).size;
      } catch {
        return 0;
      }
    };
    const waiting = until(alice, 'fileState', (t) => t.state === 'waiting', 30_000);
    await alice.sendFile(bob.username, file.path);
    // Leave as soon as a few MiB are written: well inside the sender's 250 ms progress period.
    while (onDisk() < 4 * 1024 * 1024) await new Promise((r) => setTimeout(r, 2));
    const written = onDisk();
    await bob.close();
    const [state] = await waiting;
    // The receiver acknowledges a datagram before writing it: the sender knows at least what is on disk.
    expect(state.bytes).toBeGreaterThanOrEqual(written);
    expect(state.bytes).toBeLessThan(100 * 1024 * 1024);
  });

  it('asks the receiver when the sender is not trusted; a declined offer fails at the sender', async () => {
    const [alice, bob] = await pair();
    const file = makeFile('small.txt', 1000);
    const offered = until(bob, 'fileOffer', () => true);
    const t = await alice.sendFile(bob.username, file.path);
    const [offer] = await offered;
    expect(offer).toMatchObject({ id: t.id, direction: 'receive', buddy: alice.username, name: 'small.txt', size: 1000, state: 'offered' });
    bob.declineFile(offer.id, 'not now');
    await expect(alice.whenFileDone(t.id)).rejects.toMatchObject({ code: 'FILE_DECLINED' });
    expect(readdirSafe(join(dir, bob.username, 'downloads'))).toEqual([]);
  });

  it('a hostile sender cannot write outside the download directory, nor more than it offered', async () => {
    const sender = `alice${users + 1}`; // the alice of this pair
    const [alice, bob] = await pair({ trustedFileSenders: () => [sender] });
    const downloads = join(dir, bob.username, 'downloads');
    if (process.env.DEBUG_FILES) bob.on('fileState', (t) => console.log('BOB', t.id.slice(0, 6), t.state, t.bytes, t.error?.message));
    // File links are per device: bob's one device (USER/DEVICE).
    const link = () => (alice as any).fileLinks.get(bob.address);
    await alice.sendFile(bob.username, makeFile('warm-up.bin', 10).path).then((t) => alice.whenFileDone(t.id));

    // 1. A name that climbs out, with control and bidi-override characters.
    const evil = randomBytes(2000);
    const id1 = randomBytes(16);
    const sha1 = createHash('sha256').update(evil).digest();
    const done1 = until(bob, 'fileState', (t) => t.id === id1.toString('hex') && t.state === 'done');
    link().send({ offer: { transferId: id1, name: '../../../../tmp/evil\u202egpj.exe\x1b[2J', size: evil.length, sha256: sha1 } });
    await until(bob, 'fileState', (t) => t.id === id1.toString('hex') && t.state === 'waiting');
    const s1 = link().openFileStream(id1, 0);
    s1.write(evil);
    s1.end();
    const [got1] = await done1;
    expect(got1.file).toBe(join(downloads, 'evilgpj.exe[2J'));
    expect(readFileSync(got1.file).equals(evil)).toBe(true);

    // 2. Offers 64 KiB, sends 8 MiB: the receiver stops at the size it accepted.
    const id2 = randomBytes(16);
    const failed2 = until(bob, 'fileState', (t) => t.id === id2.toString('hex') && t.state === 'failed');
    link().send({ offer: { transferId: id2, name: 'small.bin', size: 65536, sha256: randomBytes(32) } });
    await until(bob, 'fileState', (t) => t.id === id2.toString('hex') && t.state === 'waiting');
    const s2 = link().openFileStream(id2, 0);
    const partial = join(downloads, 'small.bin.partial');
    let largest = 0;
    const watch = setInterval(() => (largest = Math.max(largest, sizeOrZero(partial))), 1);
    s2.write(randomBytes(8 * 1024 * 1024));
    s2.end();
    const [f2] = await failed2;
    clearInterval(watch);
    expect(f2.error?.code).toBe('FILE_PROTOCOL');
    expect(largest).toBeLessThanOrEqual(65536);
    await new Promise((r) => setTimeout(r, 100));
    expect(sizeOrZero(partial)).toBe(0); // removed

    // 3. Bytes for a transfer nobody offered or accepted: nothing is written.
    const s3 = link().openFileStream(randomBytes(16), 0);
    s3.write(randomBytes(100_000));
    s3.end();
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSafe(downloads).sort()).toEqual(['evilgpj.exe[2J', 'warm-up.bin']);
  });

  it('falls back to the relay when UDP between the two is blocked, paced below the node budget, and shows it', async () => {
    // Bob's UDP reaches only the node's STUN server: no direct path can open.
    const blocked = firewalled(nodeUdpStack);
    const sender = `alice${users + 1}`;
    const [alice, bob] = await pair({ stack: blocked, trustedFileSenders: () => [sender] });
    const file = makeFile('relayed.bin', 3 * 1024 * 1024);
    const seen: Array<{ path: string | null; limit: number | null }> = [];
    alice.on('fileProgress', (t) => seen.push({ path: t.path, limit: t.relayLimitBytesPerSecond }));
    const received = until(bob, 'fileState', (x) => x.state === 'done', 30_000);
    const t0 = performance.now();
    const t = await alice.sendFile(bob.username, file.path);
    const done = await alice.whenFileDone(t.id);
    const seconds = (performance.now() - t0) / 1000;
    expect(done.state).toBe('done');
    const [got] = await received;
    expect(await sha256File(got.file)).toBe(file.sha256);
    expect(alice.pathOf(bob.username)).toBe('relay');
    expect(seen.some((x) => x.path === 'relay' && x.limit !== null && x.limit <= 4 * 1024 * 1024)).toBe(true);
    // Paced at 85 % of 4 MiB/s: not faster than the budget allows (plus the node's 1 MiB burst).
    expect((3 * 1024 * 1024) / seconds).toBeLessThan(4 * 1024 * 1024 + 1024 * 1024);
    console.log(`relayed 3 MiB in ${seconds.toFixed(2)} s (${((3 * 1024 * 1024) / seconds / 1024).toFixed(0)} KiB/s; budget 4096 KiB/s)`);
  }, 60_000);
});

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function sizeOrZero(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A UDP stack whose sockets drop every datagram except STUN to and from the node (a strict firewall). */
function firewalled(stack: UdpStack): UdpStack {
  return {
    ...stack,
    async bind(options) {
      const socket = await stack.bind(options);
      const isStun = (data: Uint8Array) => data.length >= 20 && data[0]! < 4;
      return {
        ...socket,
        address: () => socket.address(),
        send: (data, port, address) => (isStun(data) ? socket.send(data, port, address) : Promise.resolve()),
        sendAndForget: (data, port, address) => void (isStun(data) && socket.sendAndForget(data, port, address)),
        onMessage: (handler) => socket.onMessage((data, from) => isStun(data) && handler(data, from)),
        setTTL: (ttl) => socket.setTTL(ttl),
        close: () => socket.close(),
        get closed() {
          return socket.closed;
        },
      };
    },
  };
}
