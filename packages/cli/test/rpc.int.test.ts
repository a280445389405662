// `natter rpc` driven the way a script or bot drives it: spawn it, write
// JSON lines, read replies and events; two of them chatting through a real
// node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, befriend, tempRoot, type RpcProcess } from '../../../test/support/natter-user.js';

let node: TestNode;
let root: string;
const rpcs: RpcProcess[] = [];

beforeAll(async () => {
  node = await startTestNode();
  root = tempRoot('natter-cli-rpc-');
});

afterAll(async () => {
  for (const r of rpcs) r.kill();
  await node?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('natter rpc', () => {
  it('two bots chat both ways: replies, message and state events, buddies, status, path, errors, stdin close exits 0', async () => {
    const ann = new NatterUser('ann', node.url, root);
    const ben = new NatterUser('ben', node.url, root);
    const cat = new NatterUser('cat', node.url, root);
    await Promise.all([ann.register(), ben.register(), cat.register()]);
    await befriend(ann, ben);
    const a = await ann.rpc();
    rpcs.push(a);
    const b = await ben.rpc();
    rpcs.push(b);
    expect(a.lines.find((l) => l.event === 'ready')).toMatchObject({ user: 'ann', server: node.url, fingerprint: expect.any(String) });
    expect(a.lines.find((l) => l.event === 'connection')).toEqual({ event: 'connection', state: 'online' });
    await a.waitFor((l) => l.event === 'presence' && l.buddy === 'ben' && l.online === true);

    // ann -> ben: the reply carries the id, then state events up to delivered.
    const sent = await a.call({ cmd: 'send', to: 'ben', text: 'hello ben' });
    expect(sent).toMatchObject({ ok: true, id: expect.stringMatching(/^[0-9a-f]{32}$/), state: 'sending' });
    const got = await b.waitFor((l) => l.event === 'message' && l.text === 'hello ben');
    expect(got).toMatchObject({ from: 'ann', id: sent.id, path: expect.stringMatching(/^(relay|direct)$/), at: expect.any(Number) });
    await a.waitFor((l) => l.event === 'state' && l.id === sent.id && l.state === 'delivered');
    // A state may repeat when its path changes or becomes known (relayed,
    // then direct); it never goes back from 'delivered'.
    const states = a.lines.filter((l) => l.event === 'state' && l.id === sent.id).map((l) => l.state);
    expect(states).not.toContain('sending');
    expect(states.slice(states.indexOf('delivered')).every((s) => s === 'delivered')).toBe(true);

    // ben -> ann.
    const back = await b.call({ cmd: 'send', to: 'ben'.replace('ben', 'ann'), text: 'hi ann' });
    expect(back.ok).toBe(true);
    await a.waitFor((l) => l.event === 'message' && l.from === 'ben' && l.text === 'hi ann');
    await b.waitFor((l) => l.event === 'state' && l.id === back.id && l.state === 'delivered');

    // buddies, status (ann sees ben away), path, history, verify.
    const list = await a.call({ cmd: 'buddies' });
    expect(list).toMatchObject({ ok: true, buddies: [{ username: 'ben', online: true, status: 'online' }], incoming: [], outgoing: [] });
    expect(await b.call({ cmd: 'status', status: 'away', text: 'at lunch' })).toMatchObject({ ok: true, status: 'away' });
    await a.waitFor((l) => l.event === 'presence' && l.buddy === 'ben' && l.status === 'away' && l.text === 'at lunch');
    expect(await a.call({ cmd: 'path', buddy: 'ben' })).toMatchObject({ ok: true, buddy: 'ben', path: expect.stringMatching(/^(relay|direct)$/) });
    const hist = await a.call({ cmd: 'history', with: 'ben', limit: 10 });
    expect(hist.messages.map((m: { text: string }) => m.text)).toEqual(['hello ben', 'hi ann']);
    const va = await a.call({ cmd: 'verify', user: 'ben' });
    const vb = await b.call({ cmd: 'verify', user: 'ann' });
    expect(va.safetyNumber).toMatch(/^\d{5}( \d{5}){11}$/);
    expect(va.safetyNumber).toBe(vb.safetyNumber);

    // A buddy request arrives as an event and is accepted over rpc.
    await cat.run(['buddies', 'add', 'ann']);
    await a.waitFor((l) => l.event === 'buddy-request' && l.from === 'cat');
    expect(await a.call({ cmd: 'accept', user: 'cat' })).toMatchObject({ ok: true, user: 'cat', buddy: true });

    // Malformed input: an error reply with a code; the process carries on.
    a.write('this is not json');
    await a.waitFor((l) => l.ok === false && l.error?.code === 'RPC_BAD_JSON');
    expect(await a.call({ cmd: 'send', to: 'zed', text: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_A_BUDDY' } });
    expect(await a.call({ cmd: 'teleport' })).toMatchObject({ ok: false, error: { code: 'RPC_UNKNOWN_COMMAND' } });
    expect(await a.call({ cmd: 'buddies' })).toMatchObject({ ok: true });
    expect(a.lines.some((l) => 'unparsable' in l)).toBe(false);

    // Closing stdin ends it cleanly; ben sees ann go offline.
    expect(await a.end()).toBe(0);
    await b.waitFor((l) => l.event === 'presence' && l.buddy === 'ann' && l.online === false);
    expect(await b.end()).toBe(0);
  });

  it('without a profile it exits 3 with a JSON error line', async () => {
    const nobody = new NatterUser('nobody', node.url, root);
    const r = await nobody.run(['rpc']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'NO_PROFILE' } });
  });
});
