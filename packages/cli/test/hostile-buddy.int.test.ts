// What a hostile buddy (or the node) can do to a user of the real binary
// (docs/security.md): text with escape sequences reaches the terminal
// without control characters; a buddy that never completes a handshake
// cannot hang a one-shot command; an offline message in the name of someone
// who is no longer a buddy opens only under the key accepted for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Level } from 'level';
import { generateIdentity, identityPublicKey, importIdentity, sealMessage } from '@natter/peer';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, befriend, tempRoot } from '../../../test/support/natter-user.js';
import { ControlClient } from '../../../test/support/control-client.js';

const HOSTILE = 'hi\x1b]0;pwned\x07\x1b[2J\x9b31m\r\x08 there';

let node: TestNode;
let root: string;
let alice: NatterUser;
let mallory: NatterUser;

beforeAll(async () => {
  node = await startTestNode();
  root = tempRoot('natter-hostile-');
  alice = new NatterUser('alice', node.url, root);
  mallory = new NatterUser('mallory', node.url, root);
  await alice.register();
  await mallory.register();
  await befriend(mallory, alice);
});

afterAll(async () => {
  await node?.stop();
  rmSync(root, { recursive: true, force: true });
});

const controls = (s: string) => [...s].filter((c) => /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(c));

describe('hostile text from a buddy', () => {
  it('is printed by history, buddies and send without a control character', async () => {
    const rpc = await mallory.rpc();
    // The premise: the hostile bytes really travel, and arrive intact.
    expect((await rpc.call({ cmd: 'status', status: 'away', text: HOSTILE })).ok).toBe(true);
    expect((await rpc.call({ cmd: 'send', to: 'alice', text: HOSTILE })).ok).toBe(true);
    await rpc.waitFor((l) => l.event === 'state' && l.state === 'stored');
    // Alice's send goes online: it receives the stored message and prints what it must.
    const send = await alice.run(['send', 'mallory', 'hello']);
    expect(send.code, send.stderr).toBe(0);
    const json = await alice.json(['history', 'mallory']);
    expect(json.find((m: { from: string }) => m.from === 'mallory').text).toBe(HOSTILE);
    const history = await alice.run(['history', 'mallory']);
    expect(history.stdout).toContain('hi');
    expect(history.stdout).toContain('there');
    expect(controls(history.stdout)).toEqual([]);
    const buddies = await alice.run(['buddies']);
    expect(buddies.stdout).toMatch(/away: hi/);
    expect(controls(buddies.stdout)).toEqual([]);
    for (const r of [send, history, buddies]) expect(r.stdout + r.stderr).not.toContain('\x1b');
    await rpc.end();
  });
});

describe('a buddy that never completes a handshake', () => {
  it('cannot hang send (bounded by --timeout) or the commands that do not wait for it', async () => {
    const silent = await ControlClient.connect(node.url);
    await silent.call({ register: { username: 'silent', password: 'correct horse', identityKey: identityPublicKey(generateIdentity()) } });
    await silent.call({ login: { username: 'silent', password: 'correct horse' } });
    await silent.call({ buddyAction: { action: 1, username: 'alice' } });
    const accepted = await alice.run(['buddies', 'accept', 'silent']);
    expect(accepted.code, accepted.stderr).toBe(0);
    for (const [args, code] of [
      [['send', 'silent', 'anyone there?', '--timeout', '2000'], 1],
      [['send', 'silent', 'anyone there?', '--wait', 'delivered', '--timeout', '2000'], 1],
      [['buddies'], 0],
      [['verify', 'silent', '--refresh'], 0],
    ] as const) {
      const started = Date.now();
      const r = await alice.run([...args], { timeoutMs: 30_000 });
      expect([args.join(' '), r.code], r.stderr).toEqual([args.join(' '), code]);
      // --timeout, plus the few seconds a one-shot command waits for receipts in flight.
      expect(Date.now() - started).toBeLessThan(9_000);
      if (code === 1) expect(r.stderr).toContain('SEND_TIMEOUT');
    }
    await silent.close();
  });
});

describe('offline messages in the name of a former buddy', () => {
  it('open only under the key accepted for them: one the node forged is dropped', async () => {
    const eve = new NatterUser('eve', node.url, root);
    await eve.register();
    await befriend(eve, alice);
    expect((await alice.run(['buddies'])).code).toBe(0); // alice has seen eve's key
    expect((await eve.run(['buddies', 'remove', 'alice'])).code).toBe(0);
    // The node (stopped, its store edited) puts two messages "from eve" in alice's queue:
    // one sealed with eve's real key, one with a key the node made up.
    const eveProfile = JSON.parse(readFileSync(join(eve.home, 'config', 'profile.json'), 'utf8'));
    const aliceProfile = JSON.parse(readFileSync(join(alice.home, 'config', 'profile.json'), 'utf8'));
    const eveIdentity = importIdentity(eveProfile.identity);
    const aliceKey = identityPublicKey(importIdentity(aliceProfile.identity));
    // Queues are per device, senders are devices (USER/DEVICE; docs/protocol.md, "Devices").
    const aliceAddress = `alice/${aliceProfile.device.id}`;
    const eveAddress = `eve/${eveProfile.device.id}`;
    const record = async (seq: number, sender: ReturnType<typeof generateIdentity>, text: string) => {
      const id = Buffer.alloc(16, seq);
      const sealed = await sealMessage(sender, aliceKey, { id, text, sentAtMs: Date.now() });
      return { seq, to: aliceAddress, from: eveAddress, messageId: id.toString('base64'), sealed: sealed.toString('base64'), sentAt: Date.now(), storedAt: Date.now(), expiresAt: Date.now() + 86_400_000, size: sealed.length };
    };
    await node.stop({ keepData: true });
    const db = new Level<string, unknown>(node.dataDir, { valueEncoding: 'json' });
    const offline = db.sublevel<string, unknown>('offline', { valueEncoding: 'json' });
    const key = (seq: number) => `${aliceAddress}\x00${seq.toString(16).padStart(13, '0')}`;
    await offline.put(key(900_001), await record(900_001, eveIdentity, 'really from eve'));
    await offline.put(key(900_002), await record(900_002, generateIdentity(), 'forged by the node'));
    await db.close();
    node = await startTestNode({ dataDir: node.dataDir, port: node.port });
    const r = await alice.run(['buddies']);
    expect(r.code, r.stderr).toBe(0);
    const texts = (await alice.json(['history', 'eve'])).map((m: { text: string }) => m.text);
    expect(texts).toContain('really from eve');
    expect(texts).not.toContain('forged by the node');
  });
});
