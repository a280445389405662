// Extended delivery survives kill -9 of the node: notifications and
// extended messages queued while the SMTP server is down are all handed
// off after a restart, each once. A kill inside the hand-off window (the
// SMTP server has the message, the node has not heard so) is the one
// place a copy goes twice, and then it carries the same Message-ID.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnNode, type NodeProcess } from './bench/support/node-process.js';
import { befriend, login, registerAndLogin, type ControlClient } from './support/control-client.js';
import { startMailSink, smtpOptionsFor, type MailSink } from './support/mail-sink.js';
import { adminCommand } from './support/admin-client.js';

const EMAIL = 1;
const RECEIVERS = 6;

describe('extended delivery and kill -9', () => {
  let sink: MailSink;
  let parent: string;
  let node: NodeProcess | undefined;
  const open: ControlClient[] = [];

  beforeAll(async () => {
    sink = await startMailSink();
    parent = mkdtempSync(join(tmpdir(), 'natter-notify-kill9-'));
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
    if (node && node.child.exitCode === null) node.child.kill('SIGKILL');
    await sink?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  const dataDir = () => join(parent, 'node');
  const start = () =>
    spawnNode({
      dataDir: dataDir(),
      config: {
        scryptN: 1024,
        logLevel: 'error',
        notify: { smtp: smtpOptionsFor(sink), pollMs: 50, retryBaseMs: 200, retryMaxMs: 400, maxAttempts: 1000, minDelayMs: 200, leaseMs: 2000, publicUrl: 'https://kill9.node.test' },
      },
    });
  const kill9 = async (victim: NodeProcess) => {
    victim.child.kill('SIGKILL');
    if (victim.child.exitCode === null && victim.child.signalCode === null) await new Promise((r) => victim.child.once('exit', r));
  };
  const queue = async () => (await adminCommand<{ queue: Array<{ state: string; kind: string; count: number }> }>(join(dataDir(), 'admin.sock'), { cmd: 'notify' })).result!.queue;

  it('loses none of the queued notifications and extended messages, and sends none twice', async () => {
    node = await start();
    const alice = await registerAndLogin(node.url, 'alice');
    open.push(alice.client);
    // Receivers with a verified email each, allowing alice, offline.
    for (let i = 0; i < RECEIVERS; i++) {
      const name = `rcv${i}`;
      const r = await registerAndLogin(node.url, name);
      const added = await r.client.call({ notifyAdd: { kind: EMAIL, address: `${name}@example.org` } });
      const code = /code is (\d{6})/.exec((await sink.next((m) => m.to.includes(`${name}@example.org`))).text)![1]!;
      await r.client.call({ notifyVerify: { channelId: added.notifyAdded!.channel!.id, code } });
      await r.client.call({ notifyConfigure: { delayMs: 200 } });
      await r.client.call({ notifyConfigure: { allow: 'alice' } });
      await befriend(alice, 'alice', r, name);
      await r.client.close();
    }
    // The SMTP server goes down; messages wait, notifications and extended messages queue up.
    sink.refuse(true);
    const before = sink.mails.length;
    const extendedIds: string[] = [];
    for (let i = 0; i < RECEIVERS; i++) {
      await alice.client.call({ offlineStore: { to: `rcv${i}`, messageId: Buffer.from(`m${i}`), sealed: Buffer.from('sealed') } });
      const q = await alice.client.call({ extendedSend: { to: `rcv${i}`, via: EMAIL, text: `extended ${i}`, messageId: Buffer.from(`x${i}`) } });
      extendedIds.push(q.extendedQueued!.id!);
    }
    // Every notification is queued (after the 200 ms delay), and the hand-offs really fail meanwhile.
    await expect.poll(async () => (await queue()).filter((c) => c.state === 'queued' || c.state === 'sending').reduce((n, c) => n + c.count, 0), { timeout: 10_000 }).toBe(2 * RECEIVERS);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.mails.length).toBe(before);
    await kill9(node);
    await alice.client.closed;

    sink.refuse(false);
    node = await start();
    await expect.poll(() => sink.mails.length - before, { timeout: 15_000 }).toBe(2 * RECEIVERS);
    // Nothing more trickles in: none twice.
    await new Promise((r) => setTimeout(r, 1500));
    const after = sink.mails.slice(before);
    expect(after).toHaveLength(2 * RECEIVERS);
    expect(new Set(after.map((m) => m.messageId)).size).toBe(2 * RECEIVERS);
    for (let i = 0; i < RECEIVERS; i++) {
      const mine = after.filter((m) => m.to.includes(`rcv${i}@example.org`));
      expect(mine.map((m) => m.subject).sort()).toEqual(['natter: 1 new message from alice', 'natter: message from alice']);
      expect(mine.find((m) => m.subject === 'natter: message from alice')!.messageId).toBe(`<${extendedIds[i]}@kill9.node.test>`);
    }
    expect((await queue()).filter((c) => c.state === 'queued' || c.state === 'sending')).toEqual([]);
  }, 90_000);

  it('a kill inside the hand-off window sends that one again after the restart, with the same Message-ID', async () => {
    const alice = await login(node!.url, 'alice', 'correct horse');
    open.push(alice.client);
    // The server takes the data, then holds its answer: the node dies not knowing it was accepted.
    sink.holdData(5000);
    const before = sink.mails.length;
    const id = (await alice.client.call({ extendedSend: { to: 'rcv0', via: EMAIL, text: 'in the window', messageId: Buffer.from('w1') } })).extendedQueued!.id!;
    await expect.poll(() => sink.mails.length - before, { timeout: 10_000 }).toBe(1);
    await kill9(node!);
    sink.holdData(0);
    node = await start();
    await expect.poll(() => sink.mails.length - before, { timeout: 15_000 }).toBe(2);
    const copies = sink.mails.slice(before);
    expect(copies.map((m) => m.messageId)).toEqual([`<${id}@kill9.node.test>`, `<${id}@kill9.node.test>`]);
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.mails.length - before).toBe(2);
    node.child.kill('SIGTERM');
    await new Promise((r) => node!.child.once('exit', r));
  }, 90_000);
});
