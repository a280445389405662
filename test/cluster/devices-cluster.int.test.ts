// A user's devices on different nodes of a cluster at once (issue 14 on
// docs/cluster.md's routing per device): a buddy on a third node sees every
// device online, frames to a device go to its node only, frames to the user
// reach each device once, approvals and removals cross nodes, and a node
// killed -9 takes only its own devices offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityPublicKey, signDeviceCertificate, type Identity } from '@natter/peer';
import type { DecodedControlFrame } from '@natter/wire';
import { clusterBlocker, startTestCluster, type TestCluster } from '../support/cluster.js';
import { ControlClient, befriend } from '../support/control-client.js';
import { spawnNode, type NodeProcess } from '../bench/support/node-process.js';

const blocker = await clusterBlocker();
if (blocker) console.log(`cluster device tests: SKIPPED: ${blocker}`);

const HEARTBEAT_MS = 1500;
const PASSWORD = 'correct horse';

interface Device {
  client: ControlClient;
  identity: Identity;
  id: Buffer;
  token: Buffer;
  state: number;
}

describe.skipIf(blocker)('a user with devices on several nodes', () => {
  let cluster: TestCluster;
  let victim: NodeProcess | undefined;
  const open: ControlClient[] = [];
  const dirs: string[] = [];
  beforeAll(async () => {
    cluster = await startTestCluster(3, { heartbeatTimeoutMs: HEARTBEAT_MS });
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await victim?.stop();
    await cluster?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const url = (i: number) => cluster.nodes[i]!.url;

  /** A device of `user` logged in on `at` (with its key and password, or its resume token); `register` makes the user first. */
  async function device(user: string, at: string, options: { identity?: Identity; register?: boolean; token?: Buffer } = {}): Promise<Device> {
    const identity = options.identity ?? generateIdentity();
    const client = await ControlClient.connect(at);
    open.push(client);
    if (options.register) await client.call({ register: { username: user, password: PASSWORD, identityKey: identityPublicKey(identity) } });
    const credential = options.token ? { resumeToken: options.token } : { password: PASSWORD, identityKey: identityPublicKey(identity) };
    const ok = (await client.call({ login: { username: user, clientVersion: 'natter-test/0', ...credential } })).loginOk!;
    return { client, identity, id: Buffer.from(ok.deviceId!), token: Buffer.from(ok.resumeToken!), state: ok.deviceState! };
  }

  /** A second device of `user` on `at`, linked by `desk` (elsewhere) and logged in again as active. */
  async function link(user: string, desk: Device, at: string, name = 'laptop'): Promise<Device> {
    const pending = await device(user, at);
    expect(pending.state).toBe(2);
    // The link request reaches the desk on its own node.
    await desk.client.next('deviceList', (f) => f.deviceList!.devices!.some((d) => Buffer.from(d.deviceId!).equals(pending.id) && d.state === 2));
    const cert = await signDeviceCertificate(desk.identity, { user, deviceId: pending.id, deviceKey: identityPublicKey(pending.identity), name, signerDeviceId: desk.id, issuedAtMs: Date.now() });
    expect((await desk.client.call({ deviceApprove: { certificate: cert } })).body).toBe('ok');
    // Approved on another node: its pending session there is closed to log in again.
    expect(await pending.client.closed).toBe(4005);
    const active = await device(user, at, { identity: pending.identity, token: pending.token });
    expect(active.state).toBe(1);
    expect(active.id.equals(pending.id)).toBe(true);
    return active;
  }

  const hex = (id: Buffer) => id.toString('hex');
  const isPresence = (f: DecodedControlFrame, user: string) => f.presencePush!.presence!.username === user;
  const onlineIds = (f: DecodedControlFrame) =>
    f.presencePush!.presence!.devices!.filter((d) => d.online).map((d) => Buffer.from(d.deviceId!).toString('hex')).sort();

  it('two devices on two nodes are online at once; a buddy on a third sees both; frames reach each device (and only it)', async () => {
    const desk = await device('md.alice', url(0), { register: true });
    const bob = await device('md.bob', url(2), { register: true });
    await befriend(desk, 'md.alice', bob, 'md.bob');
    const laptop = await link('md.alice', desk, url(1));
    // The desk's session on node 0 stays: a device of the same user elsewhere does not replace it.
    await new Promise((r) => setTimeout(r, 300));
    expect(desk.client.closeCode).toBeUndefined();
    expect(desk.client.pushes.some((f) => f.error?.code === 'SESSION_REPLACED')).toBe(false);
    // Bob, on node 2, sees alice with both devices online.
    const both = [hex(desk.id), hex(laptop.id)].sort();
    await bob.client.next('presencePush', (f) => isPresence(f, 'md.alice') && onlineIds(f).join() === both.join(), 5000);
    // A buddy list pushed on node 2 shows the same.
    const again = await device('md.bob', url(2), { identity: bob.identity });
    const list = await again.client.next('buddyList');
    const alice = list.buddyList!.buddies!.find((p) => p.username === 'md.alice')!;
    expect(alice.devices!.filter((d) => d.online).map((d) => Buffer.from(d.deviceId!).toString('hex')).sort()).toEqual(both);
    // Each device's own relay frames, on its own node only.
    again.client.send({ relay: { peer: `md.alice/${hex(desk.id)}`, payload: Buffer.from('to the desk') } });
    again.client.send({ relay: { peer: `md.alice/${hex(laptop.id)}`, payload: Buffer.from('to the laptop') } });
    expect(Buffer.from((await desk.client.next('relay')).relay!.payload!).toString()).toBe('to the desk');
    expect(Buffer.from((await laptop.client.next('relay')).relay!.payload!).toString()).toBe('to the laptop');
    // A device relays to its own other device on another node.
    desk.client.send({ relay: { peer: `md.alice/${hex(laptop.id)}`, payload: Buffer.from('from my desk') } });
    expect(Buffer.from((await laptop.client.next('relay')).relay!.payload!).toString()).toBe('from my desk');
    await new Promise((r) => setTimeout(r, 200));
    expect(desk.client.pushes.filter((f) => f.body === 'relay')).toHaveLength(0);
    expect(laptop.client.pushes.filter((f) => f.body === 'relay')).toHaveLength(0);

    // Frames to the user reach every device once: a buddy request from node 2.
    const carol = await device('md.carol', url(2), { register: true });
    await carol.client.call({ buddyAction: { action: 1, username: 'md.alice' } });
    for (const d of [desk, laptop]) {
      await d.client.next('buddyEvent', (f) => f.buddyEvent!.username === 'md.carol', 5000);
      await d.client.next('buddyList', (f) => (f.buddyList!.incomingRequests ?? []).includes('md.carol'), 5000);
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const d of [desk, laptop]) expect(d.client.pushes.filter((f) => f.body === 'buddyEvent' && f.buddyEvent!.username === 'md.carol')).toHaveLength(0);

    // A rename on node 0: the device list reaches the laptop on node 1.
    expect((await desk.client.call({ deviceRename: { deviceId: laptop.id, name: 'travel laptop' } })).body).toBe('ok');
    const renamed = await laptop.client.next('deviceList', (f) => f.deviceList!.devices!.some((d) => d.name === 'travel laptop'), 5000);
    // Both devices online in the laptop's list, the desk's from node 0.
    expect(renamed.deviceList!.devices!.filter((d) => d.online)).toHaveLength(2);
    const listed = (await laptop.client.call({ deviceList: {} })).deviceList!.devices!;
    expect(listed.find((d) => Buffer.from(d.deviceId!).equals(desk.id))!.online).toBe(true);

    // The laptop leaves: alice stays online for bob (the desk), never offline in between.
    again.client.pushes.splice(0);
    await laptop.client.call({ logout: {} });
    await again.client.next('presencePush', (f) => isPresence(f, 'md.alice') && onlineIds(f).join() === hex(desk.id), 5000);
    await new Promise((r) => setTimeout(r, 300));
    expect(again.client.pushes.filter((f) => f.body === 'presencePush' && isPresence(f, 'md.alice') && f.presencePush!.presence!.status === 0)).toHaveLength(0);

    // Stored for the laptop while it is away; delivered at its login on node 2.
    const stored = await again.client.call({ offlineStore: { to: `md.alice/${hex(laptop.id)}`, messageId: Buffer.alloc(16, 3), sealed: Buffer.from('for the laptop'), sentAtMs: 1 } });
    expect(stored.body).toBe('offlineStored');
    const back = await device('md.alice', url(2), { identity: laptop.identity });
    const delivered = await back.client.next('offlineDeliver');
    expect(delivered.offlineDeliver!.messages!.map((m) => Buffer.from(m.sealed!).toString())).toEqual(['for the laptop']);
    // ... and a store while it is online on another node goes there at once, to it only.
    await desk.client.call({ offlineStore: { to: `md.alice/${hex(laptop.id)}`, messageId: Buffer.alloc(16, 4), sealed: Buffer.from('live'), sentAtMs: 2 } });
    await back.client.next('offlineDeliver', (f) => Buffer.from(f.offlineDeliver!.messages![0]!.sealed!).toString() === 'live', 5000);
    expect(desk.client.pushes.filter((f) => f.body === 'offlineDeliver')).toHaveLength(0);
  });

  it('a device removed from another node is logged out there, its token revoked, and gone from presence', async () => {
    const desk = await device('rm.erin', url(0), { register: true });
    const buddy = await device('rm.frank', url(2), { register: true });
    await befriend(desk, 'rm.erin', buddy, 'rm.frank');
    const laptop = await link('rm.erin', desk, url(1));
    await buddy.client.next('presencePush', (f) => isPresence(f, 'rm.erin') && onlineIds(f).length === 2, 5000);
    const gone = laptop.client.closed;
    expect((await desk.client.call({ deviceRemove: { deviceId: laptop.id } })).body).toBe('ok');
    expect(await gone).toBe(4006);
    expect(laptop.client.pushes.map((f) => f.error?.code)).toContain('DEVICE_REMOVED');
    await buddy.client.next('presencePush', (f) => isPresence(f, 'rm.erin') && f.presencePush!.presence!.devices!.length === 1 && f.presencePush!.presence!.status === 1, 5000);
    const refused = await ControlClient.connect(url(1));
    open.push(refused);
    expect((await refused.request({ login: { username: 'rm.erin', resumeToken: laptop.token } })).error?.code).toBe('AUTH_FAILED');
    expect(desk.client.closeCode).toBeUndefined();
  });

  it('a node killed -9 takes only its devices offline: the user stays online by the other, then is offline when it logs out', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'natter-devices-victim-'));
    dirs.push(parent);
    victim = await spawnNode({
      dataDir: join(parent, 'node'),
      config: { store: cluster.options.store, cluster: cluster.options.cluster, clusterPrefix: cluster.options.clusterPrefix, heartbeatTimeoutMs: HEARTBEAT_MS, scryptN: 1024, logLevel: 'error' },
    });
    const desk = await device('kd.gina', url(0), { register: true });
    const buddy = await device('kd.hank', url(2), { register: true });
    await befriend(desk, 'kd.gina', buddy, 'kd.hank');
    const laptop = await link('kd.gina', desk, victim.url);
    await buddy.client.next('presencePush', (f) => isPresence(f, 'kd.gina') && onlineIds(f).length === 2, 5000);
    // (What came before, the desk alone online among them, is not what we wait for.)
    buddy.client.pushes.splice(0);
    victim.child.kill('SIGKILL');
    await laptop.client.closed;
    // Within the heartbeat timeout: the laptop is offline, gina is not.
    await buddy.client.next('presencePush', (f) => isPresence(f, 'kd.gina') && onlineIds(f).join() === hex(desk.id) && f.presencePush!.presence!.status === 1, 4 * HEARTBEAT_MS);
    expect(buddy.client.pushes.filter((f) => f.body === 'presencePush' && isPresence(f, 'kd.gina') && f.presencePush!.presence!.status === 0)).toHaveLength(0);
    // Her own desk sees it too.
    await expect
      .poll(async () => (await desk.client.call({ deviceList: {} })).deviceList!.devices!.find((d) => Buffer.from(d.deviceId!).equals(laptop.id))!.online, { timeout: 4 * HEARTBEAT_MS })
      .toBe(false);
    // Relay to the dead device is refused as offline where the sender is.
    expect((await buddy.client.request({ relay: { peer: `kd.gina/${hex(laptop.id)}`, payload: Buffer.from('x') } })).error?.code).toBe('BUDDY_OFFLINE');
    await desk.client.call({ logout: {} });
    await buddy.client.next('presencePush', (f) => isPresence(f, 'kd.gina') && f.presencePush!.presence!.status === 0, 5000);
  });
});
