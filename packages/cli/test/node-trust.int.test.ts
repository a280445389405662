// The control channel as a user meets it (docs/security.md, "The control
// channel"): the real binary pins the node's key on first contact, refuses
// a node that presents another one, accepts the fingerprint given with
// --server, refuses plain ws:// across a network without --insecure, and a
// byte capture of register, login, buddies and chat shows none of the
// secrets that cross it.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeTlsIdentity } from '@natter/io';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, TEST_PASSWORD, befriend, tempRoot } from '../../../test/support/natter-user.js';

function ownNonLoopbackAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return undefined;
}

/** A TCP proxy that records every byte both ways: what a path attacker sees. */
class RecordingProxy {
  readonly captured: Buffer[] = [];
  private readonly sockets = new Set<Socket>();
  private server!: Server;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(host: string): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => s.destroy());
        s.on('close', () => this.sockets.delete(s));
      }
      client.on('data', (d) => {
        this.captured.push(Buffer.from(d));
        upstream.write(d);
      });
      upstream.on('data', (d) => {
        this.captured.push(Buffer.from(d));
        client.write(d);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  bytes(): Buffer {
    return Buffer.concat(this.captured);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let node: TestNode;
let root: string;

beforeAll(async () => {
  node = await startTestNode({ host: '0.0.0.0' });
  root = tempRoot('natter-trust-');
});

afterAll(async () => {
  await node?.stop();
  rmSync(root, { recursive: true, force: true });
});

const address = (n: TestNode) => `127.0.0.1:${n.port}`;

describe('pinning the node key', () => {
  it('refuses a fingerprint given with --server that is not the node’s, and saves nothing', async () => {
    const wrong = new NatterUser('wrongpin', node.url, root);
    const other = createNodeTlsIdentity().fingerprint; // some other node's key
    const r = await wrong.run(['register', 'wrongpin', '--server', `${address(node)}#${other}`, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/presents key sha256:\S+, but sha256:\S+ is pinned for it.*\(NODE_KEY_MISMATCH\)/);
    expect((await wrong.run(['whoami'])).code).toBe(3);
  });

  it('accepts the right fingerprint given with --server without a first-contact notice', async () => {
    const user = new NatterUser('rightpin', node.url, root);
    const r = await user.run(['register', 'rightpin', '--server', `${address(node)}#${node.fingerprint}`, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('first contact');
    expect((await user.json(['whoami'])).nodeKey).toBe(node.fingerprint);
  });

  it('refuses a node that changed its key (every command), until the user gives the new fingerprint', async () => {
    const user = new NatterUser('moved', node.url, root);
    await user.register();
    expect((await user.run(['buddies'])).code).toBe(0);
    // The same node, accounts and all, with another key: what an operator who
    // restored a backup without the key files has (or a path attacker shows).
    const port = node.port;
    await node.stop({ keepData: true });
    const dataDir = `${node.dataDir}-rekeyed`;
    cpSync(node.dataDir, dataDir, { recursive: true });
    rmSync(node.dataDir, { recursive: true, force: true });
    for (const f of ['node-key.pem', 'node-cert.pem']) rmSync(join(dataDir, f));
    node = await startTestNode({ host: '0.0.0.0', port, dataDir });
    expect(node.tlsKeyCreated).toBe(true);
    const refused = await user.run(['buddies']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`presents key ${node.fingerprint}`);
    expect(refused.stderr).toContain('Someone may be intercepting');
    expect(refused.stderr).toContain(`--server 127.0.0.1:${port}#${node.fingerprint} (NODE_KEY_MISMATCH)`);
    // A login without the new fingerprint is refused the same way...
    const login = await user.run(['login', 'moved', '--server', address(node), '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(login.code).toBe(1);
    expect(login.stderr).toContain('NODE_KEY_MISMATCH');
    // ...with it, the user accepts the new key, and every command works again.
    const accepted = await user.run(['login', 'moved', '--server', `${address(node)}#${node.fingerprint}`, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect((await user.json(['whoami'])).nodeKey).toBe(node.fingerprint);
    expect((await user.run(['buddies'])).code).toBe(0);
  });

  it('refuses plain ws:// to another machine without --insecure, before connecting', async (ctx) => {
    const own = ownNonLoopbackAddress();
    if (!own) {
      console.log('SKIPPED: this machine has no non-loopback IPv4 address');
      ctx.skip();
    }
    const user = new NatterUser('plain', node.url, root);
    const r = await user.run(['register', 'plain', '--server', `ws://${own}:${node.port}/`, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plain, unencrypted connection.*--insecure.*\(INSECURE_URL\)/);
    // With --insecure the client tries, and the node (plain from loopback only) refuses it too.
    const forced = await user.run(['register', 'plain', '--server', `ws://${own}:${node.port}/`, '--insecure', '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(forced.code).not.toBe(0);
    expect(forced.stderr).toMatch(/NODE_UNREACHABLE/);
  });
});

describe('a byte capture of the default channel', () => {
  it('shows no password, token, key or message text', async () => {
    const host = ownNonLoopbackAddress() ?? '127.0.0.1';
    const proxy = new RecordingProxy({ host: '127.0.0.1', port: node.port });
    await proxy.listen(host);
    try {
      const server = `${host}:${proxy.port}`;
      const carla = new NatterUser('carla', server, root);
      const dmitri = new NatterUser('dmitri', server, root);
      await carla.register();
      await dmitri.register();
      await befriend(carla, dmitri);
      const text = 'the vault code is 7-4-1-9';
      const dm = await dmitri.rpc();
      const sent = await carla.run(['send', 'dmitri', text, '--wait', 'delivered', '--timeout', '20000']);
      expect(sent.code, sent.stderr).toBe(0);
      await dm.waitFor((l) => l.event === 'message' && l.text === text);
      await dm.end();
      const login = await carla.run(['login', 'carla', '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
      expect(login.code, login.stderr).toBe(0);
      const captured = proxy.bytes();
      // The premise: the capture did see the whole conversation.
      expect(captured.length).toBeGreaterThan(5_000);
      const profile = (user: NatterUser) => JSON.parse(readFileSync(join(user.home, 'config', 'profile.json'), 'utf8'));
      const secrets: Array<[string, Buffer]> = [
        ['password', Buffer.from(TEST_PASSWORD)],
        ['message text', Buffer.from(text)],
        ["carla's resume token", Buffer.from(profile(carla).resumeToken, 'base64')],
        ["dmitri's resume token", Buffer.from(profile(dmitri).resumeToken, 'base64')],
        ['a username', Buffer.from('dmitri')],
      ];
      for (const [what, bytes] of secrets) expect(captured.includes(bytes), `${what} crossed the network readable`).toBe(false);
      // Buddies' identity keys (raw 32 bytes) travel to each other through the node.
      const { identityPublicKey, importIdentity } = await import('@natter/peer');
      for (const user of [carla, dmitri]) {
        const key = identityPublicKey(importIdentity(profile(user).identity));
        expect(captured.includes(key), `${user.name}'s identity key crossed readable`).toBe(false);
      }
    } finally {
      await proxy.close();
    }
  });
});
