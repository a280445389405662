// Extended delivery against real receivers on loopback: an SMTP server
// (STARTTLS, AUTH) that gets the verification code and the notification,
// a webhook receiver that checks signatures and fails on purpose, an SMS
// gateway speaking natter's documented shape. Notifications carry counts
// and names, never message content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { befriend, registerAndLogin, login, ControlClient } from '../../../test/support/control-client.js';
import { startMailSink, smtpOptionsFor, type MailSink } from '../../../test/support/mail-sink.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver.js';
import { verifySignature } from '../src/notify/signature.js';
import { httpGet } from '../../../test/support/node-probes.js';
import { generateIdentity, identityPublicKey, signDeviceCertificate } from '@natter/peer';

const EMAIL = 1;
const SMS = 2;
const WEBHOOK = 3;
const ACTIVE = 2;
const DISABLED = 3;

interface GatewayCall {
  body: { id: string; to: string; text: string; purpose: string };
  signed: boolean;
}

/** The operator's SMS gateway: natter's signed JSON in, 200 out. */
async function startSmsGateway(secret: string): Promise<{ url: string; calls: GatewayCall[]; server: Server }> {
  const calls: GatewayCall[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      calls.push({ body: JSON.parse(raw), signed: verifySignature(req.headers['natter-signature'] as string, Buffer.from(secret), raw, Date.now()).ok });
      res.writeHead(200).end('{"queued":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, calls, server };
}

const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1];
const until = async <T>(fn: () => T | undefined, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('extended delivery', () => {
  let node: TestNode;
  let sink: MailSink;
  let hook: WebhookReceiver;
  let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  const open: ControlClient[] = [];

  beforeAll(async () => {
    sink = await startMailSink();
    hook = await startWebhookReceiver();
    gateway = await startSmsGateway('gateway-secret');
    node = await startTestNode({
      notify: {
        smtp: smtpOptionsFor(sink),
        sms: { url: gateway.url, secret: 'gateway-secret' },
        allowPrivateWebhooks: true,
        retryBaseMs: 100,
        retryMaxMs: 400,
        pollMs: 50,
        minDelayMs: 200,
        disableAfterFailures: 3,
        publicUrl: 'https://chat.node.test:7878',
      },
    });
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await node?.stop();
    await sink?.close();
    await hook?.close();
    gateway?.server.close();
  });

  it('email: a code goes to the address by SMTP; a wrong code is refused, the right one verifies it', async () => {
    const bob = await registerAndLogin(node.url, 'bob');
    open.push(bob.client);
    const added = await bob.client.call({ notifyAdd: { kind: EMAIL, address: 'Bob@Example.ORG' } });
    const channel = added.notifyAdded!.channel!;
    expect(channel).toMatchObject({ kind: EMAIL, address: 'Bob@example.org', state: 1 });
    const mail = await sink.next((m) => m.to.includes('Bob@example.org'));
    expect(mail.subject).toMatch(/verification code \d{6}/);
    expect(mail.headers['list-unsubscribe']).toMatch(/^<https:\/\/chat\.node\.test:7878\/unsubscribe\?t=[a-z2-7]{24}>$/);
    const code = codeIn(mail.text)!;
    const wrong = code === '000000' ? '000001' : '000000';
    await expect(bob.client.call({ notifyVerify: { channelId: channel.id, code: wrong } })).rejects.toMatchObject({ code: 'NOTIFY_CODE_INVALID' });
    const verified = await bob.client.call({ notifyVerify: { channelId: channel.id, code } });
    expect(verified.notifySettings!.channels!.find((c) => c.id === channel.id)!.state).toBe(ACTIVE);
    // An unverified address got exactly one mail: the code.
    expect(sink.mails.filter((m) => m.to.includes('Bob@example.org'))).toHaveLength(1);
  });

  it('a webhook is verified by a signed challenge it answers with the HMAC, and an SMS number by its code', async () => {
    const bob = await login(node.url, 'bob', 'correct horse');
    open.push(bob.client);
    const added = await bob.client.call({ notifyAdd: { kind: WEBHOOK, address: hook.url } });
    const id = added.notifyAdded!.channel!.id!;
    // Without the secret the receiver cannot answer: refused.
    await expect(bob.client.call({ notifyVerify: { channelId: id } })).rejects.toMatchObject({ code: 'NOTIFY_VERIFY_FAILED' });
    hook.secret = Buffer.from(added.notifyAdded!.secret!);
    const verified = await bob.client.call({ notifyVerify: { channelId: id } });
    expect(verified.notifySettings!.channels!.find((c) => c.id === id)!.state).toBe(ACTIVE);
    expect(hook.calls.filter((c) => c.body.type === 'verify' && c.signed)).toHaveLength(1);

    const sms = await bob.client.call({ notifyAdd: { kind: SMS, address: '+1 555 123 4567' } });
    const smsId = sms.notifyAdded!.channel!.id!;
    const text = await until(() => gateway.calls.find((c) => c.body.to === '+15551234567'));
    expect(text.signed).toBe(true);
    expect(text.body.purpose).toBe('verify');
    await bob.client.call({ notifyVerify: { channelId: smsId, code: codeIn(text.body.text)! } });
    const list = await bob.client.call({ notifyList: {} });
    // The number is masked in lists.
    expect(list.notifySettings!.channels!.find((c) => c.id === smsId)).toMatchObject({ state: ACTIVE, address: '+15******567' });
  });

  it('notification: after the delay, one email, webhook call and SMS with counts and names, and no message content', async () => {
    const bob = await login(node.url, 'bob', 'correct horse');
    await bob.client.call({ notifyConfigure: { delayMs: 300 } });
    await bob.client.call({ notifyConfigure: { everyMs: 3600_000 } });
    const alice = await registerAndLogin(node.url, 'alice');
    const carol = await registerAndLogin(node.url, 'carol');
    open.push(alice.client, carol.client);
    await befriend(alice, 'alice', bob, 'bob');
    await befriend(carol, 'carol', bob, 'bob');
    await bob.client.close();
    hook.calls.length = 0;
    const storedAt = Date.now();
    for (let i = 0; i < 2; i++) await alice.client.call({ offlineStore: { to: 'bob', messageId: Buffer.from(`a${i}`), sealed: Buffer.from(`SECRET-TEXT-${i} meet at the gate`) } });
    await carol.client.call({ offlineStore: { to: 'bob', messageId: Buffer.from('c0'), sealed: Buffer.from('SECRET-TEXT-c') } });

    const mail = await sink.next((m) => m.subject.includes('new messages'));
    expect(Date.now() - storedAt).toBeGreaterThanOrEqual(300);
    expect(mail.subject).toBe('natter: 3 new messages from alice and carol');
    expect(mail.text).toContain('2 messages from alice');
    expect(mail.text).toContain('1 message from carol');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@chat\.node\.test>$/);
    const call = await hook.next((c) => c.body.type === 'notification');
    expect(call.signed).toBe(true);
    expect(call.body).toMatchObject({ to: 'bob', total: 3, counts: [{ from: 'alice', messages: 2 }, { from: 'carol', messages: 1 }] });
    expect(call.headers['idempotency-key']).toBe(call.body.id);
    const sms = await until(() => gateway.calls.find((c) => c.body.purpose === 'notification'));
    expect(sms.body.text).toContain('3 new messages from alice and carol');
    for (const leaked of [mail.raw, call.raw, JSON.stringify(sms.body)]) {
      expect(leaked).not.toContain('SECRET-TEXT');
      expect(leaked).not.toContain('gate');
      expect(leaked).not.toContain(Buffer.from('SECRET-TEXT-0 meet at the gate').toString('base64'));
    }
    // At most once per period: another message brings no second notification.
    await alice.client.call({ offlineStore: { to: 'bob', messageId: Buffer.from('a9'), sealed: Buffer.from('more') } });
    await new Promise((r) => setTimeout(r, 800));
    expect(sink.mails.filter((m) => m.subject.includes('new messages'))).toHaveLength(1);
    expect(hook.calls.filter((c) => c.body.type === 'notification')).toHaveLength(1);
  });

  it('a user with two devices is notified of each message once, by the sender\'s name, and not of sync copies of their own', async () => {
    const desk = await ControlClient.connect(node.url);
    const laptop = await ControlClient.connect(node.url);
    open.push(desk, laptop);
    const deskKey = generateIdentity();
    const laptopKey = generateIdentity();
    const loginAs = (client: ControlClient, key: typeof deskKey) => client.call({ login: { username: 'dana', password: 'correct horse', clientVersion: 'natter-test/0', identityKey: identityPublicKey(key) } });
    await desk.call({ register: { username: 'dana', password: 'correct horse', identityKey: identityPublicKey(deskKey) } });
    const deskId = Buffer.from((await loginAs(desk, deskKey)).loginOk!.deviceId!);
    const laptopId = Buffer.from((await loginAs(laptop, laptopKey)).loginOk!.deviceId!);
    const certificate = await signDeviceCertificate(deskKey, { user: 'dana', deviceId: laptopId, deviceKey: identityPublicKey(laptopKey), name: 'laptop', signerDeviceId: deskId, issuedAtMs: Date.now() });
    await desk.call({ deviceApprove: { certificate } });
    const added = await desk.call({ notifyAdd: { kind: SMS, address: '+1 555 000 1111' } });
    const code = await until(() => gateway.calls.find((c) => c.body.to === '+15550001111'));
    await desk.call({ notifyVerify: { channelId: added.notifyAdded!.channel!.id, code: codeIn(code.body.text)! } });
    await desk.call({ notifyConfigure: { delayMs: 300 } });
    const alice = await login(node.url, 'alice', 'correct horse');
    open.push(alice.client);
    await befriend(alice, 'alice', { client: desk }, 'dana');
    // The desk writes to alice and keeps a sync copy for the laptop, which is offline (approval closed its session).
    await desk.call({ offlineStore: { to: `dana/${laptopId.toString('hex')}`, messageId: Buffer.from('sync0'), sealed: Buffer.from('mine') } });
    await desk.close();
    // alice's one message, sealed to each of dana's devices.
    for (const id of [deskId, laptopId]) await alice.client.call({ offlineStore: { to: `dana/${id.toString('hex')}`, messageId: Buffer.from('d0'), sealed: Buffer.from('x') } });
    const sms = await until(() => gateway.calls.find((c) => c.body.purpose === 'notification' && c.body.to === '+15550001111'));
    expect(sms.body.text).toContain('1 new message from alice');
    expect(sms.body.text).not.toContain('dana');
  });

  it('extended message: only from allowed senders, by a verified channel; the text goes out with a Message-ID', async () => {
    const bob = await login(node.url, 'bob', 'correct horse');
    open.push(bob.client);
    const alice = await login(node.url, 'alice', 'correct horse');
    open.push(alice.client);
    const send = () => alice.client.call({ extendedSend: { to: 'bob', via: EMAIL, text: 'at the gate, 5 min', messageId: Buffer.from('x1') } });
    await expect(send()).rejects.toMatchObject({ code: 'EXTENDED_NOT_ALLOWED' });
    // Nobody, and no such user, look the same.
    await expect(alice.client.call({ extendedSend: { to: 'nosuchuser', via: EMAIL, text: 'hi' } })).rejects.toMatchObject({ code: 'EXTENDED_NOT_ALLOWED' });
    await bob.client.call({ notifyConfigure: { allow: 'alice' } });
    const queued = await send();
    const id = queued.extendedQueued!.id!;
    const mail = await sink.next((m) => m.subject === 'natter: message from alice');
    expect(mail.text).toContain('at the gate, 5 min');
    expect(mail.messageId).toBe(`<${id}@chat.node.test>`);
    // The same request again (a retry after a lost answer) is the same item: not sent twice.
    expect((await send()).extendedQueued!.id).toBe(id);
    await expect(alice.client.call({ extendedSend: { to: 'bob', via: SMS, text: 'x'.repeat(321) } })).rejects.toMatchObject({ code: 'EXTENDED_TOO_LONG' });
    await bob.client.call({ notifyConfigure: { deny: 'alice' } });
    await expect(send()).rejects.toMatchObject({ code: 'EXTENDED_NOT_ALLOWED' });
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.mails.filter((m) => m.messageId === `<${id}@chat.node.test>`)).toHaveLength(1);
  });

  it('a failing webhook is retried with backoff, the same id each time, and disabled after repeated failures', async () => {
    const dave = await registerAndLogin(node.url, 'dave');
    open.push(dave.client);
    const flaky = await startWebhookReceiver('/flaky');
    try {
      const added = await dave.client.call({ notifyAdd: { kind: WEBHOOK, address: flaky.url } });
      flaky.secret = Buffer.from(added.notifyAdded!.secret!);
      const id = added.notifyAdded!.channel!.id!;
      await dave.client.call({ notifyVerify: { channelId: id } });
      await dave.client.call({ notifyConfigure: { allow: 'alice' } });
      const alice = await login(node.url, 'alice', 'correct horse');
      open.push(alice.client);
      flaky.failNext(2);
      const queued = await alice.client.call({ extendedSend: { to: 'dave', via: WEBHOOK, text: 'retry me', messageId: Buffer.from('r1') } });
      const ok = await flaky.next((c) => c.body.type === 'message' && c.status === 200);
      const attempts = flaky.calls.filter((c) => c.body.type === 'message');
      // The two failures were real, and each attempt was the same item, freshly signed.
      expect(attempts.map((c) => c.status)).toEqual([503, 503, 200]);
      expect(new Set(attempts.map((c) => c.body.id))).toEqual(new Set([queued.extendedQueued!.id]));
      expect(attempts.every((c) => c.signed)).toBe(true);
      expect(ok.body).toMatchObject({ from: 'alice', text: 'retry me' });
      // Now it fails for good: three deliveries in a row disable it.
      flaky.failNext(1000, 500);
      for (let i = 0; i < 3; i++) await alice.client.call({ extendedSend: { to: 'dave', via: WEBHOOK, text: `fail ${i}`, messageId: Buffer.from(`f${i}`) } }).catch(() => undefined);
      const disabled = await (async () => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const list = await dave.client.call({ notifyList: {} });
          const c = list.notifySettings!.channels!.find((x) => x.id === id)!;
          if (c.state === DISABLED || Date.now() > deadline) return c;
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      expect(disabled.state).toBe(DISABLED);
      expect(disabled.reason).toMatch(/3 failed deliveries in a row; last: HTTP 500/);
      await expect(alice.client.call({ extendedSend: { to: 'dave', via: WEBHOOK, text: 'gone', messageId: Buffer.from('g') } })).rejects.toMatchObject({ code: 'EXTENDED_NO_CHANNEL' });
    } finally {
      await flaky.close();
    }
  });

  it('the unsubscribe link in an email works (GET asks, POST stops it), and so does its code', async () => {
    const erin = await registerAndLogin(node.url, 'erin');
    open.push(erin.client);
    const added = await erin.client.call({ notifyAdd: { kind: EMAIL, address: 'erin@example.org' } });
    const mail = await sink.next((m) => m.to.includes('erin@example.org'));
    const link = /<(https:\/\/[^>]+)>/.exec(mail.headers['list-unsubscribe']!)![1]!;
    const token = new URL(link).searchParams.get('t')!;
    expect(mail.text).toContain(`natter notify unsubscribe ${token}`);
    const page = await httpGet(node.httpUrl, `/unsubscribe?t=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<form method="post"');
    // A GET (a link scanner) changed nothing.
    const before = await erin.client.call({ notifyList: {} });
    expect(before.notifySettings!.channels![0]!.state).toBe(1);
    // RFC 8058 one-click POST.
    // Plain HTTP from loopback (the node's port speaks both).
    const res = await fetch(`http://127.0.0.1:${node.port}/unsubscribe?t=${token}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    const after = await erin.client.call({ notifyList: {} });
    expect(after.notifySettings!.channels![0]).toMatchObject({ id: added.notifyAdded!.channel!.id, state: DISABLED });
    expect(after.notifySettings!.channels![0]!.reason).toMatch(/^unsubscribed/);
    // The code from the same email, over the control channel, without a login.
    const anyone = await ControlClient.connect(node.url);
    open.push(anyone);
    expect((await anyone.call({ notifyUnsubscribe: { code: token } })).body).toBe('ok');
    await expect(anyone.call({ notifyUnsubscribe: { code: 'a'.repeat(24) } })).rejects.toMatchObject({ code: 'NOTIFY_NO_SUCH_CHANNEL' });
  });

  it('/metrics counts hand-offs and the queue', async () => {
    const text = (await httpGet(node.httpUrl, '/metrics')).body;
    expect(text).toMatch(/natter_notify_outbound_total\{kind="email",purpose="notification",result="sent"\} 1/);
    expect(text).toMatch(/natter_notify_outbound_total\{kind="webhook",purpose="message",result="retry"\} [1-9]/);
    expect(text).toMatch(/natter_notify_queue\{state="sent",kind="email"\} [1-9]/);
    expect(text).toMatch(/natter_notify_channels_disabled_total\{kind="email",why="unsubscribed"\} 1/);
  });
});

describe('a node without SMTP, SMS gateway or private webhooks', () => {
  let node: TestNode;
  let resolved = '203.0.113.7';
  beforeAll(async () => {
    node = await startTestNode({ resolver: async () => [{ address: resolved, family: 4 }] });
  });
  afterAll(() => node?.stop());

  it('says email and SMS are off, and refuses webhooks to loopback, private and rebinding names', async () => {
    const fay = await registerAndLogin(node.url, 'fay');
    try {
      await expect(fay.client.call({ notifyAdd: { kind: EMAIL, address: 'fay@example.org' } })).rejects.toMatchObject({ code: 'NOTIFY_UNAVAILABLE', message: expect.stringMatching(/no SMTP server/) });
      await expect(fay.client.call({ notifyAdd: { kind: SMS, address: '+15551234567' } })).rejects.toMatchObject({ code: 'NOTIFY_UNAVAILABLE' });
      expect((await fay.client.call({ notifyList: {} })).notifySettings!.available).toEqual([WEBHOOK]);
      for (const url of ['http://127.0.0.1:9/x', 'http://[::1]/x', 'https://localhost/x', 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data', 'http://[::ffff:127.0.0.1]/']) {
        await expect(fay.client.call({ notifyAdd: { kind: WEBHOOK, address: url } }), url).rejects.toMatchObject({ code: 'NOTIFY_URL_FORBIDDEN' });
      }
      await expect(fay.client.call({ notifyAdd: { kind: WEBHOOK, address: 'ftp://example.org/' } })).rejects.toMatchObject({ code: 'NOTIFY_ADDRESS_INVALID' });
      // A name that resolved to a public address when added, and to loopback at the challenge: refused at connect time.
      const added = await fay.client.call({ notifyAdd: { kind: WEBHOOK, address: 'https://hooks.example.test/natter' } });
      resolved = '127.0.0.1';
      await expect(fay.client.call({ notifyVerify: { channelId: added.notifyAdded!.channel!.id } })).rejects.toMatchObject({ code: 'NOTIFY_URL_FORBIDDEN' });
    } finally {
      await fay.client.close();
    }
  });
});
