// The offline store (docs/protocol.md "Offline store"; DESIGN.md chat path 3):
// durable before "stored", delivered in order at login, kept until
// acknowledged, idempotent, bounded, expiring, and opaque to the node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { useTestNode } from '../../../test/support/test-node.js';
import { MAX_SEALED_MESSAGE_BYTES, type DecodedControlFrame } from '@natter/wire';
import { ControlClient, addressOf, befriend, login, registerAndLogin } from '../../../test/support/control-client.js';
import { scrape, waitFor } from '../../../test/support/node-probes.js';

type Message = NonNullable<NonNullable<DecodedControlFrame['offlineDeliver']>['messages']>[number];

const roomy = { perSecond: 1000, burst: 1000 };
const srv = useTestNode({ accounts: { perAccount: roomy, perAddress: roomy } });
const { open } = srv;

async function user(name: string, url = srv.node.url) {
  const r = await registerAndLogin(url, name);
  open.push(r.client);
  return { ...r, name };
}

/** A sender and an offline buddy of theirs (with the buddy's resume token). */
async function senderAndOfflineBuddy(a: string, b: string, url = srv.node.url) {
  const x = await user(a, url);
  const y = await user(b, url);
  await befriend(x, a, y, b);
  await y.client.close();
  await x.client.next('presencePush', (f) => f.presencePush!.presence!.username === b && f.presencePush!.presence!.status === 0);
  return [x, y] as const;
}

const store = (c: ControlClient, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAtMs = 1_700_000_000_000) =>
  c.request({ offlineStore: { to, messageId, sealed, sentAtMs } });

/** Logs in and collects every offline message delivered until `count` have arrived (or none come). */
async function loginAndCollect(name: string, token: Buffer, count: number, url = srv.node.url): Promise<{ client: ControlClient; messages: Message[] }> {
  const { client } = await login(url, name, { token });
  open.push(client);
  const messages: Message[] = [];
  while (messages.length < count) messages.push(...(await client.next('offlineDeliver')).offlineDeliver!.messages!);
  return { client, messages };
}

const seqs = (ms: Message[]) => ms.map((m) => Number(m.seq));

/** Every offline message a client has been or is being delivered, until 200 ms pass without more. */
async function collectAll(client: ControlClient): Promise<Message[]> {
  const messages: Message[] = [];
  for (;;) {
    const f = await client.next('offlineDeliver', () => true, 200).catch(() => undefined);
    if (!f) return messages;
    messages.push(...f.offlineDeliver!.messages!);
  }
}

describe('OfflineStore', () => {
  it('answers OfflineStored with the message id and an expiry 30 days out; the recipient gets the exact sealed bytes at login', async () => {
    const [a, b] = await senderAndOfflineBuddy('st.a', 'st.b');
    // Every byte value, and more than a page: the node must not touch them.
    const sealed = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(60_000)]);
    const messageId = randomBytes(16);
    const before = Date.now();
    const r = await store(a.client, 'st.b', messageId, sealed, 1234567);
    expect(r.body).toBe('offlineStored');
    expect(Buffer.from(r.offlineStored!.messageId!).equals(messageId)).toBe(true);
    const thirtyDays = 30 * 24 * 3600 * 1000;
    expect(Number(r.offlineStored!.expiresAtMs)).toBeGreaterThanOrEqual(before + thirtyDays - 1000);
    expect(Number(r.offlineStored!.expiresAtMs)).toBeLessThanOrEqual(Date.now() + thirtyDays + 1000);

    const { messages } = await loginAndCollect('st.b', b.token, 1);
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    // Senders are devices (issue 14): USER/DEVICE.
    expect(m.from).toBe(addressOf('st.a', a.identity));
    expect(Buffer.from(m.messageId!).equals(messageId)).toBe(true);
    expect(Buffer.from(m.sealed!).equals(sealed)).toBe(true);
    expect(Number(m.sentAtMs)).toBe(1234567);
    expect(Number(m.storedAtMs)).toBeGreaterThanOrEqual(before - 1000);
    expect(Number(m.seq)).toBeGreaterThan(0);
  });

  it('delivers after the BuddyList, in the order stored, with increasing seq (50 messages)', async () => {
    const [a, b] = await senderAndOfflineBuddy('order.a', 'order.b');
    for (let i = 0; i < 50; i++) expect((await store(a.client, 'order.b', Buffer.from(`id-${i}`), Buffer.from(`message ${i}`))).body).toBe('offlineStored');
    const { client } = await login(srv.node.url, 'order.b', { token: b.token });
    open.push(client);
    await waitFor(() => client.pushes.some((f) => f.body === 'offlineDeliver'));
    const kinds = client.pushes.map((f) => f.body);
    expect(kinds.indexOf('buddyList')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('buddyList')).toBeLessThan(kinds.indexOf('offlineDeliver'));
    const messages = await collectAll(client);
    expect(messages.map((m) => Buffer.from(m.sealed!).toString())).toEqual(Array.from({ length: 50 }, (_, i) => `message ${i}`));
    const s = seqs(messages);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]!);
  });

  it('answers stores sent without waiting (one message to several devices) in the order sent, stores them in that order, and only then the next request', async () => {
    const [a, b] = await senderAndOfflineBuddy('pipe.a', 'pipe.b');
    const answered: string[] = [];
    const stores = Array.from({ length: 30 }, (_, i) =>
      store(a.client, 'pipe.b', Buffer.from(`pipe-${i}`), Buffer.from(`message ${i}`)).then((r) => {
        answered.push(`${r.body} ${i}`);
        return r;
      }),
    );
    const retry = store(a.client, 'pipe.b', Buffer.from('pipe-7'), Buffer.from('message 7'));
    const heartbeat = a.client.request({ heartbeat: { sentAtMs: 1 } }).then((r) => answered.push(r.body));
    await Promise.all([...stores, retry, heartbeat]);
    expect(answered).toEqual([...Array.from({ length: 30 }, (_, i) => `offlineStored ${i}`), 'heartbeatAck']);
    expect((await retry).body).toBe('offlineStored');
    const { messages } = await loginAndCollect('pipe.b', b.token, 30);
    expect(messages.map((m) => Buffer.from(m.sealed!).toString())).toEqual(Array.from({ length: 30 }, (_, i) => `message ${i}`));
  });

  it('delivers the whole queue at login, however long (520 messages)', async () => {
    const [a, b] = await senderAndOfflineBuddy('long.a', 'long.b');
    for (let i = 0; i < 520; i++) expect((await store(a.client, 'long.b', Buffer.from(`id-${i}`), Buffer.from(`m${i}`))).body).toBe('offlineStored');
    const { client } = await login(srv.node.url, 'long.b', { token: b.token });
    open.push(client);
    const messages = await collectAll(client);
    expect(messages.map((m) => Buffer.from(m.sealed!).toString())).toEqual(Array.from({ length: 520 }, (_, i) => `m${i}`));
  });

  it('answers NOT_A_BUDDY for strangers, pending requests and users who do not exist', async () => {
    const a = await user('nb.a');
    await user('nb.stranger');
    const pending = await user('nb.pending');
    await a.client.call({ buddyAction: { action: 1, username: 'nb.pending' } });
    for (const to of ['nb.stranger', 'nb.pending', 'nb.nobody', 'nb.a']) {
      expect((await store(a.client, to, Buffer.from([1]), Buffer.from('x'))).error?.code, to).toBe('NOT_A_BUDDY');
    }
    expect(await pending.client.none('offlineDeliver', 50)).toBe(true);
  });

  it('refuses a sealed message over 64 KiB (+512) with OFFLINE_TOO_LARGE and takes one of exactly that size', async () => {
    const [a, b] = await senderAndOfflineBuddy('big.a', 'big.b');
    expect((await store(a.client, 'big.b', Buffer.from([1]), Buffer.alloc(MAX_SEALED_MESSAGE_BYTES + 1))).error?.code).toBe('OFFLINE_TOO_LARGE');
    expect((await store(a.client, 'big.b', Buffer.from([2]), Buffer.alloc(MAX_SEALED_MESSAGE_BYTES, 9))).body).toBe('offlineStored');
    const { messages } = await loginAndCollect('big.b', b.token, 1);
    expect(messages.map((m) => m.sealed!.length)).toEqual([MAX_SEALED_MESSAGE_BYTES]);
  });
});

describe('delivery and acknowledgement', () => {
  it('delivers again at the next login until acknowledged, and never after', async () => {
    const [a, b] = await senderAndOfflineBuddy('ack.a', 'ack.b');
    for (let i = 0; i < 4; i++) await store(a.client, 'ack.b', Buffer.from([i]), Buffer.from(`m${i}`));
    const first = await loginAndCollect('ack.b', b.token, 4);
    await first.client.close();
    const second = await loginAndCollect('ack.b', b.token, 4);
    expect(seqs(second.messages)).toEqual(seqs(first.messages));
    // Acknowledge two of them.
    expect((await second.client.call({ offlineAck: { seqs: seqs(second.messages).slice(0, 2) } })).body).toBe('ok');
    await second.client.close();
    const third = await loginAndCollect('ack.b', b.token, 2);
    expect(seqs(third.messages)).toEqual(seqs(first.messages).slice(2));
    expect(await third.client.none('offlineDeliver', 100)).toBe(true);
    expect((await third.client.call({ offlineAck: { seqs: seqs(third.messages) } })).body).toBe('ok');
    // Acknowledging again, or unknown seqs, is harmless.
    expect((await third.client.call({ offlineAck: { seqs: [...seqs(third.messages), 999_999] } })).body).toBe('ok');
    await third.client.close();
    const { client } = await login(srv.node.url, 'ack.b', { token: b.token });
    open.push(client);
    expect(await client.none('offlineDeliver', 200)).toBe(true);
  });

  it('lets only the recipient acknowledge (delete) its messages', async () => {
    const [a, b] = await senderAndOfflineBuddy('own.a', 'own.b');
    await store(a.client, 'own.b', Buffer.from([1]), Buffer.from('mine'));
    const got = await loginAndCollect('own.b', b.token, 1);
    await got.client.close();
    // The sender (or anyone) acknowledging b's seq deletes nothing.
    expect((await a.client.call({ offlineAck: { seqs: seqs(got.messages) } })).body).toBe('ok');
    const again = await loginAndCollect('own.b', b.token, 1);
    expect(seqs(again.messages)).toEqual(seqs(got.messages));
  });

  it('delivers a message stored while the recipient is online at once (and keeps it until acknowledged)', async () => {
    const a = await user('live.a');
    const b = await user('live.b');
    await befriend(a, 'live.a', b, 'live.b');
    const r = await store(a.client, 'live.b', Buffer.from('live-1'), Buffer.from('right now'));
    expect(r.body).toBe('offlineStored');
    const d = await b.client.next('offlineDeliver');
    expect(d.offlineDeliver!.messages!.map((m) => Buffer.from(m.sealed!).toString())).toEqual(['right now']);
    await b.client.close();
    const again = await loginAndCollect('live.b', b.token, 1);
    expect(Buffer.from(again.messages[0]!.sealed!).toString()).toBe('right now');
  });
});

describe('idempotence', () => {
  it('stores a retried (sender, message id) once and answers both with the same OfflineStored', async () => {
    const a = await user('idem.a');
    const b = await user('idem.b');
    const c = await user('idem.c');
    await befriend(a, 'idem.a', b, 'idem.b');
    await befriend(c, 'idem.c', b, 'idem.b');
    await b.client.close();
    const id = Buffer.from('same-id');
    const first = await store(a.client, 'idem.b', id, Buffer.from('first copy'));
    const retry = await store(a.client, 'idem.b', id, Buffer.from('first copy'));
    expect(retry.body).toBe('offlineStored');
    expect(Number(retry.offlineStored!.expiresAtMs)).toBe(Number(first.offlineStored!.expiresAtMs));
    // The same id from another sender is another message.
    expect((await store(c.client, 'idem.b', id, Buffer.from('from c'))).body).toBe('offlineStored');
    const { messages, client } = await loginAndCollect('idem.b', b.token, 2);
    expect(messages.map((m) => [m.from, Buffer.from(m.sealed!).toString()])).toEqual([
      [addressOf('idem.a', a.identity), 'first copy'],
      [addressOf('idem.c', c.identity), 'from c'],
    ]);
    expect(await client.none('offlineDeliver', 100)).toBe(true);
  });

  it('does not deliver a retry twice to a recipient who is online', async () => {
    const a = await user('idem2.a');
    const b = await user('idem2.b');
    await befriend(a, 'idem2.a', b, 'idem2.b');
    await store(a.client, 'idem2.b', Buffer.from('x'), Buffer.from('once'));
    await store(a.client, 'idem2.b', Buffer.from('x'), Buffer.from('once'));
    await b.client.next('offlineDeliver');
    expect(await b.client.none('offlineDeliver', 100)).toBe(true);
  });
});

describe('quota', () => {
  let small: TestNode;
  beforeAll(async () => {
    small = await startTestNode({ offline: { maxMessages: 3, maxBytes: 1000 } });
  });
  afterAll(() => small?.stop());

  it('refuses a fourth message for one recipient with OFFLINE_QUOTA until some are acknowledged', async () => {
    const [a, b] = await senderAndOfflineBuddy('q.a', 'q.b', small.url);
    const [c] = await senderAndOfflineBuddy('q.c', 'q.d', small.url);
    for (let i = 0; i < 3; i++) expect((await store(a.client, 'q.b', Buffer.from([i]), Buffer.from('x'))).body).toBe('offlineStored');
    expect((await store(a.client, 'q.b', Buffer.from([3]), Buffer.from('x'))).error?.code).toBe('OFFLINE_QUOTA');
    // A retry of a stored message is still answered: it takes no room.
    expect((await store(a.client, 'q.b', Buffer.from([0]), Buffer.from('x'))).body).toBe('offlineStored');
    // Another recipient has its own quota.
    expect((await store(c.client, 'q.d', Buffer.from([0]), Buffer.from('x'))).body).toBe('offlineStored');
    const got = await loginAndCollect('q.b', b.token, 3, small.url);
    await got.client.call({ offlineAck: { seqs: seqs(got.messages).slice(0, 1) } });
    expect((await store(a.client, 'q.b', Buffer.from([3]), Buffer.from('x'))).body).toBe('offlineStored');
  });

  it('counts bytes too', async () => {
    const [a] = await senderAndOfflineBuddy('qb.a', 'qb.b', small.url);
    expect((await store(a.client, 'qb.b', Buffer.from([1]), Buffer.alloc(600))).body).toBe('offlineStored');
    expect((await store(a.client, 'qb.b', Buffer.from([2]), Buffer.alloc(600))).error?.code).toBe('OFFLINE_QUOTA');
    expect((await store(a.client, 'qb.b', Buffer.from([3]), Buffer.alloc(400))).body).toBe('offlineStored');
  });
});

describe('expiry', () => {
  let brief: TestNode;
  beforeAll(async () => {
    brief = await startTestNode({ offline: { ttlMs: 200 } });
  });
  afterAll(() => brief?.stop());

  it('does not deliver a message past its expiry', async () => {
    const [a, b] = await senderAndOfflineBuddy('exp.a', 'exp.b', brief.url);
    const r = await store(a.client, 'exp.b', Buffer.from([1]), Buffer.from('too late'));
    expect(Number(r.offlineStored!.expiresAtMs)).toBeLessThanOrEqual(Date.now() + 200);
    await new Promise((res) => setTimeout(res, 250));
    const { client } = await login(brief.url, 'exp.b', { token: b.token });
    open.push(client);
    await client.next('buddyList');
    expect(await client.none('offlineDeliver', 200)).toBe(true);
  });
});

describe('durability', () => {
  it('has the message on disk when OfflineStored is answered: a node stopped right after still delivers it', async () => {
    const first = await startTestNode();
    let second: TestNode | undefined;
    try {
      const [a, b] = await senderAndOfflineBuddy('dur.a', 'dur.b', first.url);
      const sealed = randomBytes(5000);
      const stored = await store(a.client, 'dur.b', Buffer.from('dur-1'), sealed);
      expect(stored.body).toBe('offlineStored');
      await first.stop({ keepData: true });
      second = await startTestNode({ dataDir: first.dataDir });
      const { client, messages } = await loginAndCollect('dur.b', b.token, 1, second.url);
      expect(messages[0]!.from).toBe(addressOf('dur.a', a.identity));
      expect(Buffer.from(messages[0]!.sealed!).equals(sealed)).toBe(true);
      // The queue depth and the seq counter came back too.
      expect(await scrape(second.httpUrl, 'natter_offline_queue_depth')).toBe(1);
      const a2 = await login(second.url, 'dur.a', { token: a.token });
      open.push(a2.client);
      await store(a2.client, 'dur.b', Buffer.from('dur-2'), Buffer.from('after restart'));
      const next = await client.next('offlineDeliver');
      expect(Number(next.offlineDeliver!.messages![0]!.seq)).toBeGreaterThan(Number(messages[0]!.seq));
      await client.call({ offlineAck: { seqs: [Number(messages[0]!.seq), Number(next.offlineDeliver!.messages![0]!.seq)] } });
      expect(await scrape(second.httpUrl, 'natter_offline_queue_depth')).toBe(0);
    } finally {
      await (second ?? first).stop();
    }
  });
});
