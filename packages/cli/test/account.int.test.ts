// The one-shot chat commands as a user runs them: the real binary, two
// --home profiles, a real node (in this process) on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, TEST_PASSWORD, tempRoot, type RpcProcess } from '../../../test/support/natter-user.js';

let node: TestNode;
let root: string;
let alice: NatterUser;
let bob: NatterUser;
const rpcs: RpcProcess[] = [];

beforeAll(async () => {
  node = await startTestNode();
  root = tempRoot('natter-cli-chat-');
  alice = new NatterUser('alice', node.url, root);
  bob = new NatterUser('bob', node.url, root);
});

afterAll(async () => {
  for (const r of rpcs) r.kill();
  await node?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('register, login, whoami, logout', () => {
  it('register saves an owner-only profile; whoami tells who, where, which key, whether a session is saved', async () => {
    const r = await alice.run(['register', 'Alice', '--server', node.url, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/registered alice at wss:\/\/127\.0\.0\.1:\d+\/ and logged in/);
    // First contact: the node's key is pinned, and the user is told which one.
    expect(r.stdout).toContain(`first contact with this node: its key ${node.fingerprint} is now pinned`);
    const profile = join(alice.home, 'config', 'profile.json');
    expect(statSync(profile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(profile, 'utf8'))).toMatchObject({ username: 'alice', server: node.url, resumeToken: expect.any(String), nodeKey: node.fingerprint });
    const me = await alice.json(['whoami']);
    expect(me).toMatchObject({ user: 'alice', server: node.url, session: true, fingerprint: expect.stringMatching(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/) });
    const human = await alice.run(['whoami']);
    expect(human.stdout).toMatch(/^user +alice$/m);
    expect(human.stdout).toMatch(/^session +saved/m);
    await bob.register();
  });

  it('a taken name, a wrong password and an unreachable node each fail with their code', async () => {
    const other = new NatterUser('alice', node.url, root);
    const taken = await other.run(['register', 'alice', '--server', node.url, '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^natter: .*\(USERNAME_TAKEN\)\n$/);
    const wrong = await other.run(['login', 'alice', '--server', node.url, '--password-stdin'], { input: 'not the password\n' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/wrong username or password for alice.*\(AUTH_FAILED\)/);
    const away = await other.run(['login', 'alice', '--server', '127.0.0.1:1', '--password-stdin'], { input: `${TEST_PASSWORD}\n` });
    expect(away.code).toBe(4);
    expect(away.stderr).toMatch(/cannot reach the node at wss:\/\/127\.0\.0\.1:1\/.*\(NODE_UNREACHABLE\)/);
    const none = await other.run(['buddies']);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/no profile in .*natter register USER --server URL.*\(NO_PROFILE\)/);
  });

  it('logout forgets the session (commands then exit 3); login on the same profile keeps the identity key', async () => {
    const before = await alice.json(['whoami']);
    const out = await alice.run(['logout']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/logged out alice/);
    expect((await alice.json(['whoami'])).session).toBe(false);
    const refused = await alice.run(['buddies']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/alice is logged out on this profile: natter login alice \(NOT_LOGGED_IN\)/);
    const login = await alice.run(['login', 'alice', '--password-stdin', '--json'], { input: `${TEST_PASSWORD}\n` });
    expect(login.code, login.stderr).toBe(0);
    expect(JSON.parse(login.stdout)).toMatchObject({ user: 'alice', newDevice: false, fingerprint: before.fingerprint });
    expect((await alice.json(['whoami'])).session).toBe(true);
  });
});

describe('buddies, send, history, verify', () => {
  it('add / accept / list with pending requests on both sides', async () => {
    const add = await alice.run(['buddies', 'add', 'bob']);
    expect(add.stdout).toMatch(/buddy request sent to bob/);
    expect(await alice.json(['buddies'])).toMatchObject({ buddies: [], outgoing: ['bob'], incoming: [] });
    const pending = await bob.run(['buddies']);
    expect(pending.stdout).toMatch(/no buddies yet/);
    expect(pending.stdout).toMatch(/requests from: alice/);
    const acc = await bob.run(['buddies', 'accept', 'alice']);
    expect(acc.stdout).toMatch(/alice is now your buddy/);
    const list = await alice.json(['buddies', 'list']);
    expect(list).toMatchObject({ buddies: [{ username: 'bob', online: false, status: 'offline', path: 'offline' }], outgoing: [] });
    const human = await alice.run(['buddies']);
    expect(human.stdout).toMatch(/^BUDDY +STATUS +PATH +NAT$/m);
    expect(human.stdout).toMatch(/^bob +offline +offline +-$/m);
  });

  it('send: not a buddy fails; to an offline buddy it is stored; --wait delivered to an online buddy; history once; SEND_TIMEOUT', async () => {
    const stranger = await alice.run(['send', 'carol', 'hi']);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toMatch(/carol is not your buddy: natter buddies add carol.*\(NOT_A_BUDDY\)/);

    const stored = await alice.run(['send', 'bob', 'while you were out']);
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout).toMatch(/^stored for bob \(offline\)/);

    const late = await alice.run(['send', 'bob', 'nobody reads this yet', '--wait', 'delivered', '--timeout', '800']);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/not delivered within 800 ms: it is stored, buddy offline.*\(SEND_TIMEOUT\)/);

    // Bob online through rpc: the queued messages arrive as events.
    const bobRpc = await bob.rpc();
    rpcs.push(bobRpc);
    await bobRpc.waitFor((l) => l.event === 'message' && l.text === 'while you were out' && l.path === 'offline');
    const live = await alice.run(['send', 'bob', 'are you there?', '--wait', 'delivered', '--timeout', '30000', '--json'], { timeoutMs: 40_000 });
    expect(live.code, live.stderr).toBe(0);
    expect(JSON.parse(live.stdout)).toMatchObject({ to: 'bob', state: 'delivered', path: expect.stringMatching(/^(relay|direct)$/) });
    await bobRpc.waitFor((l) => l.event === 'message' && l.text === 'are you there?');

    // The history is local: bob's is locked by his running rpc, alice's is free.
    const locked = await bob.run(['history', 'alice']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/\(PROFILE_IN_USE\)/);
    expect(await bobRpc.end()).toBe(0);

    const mine = await alice.json(['history', 'bob']);
    expect(mine.map((e: { text: string }) => e.text)).toEqual(['while you were out', 'nobody reads this yet', 'are you there?']);
    expect(mine.find((e: { text: string }) => e.text === 'are you there?')).toMatchObject({ direction: 'out', from: 'alice', to: 'bob', state: 'delivered' });
    const theirs = await bob.json(['history', 'alice', '--limit', '10']);
    expect(theirs.map((e: { text: string }) => e.text)).toEqual(['while you were out', 'nobody reads this yet', 'are you there?']);
    expect(theirs.every((e: { direction: string; state: string }) => e.direction === 'in' && e.state === 'received')).toBe(true);
    const human = await bob.run(['history', 'alice']);
    expect(human.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}alice -> bob: while you were out {2}\(was offline\)$/m);
  });

  it('verify prints the same safety number on both sides', async () => {
    const a = await alice.run(['verify', 'bob']);
    const b = await bob.run(['verify', 'alice']);
    expect(a.code, a.stderr).toBe(0);
    const digits = (s: string) => s.match(/^ {2}\d{5}( \d{5}){5}$/gm)!.join(' ');
    expect(digits(a.stdout).split(/\s+/).filter(Boolean)).toHaveLength(12);
    expect(digits(a.stdout)).toBe(digits(b.stdout));
    const aj = await alice.json(['verify', 'bob', '--refresh']);
    const bj = await bob.json(['verify', 'alice']);
    expect(aj.safetyNumber).toBe(bj.safetyNumber);
    expect(aj.buddyFingerprint).toBe(bj.myFingerprint);
  });

  it('login from a second --home is a new device that waits until one of alice\'s devices approves it by its code; bob gets every message on both', async () => {
    const phone = new NatterUser('alice', node.url, root);
    const { code, done } = await phone.linkAsNewDevice('phone');
    // A wrong code lets nothing in.
    const wrong = await alice.run(['devices', 'approve', 'AAAAA-AAAAA']);
    expect(wrong.stderr).toMatch(/NO_SUCH_DEVICE/);
    const ok = await alice.run(['devices', 'approve', code]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/approved phone/);
    const login = await done;
    expect(login.code).toBe(0);
    expect(login.printed).toMatch(/new device phone, identity key/);
    const list = (await alice.json(['devices'])).devices;
    expect(list.map((d: { name: string; state: string }) => [d.name, d.state])).toContainEqual(['phone', 'active']);
    // bob sees both of alice's devices, and his message reaches both (no hold: the phone is certified).
    const buddies = await bob.json(['buddies', '--devices']);
    expect(buddies.buddies.find((b: { username: string }) => b.username === 'alice').devices.map((d: { name: string }) => d.name)).toContain('phone');
    const sent = await bob.run(['send', 'alice', 'to every device', '--wait', 'stored']);
    expect(sent.code, sent.stderr).toBe(0);
    // Each device picks it up from the node at its next login (sealed to its own key).
    expect((await phone.run(['buddies'])).code).toBe(0);
    expect((await alice.run(['buddies'])).code).toBe(0);
    expect((await phone.json(['history', 'bob'])).map((m: { text: string }) => m.text)).toContain('to every device');
    expect((await alice.json(['history', 'bob'])).map((m: { text: string }) => m.text)).toContain('to every device');
    // One safety number over alice's two devices, whichever way it is asked: natter verify on each side, and rpc.
    const cli = await bob.json(['verify', 'alice', '--refresh']);
    expect((await alice.json(['verify', 'bob', '--refresh'])).safetyNumber).toBe(cli.safetyNumber);
    const rpc = await bob.rpc();
    try {
      const deadline = Date.now() + 10_000;
      while (!(await rpc.call({ cmd: 'buddies' })).buddies.some((b: { username: string }) => b.username === 'alice') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect((await rpc.call({ cmd: 'verify', user: 'alice' })).safetyNumber).toBe(cli.safetyNumber);
    } finally {
      rpc.kill();
    }
  });

  // Changed with devices (issue 14): a new --home is a pending device; the
  // key change of old is what --new-identity does (every device lost).
  it('login --new-identity from another --home: it says so, and bob is warned that the key changed', async () => {
    const laptop = new NatterUser('alice', node.url, root);
    const r = await laptop.run(['login', 'alice', '--server', node.url, '--password-stdin', '--new-identity'], { input: `${TEST_PASSWORD}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/new identity: every other device of alice is revoked; this device \(key [0-9a-f ]+\) is the first of a new set/);
    const seen = await bob.run(['buddies']);
    expect(seen.code).toBe(0);
    expect(seen.stderr).toMatch(/natter: warning: alice's identity key changed \([0-9a-f ]+ -> [0-9a-f ]+\).*natter verify alice/);
    // The saved number is still the one of the key bob knows; --refresh shows the new one.
    const newKey = (await laptop.json(['whoami'])).fingerprint;
    expect((await bob.json(['verify', 'alice'])).buddyFingerprint).not.toBe(newKey);
    const v = await bob.json(['verify', 'alice', '--refresh']);
    expect(v).toMatchObject({ buddyFingerprint: newKey, keyChanged: true, accepted: false });
    // A message to the changed key is held, and send says so before anything leaves.
    const held = await bob.run(['send', 'alice', 'are you really alice?']);
    expect(held.code).toBe(1);
    expect(held.stderr).toMatch(/alice's identity key changed, so the message is held, not sent.*natter verify alice --accept.*\(KEY_CHANGED\)/);
    expect((await bob.json(['history', 'alice'])).at(-1)).toMatchObject({ text: 'are you really alice?', state: 'held' });
    // Accepting the key sends what was held.
    expect(await bob.json(['verify', 'alice', '--accept'])).toMatchObject({ buddyFingerprint: newKey, keyChanged: true, accepted: true });
    expect((await bob.json(['verify', 'alice'])).buddyFingerprint).toBe(newKey);
    const after = await bob.run(['send', 'alice', 'welcome back', '--wait', 'stored']);
    expect(after.code, after.stderr).toBe(0);
    const sent = (await bob.json(['history', 'alice'])).filter((m: { direction: string }) => m.direction === 'out');
    expect(sent.find((m: { text: string }) => m.text === 'are you really alice?').state).toBe('stored');
  });
});
