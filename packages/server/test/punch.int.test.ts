// Punch coordination (docs/protocol.md "Punch coordination"): one PunchRequest,
// a PunchPlan to each side with a shared attempt id and secret, each other's
// candidates, roles and keys; refusals for strangers and offline buddies.
import { afterAll, describe, expect, it } from 'vitest';
import { useTestNode } from '../../../test/support/test-node.js';
import { bindingRequest } from '@natter/stun';
import { nodeUdpStack, systemClock, type UdpSocket } from '@natter/io';
import { addressOf, befriend, registerAndLogin } from '../../../test/support/control-client.js';

const INITIATOR = 1, RESPONDER = 2;

const srv = useTestNode();
const { open } = srv;
const sockets: UdpSocket[] = [];
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()));
});

/** A logged-in user whose chat socket has told the node its public endpoint. */
async function peer(name: string, lan: { ip: string; port: number }, nat: { nat: number; mapping: number; filtering: number }) {
  const { client, identity, loginOk } = await registerAndLogin(srv.node.url, name);
  open.push(client);
  const stun = loginOk.loginOk!.stun!;
  const socket = await nodeUdpStack.bind({ address: '127.0.0.1' });
  sockets.push(socket);
  await bindingRequest(socket, { address: stun.servers![0]!.ip!, port: stun.servers![0]!.port! }, { clock: systemClock, username: stun.username!, key: stun.password! });
  await client.call({ presenceUpdate: { status: 1, lanCandidates: [lan], nat: { udp: true, ...nat } } });
  return { client, name, key: identity.publicKey, publicPort: socket.address().port, lan };
}

async function user(name: string) {
  const r = await registerAndLogin(srv.node.url, name);
  open.push(r.client);
  return r;
}

describe('PunchRequest to an online buddy', () => {
  it('sends both sides a PunchPlan with one attempt id and secret, each other’s candidates, NAT, roles and keys', async () => {
    const a = await peer('punch.a', { ip: '192.168.1.10', port: 40001 }, { nat: 4, mapping: 1, filtering: 3 });
    const b = await peer('punch.b', { ip: '10.0.0.20', port: 40002 }, { nat: 5, mapping: 3, filtering: 3 });
    await befriend(a, 'punch.a', b, 'punch.b');
    const ok = await a.client.call({ punchRequest: { buddy: 'punch.b' } });
    expect(ok.body).toBe('ok');
    const pa = (await a.client.next('punchPlan')).punchPlan!;
    const pb = (await b.client.next('punchPlan')).punchPlan!;

    expect(pa.attemptId!.length).toBe(16);
    expect(pa.secret!.length).toBe(32);
    expect(Buffer.from(pb.attemptId!).equals(Buffer.from(pa.attemptId!))).toBe(true);
    expect(Buffer.from(pb.secret!).equals(Buffer.from(pa.secret!))).toBe(true);

    // Plans name the other side's device (issue 14): USER/DEVICE.
    expect(pa.buddy).toBe(addressOf('punch.b', { publicKey: b.key }));
    expect(pa.role).toBe(INITIATOR);
    expect(Buffer.from(pa.buddyIdentityKey!).equals(b.key)).toBe(true);
    expect(pa.candidates).toEqual([
      expect.objectContaining({ ip: '127.0.0.1', port: b.publicPort, kind: 1 }),
      expect.objectContaining({ ...b.lan, kind: 2 }),
    ]);
    expect(pa.buddyNat).toMatchObject({ udp: true, nat: 5, mapping: 3, filtering: 3 });

    expect(pb.buddy).toBe(addressOf('punch.a', { publicKey: a.key }));
    expect(pb.role).toBe(RESPONDER);
    expect(Buffer.from(pb.buddyIdentityKey!).equals(a.key)).toBe(true);
    expect(pb.candidates).toEqual([
      expect.objectContaining({ ip: '127.0.0.1', port: a.publicPort, kind: 1 }),
      expect.objectContaining({ ...a.lan, kind: 2 }),
    ]);
    expect(pb.buddyNat).toMatchObject({ udp: true, nat: 4, mapping: 1, filtering: 3 });

    // T = now + max(rtt)/2 + 25 ms + max(rtt)/4, told as T - now - rtt_x/2: never less
    // than 25 ms, never more than 25 ms + 3/4 of the larger round trip (100 ms when not
    // yet measured, so 50 ms here).
    for (const p of [pa, pb]) {
      expect(p.startInMs).toBeGreaterThanOrEqual(25);
      expect(p.startInMs).toBeLessThanOrEqual(100);
    }
  });

  it('uses fresh random values for every attempt and lets either side initiate', async () => {
    const a = await user('fresh.a');
    const b = await user('fresh.b');
    await befriend(a, 'fresh.a', b, 'fresh.b');
    await a.client.call({ punchRequest: { buddy: 'fresh.b' } });
    await b.client.call({ punchRequest: { buddy: 'FRESH.A' } });
    const [a1, a2] = [(await a.client.next('punchPlan')).punchPlan!, (await a.client.next('punchPlan')).punchPlan!];
    const [b1, b2] = [(await b.client.next('punchPlan')).punchPlan!, (await b.client.next('punchPlan')).punchPlan!];
    expect(a1.role).toBe(INITIATOR);
    expect(a2.role).toBe(RESPONDER);
    expect(b1.role).toBe(RESPONDER);
    expect(b2.role).toBe(INITIATOR);
    expect(Buffer.from(a1.attemptId!).equals(Buffer.from(a2.attemptId!))).toBe(false);
    expect(Buffer.from(a1.secret!).equals(Buffer.from(a2.secret!))).toBe(false);
    expect(Buffer.from(b2.attemptId!).equals(Buffer.from(a2.attemptId!))).toBe(true);
    // Without STUN or LAN candidates there is nothing to punch to, but the plan still comes.
    expect(a1.candidates ?? []).toEqual([]);
  });

  it('copies the attempt number of the requester (failures so far) into both plans, at most 8', async () => {
    const a = await user('retry.a');
    const b = await user('retry.b');
    await befriend(a, 'retry.a', b, 'retry.b');
    for (const [sent, want] of [[0, 0], [2, 2], [1000, 8]] as const) {
      await a.client.call({ punchRequest: { buddy: 'retry.b', attempt: sent } });
      const pa = (await a.client.next('punchPlan')).punchPlan!;
      const pb = (await b.client.next('punchPlan')).punchPlan!;
      expect([pa.attempt ?? 0, pb.attempt ?? 0]).toEqual([want, want]);
    }
  });

  it('tells nobody else', async () => {
    const a = await user('quiet.a');
    const b = await user('quiet.b');
    const c = await user('quiet.c');
    await befriend(a, 'quiet.a', b, 'quiet.b');
    await befriend(a, 'quiet.a', c, 'quiet.c');
    await a.client.call({ punchRequest: { buddy: 'quiet.b' } });
    await b.client.next('punchPlan');
    expect(await c.client.none('punchPlan', 150)).toBe(true);
  });

  it('accepts a PunchResult report with Ok', async () => {
    const a = await user('result.a');
    const ok = await a.client.call({ punchResult: { attemptId: Buffer.alloc(16), success: false, elapsedMs: 900 } });
    expect(ok.body).toBe('ok');
  });
});

describe('refusals', () => {
  it('answers NOT_A_BUDDY for a stranger, a pending request, an ex-buddy and a user who does not exist, alike', async () => {
    const me = await user('refuse.me');
    await user('refuse.stranger');
    const pending = await user('refuse.pending');
    const ex = await user('refuse.ex');
    await me.client.call({ buddyAction: { action: 1, username: 'refuse.pending' } });
    await pending.client.next('buddyEvent');
    await befriend(me, 'refuse.me', ex, 'refuse.ex');
    await ex.client.call({ buddyAction: { action: 4, username: 'refuse.me' } });
    await me.client.next('buddyEvent', (f) => f.buddyEvent!.kind === 3);
    const answers = [];
    for (const to of ['refuse.stranger', 'refuse.pending', 'refuse.ex', 'refuse.nobody', 'Not A Name']) {
      const r = await me.client.request({ punchRequest: { buddy: to } });
      expect(r.error?.code, to).toBe('NOT_A_BUDDY');
      answers.push(r.error!.message!.replace(to, 'X'));
    }
    expect(new Set(answers).size).toBe(1);
    // The other side hears nothing of it.
    expect(await pending.client.none('punchPlan', 100)).toBe(true);
  });

  it('answers BUDDY_OFFLINE for a buddy who is not online', async () => {
    const a = await user('off.a');
    const b = await user('off.b');
    await befriend(a, 'off.a', b, 'off.b');
    await b.client.close();
    await a.client.next('presencePush', (f) => f.presencePush!.presence!.status === 0);
    const r = await a.client.request({ punchRequest: { buddy: 'off.b' } });
    expect(r.error?.code).toBe('BUDDY_OFFLINE');
    expect(await a.client.none('punchPlan', 100)).toBe(true);
  });
});
