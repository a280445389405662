// `natter notify`, `natter send --via` and rpc's notify and via, with the
// real binary against a node that mails to a real SMTP server (smtp-server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, befriend, tempRoot, type RpcProcess } from '../../../test/support/natter-user.js';
import { startMailSink, smtpOptionsFor, type MailSink } from '../../../test/support/mail-sink.js';

let node: TestNode;
let sink: MailSink;
let root: string;
const rpcs: RpcProcess[] = [];

beforeAll(async () => {
  sink = await startMailSink();
  node = await startTestNode({ notify: { smtp: smtpOptionsFor(sink), pollMs: 50, minDelayMs: 200 } });
  root = tempRoot('natter-cli-notify-');
});

afterAll(async () => {
  for (const r of rpcs) r.kill();
  await node?.stop();
  await sink?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('natter notify and send --via', () => {
  it('adds and verifies an email channel, sets quiet hours and who may send; send --via asks for consent and mails the text', async () => {
    const bob = new NatterUser('bob', node.url, root);
    const alice = new NatterUser('alice', node.url, root);
    await Promise.all([bob.register(), alice.register()]);
    await befriend(alice, bob);

    const added = await bob.run(['notify', 'add', 'email', 'bob@example.org']);
    expect(added.code, added.stderr).toBe(0);
    const id = /added email (e[0-9a-f]{6})/.exec(added.stdout)![1]!;
    const mail = await sink.next((m) => m.to.includes('bob@example.org'));
    const code = /code is (\d{6})/.exec(mail.text)![1]!;
    const wrong = await bob.run(['notify', 'verify', id, code === '111111' ? '222222' : '111111']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/wrong code; 4 more tries .*\(NOTIFY_CODE_INVALID\)/);
    const ok = await bob.run(['notify', 'verify', id, code]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`${id} +email +bob@example.org +\\(active\\)`));

    expect((await bob.run(['notify', 'quiet', '22:00-07:00', '--tz', 'Europe/Berlin'])).code).toBe(0);
    expect((await bob.run(['notify', 'allow', 'alice'])).code).toBe(0);
    const list = await bob.json(['notify', 'list']);
    expect(list).toMatchObject({ quiet: { from: '22:00', to: '07:00', timeZone: 'Europe/Berlin' }, allow: ['alice'], available: ['email', 'webhook'], channels: [{ id, state: 'active' }] });

    // Strict: an unknown option, a bad kind, a bad range are usage errors.
    expect((await bob.run(['notify', 'add', 'email', 'x@example.org', '--force'])).stderr).toMatch(/unknown option --force.*\(USAGE\)/);
    expect((await bob.run(['notify', 'add', 'pager', '123'])).code).toBe(1);
    expect((await bob.run(['notify', 'quiet', '25:00-07:00'])).stderr).toMatch(/HH:MM-HH:MM.*\(USAGE\)/);
    expect((await bob.run(['notify', 'add', 'sms', '+15551234567'])).stderr).toMatch(/no SMS gateway \(NOTIFY_UNAVAILABLE\)/);

    // No terminal to ask on: refused before anything leaves.
    const refused = await alice.run(['send', 'bob', 'at the gate', '--via', 'email']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/leaves end-to-end encryption.*--yes.*\(CONFIRMATION_REQUIRED\)/);
    const sent = await alice.run(['send', 'bob', 'at the gate', '--via', 'email', '--yes']);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/queued for bob by email \(not end-to-end encrypted/);
    const extended = await sink.next((m) => m.subject === 'natter: message from alice');
    expect(extended.text).toContain('at the gate');
    expect(sink.mails.filter((m) => m.subject === 'natter: message from alice')).toHaveLength(1);

    // The operator's view.
    const admin = await bob.run(['admin', 'notify', '--data-dir', node.dataDir]);
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toContain('sends by: email on, sms off, webhook on');
    expect(admin.stdout).toMatch(/queue: +queued none; sending none; sent \(last day\) [1-9]\d* email/);

    const removed = await bob.run(['notify', 'remove', id]);
    expect(removed.stdout).toMatch(/removed/);
    expect((await alice.run(['send', 'bob', 'again', '--via', 'email', '--yes'])).stderr).toMatch(/EXTENDED_NO_CHANNEL/);
  });

  it('rpc: notify actions and an extended send that needs "confirm": true', async () => {
    const carol = new NatterUser('carol', node.url, root);
    const dan = new NatterUser('dan', node.url, root);
    await Promise.all([carol.register(), dan.register()]);
    const c = await carol.rpc();
    rpcs.push(c);
    const added = await c.call({ cmd: 'notify', action: 'add', kind: 'email', address: 'carol@example.org' });
    expect(added).toMatchObject({ ok: true, added: { channel: { kind: 'email', state: 'unverified' } } });
    const code = /code is (\d{6})/.exec((await sink.next((m) => m.to.includes('carol@example.org'))).text)![1]!;
    const verified = await c.call({ cmd: 'notify', action: 'verify', channel: added.added.channel.id, code });
    expect(verified.settings.channels[0].state).toBe('active');
    expect((await c.call({ cmd: 'notify', action: 'allow', user: 'dan' })).settings.allow).toEqual(['dan']);
    expect(await c.call({ cmd: 'notify', action: 'every', duration: 'login' })).toMatchObject({ ok: true, settings: { everyMs: 0 } });
    expect(await c.call({ cmd: 'notify', action: 'bogus' })).toMatchObject({ ok: false, error: { code: 'RPC_BAD_REQUEST' } });
    const d = await dan.rpc();
    rpcs.push(d);
    expect(await d.call({ cmd: 'send', to: 'carol', text: 'hi', via: 'email' })).toMatchObject({ ok: false, error: { code: 'CONFIRMATION_REQUIRED' } });
    const sent = await d.call({ cmd: 'send', to: 'carol', text: 'by mail', via: 'email', confirm: true });
    expect(sent).toMatchObject({ ok: true, via: 'email', state: 'queued', endToEnd: false });
    expect((await sink.next((m) => m.subject === 'natter: message from dan')).messageId).toBe(`<${sent.id}@127.0.0.1>`);
  });
});
