// Extended delivery on a cluster: three nodes on one PostgreSQL all run the
// outbound queue's dispatcher; every queued item is handed off by exactly
// one of them (claims with FOR UPDATE SKIP LOCKED and a lease).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterBlocker, startTestCluster, type TestCluster } from '../support/cluster.js';
import { registerAndLogin, type ControlClient } from '../support/control-client.js';
import { startMailSink, smtpOptionsFor, type MailSink } from '../support/mail-sink.js';
import { scrape } from '../support/node-probes.js';

const blocker = await clusterBlocker();
if (blocker) console.log(`cluster notify tests: SKIPPED: ${blocker}`);

describe.skipIf(blocker)('extended delivery on three nodes', () => {
  let cluster: TestCluster;
  let sink: MailSink;
  const open: ControlClient[] = [];

  beforeAll(async () => {
    sink = await startMailSink();
    cluster = await startTestCluster(3, { notify: { smtp: smtpOptionsFor(sink), pollMs: 20, perSenderPerHour: 100, perReceiverPerHour: 100, publicUrl: 'https://cluster.node.test' } });
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await cluster?.stop();
    await sink?.close();
  });

  it('each item is sent by one node, once', async () => {
    const [a, b, c] = cluster.nodes;
    const bob = await registerAndLogin(a!.url, 'cn.bob');
    open.push(bob.client);
    const added = await bob.client.call({ notifyAdd: { kind: 1, address: 'cn.bob@example.org' } });
    const code = /code is (\d{6})/.exec((await sink.next((m) => m.to.includes('cn.bob@example.org'))).text)![1]!;
    // Verified on another node than the one it was added on: the channel is the cluster's.
    const other = await registerAndLogin(b!.url, 'cn.other');
    open.push(other.client);
    await bob.client.call({ notifyVerify: { channelId: added.notifyAdded!.channel!.id, code } });
    await bob.client.call({ notifyConfigure: { allow: 'cn.alice' } });
    const senders = await Promise.all([a!, b!, c!].map(async (node, i) => (await registerAndLogin(node.url, i === 0 ? 'cn.alice' : `cn.alice${i}`)).client));
    open.push(...senders);
    // Only cn.alice is allowed; she sends from one node, and the three dispatchers race for the items.
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await senders[0]!.call({ extendedSend: { to: 'cn.bob', via: 1, text: `n${i}`, messageId: Buffer.from(`n${i}`) } })).extendedQueued!.id!);
    await expect.poll(() => sink.mails.filter((m) => m.subject === 'natter: message from cn.alice').length, { timeout: 15_000 }).toBe(30);
    await new Promise((r) => setTimeout(r, 500));
    const got = sink.mails.filter((m) => m.subject === 'natter: message from cn.alice').map((m) => m.messageId);
    expect(got).toHaveLength(30);
    expect(new Set(got)).toEqual(new Set(ids.map((id) => `<${id}@cluster.node.test>`)));
    // The race was real: more than one node handed items off, and together exactly the 30.
    const perNode = await Promise.all(cluster.nodes.map((n) => scrape(n.httpUrl, 'natter_notify_outbound_total', { kind: 'email', purpose: 'message', result: 'sent' })));
    expect(perNode.reduce((x, y) => x + y, 0)).toBe(30);
    expect(perNode.filter((n) => n > 0).length).toBeGreaterThan(1);
    await expect(senders[1]!.call({ extendedSend: { to: 'cn.bob', via: 1, text: 'x' } })).rejects.toMatchObject({ code: 'EXTENDED_NOT_ALLOWED' });
  });
});
