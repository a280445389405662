// Buddy relations (docs/protocol.md "Buddies"): the action table, the pushes
// that follow each action, and what a stranger can (not) learn.
import { describe, expect, it } from 'vitest';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { useTestNode } from '../../../test/support/test-node.js';
import type { DecodedControlFrame } from '@natter/wire';
import { ControlClient, befriend, login, registerAndLogin } from '../../../test/support/control-client.js';

const REQUEST = 1, ACCEPT = 2, DECLINE = 3, REMOVE = 4, BLOCK = 5, UNBLOCK = 6;
const REQUESTED = 1, ACCEPTED = 2, REMOVED = 3;

type User = { client: ControlClient; token: Buffer; name: string; key: Buffer };

const roomy = { perSecond: 1000, burst: 1000 };
const srv = useTestNode({ accounts: { perAccount: roomy, perAddress: roomy } });
const { open } = srv;

async function user(name: string): Promise<User> {
  const r = await registerAndLogin(srv.node.url, name);
  open.push(r.client);
  // The login's BuddyList is not what the tests look for.
  await r.client.next('buddyList');
  return { client: r.client, token: r.token, name, key: r.identity.publicKey };
}

async function relogin(u: User): Promise<User> {
  const { client } = await login(srv.node.url, u.name, { token: u.token });
  open.push(client);
  return { ...u, client };
}

const act = (u: User, action: number, username: string, message?: string) => u.client.request({ buddyAction: { action, username, message } });
const event = (u: User, kind: number, from: string) => u.client.next('buddyEvent', (f) => f.buddyEvent!.kind === kind && f.buddyEvent!.username === from);
const lastList = async (u: User) => {
  // The latest list wins; earlier pushes are history.
  await u.client.call({ heartbeat: { sentAtMs: 0 } });
  const lists = u.client.pushes.filter((f) => f.body === 'buddyList');
  return lists.at(-1)?.buddyList;
};
const names = (l: DecodedControlFrame['buddyList']) => (l?.buddies ?? []).map((b) => b.username);

describe('REQUEST, ACCEPT', () => {
  it('records a request: the requested user gets REQUESTED with the greeting; both lists show it', async () => {
    const a = await user('req.a');
    const b = await user('req.b');
    expect((await act(a, REQUEST, 'req.b', 'hi, it is a')).body).toBe('ok');
    const ev = await event(b, REQUESTED, 'req.a');
    expect(ev.buddyEvent!.message).toBe('hi, it is a');
    expect(ev.requestId).toBe(0);
    await b.client.next('buddyList', (f) => (f.buddyList!.incomingRequests ?? []).includes('req.a'));
    await a.client.next('buddyList', (f) => (f.buddyList!.outgoingRequests ?? []).includes('req.b'));
    // Not buddies yet.
    expect(names(await lastList(a))).toEqual([]);
  });

  it('ACCEPT makes mutual buddies: both get ACCEPTED, a list with the other online, then its PresencePush', async () => {
    const a = await user('acc.a');
    const b = await user('acc.b');
    await act(a, REQUEST, 'acc.b');
    await event(b, REQUESTED, 'acc.a');
    expect((await act(b, ACCEPT, 'acc.a')).body).toBe('ok');
    for (const [me, other] of [
      [a, b],
      [b, a],
    ] as const) {
      await event(me, ACCEPTED, other.name);
      const list = await me.client.next('buddyList', (f) => names(f.buddyList).includes(other.name));
      const p = list.buddyList!.buddies!.find((x) => x.username === other.name)!;
      expect(p.status).toBe(1);
      expect(Buffer.from(p.identityKey!).equals(other.key)).toBe(true);
      expect(list.buddyList!.incomingRequests ?? []).toEqual([]);
      expect(list.buddyList!.outgoingRequests ?? []).toEqual([]);
      const push = await me.client.next('presencePush', (f) => f.presencePush!.presence!.username === other.name);
      expect(push.presencePush!.presence!.status).toBe(1);
      expect(Buffer.from(push.presencePush!.presence!.identityKey!).equals(other.key)).toBe(true);
    }
  });

  it('accepts names in any case', async () => {
    const a = await user('case.a');
    const b = await user('case.b');
    await act(a, REQUEST, 'CASE.B');
    await event(b, REQUESTED, 'case.a');
    expect((await act(b, ACCEPT, 'Case.A')).body).toBe('ok');
    await event(a, ACCEPTED, 'case.b');
  });

  it('makes two users who ask each other buddies at once', async () => {
    const a = await user('mutual.a');
    const b = await user('mutual.b');
    await act(a, REQUEST, 'mutual.b');
    await event(b, REQUESTED, 'mutual.a');
    expect((await act(b, REQUEST, 'mutual.a')).body).toBe('ok');
    await event(a, ACCEPTED, 'mutual.b');
    await event(b, ACCEPTED, 'mutual.a');
    expect(names(await lastList(a))).toEqual(['mutual.b']);
    expect(names(await lastList(b))).toEqual(['mutual.a']);
    expect((await a.client.request({ punchRequest: { buddy: 'mutual.b' } })).body).toBe('ok');
  });

  it('answers ACCEPT without a pending request with NO_SUCH_REQUEST (none, our own outgoing one, no such user)', async () => {
    const a = await user('nsr.a');
    const b = await user('nsr.b');
    expect((await act(a, ACCEPT, 'nsr.b')).error?.code).toBe('NO_SUCH_REQUEST');
    await act(a, REQUEST, 'nsr.b');
    expect((await act(a, ACCEPT, 'nsr.b')).error?.code).toBe('NO_SUCH_REQUEST');
    expect((await act(a, ACCEPT, 'nosuchuser')).error?.code).toBe('NO_SUCH_REQUEST');
    expect((await act(a, ACCEPT, 'not a name!')).error?.code).toBe('NO_SUCH_REQUEST');
    // b's pending request is untouched by a's attempts.
    expect((await act(b, ACCEPT, 'nsr.a')).body).toBe('ok');
  });

  it('answers a REQUEST to an existing buddy with Ok and changes nothing', async () => {
    const a = await user('again.a');
    const b = await user('again.b');
    await befriend(a, 'again.a', b, 'again.b');
    await b.client.call({ heartbeat: { sentAtMs: 0 } });
    b.client.pushes.length = 0;
    expect((await act(a, REQUEST, 'again.b')).body).toBe('ok');
    expect(await b.client.none('buddyEvent', 150)).toBe(true);
    expect((await a.client.request({ punchRequest: { buddy: 'again.b' } })).body).toBe('ok');
  });

  it('shows a request made while the user was offline in incoming_requests at their next login', async () => {
    const a = await user('late.a');
    const b = await user('late.b');
    await b.client.close();
    expect((await act(a, REQUEST, 'late.b', 'are you there?')).body).toBe('ok');
    const b2 = await relogin(b);
    const list = await b2.client.next('buddyList');
    expect(list.buddyList!.incomingRequests).toEqual(['late.a']);
    expect((await act(b2, ACCEPT, 'late.a')).body).toBe('ok');
    await event(a, ACCEPTED, 'late.b');
  });
});

describe('DECLINE', () => {
  it('drops the request without telling the requester (no event)', async () => {
    const a = await user('dec.a');
    const b = await user('dec.b');
    await act(a, REQUEST, 'dec.b');
    await event(b, REQUESTED, 'dec.a');
    expect((await act(b, DECLINE, 'dec.a')).body).toBe('ok');
    await b.client.next('buddyList', (f) => (f.buddyList!.incomingRequests ?? []).length === 0);
    expect(await a.client.none('buddyEvent', 150)).toBe(true);
    expect((await act(b, ACCEPT, 'dec.a')).error?.code).toBe('NO_SUCH_REQUEST');
    expect((await act(b, DECLINE, 'dec.a')).error?.code).toBe('NO_SUCH_REQUEST');
    // Not buddies: a cannot punch or relay to b.
    expect((await a.client.request({ punchRequest: { buddy: 'dec.b' } })).error?.code).toBe('NOT_A_BUDDY');
  });

  it('answers DECLINE without a request with NO_SUCH_REQUEST', async () => {
    const a = await user('dec2.a');
    expect((await act(a, DECLINE, 'dec.b')).error?.code).toBe('NO_SUCH_REQUEST');
    expect((await act(a, DECLINE, 'nosuchuser')).error?.code).toBe('NO_SUCH_REQUEST');
  });
});

describe('REMOVE', () => {
  it('ends the relation: the other side gets offline presence and REMOVED, both lists drop it', async () => {
    const a = await user('rm.a');
    const b = await user('rm.b');
    await befriend(a, 'rm.a', b, 'rm.b');
    expect((await act(a, REMOVE, 'rm.b')).body).toBe('ok');
    await event(b, REMOVED, 'rm.a');
    await b.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'rm.a' && f.presencePush!.presence!.status === 0);
    expect(names(await lastList(a))).toEqual([]);
    expect(names(await lastList(b))).toEqual([]);
    // And the node enforces it.
    expect((await b.client.request({ punchRequest: { buddy: 'rm.a' } })).error?.code).toBe('NOT_A_BUDDY');
    expect((await b.client.request({ relay: { peer: 'rm.a', payload: Buffer.from('x') } })).error?.code).toBe('NOT_A_BUDDY');
    // Presence no longer flows.
    b.client.pushes.length = 0;
    await a.client.call({ presenceUpdate: { status: 2, statusText: 'after remove' } });
    expect(await b.client.none('presencePush', 150, (f) => f.presencePush!.presence!.username === 'rm.a')).toBe(true);
  });

  it('withdraws our pending request', async () => {
    const a = await user('wd.a');
    const b = await user('wd.b');
    await act(a, REQUEST, 'wd.b');
    await event(b, REQUESTED, 'wd.a');
    expect((await act(a, REMOVE, 'wd.b')).body).toBe('ok');
    await b.client.next('buddyList', (f) => (f.buddyList!.incomingRequests ?? []).length === 0);
    expect((await lastList(a))!.outgoingRequests ?? []).toEqual([]);
    expect((await act(b, ACCEPT, 'wd.a')).error?.code).toBe('NO_SUCH_REQUEST');
  });

  it('answers Ok when there is nothing to remove (also for no such user)', async () => {
    const a = await user('rm0.a');
    expect((await act(a, REMOVE, 'rm.b')).body).toBe('ok');
    expect((await act(a, REMOVE, 'nosuchuser')).body).toBe('ok');
  });
});

describe('BLOCK, UNBLOCK', () => {
  it('ends the relation and drops later requests silently until UNBLOCK', async () => {
    const a = await user('blk.a');
    const b = await user('blk.b');
    await befriend(a, 'blk.a', b, 'blk.b');
    expect((await act(a, BLOCK, 'blk.b')).body).toBe('ok');
    await event(b, REMOVED, 'blk.a');
    const list = await lastList(a);
    expect(names(list)).toEqual([]);
    expect(list!.blocked).toEqual(['blk.b']);

    // b asks again: Ok, but a hears nothing and has no incoming request.
    expect((await act(b, REQUEST, 'blk.a', 'please')).body).toBe('ok');
    expect(await a.client.none('buddyEvent', 150)).toBe(true);
    expect((await lastList(a))!.incomingRequests ?? []).toEqual([]);
    expect((await act(a, ACCEPT, 'blk.b')).error?.code).toBe('NO_SUCH_REQUEST');
    // Still dropped after a's next login.
    const a2 = await relogin(a);
    const atLogin = await a2.client.next('buddyList');
    expect(atLogin.buddyList!.incomingRequests ?? []).toEqual([]);
    expect(atLogin.buddyList!.blocked).toEqual(['blk.b']);

    expect((await act(a2, UNBLOCK, 'blk.b')).body).toBe('ok');
    expect((await lastList(a2))!.blocked ?? []).toEqual([]);
    expect((await act(b, REQUEST, 'blk.a', 'once more')).body).toBe('ok');
    expect((await event(a2, REQUESTED, 'blk.b')).buddyEvent!.message).toBe('once more');
  });

  it('drops a pending request from the blocked user', async () => {
    const a = await user('blk2.a');
    const b = await user('blk2.b');
    await act(b, REQUEST, 'blk2.a');
    await event(a, REQUESTED, 'blk2.b');
    expect((await act(a, BLOCK, 'blk2.b')).body).toBe('ok');
    expect((await lastList(a))!.incomingRequests ?? []).toEqual([]);
    expect((await act(a, ACCEPT, 'blk2.b')).error?.code).toBe('NO_SUCH_REQUEST');
  });

  it('treats asking someone you blocked as lifting the block', async () => {
    const a = await user('blk3.a');
    const b = await user('blk3.b');
    await act(a, BLOCK, 'blk3.b');
    expect((await act(a, REQUEST, 'blk3.b')).body).toBe('ok');
    await event(b, REQUESTED, 'blk3.a');
    expect((await lastList(a))!.blocked ?? []).toEqual([]);
  });

  it('answers UNBLOCK without a block with Ok', async () => {
    const a = await user('ublk.a');
    expect((await act(a, UNBLOCK, 'ublk.x')).body).toBe('ok');
  });
});

describe('what a stranger learns', () => {
  /** A frame as plain data, without its request id. */
  const shape = (f: DecodedControlFrame) => ({ body: f.body, value: JSON.parse(JSON.stringify(f[f.body])) as unknown });

  /** Sends a REQUEST and returns the answer and the pushes that follow it. */
  async function probe(u: User, target: string) {
    u.client.pushes.length = 0;
    const answer = await act(u, REQUEST, target);
    // A heartbeat round trip: every push caused by the request is in by now.
    await u.client.call({ heartbeat: { sentAtMs: 0 } });
    await new Promise((r) => setTimeout(r, 50));
    return { answer: shape(answer), pushes: u.client.pushes.splice(0).map(shape) };
  }

  it('answers a REQUEST to a user who does not exist exactly like one to a user who blocked us, or who has not answered', async () => {
    const stranger = await user('stranger');
    const blocker = await user('blocker');
    const silent = await user('silent');
    await act(blocker, BLOCK, 'stranger');
    const ghost = await probe(stranger, 'ghost');
    const blocked = await probe(stranger, 'blocker');
    const unanswered = await probe(stranger, 'silent');
    expect(ghost.answer.body).toBe('ok');
    // One answer and one list push each time, and the list shows the pending
    // request in all three cases; nothing else differs.
    const lists = [ghost, blocked, unanswered].map((r) => {
      expect(r.answer).toEqual(ghost.answer);
      expect(r.pushes.map((p) => p.body)).toEqual(['buddyList']);
      return r.pushes[0]!.value as { outgoingRequests: string[]; buddies: unknown[]; incomingRequests: unknown[]; blocked: unknown[] };
    });
    expect(lists.map((l) => l.outgoingRequests)).toEqual([['ghost'], ['blocker', 'ghost'], ['blocker', 'ghost', 'silent']]);
    for (const l of lists) expect([l.buddies, l.incomingRequests, l.blocked]).toEqual([[], [], []]);
    expect(await blocker.client.none('buddyEvent', 100)).toBe(true);
    await silent.client.next('buddyEvent');
    // An invalid name (the rules are public) gets the same answer.
    expect((await probe(stranger, 'Not A Name!')).answer).toEqual(ghost.answer);
  });

  it('a decline or a block leaves the requester seeing an unanswered request', async () => {
    const asker = await user('asker');
    const decliner = await user('decliner');
    const blocker = await user('blocker3');
    await act(asker, REQUEST, 'decliner');
    await act(asker, REQUEST, 'blocker3');
    await event(decliner, REQUESTED, 'asker');
    await event(blocker, REQUESTED, 'asker');
    asker.client.pushes.length = 0;
    await act(decliner, DECLINE, 'asker');
    await act(blocker, BLOCK, 'asker');
    await asker.client.call({ heartbeat: { sentAtMs: 0 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(asker.client.pushes).toEqual([]);
    // And after a fresh login the requests are still pending.
    const again = await ControlClient.connect(srv.node.url);
    await again.call({ login: { username: 'asker', password: 'correct horse' } });
    const list = await again.next('buddyList');
    expect(list.buddyList!.outgoingRequests).toEqual(['blocker3', 'decliner']);
    await again.close();
  });

  it('answers punch, relay and offline store to strangers and to nobody with the same NOT_A_BUDDY', async () => {
    const s = await user('nosy');
    await user('private');
    for (const body of [
      (to: string) => ({ punchRequest: { buddy: to } }),
      (to: string) => ({ relay: { peer: to, payload: Buffer.from('x') } }),
      (to: string) => ({ offlineStore: { to, messageId: Buffer.from([1]), sealed: Buffer.from('x') } }),
    ]) {
      const real = await s.client.request(body('private'));
      const none = await s.client.request(body('nobodyhere'));
      expect(real.error?.code).toBe('NOT_A_BUDDY');
      expect(none.error?.code).toBe('NOT_A_BUDDY');
      expect(real.error!.message!.replace('private', 'X')).toBe(none.error!.message!.replace('nobodyhere', 'X'));
    }
  });
});

describe('BUDDY_SELF and bad actions', () => {
  it.each([REQUEST, ACCEPT, DECLINE, REMOVE, BLOCK, UNBLOCK])('refuses action %i on yourself with BUDDY_SELF', async (action) => {
    const name = `self${action}`;
    const u = await user(name);
    expect((await act(u, action, name)).error?.code).toBe('BUDDY_SELF');
    expect((await act(u, action, name.toUpperCase())).error?.code).toBe('BUDDY_SELF');
  });

  it('refuses an unknown action with UNSUPPORTED', async () => {
    const u = await user('badaction');
    expect((await act(u, 0, 'someone')).error?.code).toBe('UNSUPPORTED');
    expect((await act(u, 42, 'someone')).error?.code).toBe('UNSUPPORTED');
  });
});

describe('durability', () => {
  it('keeps relations, requests and blocks across a restart', async () => {
    const first = await startTestNode();
    let second: TestNode | undefined;
    const clients: ControlClient[] = [];
    try {
      const mk = async (n: string) => {
        const r = await registerAndLogin(first.url, n);
        clients.push(r.client);
        return { client: r.client, token: r.token, key: r.identity.publicKey };
      };
      const a = await mk('dur.a');
      const b = await mk('dur.b');
      const c = await mk('dur.c');
      await mk('dur.d');
      await befriend(a, 'dur.a', b, 'dur.b');
      await c.client.call({ buddyAction: { action: REQUEST, username: 'dur.a' } });
      await a.client.call({ buddyAction: { action: BLOCK, username: 'dur.d' } });
      await Promise.all(clients.map((x) => x.close()));
      await first.stop({ keepData: true });
      second = await startTestNode({ dataDir: first.dataDir });
      const { client } = await login(second.url, 'dur.a', { token: a.token });
      clients.push(client);
      const list = (await client.next('buddyList')).buddyList!;
      expect(list.buddies!.map((x) => x.username)).toEqual(['dur.b']);
      // An offline buddy: status offline, no endpoints, but the key to seal messages to.
      expect(list.buddies![0]!.status).toBe(0);
      expect(list.buddies![0]!.endpoints ?? []).toEqual([]);
      expect(Buffer.from(list.buddies![0]!.identityKey!).equals(b.key)).toBe(true);
      expect(list.incomingRequests).toEqual(['dur.c']);
      expect(list.blocked).toEqual(['dur.d']);
    } finally {
      await Promise.all(clients.map((x) => x.close()));
      await (second ?? first).stop();
    }
  });
});
