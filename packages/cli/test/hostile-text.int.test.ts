// Text from others reaches the terminal without control characters: a
// buddy's message, status text and buddy-request greeting carrying escape
// sequences (retitle the window, clear the screen) are printed by history,
// buddies and send with the ESC bytes replaced (docs/security.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, befriend, tempRoot } from '../../../test/support/natter-user.js';

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
