// What an operator sees and uses: /healthz, /metrics, graceful shutdown and
// the admin socket (JSON lines over a Unix socket in the data directory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { TEST_STORE, startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { useTestNode } from '../../../test/support/test-node.js';
import { bindingRequest } from '@natter/stun';
import { nodeUdpStack, systemClock } from '@natter/io';
import { ControlClient, befriend, login, registerAndLogin } from '../../../test/support/control-client.js';
import { AdminClient, adminCommand } from '../../../test/support/admin-client.js';
import { httpCall, httpGet, metricValue, scrape } from '../../../test/support/node-probes.js';

const srv = useTestNode();
const { open } = srv;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function user(name: string, url = srv.node.url) {
  const r = await registerAndLogin(url, name);
  open.push(r.client);
  return r;
}

const admin = <T = unknown>(req: object | string) => adminCommand<T>(srv.node.adminSocket!, req);

describe('HTTP', () => {
  it('answers GET /healthz with 200 and JSON status ok', async () => {
    await user('health.a');
    const res = await httpGet(srv.node.httpUrl, '/healthz');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok' });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.online).toBeGreaterThanOrEqual(1);
    expect(typeof body.uptimeS).toBe('number');
  });

  it('answers anything else with 404', async () => {
    expect((await httpGet(srv.node.httpUrl, '/nope')).status).toBe(404);
    const post = await httpCall(srv.node.httpUrl, '/healthz', 'POST');
    expect(post.status).toBe(404);
  });
});

describe('/metrics', () => {
  let m: TestNode;
  beforeAll(async () => {
    m = await startTestNode();
  });
  afterAll(() => m?.stop());

  it('exposes the node’s counters in Prometheus text format with values that follow the activity', async () => {
    const a = await user('met.a', m.url);
    const b = await user('met.b', m.url);
    const c = await user('met.c', m.url);
    await befriend(a, 'met.a', b, 'met.b');
    await befriend(a, 'met.a', c, 'met.c');
    // Logins: 3 by password (above), 1 by token, 2 failures.
    const byToken = await login(m.url, 'met.c', { token: c.token });
    open.push(byToken.client);
    for (const pw of ['wrong one', 'wrong two']) await login(m.url, 'met.a', pw).catch(() => undefined);
    // Relay: 3 frames of 100 bytes forwarded, 1 to a stranger dropped.
    for (let i = 0; i < 3; i++) a.client.send({ relay: { peer: 'met.b', payload: Buffer.alloc(100) } });
    for (let i = 0; i < 3; i++) await b.client.next('relay');
    a.client.send({ relay: { peer: 'met.nobody', payload: Buffer.alloc(10) } });
    // Offline: 2 messages waiting for b once b is gone.
    await b.client.close();
    await a.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'met.b' && f.presencePush!.presence!.status === 0);
    for (const id of [1, 2]) await a.client.call({ offlineStore: { to: 'met.b', messageId: Buffer.from([id]), sealed: Buffer.from('x') } });
    // Punch: one coordination.
    await a.client.call({ punchRequest: { buddy: 'met.c' } });
    // STUN: one authenticated binding and one plain one.
    const stun = a.loginOk.loginOk!.stun!;
    const socket = await nodeUdpStack.bind({ address: '127.0.0.1' });
    try {
      const target = { address: stun.servers![0]!.ip!, port: stun.servers![0]!.port! };
      // A long retransmission timer: each binding is one request.
      await bindingRequest(socket, target, { clock: systemClock, username: stun.username!, key: stun.password!, rtoMs: 1000, timeoutMs: 3000 });
      await bindingRequest(socket, target, { clock: systemClock, rtoMs: 1000, timeoutMs: 3000 });
    } finally {
      await socket.close();
    }

    const res = await httpGet(m.httpUrl, '/metrics');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    const t = res.body;
    for (const name of [
      'natter_online_users',
      'natter_logins_total',
      'natter_relay_bytes_total',
      'natter_relay_frames_total',
      'natter_offline_queue_depth',
      'natter_stun_requests_total',
      'natter_punch_coordinations_total',
    ]) {
      expect(t).toContain(`# HELP ${name} `);
      expect(t).toMatch(new RegExp(`^# TYPE ${name} (counter|gauge)$`, 'm'));
    }
    // a, c (by token) online; b logged off.
    expect(metricValue(t, 'natter_online_users')).toBe(2);
    expect(metricValue(t, 'natter_logins_total', { method: 'password', result: 'ok' })).toBe(3);
    expect(metricValue(t, 'natter_logins_total', { method: 'token', result: 'ok' })).toBe(1);
    expect(metricValue(t, 'natter_logins_total', { method: 'password', result: 'failed' })).toBe(2);
    expect(metricValue(t, 'natter_relay_bytes_total')).toBe(300);
    expect(metricValue(t, 'natter_relay_frames_total', { result: 'forwarded' })).toBe(3);
    expect(metricValue(t, 'natter_relay_frames_total', { result: 'not_buddy' })).toBe(1);
    expect(metricValue(t, 'natter_offline_queue_depth')).toBe(2);
    expect(metricValue(t, 'natter_punch_coordinations_total')).toBe(1);
    const stunRequests = metricValue(t, 'natter_stun_requests_total')!;
    expect(stunRequests).toBeGreaterThanOrEqual(2);
    // Process metrics come along under the node's prefix.
    expect(t).toMatch(/^natter_process_\w*resident_memory_bytes \d+/m);
    // The open descriptors (counted off the event loop), not the per-handle
    // counts, which cost O(sessions) at every scrape (metrics.ts).
    expect(metricValue(t, 'natter_process_open_fds')).toBeGreaterThan(5);
    expect(t).not.toMatch(/^natter_nodejs_active_(handles|requests|resources)/m);
    // A second scrape does not count the STUN requests twice.
    expect(await scrape(m.httpUrl, 'natter_stun_requests_total')).toBe(stunRequests);
  });
});

describe('graceful shutdown', () => {
  it('tells every client SHUTTING_DOWN, closes them with 1001 and stops, even with a client that does not answer', async () => {
    const doomed = await startTestNode();
    try {
      const a = await registerAndLogin(doomed.url, 'bye.a');
      const fresh = await ControlClient.connect(doomed.url);
      const stuck = await registerAndLogin(doomed.url, 'bye.stuck');
      stuck.client.ws.pause();
      await doomed.close();
      for (const c of [a.client, fresh]) {
        expect(await c.closed).toBe(1001);
        const err = c.pushes.find((f) => f.body === 'error');
        expect(err?.error!.code).toBe('SHUTTING_DOWN');
        expect(err?.requestId).toBe(0);
      }
      stuck.client.ws.resume();
      await stuck.client.closed;
      expect(existsSync(join(doomed.dataDir, 'admin.sock'))).toBe(false);
      await expect(ControlClient.connect(doomed.url)).rejects.toThrow();
      await expect(httpGet(doomed.httpUrl, '/healthz')).rejects.toThrow();
    } finally {
      await doomed.stop();
    }
  });
});

describe('admin socket', () => {
  it('is a Unix socket in the data directory that only the owner may use (0600)', () => {
    expect(srv.node.adminSocket).toBe(join(srv.node.dataDir, 'admin.sock'));
    const st = statSync(srv.node.adminSocket!);
    expect(st.isSocket()).toBe(true);
    expect(st.mode & 0o777).toBe(0o600);
  });

  it('users.list lists accounts with creation time, online flag and whether a key is set', async () => {
    await user('adm.listed');
    const r = await admin<Array<{ username: string; createdAt: string; online: boolean; hasIdentityKey: boolean }>>({ cmd: 'users.list' });
    expect(r.ok).toBe(true);
    const me = r.result!.find((u) => u.username === 'adm.listed')!;
    expect(me).toMatchObject({ online: true, hasIdentityKey: true });
    expect(Date.parse(me.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('users.add creates an account that logs in (lower-cased), and refuses bad input with the protocol codes', async () => {
    const r = await admin({ cmd: 'users.add', username: 'Adm.Added', password: 'operator chosen' });
    expect(r).toEqual({ ok: true, result: { username: 'adm.added' } });
    const { client } = await login(srv.node.url, 'adm.added', 'operator chosen');
    open.push(client);
    expect((await admin({ cmd: 'users.add', username: 'adm.added', password: 'whatever123' })).error?.code).toBe('USERNAME_TAKEN');
    expect((await admin({ cmd: 'users.add', username: '9bad', password: 'whatever123' })).error?.code).toBe('USERNAME_INVALID');
    expect((await admin({ cmd: 'users.add', username: 'adm.weak', password: 'short' })).error?.code).toBe('PASSWORD_WEAK');
    const list = await admin<Array<{ username: string; hasIdentityKey: boolean }>>({ cmd: 'users.list' });
    expect(list.result!.map((u) => u.username)).not.toContain('adm.weak');
  });

  it('users.passwd sets a new password and revokes resume tokens', async () => {
    const { client, token } = await user('adm.pw');
    await client.close();
    expect(await admin({ cmd: 'users.passwd', username: 'ADM.PW', password: 'reset by operator' })).toEqual({ ok: true, result: { username: 'adm.pw' } });
    await expect(login(srv.node.url, 'adm.pw', 'correct horse')).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    await expect(login(srv.node.url, 'adm.pw', { token })).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    const ok = await login(srv.node.url, 'adm.pw', 'reset by operator');
    open.push(ok.client);
    expect((await admin({ cmd: 'users.passwd', username: 'adm.nobody', password: 'whatever123' })).error?.code).toBe('NO_SUCH_USER');
    expect((await admin({ cmd: 'users.passwd', username: 'adm.pw', password: 'short' })).error?.code).toBe('PASSWORD_WEAK');
  });

  it('users.remove deletes the account, kicks its session and tells its buddies', async () => {
    const x = await user('adm.rm');
    const y = await user('adm.rmbuddy');
    await befriend(x, 'adm.rm', y, 'adm.rmbuddy');
    await x.client.call({ offlineStore: { to: 'adm.rmbuddy', messageId: Buffer.from([1]), sealed: Buffer.from('kept') } });
    expect(await admin({ cmd: 'users.remove', username: 'adm.rm' })).toEqual({ ok: true, result: { removed: 'adm.rm' } });
    expect(await x.client.closed).toBe(4003);
    await y.client.next('buddyEvent', (f) => f.buddyEvent!.username === 'adm.rm' && f.buddyEvent!.kind === 3);
    await expect(login(srv.node.url, 'adm.rm', 'correct horse')).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    await expect(login(srv.node.url, 'adm.rm', { token: x.token })).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    expect((await admin({ cmd: 'users.remove', username: 'adm.rm' })).error?.code).toBe('NO_SUCH_USER');
    // A stranger who takes the name is nobody's buddy, on the node's word and in live sessions alike.
    const heir = await user('adm.rm');
    for (const r of [
      await y.client.request({ offlineStore: { to: 'adm.rm', messageId: Buffer.from([2]), sealed: Buffer.from('for the old one') } }),
      await y.client.request({ punchRequest: { buddy: 'adm.rm' } }),
      await y.client.request({ relay: { peer: 'adm.rm', payload: Buffer.from('x') } }),
    ]) {
      expect(r.error?.code).toBe('NOT_A_BUDDY');
    }
    expect(await heir.client.none('offlineDeliver', 100)).toBe(true);
  });

  it('online lists the sessions with status, client version, endpoints and NAT', async () => {
    const { client } = await user('adm.on');
    await client.call({ presenceUpdate: { status: 3, lanCandidates: [{ ip: '10.2.3.4', port: 5 }], nat: { udp: true, nat: 2 } } });
    const r = await admin<Array<Record<string, unknown>>>({ cmd: 'online' });
    expect(r.ok).toBe(true);
    const me = r.result!.find((u) => u.username === 'adm.on')!;
    expect(me).toMatchObject({ status: 3, clientVersion: 'natter-test/0', publicEndpoint: null, lan: ['10.2.3.4:5'], nat: 2 });
    await client.close();
    await expect.poll(async () => (await admin<Array<{ username: string }>>({ cmd: 'online' })).result!.map((u) => u.username)).not.toContain('adm.on');
  });

  it('backup writes a LevelDB a node can start from (on PostgreSQL it refuses and names pg_dump)', async () => {
    const { client } = await user('adm.backed');
    await client.close();
    if (TEST_STORE === 'postgres') {
      const refused = await admin({ cmd: 'backup', dir: join(tmpdir(), 'natter-no-backup') });
      expect(refused.error?.code).toBe('UNSUPPORTED');
      expect(refused.error?.message).toContain('pg_dump');
      return;
    }
    const parent = mkdtempSync(join(tmpdir(), 'natter-backup-'));
    dirs.push(parent);
    const dir = join(parent, 'db');
    const r = await admin<{ dir: string; records: number }>({ cmd: 'backup', dir });
    expect(r.ok).toBe(true);
    expect(r.result!.dir).toBe(dir);
    expect(r.result!.records).toBeGreaterThan(0);
    const db = new Level<string, unknown>(dir, { valueEncoding: 'json' });
    try {
      const users = db.sublevel<string, { username: string }>('users', { valueEncoding: 'json' });
      expect((await users.get('adm.backed'))!.username).toBe('adm.backed');
    } finally {
      await db.close();
    }
    // Not over an existing backup.
    expect((await admin({ cmd: 'backup', dir })).error?.code).toBe('CONFIG_INVALID');
    // A node on the backup knows the user.
    const restored = await startTestNode({ dataDir: dir });
    try {
      const ok = await login(restored.url, 'adm.backed', 'correct horse');
      await ok.client.close();
    } finally {
      await restored.stop({ keepData: true });
    }
  });

  it('answers an unknown command with UNSUPPORTED and a line that is not JSON with USAGE, and keeps the connection', async () => {
    const c = await AdminClient.connect(srv.node.adminSocket!);
    try {
      expect((await c.request({ cmd: 'users.explode' })).error?.code).toBe('UNSUPPORTED');
      expect((await c.request('this is not json\n')).error?.code).toBe('USAGE');
      expect((await c.request('null\n')).ok).toBe(false);
      expect((await c.request({ cmd: 'online' })).ok).toBe(true);
    } finally {
      c.close();
    }
  });

  it('answers pipelined requests in order', async () => {
    const c = await AdminClient.connect(srv.node.adminSocket!);
    try {
      // A slow command (a password hash and a synced write), then a fast one in a separate write.
      const slow = c.request<{ username: string }>({ cmd: 'users.add', username: 'adm.pipe', password: 'pipelined pw' });
      await new Promise((r) => setTimeout(r, 1));
      const fast = c.request<unknown[]>({ cmd: 'online' });
      expect((await slow).result).toEqual({ username: 'adm.pipe' });
      expect(Array.isArray((await fast).result)).toBe(true);
    } finally {
      c.close();
    }
  });
});
