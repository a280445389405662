// Three nodes on one Redis and one PostgreSQL (docs/cluster.md): users on
// different nodes see each other's presence, relay, punch and store offline
// exactly as on one node; a login elsewhere replaces a session; quotas are
// the cluster's; a node killed -9 takes its users offline for the others
// within the heartbeat timeout, and they log in again on another node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterBlocker, startTestCluster, type TestCluster } from '../support/cluster.js';
import { ControlClient, addressOf, befriend, login, registerAndLogin } from '../support/control-client.js';
import { scrape } from '../support/node-probes.js';
import { startTestNode } from '../support/start-test-node.js';
import { spawnNode, type NodeProcess } from '../bench/support/node-process.js';
import { befriendPeers, until } from '../support/peer-events.js';
import { nodeUdpStack } from '@natter/io';
import { NodeSession, createNatterPeer, generateIdentity, identityPublicKey, type NatterPeer } from '@natter/peer';

const blocker = await clusterBlocker();
if (blocker) console.log(`cluster tests: SKIPPED: ${blocker}`);

const HEARTBEAT_MS = 1500;

describe.skipIf(blocker)('a cluster of three nodes', () => {
  let cluster: TestCluster;
  const open: ControlClient[] = [];
  beforeAll(async () => {
    cluster = await startTestCluster(3, { heartbeatTimeoutMs: HEARTBEAT_MS });
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await cluster?.stop();
  });
  const url = (i: number) => cluster.nodes[i]!.url;
  async function user(name: string, node: number) {
    const r = await registerAndLogin(url(node), name);
    open.push(r.client);
    return r;
  }
  /** a on node i, b on node j, mutual buddies. */
  async function pair(a: string, i: number, b: string, j: number) {
    const x = await user(a, i);
    const y = await user(b, j);
    await befriend(x, a, y, b);
    return [x, y] as const;
  }
  const presenceOf = (c: ControlClient, name: string, status?: number) =>
    c.next('presencePush', (f) => f.presencePush!.presence!.username === name && (status === undefined || f.presencePush!.presence!.status === status), 5000);

  it('a buddy request, its acceptance and presence cross nodes both ways', async () => {
    const [a, b] = await pair('pa.alice', 0, 'pa.bob', 1);
    // After ACCEPTED each gets the other's presence (docs/protocol.md), from the other node.
    await presenceOf(a.client, 'pa.bob', 1);
    await presenceOf(b.client, 'pa.alice', 1);
    await a.client.call({ presenceUpdate: { status: 3, statusText: 'lunch', lanCandidates: [{ ip: '192.168.1.5', port: 4000 }] } });
    const seen = await presenceOf(b.client, 'pa.alice', 3);
    expect(seen.presencePush!.presence!.statusText).toBe('lunch');
    expect(seen.presencePush!.presence!.endpoints!.map((e) => e.ip)).toContain('192.168.1.5');
    // A buddy list pushed on node 1 carries alice's presence from node 0.
    const again = await login(url(1), 'pa.bob', 'correct horse');
    open.push(again.client);
    const list = await again.client.next('buddyList');
    expect(list.buddyList!.buddies!.find((p) => p.username === 'pa.alice')!.status).toBe(3);
    // Logout on node 0: offline on node 1.
    await a.client.call({ logout: {} });
    await presenceOf(again.client, 'pa.alice', 0);
  });

  it('relays frames between users on different nodes, in order, unchanged, and only between buddies', async () => {
    const [a, b] = await pair('rl.alice', 1, 'rl.bob', 2);
    const stranger = await user('rl.mallory', 0);
    const payloads = [randomBytes(1), randomBytes(1200), randomBytes(64 * 1024), ...Array.from({ length: 30 }, (_, i) => Buffer.from(`frame ${i}`))];
    for (const p of payloads) a.client.send({ relay: { peer: 'rl.bob', payload: p } });
    for (const p of payloads) {
      const f = await b.client.next('relay');
      // The sender's device (issue 14): USER/DEVICE.
      expect(f.relay!.peer).toBe(addressOf('rl.alice', a.identity));
      expect(Buffer.from(f.relay!.payload!).equals(p)).toBe(true);
    }
    // Not a buddy: refused where the sender is, as on one node.
    const refused = await stranger.client.request({ relay: { peer: 'rl.bob', payload: Buffer.from('x') } });
    expect(refused.error?.code).toBe('NOT_A_BUDDY');
  });

  it('coordinates a punch across nodes: both sides get the same attempt and secret', async () => {
    const [a, b] = await pair('pu.alice', 0, 'pu.bob', 2);
    await b.client.call({ presenceUpdate: { status: 1, lanCandidates: [{ ip: '10.0.0.7', port: 5555 }], nat: { udp: true, nat: 3 } } });
    await presenceOf(a.client, 'pu.bob', 1);
    expect((await a.client.request({ punchRequest: { buddy: 'pu.bob', attempt: 1 } })).body).toBe('ok');
    const [mine, theirs] = await Promise.all([a.client.next('punchPlan', undefined, 5000), b.client.next('punchPlan', undefined, 5000)]);
    expect(Buffer.from(mine.punchPlan!.attemptId!).equals(Buffer.from(theirs.punchPlan!.attemptId!))).toBe(true);
    expect(Buffer.from(mine.punchPlan!.secret!).equals(Buffer.from(theirs.punchPlan!.secret!))).toBe(true);
    expect(mine.punchPlan!.buddy).toBe(addressOf('pu.bob', b.identity));
    expect(theirs.punchPlan!.buddy).toBe(addressOf('pu.alice', a.identity));
    expect(mine.punchPlan!.candidates!.map((c) => `${c.ip}:${c.port}`)).toContain('10.0.0.7:5555');
    expect(mine.punchPlan!.buddyNat!.nat).toBe(3);
  });

  it('stores offline on one node and delivers at a login on another, once', async () => {
    const [a, b] = await pair('of.alice', 0, 'of.bob', 1);
    await b.client.close();
    await presenceOf(a.client, 'of.bob', 0);
    const stored = await a.client.call({ offlineStore: { to: 'of.bob', messageId: Buffer.alloc(16, 1), sealed: Buffer.from('sealed one'), sentAtMs: 1 } });
    expect(stored.body).toBe('offlineStored');
    const back = await login(url(2), 'of.bob', 'correct horse');
    open.push(back.client);
    const delivered = await back.client.next('offlineDeliver');
    expect(delivered.offlineDeliver!.messages!.map((m) => Buffer.from(m.sealed!).toString())).toEqual(['sealed one']);
    // A store while the recipient is online on another node arrives at once.
    await a.client.call({ offlineStore: { to: 'of.bob', messageId: Buffer.alloc(16, 2), sealed: Buffer.from('sealed two'), sentAtMs: 2 } });
    const live = await back.client.next('offlineDeliver', (f) => Buffer.from(f.offlineDeliver!.messages![0]!.sealed!).toString() === 'sealed two', 5000);
    await back.client.call({ offlineAck: { seqs: [...delivered.offlineDeliver!.messages!, ...live.offlineDeliver!.messages!].map((m) => m.seq!) } });
    // Acknowledged: not delivered again at the next login, on any node.
    await back.client.close();
    const third = await login(url(0), 'of.bob', 'correct horse');
    open.push(third.client);
    await third.client.next('buddyList');
    await expect(third.client.next('offlineDeliver', undefined, 800)).rejects.toThrow();
  });

  it('a login on another node replaces the session; buddies see no offline in between', async () => {
    const [a, b] = await pair('sr.alice', 0, 'sr.bob', 1);
    await presenceOf(a.client, 'sr.bob', 1);
    const before = a.client.pushes.length;
    const moved = await login(url(2), 'sr.bob', 'correct horse');
    open.push(moved.client);
    expect(await b.client.closed).toBe(4001);
    expect(b.client.pushes.find((f) => f.body === 'error')?.error!.code).toBe('SESSION_REPLACED');
    // Presence from the new session, and never "offline".
    await presenceOf(a.client, 'sr.bob', 1);
    await new Promise((r) => setTimeout(r, 300));
    const offline = a.client.pushes.slice(before).filter((f) => f.body === 'presencePush' && f.presencePush!.presence!.username === 'sr.bob' && f.presencePush!.presence!.status === 0);
    expect(offline).toHaveLength(0);
    // Relay reaches the new session.
    a.client.send({ relay: { peer: 'sr.bob', payload: Buffer.from('still there?') } });
    expect(Buffer.from((await moved.client.next('relay')).relay!.payload!).toString()).toBe('still there?');
  });

  it('the offline quota is the recipient’s in the whole cluster, whichever node the senders use', async () => {
    const recipient = await user('qt.carol', 2);
    const senders = await Promise.all([user('qt.s0', 0), user('qt.s1', 1)]);
    for (const [i, s] of senders.entries()) await befriend(s, `qt.s${i}`, recipient, 'qt.carol');
    await recipient.client.close();
    const results: string[] = [];
    // Default quota: 1000 messages. Fill it from two nodes at once, 550 each.
    await Promise.all(
      senders.map(async (s, i) => {
        for (let k = 0; k < 550; k += 50) {
          const batch = await Promise.all(
            // Each store is a transaction under the recipient's lock: a busy machine can take seconds for 50.
            Array.from({ length: 50 }, (_, j) => s.client.request({ offlineStore: { to: 'qt.carol', messageId: Buffer.from(`${i}-${k + j}`), sealed: Buffer.from('m') } }, 20_000)),
          );
          for (const f of batch) results.push(f.body === 'offlineStored' ? 'stored' : String(f.error!.code));
        }
      }),
    );
    expect(new Set(results)).toEqual(new Set(['stored', 'OFFLINE_QUOTA']));
    expect(results.filter((r) => r === 'stored')).toHaveLength(1000);
    expect(results.filter((r) => r === 'OFFLINE_QUOTA')).toHaveLength(100);
  });

  it('login limits are the cluster’s: failures on one node count on the others', async () => {
    const victim = await user('lm.victim', 0);
    await victim.client.close();
    // 10 failures per account and address at once (docs/security.md), spread over three nodes.
    for (let i = 0; i < 10; i++) {
      await expect(login(url(i % 3), 'lm.victim', 'wrong password')).rejects.toMatchObject({ message: expect.stringContaining('wrong') });
    }
    const refused = await ControlClient.connect(url(1));
    open.push(refused);
    const r = await refused.request({ login: { username: 'lm.victim', password: 'correct horse', clientVersion: 'natter-test/0' } });
    expect(r.error?.code).toBe('AUTH_RATE_LIMITED');
    expect(r.error!.retryAfterMs).toBeGreaterThan(0);
  });

  it('/metrics on each node shows its own sessions and the cluster’s', async () => {
    await user('mx.one', 0);
    await user('mx.two', 1);
    const httpOf = (i: number) => cluster.nodes[i]!.localUrl.replace('ws:', 'http:');
    await expect.poll(() => scrape(httpOf(2), 'natter_cluster_nodes'), { timeout: 5000 }).toBe(3);
    await expect.poll(() => scrape(httpOf(2), 'natter_cluster_online_users'), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(await scrape(httpOf(0), 'natter_online_users')).toBeGreaterThanOrEqual(1);
  });
});

describe.skipIf(blocker)('a node killed -9', () => {
  let cluster: TestCluster;
  let victim: NodeProcess | undefined;
  const dirs: string[] = [];
  const open: ControlClient[] = [];
  beforeAll(async () => {
    cluster = await startTestCluster(1, { heartbeatTimeoutMs: HEARTBEAT_MS });
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await victim?.stop();
    await cluster?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('its users go offline for buddies on other nodes within the heartbeat timeout, and log in elsewhere with nothing lost', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'natter-victim-'));
    dirs.push(parent);
    // A real `natter server` process on the same Redis and PostgreSQL, to kill.
    victim = await spawnNode({
      dataDir: join(parent, 'node'),
      config: {
        store: cluster.options.store,
        cluster: cluster.options.cluster,
        clusterPrefix: cluster.options.clusterPrefix,
        heartbeatTimeoutMs: HEARTBEAT_MS,
        scryptN: 1024,
        logLevel: 'error',
      },
    });
    const alice = await registerAndLogin(cluster.nodes[0]!.url, 'kl.alice');
    const bob = await registerAndLogin(victim.url, 'kl.bob');
    open.push(alice.client, bob.client);
    await befriend(alice, 'kl.alice', bob, 'kl.bob');
    await alice.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'kl.bob' && f.presencePush!.presence!.status === 1, 5000);
    // Mid-conversation: a relayed frame, then the node dies.
    alice.client.send({ relay: { peer: 'kl.bob', payload: Buffer.from('hello') } });
    expect(Buffer.from((await bob.client.next('relay')).relay!.payload!).toString()).toBe('hello');
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    await bob.client.closed;
    await alice.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'kl.bob' && f.presencePush!.presence!.status === 0, 4 * HEARTBEAT_MS);
    // Within the heartbeat timeout, plus one heartbeat of the node that notices.
    expect(Date.now() - killedAt).toBeLessThan(HEARTBEAT_MS + HEARTBEAT_MS / 3 + 1000);
    // Meanwhile alice stores for offline bob; bob logs in on the surviving node and gets it.
    expect((await alice.client.call({ offlineStore: { to: 'kl.bob', messageId: Buffer.alloc(16, 9), sealed: Buffer.from('while you were away') } })).body).toBe('offlineStored');
    const back = await login(cluster.nodes[0]!.url, 'kl.bob', { token: bob.token });
    open.push(back.client);
    const delivered = await back.client.next('offlineDeliver');
    expect(delivered.offlineDeliver!.messages!.map((m) => Buffer.from(m.sealed!).toString())).toEqual(['while you were away']);
    await alice.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'kl.bob' && f.presencePush!.presence!.status === 1, 5000);
  });

  it('a peer given two nodes moves to the other when its node is killed, by itself, and chats on', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'natter-failover-'));
    dirs.push(parent);
    const doomed = await spawnNode({
      dataDir: join(parent, 'node'),
      config: { store: cluster.options.store, cluster: cluster.options.cluster, clusterPrefix: cluster.options.clusterPrefix, heartbeatTimeoutMs: HEARTBEAT_MS, scryptN: 1024, logLevel: 'error' },
    });
    const survivor = cluster.nodes[0]!.localUrl;
    const peers: NatterPeer[] = [];
    const peer = async (name: string, url: string) => {
      const identity = generateIdentity();
      await NodeSession.register(url.split(',')[0]!, name, 'correct horse', identityPublicKey(identity));
      const p = createNatterPeer({ url, username: name, password: 'correct horse', identity, historyDir: join(parent, name), stack: nodeUdpStack, classify: false, watchNetwork: false, reconnect: { minMs: 100, maxMs: 500 } });
      peers.push(p);
      await p.start();
      return p;
    };
    try {
      // dave knows both nodes (as `--server a,b#fp` gives them) and lands on the first.
      const dave = await peer('fo.dave', `${doomed.url},${survivor}`);
      const erin = await peer('fo.erin', survivor);
      expect(dave.session.url).toBe(doomed.url);
      await befriendPeers(dave, erin);
      const first = until(erin, 'message', (m) => m.text === 'before');
      await dave.send('fo.erin', 'before');
      await first;

      const moved = until(dave, 'online', () => true, 20_000);
      doomed.child.kill('SIGKILL');
      await moved;
      expect(dave.session.url).toBe(survivor);
      // The survivor's erin sees him again, and messages go both ways.
      if (!erin.buddies().some((b) => b.username === 'fo.dave' && b.online)) await until(erin, 'presence', (b) => b.username === 'fo.dave' && b.online, 10_000);
      // The dead node's expiry (one heartbeat timeout) must not take him offline again: he is on the survivor.
      await new Promise((r) => setTimeout(r, 3 * HEARTBEAT_MS));
      expect(erin.buddies().find((b) => b.username === 'fo.dave')?.online).toBe(true);
      const there = until(erin, 'message', (m) => m.text === 'after the move');
      const back = until(dave, 'message', (m) => m.text === 'welcome back');
      await dave.send('fo.erin', 'after the move');
      await erin.send('fo.dave', 'welcome back');
      await Promise.all([there, back]);
    } finally {
      for (const p of peers) await p.close().catch(() => undefined);
      await doomed.stop();
    }
  });

  it('Redis restarting loses only presence: it comes back from the live sessions', async () => {
    const carol = await registerAndLogin(cluster.nodes[0]!.url, 'rr.carol');
    open.push(carol.client);
    await cluster.redis.kill();
    await cluster.redis.restart();
    // The node writes its users' routes again at its next heartbeat.
    const second = await startTestNode(cluster.options);
    await expect
      .poll(async () => {
        const dave = await registerAndLogin(second.url, `rr.dave${randomBytes(2).toString('hex')}`).catch(() => undefined);
        if (!dave) return 'no login';
        open.push(dave.client);
        await dave.client.call({ buddyAction: { action: 1, username: 'rr.carol' } });
        const f = await carol.client.next('buddyEvent', undefined, 1000).catch(() => undefined);
        return f?.buddyEvent?.kind;
      }, { timeout: 10_000 })
      .toBe(1);
    await second.stop();
  });
});
