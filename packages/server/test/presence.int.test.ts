// Presence (docs/protocol.md "Presence", "STUN credentials", "Heartbeat";
// DESIGN.md login steps 1-3): who is told what, when a user goes offline,
// and the public endpoint learned from an authenticated STUN binding.
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { useTestNode } from '../../../test/support/test-node.js';
import { bindingRequest } from '@natter/stun';
import { nodeUdpStack, systemClock, type UdpSocket } from '@natter/io';
import type { DecodedControlFrame } from '@natter/wire';
import { befriend, login, registerAndLogin } from '../../../test/support/control-client.js';
import { adminCommand } from '../../../test/support/admin-client.js';
import { goSilent } from '../../../test/support/node-probes.js';

type User = Awaited<ReturnType<typeof registerAndLogin>> & { name: string };

const roomy = { perSecond: 1000, burst: 1000 };
const srv = useTestNode({ accounts: { perAccount: roomy, perAddress: roomy } });
const { open } = srv;
const sockets: UdpSocket[] = [];
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()));
});

async function user(name: string, url = srv.node.url): Promise<User> {
  const r = await registerAndLogin(url, name);
  open.push(r.client);
  return { ...r, name };
}

const presenceOf = (name: string, pred: (p: NonNullable<NonNullable<DecodedControlFrame['presencePush']>['presence']>) => boolean = () => true) => (f: DecodedControlFrame) =>
  f.presencePush!.presence!.username === name && pred(f.presencePush!.presence!);

/** The STUN credentials of a fresh login (LoginOk.stun). */
async function stunLogin(name: string, url = srv.node.url) {
  const { client, loginOk } = await login(url, name, 'correct horse');
  open.push(client);
  return { client, stun: loginOk.loginOk!.stun! };
}

async function udpSocket(): Promise<UdpSocket> {
  const s = await nodeUdpStack.bind({ address: '127.0.0.1' });
  sockets.push(s);
  return s;
}

function bind(socket: UdpSocket, server: { ip?: string | null; port?: number | null }, username?: string, key?: Uint8Array) {
  return bindingRequest(socket, { address: server.ip!, port: server.port! }, { clock: systemClock, username, key, rtoMs: 100, timeoutMs: 2000 });
}

describe('PresenceUpdate', () => {
  it('goes to mutual buddies with status, text, LAN endpoints, NAT report, identity key and client version', async () => {
    const a = await user('pres.a');
    const b = await user('pres.b');
    await befriend(a, 'pres.a', b, 'pres.b');
    const nat = { udp: true, nat: 4, mapping: 1, filtering: 3, hairpinning: false, portDelta: 0, mapped: { ip: '203.0.113.9', port: 40000, kind: 1 } };
    const ok = await a.client.call({
      presenceUpdate: {
        status: 2,
        statusText: 'at lunch',
        lanCandidates: [
          { ip: '192.168.1.20', port: 50000 },
          { ip: 'fe80::1', port: 50001 },
        ],
        nat,
      },
    });
    expect(ok.body).toBe('ok');
    const push = await b.client.next('presencePush', presenceOf('pres.a', (p) => p.statusText === 'at lunch'));
    expect(push.requestId).toBe(0);
    const p = push.presencePush!.presence!;
    expect(p.status).toBe(2);
    expect(p.endpoints).toEqual([
      expect.objectContaining({ ip: '192.168.1.20', port: 50000, kind: 2 }),
      expect.objectContaining({ ip: 'fe80::1', port: 50001, kind: 2 }),
    ]);
    expect(p.nat).toMatchObject({ udp: true, nat: 4, mapping: 1, filtering: 3, hairpinning: false, mapped: { ip: '203.0.113.9', port: 40000 } });
    expect(Buffer.from(p.identityKey!).equals(a.identity.publicKey)).toBe(true);
    expect(p.clientVersion).toBe('natter-test/0');
    expect(Number(p.sinceMs)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('tells nobody else: not an online stranger, not someone with a pending request', async () => {
    const a = await user('shy.a');
    const b = await user('shy.b');
    const stranger = await user('shy.stranger');
    const asker = await user('shy.asker');
    await befriend(a, 'shy.a', b, 'shy.b');
    await asker.client.call({ buddyAction: { action: 1, username: 'shy.a' } });
    // a asked someone too: an outgoing request is not a relation either.
    await a.client.call({ buddyAction: { action: 1, username: 'shy.stranger' } });
    await a.client.call({ presenceUpdate: { status: 3, statusText: 'secret', lanCandidates: [{ ip: '10.1.1.1', port: 1 }] } });
    await b.client.next('presencePush', presenceOf('shy.a', (p) => p.statusText === 'secret'));
    // a logs out and in again: still nothing for them.
    await a.client.close();
    await b.client.next('presencePush', presenceOf('shy.a', (p) => p.status === 0));
    const { client } = await login(srv.node.url, 'shy.a', 'correct horse');
    open.push(client);
    await b.client.next('presencePush', presenceOf('shy.a', (p) => p.status === 1));
    for (const outsider of [stranger, asker]) {
      expect(await outsider.client.none('presencePush', 100)).toBe(true);
      const lists = outsider.client.pushes.filter((f) => f.body === 'buddyList');
      for (const l of lists) expect((l.buddyList!.buddies ?? []).map((x) => x.username)).not.toContain('shy.a');
    }
  });

  it('keeps only well-formed LAN candidates (at most 8) and a status text of at most 140 characters', async () => {
    const a = await user('lan.a');
    const b = await user('lan.b');
    await befriend(a, 'lan.a', b, 'lan.b');
    const good = Array.from({ length: 10 }, (_, i) => ({ ip: `10.0.0.${i + 1}`, port: 1000 + i }));
    await a.client.call({
      presenceUpdate: {
        status: 1,
        statusText: 'x'.repeat(500),
        lanCandidates: [{ ip: 'not-an-ip', port: 1 }, { ip: '10.9.9.9', port: 0 }, { ip: '10.9.9.9', port: 70000 }, ...good],
      },
    });
    const p = (await b.client.next('presencePush', presenceOf('lan.a', (x) => (x.statusText ?? '').length > 0))).presencePush!.presence!;
    expect(p.statusText).toBe('x'.repeat(140));
    // The three bad ones are within the first eight looked at; the rest are good.
    expect(p.endpoints!.map((e) => e.ip)).toEqual(good.slice(0, 5).map((e) => e.ip));
  });
});

describe('login and logout', () => {
  it('pushes a user coming online to online buddies, and sends the list with offline buddies at login', async () => {
    const a = await user('in.a');
    const b = await user('in.b');
    const c = await user('in.c');
    await befriend(a, 'in.a', b, 'in.b');
    await befriend(a, 'in.a', c, 'in.c');
    await c.client.close();
    await a.client.close();
    await b.client.next('presencePush', presenceOf('in.a', (p) => p.status === 0));
    b.client.pushes.length = 0;
    const { client } = await login(srv.node.url, 'in.a', 'correct horse', { clientVersion: 'natter/9.9' });
    open.push(client);
    const online = await b.client.next('presencePush', presenceOf('in.a', (p) => p.status === 1));
    expect(online.presencePush!.presence!.clientVersion).toBe('natter/9.9');
    const list = (await client.next('buddyList')).buddyList!;
    const byName = Object.fromEntries(list.buddies!.map((x) => [x.username, x]));
    expect(Object.keys(byName).sort()).toEqual(['in.b', 'in.c']);
    expect(byName['in.b']!.status).toBe(1);
    expect(Buffer.from(byName['in.b']!.identityKey!).equals(b.identity.publicKey)).toBe(true);
    expect(byName['in.c']!.status).toBe(0);
    expect(byName['in.c']!.endpoints ?? []).toEqual([]);
    expect(Buffer.from(byName['in.c']!.identityKey!).equals(c.identity.publicKey)).toBe(true);
  });

  it('pushes offline (without endpoints) at once on Logout', async () => {
    const a = await user('out.a');
    const b = await user('out.b');
    await befriend(a, 'out.a', b, 'out.b');
    await a.client.call({ presenceUpdate: { status: 1, lanCandidates: [{ ip: '10.0.0.1', port: 9 }] } });
    await a.client.call({ logout: {} });
    const off = await b.client.next('presencePush', presenceOf('out.a', (p) => p.status === 0));
    expect(off.presencePush!.presence!.endpoints ?? []).toEqual([]);
  });

  it('pushes offline at once when the connection closes, cleanly or not', async () => {
    const a = await user('drop.a');
    const b = await user('drop.b');
    const c = await user('drop.c');
    await befriend(a, 'drop.a', c, 'drop.c');
    await befriend(b, 'drop.b', c, 'drop.c');
    await a.client.close();
    await c.client.next('presencePush', presenceOf('drop.a', (p) => p.status === 0));
    b.client.ws.terminate();
    await c.client.next('presencePush', presenceOf('drop.b', (p) => p.status === 0));
  });
});

describe('heartbeat timeout', () => {
  let hb: TestNode;
  beforeAll(async () => {
    // Short, yet long enough that a busy test machine's scheduling pauses do not look like silence.
    hb = await startTestNode({ heartbeatTimeoutMs: 1000 });
  });
  afterAll(() => hb?.stop());

  it('marks a peer that went silent offline within the timeout and closes its connection', async () => {
    const a = await user('silent.a', hb.url);
    const b = await user('silent.b', hb.url);
    await befriend(a, 'silent.a', b, 'silent.b');
    const cleanup = goSilent(a.client);
    try {
      await b.client.next('presencePush', presenceOf('silent.a', (p) => p.status === 0), 4000);
      const online = await adminCommand<Array<{ username: string }>>(hb.adminSocket!, { cmd: 'online' });
      expect(online.result!.map((u) => u.username)).toEqual(['silent.b']);
      // The node let go of the session: the name logs in fresh, no SESSION_REPLACED needed.
      const { client } = await login(hb.url, 'silent.a', 'correct horse');
      open.push(client);
      await b.client.next('presencePush', presenceOf('silent.a', (p) => p.status === 1));
    } finally {
      cleanup();
    }
  });

  it('keeps a quiet peer that still answers pings online, and measures its round trip', async () => {
    const a = await user('alive.a', hb.url);
    const b = await user('alive.b', hb.url);
    await befriend(a, 'alive.a', b, 'alive.b');
    // One and a half timeouts without a single frame from a.
    await new Promise((r) => setTimeout(r, 1500));
    expect(b.client.pushes.some((f) => f.presencePush?.presence?.username === 'alive.a' && f.presencePush.presence.status === 0)).toBe(false);
    expect(a.client.closeCode).toBeUndefined();
    const online = await adminCommand<Array<{ username: string; rttMs: number | null }>>(hb.adminSocket!, { cmd: 'online' });
    const me = online.result!.find((u) => u.username === 'alive.a')!;
    expect(typeof me.rttMs).toBe('number');
    expect((await a.client.call({ punchRequest: { buddy: 'alive.b' } })).body).toBe('ok');
  });
});

describe('public endpoint from an authenticated STUN binding', () => {
  it('records the mapped address as PUBLIC and pushes it to buddies (and lists it for later logins)', async () => {
    const { client: a, loginOk } = await user('stun.a');
    const stun = loginOk.loginOk!.stun!;
    const b = await user('stun.b');
    await befriend({ client: a }, 'stun.a', b, 'stun.b');
    await a.call({ presenceUpdate: { status: 1, lanCandidates: [{ ip: '192.168.7.7', port: 7777 }] } });
    const socket = await udpSocket();
    const res = await bind(socket, stun.servers![0]!, stun.username!, stun.password!);
    const local = socket.address();
    expect(res.mapped).toMatchObject({ address: '127.0.0.1', port: local.port });
    const push = await b.client.next('presencePush', presenceOf('stun.a', (p) => (p.endpoints ?? []).some((e) => e.kind === 1)));
    // PUBLIC first, then the LAN candidates.
    expect(push.presencePush!.presence!.endpoints).toEqual([
      expect.objectContaining({ ip: '127.0.0.1', port: local.port, kind: 1 }),
      expect.objectContaining({ ip: '192.168.7.7', port: 7777, kind: 2 }),
    ]);
    // A repeated binding from the same socket changes nothing, so it is not pushed again.
    b.client.pushes.length = 0;
    await bind(socket, stun.servers![0]!, stun.username!, stun.password!);
    expect(await b.client.none('presencePush', 150, presenceOf('stun.a'))).toBe(true);
    // A buddy who logs in later sees it in the list.
    const later = await login(srv.node.url, 'stun.b', 'correct horse');
    open.push(later.client);
    const list = (await later.client.next('buddyList')).buddyList!;
    expect(list.buddies![0]!.endpoints![0]).toMatchObject({ ip: '127.0.0.1', port: local.port, kind: 1 });
  });

  it('answers a wrong STUN password with 401 and records nothing', async () => {
    const { client: a, loginOk } = await user('stunbad.a');
    const stun = loginOk.loginOk!.stun!;
    const b = await user('stunbad.b');
    await befriend({ client: a }, 'stunbad.a', b, 'stunbad.b');
    const socket = await udpSocket();
    const wrongKey = Buffer.from(stun.password!).map((x) => x ^ 1);
    await expect(bind(socket, stun.servers![0]!, stun.username!, wrongKey)).rejects.toMatchObject({ stunCode: 401 });
    await expect(bind(socket, stun.servers![0]!, 'nosuchstunuser', stun.password!)).rejects.toMatchObject({ stunCode: 401 });
    // An unauthenticated binding is answered (it is plain STUN) but names nobody.
    const plain = await bind(socket, stun.servers![0]!);
    expect(plain.mapped.port).toBe(socket.address().port);
    expect(await b.client.none('presencePush', 150, presenceOf('stunbad.a', (p) => (p.endpoints ?? []).length > 0))).toBe(true);
    const online = await adminCommand<Array<{ username: string; publicEndpoint: string | null }>>(srv.node.adminSocket!, { cmd: 'online' });
    expect(online.result!.find((u) => u.username === 'stunbad.a')!.publicEndpoint).toBeNull();
  });

  it('takes STUN credentials only for the session they were issued to', async () => {
    await user('stunold.a');
    const first = await stunLogin('stunold.a');
    await first.client.call({ logout: {} });
    await first.client.closed;
    const socket = await udpSocket();
    await expect(bind(socket, first.stun.servers![0]!, first.stun.username!, first.stun.password!)).rejects.toMatchObject({ stunCode: 401 });
    // A new session has new credentials; the replaced session's stop working.
    const second = await stunLogin('stunold.a');
    expect(second.stun.username).not.toBe(first.stun.username);
    const third = await stunLogin('stunold.a');
    await second.client.closed;
    await expect(bind(socket, second.stun.servers![0]!, second.stun.username!, second.stun.password!)).rejects.toMatchObject({ stunCode: 401 });
    await bind(socket, third.stun.servers![0]!, third.stun.username!, third.stun.password!);
  });
});

describe('IPv6: a second STUN server and IPv6 candidates', () => {
  const hasLoopback6 = Object.values(networkInterfaces()).some((l) => l?.some((a) => a.family === 'IPv6' && a.address === '::1'));
  let six: TestNode | undefined;
  beforeAll(async () => {
    if (hasLoopback6) six = await startTestNode({ stunIp6: '::1', accounts: { perAccount: roomy, perAddress: roomy } });
  });
  afterAll(async () => {
    await six?.stop();
  });

  it.skipIf(!hasLoopback6)('lists both STUN servers; a binding over IPv6 is the PUBLIC IPv6 endpoint, and global IPv6 LAN candidates pass only inside its /64', async () => {
    const url = six!.url;
    const { client: a, loginOk } = await user('six.a', url);
    const stun = loginOk.loginOk!.stun!;
    const b = await user('six.b', url);
    await befriend({ client: a }, 'six.a', b, 'six.b');
    const server6 = stun.servers!.find((s) => s.ip === '::1');
    expect(server6, JSON.stringify(stun.servers)).toBeDefined();
    expect(stun.servers![0]!.ip).toBe('127.0.0.1');
    // Global IPv6 candidates before the node saw any IPv6 of ours: kept back.
    await a.call({ presenceUpdate: { status: 1, lanCandidates: [{ ip: '::2', port: 7002 }, { ip: '2001:db8::7', port: 7003 }, { ip: 'fd00::7', port: 7004 }] } });
    const before = await b.client.next('presencePush', presenceOf('six.a', (p) => (p.endpoints ?? []).length > 0));
    expect(before.presencePush!.presence!.endpoints!.map((e) => e.ip)).toEqual(['fd00::7']);
    const socket = await nodeUdpStack.bind({ family: 'IPv6' });
    sockets.push(socket);
    const res = await bind(socket, server6!, stun.username!, stun.password!);
    expect(res.mapped).toMatchObject({ family: 'IPv6', address: '::1', port: socket.address().port });
    const push = await b.client.next('presencePush', presenceOf('six.a', (p) => (p.endpoints ?? []).some((e) => e.kind === 1)));
    // The observed IPv6 endpoint, then the private candidate and the global one inside its /64 (::/64); never 2001:db8::7.
    expect(push.presencePush!.presence!.endpoints).toEqual([
      expect.objectContaining({ ip: '::1', port: socket.address().port, kind: 1 }),
      expect.objectContaining({ ip: '::2', port: 7002, kind: 2 }),
      expect.objectContaining({ ip: 'fd00::7', port: 7004, kind: 2 }),
    ]);
  });
});
