// `natter chat` in a real pseudo-terminal (tmux, 80x24), chatting with a
// bot on `natter rpc` through a real node: typing, message states, a
// message arriving while typing, slash commands, resizing, /quit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NATTER_BIN } from '../../../test/support/cli.js';
import { NatterUser, befriend, tempRoot, type RpcProcess } from '../../../test/support/natter-user.js';
import { TmuxPane, tmuxMissing } from '../../../test/support/tmux.js';

const missing = tmuxMissing('packages/cli/test/chat.int.test.ts');

let node: TestNode;
let root: string;
let pane: TmuxPane | undefined;
let amy: RpcProcess | undefined;

beforeAll(async () => {
  if (missing) return;
  node = await startTestNode();
  root = tempRoot('natter-cli-tty-');
});

afterAll(async () => {
  amy?.kill();
  await pane?.kill();
  await node?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const bottom = (rows: string[]) => rows[rows.length - 1] ?? '';
const has = (re: RegExp) => (rows: string[]) => rows.some((r) => re.test(r));

describe.skipIf(missing)('natter chat in a terminal', () => {
  it('types, sends, receives while typing, slash commands, survives a resize, /quit exits 0', async () => {
    const amyUser = new NatterUser('amy', node.url, root);
    const bob = new NatterUser('bob', node.url, root);
    await Promise.all([amyUser.register(), bob.register()]);
    await befriend(bob, amyUser);
    amy = await amyUser.rpc();

    pane = await TmuxPane.start([process.execPath, NATTER_BIN, 'chat', 'amy', '--home', bob.home], { cols: 80, rows: 24, env: { NO_COLOR: '1' }, dir: root });
    // The status line goes online during the login; the welcome line comes
    // just after it (controller.open()), so wait for both before looking.
    // (the line may wrap before its last word on an 80-column pane)
    const welcome = /\* natter chat as bob on wss:\/\/127\.0\.0\.1:\d+\/; \/help lists the/;
    let rows = await pane.waitFor((r) => has(/node online \| amy: online/)(r) && has(welcome)(r), 'the status line online with amy, and the welcome');
    expect(rows).toHaveLength(24);
    expect(rows[22]).toMatch(/^ bob \| node online \| amy: online, (relayed|direct), NAT \S+/);
    expect(bottom(rows)).toBe('[amy]');
    expect(rows.some((r) => welcome.test(r))).toBe(true);

    // Typing a message: it appears with its state, which moves on to delivered.
    await pane.type('hello amy');
    await pane.waitFor((r) => bottom(r) === '[amy] hello amy', 'the typed text on the input line');
    await pane.press('Enter');
    rows = await pane.waitFor(has(/^\d\d:\d\d:\d\d bob -> amy: hello amy {2}\[delivered, (relayed|direct)\]$/), 'the message delivered');
    expect(bottom(rows)).toBe('[amy]');
    await amy.waitFor((l) => l.event === 'message' && l.from === 'bob' && l.text === 'hello amy');

    // A message arrives while bob is typing: shown above, the input line intact.
    await pane.type('half typed');
    await pane.waitFor((r) => bottom(r) === '[amy] half typed', 'the half typed line');
    expect((await amy.call({ cmd: 'send', to: 'bob', text: 'ping while you type' })).ok).toBe(true);
    rows = await pane.waitFor(has(/^\d\d:\d\d:\d\d amy: ping while you type$/), "amy's message");
    expect(bottom(rows)).toBe('[amy] half typed');
    await pane.type(' and finished');
    await pane.press('Enter');
    await amy.waitFor((l) => l.event === 'message' && l.text === 'half typed and finished');

    // Slash commands.
    await pane.type('/buddies');
    await pane.press('Enter');
    await pane.waitFor(has(/\* >amy +online +(relay|direct) +\S+$/), '/buddies listing amy');
    await pane.type('/status away at lunch');
    await pane.press('Enter');
    rows = await pane.waitFor(has(/\* you are away: at lunch$/), '/status confirmed');
    expect(rows[22]).toMatch(/^ bob \(away\) \| node online/);
    await amy.waitFor((l) => l.event === 'presence' && l.buddy === 'bob' && l.status === 'away' && l.text === 'at lunch');
    await pane.type('/path');
    await pane.press('Enter');
    await pane.waitFor(has(/\* amy: (relayed through the node|direct, peer to peer over UDP)/), '/path');
    await pane.type('/help');
    await pane.press('Enter');
    rows = await pane.waitFor(has(/\* \/quit +leave/), '/help');
    expect(rows.some((r) => /\* \/msg USER \[TEXT\] +talk to USER/.test(r))).toBe(true);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(80);

    // Resizing: the status and input lines move to the new bottom.
    await pane.type('draft');
    await pane.resize(100, 30);
    rows = await pane.waitFor((r) => r.length === 30 && bottom(r) === '[amy] draft' && /^ bob \(away\) \| node online/.test(r[28] ?? ''), 'the layout at 100x30');
    await pane.resize(60, 15);
    rows = await pane.waitFor((r) => r.length === 15 && bottom(r) === '[amy] draft' && /^ bob \(away\)/.test(r[13] ?? ''), 'the layout at 60x15');
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(60);

    // /quit: exit 0, and amy sees bob leave.
    await pane.press('C-u');
    await pane.type('/quit');
    await pane.press('Enter');
    expect(await pane.exitCode()).toBe(0);
    await amy.waitFor((l) => l.event === 'presence' && l.buddy === 'bob' && l.online === false);
    expect(await amy.end()).toBe(0);
  });
});
