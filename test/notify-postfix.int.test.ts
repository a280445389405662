// A real MTA's SMTP server on the other end: Debian postfix's smtp-sink
// takes the node's verification mail and notification (no TLS, no AUTH:
// the plain case of a local relay). Skipped with one line without it
// (apt-get install postfix; .ci/run installs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestNode, type TestNode } from './support/start-test-node.js';
import { befriend, registerAndLogin, type ControlClient } from './support/control-client.js';
import { parseMail, type ReceivedMail } from './support/mail-sink.js';
import { freePort } from './support/free-port.js';

const SMTP_SINK = ['/usr/sbin/smtp-sink', '/usr/lib/postfix/sbin/smtp-sink'].find((p) => existsSync(p));
const blocker = SMTP_SINK ? undefined : 'no smtp-sink (apt-get install postfix)';
if (blocker) console.log(`postfix smtp-sink tier: SKIPPED: ${blocker}`);

describe.skipIf(blocker)('extended delivery to postfix smtp-sink', () => {
  let sink: ChildProcess;
  let dir: string;
  let node: TestNode;
  const open: ControlClient[] = [];

  /** Every message smtp-sink dumped so far (its dump format: envelope lines, then the message after a blank line). */
  const dumped = (): ReceivedMail[] =>
    readdirSync(dir)
      .filter((f) => f.startsWith('mail.'))
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8').replace(/\r?\n/g, '\r\n');
        const to = text.split('\r\n').filter((l) => l.startsWith('X-Rcpt-Args:')).map((l) => l.replace(/^X-Rcpt-Args:\s*<([^>]*)>.*$/, '$1'));
        return parseMail(text, '', to);
      });
  const next = async (pred: (m: ReceivedMail) => boolean): Promise<ReceivedMail> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = dumped().find(pred);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching mail from smtp-sink; got: ${dumped().map((m) => m.subject).join(' | ') || 'none'}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'natter-smtp-sink-'));
    // smtp-sink drops root for the user given; it writes the dumps as that user.
    chmodSync(dir, 0o777);
    const port = await freePort();
    const asUser = process.getuid?.() === 0 ? ['-u', spawnSync('id', ['-u', 'postfix']).status === 0 ? 'postfix' : 'nobody'] : [];
    sink = spawn(SMTP_SINK!, [...asUser, '-d', join(dir, 'mail.'), `127.0.0.1:${port}`, '10'], { stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise((r) => setTimeout(r, 300));
    if (sink.exitCode !== null) throw new Error(`smtp-sink exited ${sink.exitCode}`);
    node = await startTestNode({ notify: { smtp: { host: '127.0.0.1', port, starttls: 'never', from: 'natter <natter@node.test>' }, pollMs: 50, minDelayMs: 200 } });
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await node?.stop();
    sink?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('receives the verification code and a notification with counts and no content', async () => {
    const bob = await registerAndLogin(node.url, 'bob');
    const alice = await registerAndLogin(node.url, 'alice');
    open.push(alice.client);
    await befriend(alice, 'alice', bob, 'bob');
    const added = await bob.client.call({ notifyAdd: { kind: 1, address: 'bob@example.org' } });
    const verification = await next((m) => /verification code/.test(m.subject));
    expect(verification.messageId).toMatch(/@127\.0\.0\.1>$/);
    const code = /code is (\d{6})/.exec(verification.text)![1]!;
    await bob.client.call({ notifyVerify: { channelId: added.notifyAdded!.channel!.id, code } });
    await bob.client.call({ notifyConfigure: { delayMs: 200 } });
    await bob.client.close();
    for (let i = 0; i < 3; i++) await alice.client.call({ offlineStore: { to: 'bob', messageId: Buffer.from(`p${i}`), sealed: Buffer.from(`PLAINTEXT-${i}`) } });
    const notification = await next((m) => m.subject.includes('new message'));
    expect(notification.subject).toBe('natter: 3 new messages from alice');
    expect(notification.text).toContain('3 messages from alice');
    expect(notification.raw).not.toContain('PLAINTEXT');
  });
});
