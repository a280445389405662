// One contract for the node's store, run against every implementation
// (store.int.test.ts): LevelDB and PostgreSQL must keep the same records,
// answer the same reads and refuse the same writes.
import { describe, expect, it } from 'vitest';
import { NodeError } from '@natter/server';
import type { NodeStore, UserRecord } from '../src/store/types.js';
import type { ChannelRecord, NotifyPrefs, OutboundRecord } from '../src/store/notify-types.js';

export interface StoreFixture {
  /** A fresh, empty store; `now` is its clock. */
  open(options: { now: () => number; maxMessages?: number; maxBytes?: number; ttlMs?: number }): Promise<NodeStore>;
  /** Closes it and deletes what it made. */
  destroy(store: NodeStore): Promise<void>;
}

const channel = (owner: string, id: string, extra: Partial<ChannelRecord> = {}): ChannelRecord => ({
  owner,
  id,
  kind: 'email',
  address: `${owner}@example.org`,
  secret: '',
  state: 'unverified',
  reason: '',
  createdAt: 1_700_000_000_000,
  verifiedAt: 0,
  failures: 0,
  code: { hash: 'abc', expiresAt: 1_700_000_900_000, attempts: 0 },
  codesSent: [1_700_000_000_000],
  unsubscribe: `unsub-${owner}-${id}`,
  ...extra,
});

const prefs = (owner: string, extra: Partial<NotifyPrefs> = {}): NotifyPrefs => ({
  owner,
  delayMs: 600_000,
  everyMs: 3_600_000,
  quiet: { fromMinute: 1320, toMinute: 420, timeZone: 'Europe/Berlin' },
  allow: ['alice'],
  notifications: true,
  dueAt: null,
  lastNotifiedAt: 0,
  coveredUntil: 0,
  ...extra,
});

const item = (id: string, extra: Partial<OutboundRecord> = {}): OutboundRecord => ({
  id,
  owner: 'bob',
  channelId: 'e1',
  kind: 'email',
  address: 'bob@example.org',
  purpose: 'notification',
  sender: '',
  payload: '{"subject":"x"}',
  createdAt: 1_700_000_000_000,
  nextAttemptAt: 1_700_000_000_000,
  attempts: 0,
  state: 'queued',
  leaseOwner: '',
  leaseUntil: 0,
  lastError: '',
  doneAt: 0,
  ...extra,
});

const user = (username: string, extra: Partial<UserRecord> = {}): UserRecord => ({
  username,
  salt: 'c2FsdA==',
  hash: 'aGFzaA==',
  N: 1024,
  identityKey: 'a2V5',
  createdAt: 1_700_000_000_123.5,
  ...extra,
});

export function storeCompliance(name: string, fixture: StoreFixture): void {
  describe(`store compliance: ${name}`, () => {
    let now = 1_700_000_000_000;
    const withStore = async (fn: (store: NodeStore) => Promise<void>, options: { maxMessages?: number; maxBytes?: number; ttlMs?: number } = {}) => {
      const store = await fixture.open({ now: () => now, ...options });
      try {
        await fn(store);
      } finally {
        await fixture.destroy(store);
      }
    };

    it('creates an account once, reads it back exactly, updates and deletes it', () =>
      withStore(async ({ accounts }) => {
        expect(await accounts.createUser(user('alice'))).toBe(true);
        expect(await accounts.createUser(user('alice', { hash: 'b3RoZXI=' }))).toBe(false);
        expect(await accounts.getUser('alice')).toEqual(user('alice'));
        expect(await accounts.getUser('nobody')).toBeUndefined();
        await accounts.createUser(user('bob'));
        expect(await accounts.getUsers(['bob', 'nobody', 'alice'])).toEqual([user('bob'), undefined, user('alice')]);
        expect((await accounts.listUsers()).map((u) => u.username).sort()).toEqual(['alice', 'bob']);
        await accounts.updateUser({ ...user('alice'), identityKey: 'bmV3' });
        expect((await accounts.getUser('alice'))!.identityKey).toBe('bmV3');
        await accounts.addToken('alice', 'tok1', now + 1000, 10);
        await accounts.deleteUser('alice');
        expect(await accounts.getUser('alice')).toBeUndefined();
        expect(await accounts.getToken('tok1')).toBeUndefined();
      }));

    it('lets exactly one of several simultaneous creations of a name succeed', () =>
      withStore(async ({ accounts }) => {
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => accounts.createUser(user('carol', { hash: `h${i}` }))));
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await accounts.getUser('carol'))!.hash).toBe(`h${winner}`);
      }));

    it('keeps the newest tokens only, revokes one (only its owner’s) or all', () =>
      withStore(async ({ accounts }) => {
        await accounts.createUser(user('dave'));
        for (let i = 0; i < 12; i++) await accounts.addToken('dave', `t${i}`, now + i, 10);
        expect(await accounts.getToken('t0')).toBeUndefined();
        expect(await accounts.getToken('t1')).toBeUndefined();
        expect(await accounts.getToken('t2')).toEqual({ username: 'dave', expiresAt: now + 2 });
        expect(await accounts.getToken('t11')).toEqual({ username: 'dave', expiresAt: now + 11 });
        await accounts.revokeToken('someone-else', 't11');
        expect(await accounts.getToken('t11')).toBeDefined();
        await accounts.revokeToken('dave', 't11');
        expect(await accounts.getToken('t11')).toBeUndefined();
        await accounts.revokeTokens('dave');
        expect(await accounts.getToken('t5')).toBeUndefined();
      }));

    it('applies relation and block changes atomically and lists them in name order', () =>
      withStore(async ({ relations }) => {
        await relations.apply([
          { op: 'put', owner: 'erin', other: 'zed', record: { kind: 'outgoing', message: 'hi', since: 5.5 } },
          { op: 'put', owner: 'erin', other: 'abe', record: { kind: 'buddy', since: 6 } },
          { op: 'put', owner: 'zed', other: 'erin', record: { kind: 'incoming', message: 'hi', since: 5.5 } },
          { op: 'block', owner: 'erin', other: 'mal', since: 7 },
          { op: 'block', owner: 'zed', other: 'mal', since: 8 },
        ]);
        expect(await relations.relations('erin')).toEqual([
          ['abe', { kind: 'buddy', since: 6 }],
          ['zed', { kind: 'outgoing', message: 'hi', since: 5.5 }],
        ]);
        expect(await relations.relation('zed', 'erin')).toEqual({ kind: 'incoming', message: 'hi', since: 5.5 });
        expect(await relations.relation('zed', 'abe')).toBeUndefined();
        expect(await relations.countRelations('erin')).toBe(2);
        expect(await relations.countRelations('erin', 'buddy')).toBe(1);
        expect(await relations.hasBlocked('erin', 'mal')).toBe(true);
        expect(await relations.hasBlocked('mal', 'erin')).toBe(false);
        expect(await relations.blocks('erin')).toEqual(['mal']);
        expect((await relations.blockersOf('mal')).sort()).toEqual(['erin', 'zed']);
        await relations.apply([
          { op: 'put', owner: 'erin', other: 'zed', record: { kind: 'buddy', since: 9 } },
          { op: 'delete', owner: 'erin', other: 'abe' },
          { op: 'unblock', owner: 'erin', other: 'mal' },
        ]);
        expect(await relations.relations('erin')).toEqual([['zed', { kind: 'buddy', since: 9 }]]);
        expect(await relations.blocks('erin')).toEqual([]);
      }));

    it('stores offline messages durably, once per (sender, id), in order, within the quota', () =>
      withStore(
        async ({ offline }) => {
          const id = (n: number) => Buffer.alloc(16, n);
          const first = await offline.put('fay', 'gus', id(1), Buffer.from('one'), 100);
          expect(first).toMatchObject({ to: 'gus', from: 'fay', sentAt: 100, storedAt: now, expiresAt: now + 60_000, size: 3, duplicate: false });
          const again = await offline.put('fay', 'gus', id(1), Buffer.from('one'), 100);
          expect(again).toMatchObject({ seq: first.seq, duplicate: true });
          const second = await offline.put('fay', 'gus', id(2), Buffer.from('two'), 101);
          expect(second.seq).toBeGreaterThan(first.seq);
          // The quota: 3 messages or 10 bytes per recipient.
          await expect(offline.put('fay', 'gus', id(3), Buffer.from('three!'), 102)).rejects.toMatchObject({ code: 'OFFLINE_QUOTA' });
          await offline.put('fay', 'gus', id(4), Buffer.from('4'), 103);
          await expect(offline.put('fay', 'gus', id(5), Buffer.from('5'), 104)).rejects.toMatchObject({ code: 'OFFLINE_QUOTA' });
          await expect(offline.put('fay', 'gus', Buffer.alloc(0), Buffer.from('x'), 1)).rejects.toBeInstanceOf(NodeError);
          expect(await offline.hasQueued('gus')).toBe(true);
          expect(await offline.hasQueued('fay')).toBe(false);
          const pending = await offline.pending('gus');
          expect(pending.map((m) => Buffer.from(m.sealed, 'base64').toString())).toEqual(['one', 'two', '4']);
          expect(pending[0]).toMatchObject({ from: 'fay', messageId: id(1).toString('base64') });
          expect(await offline.depth()).toBe(3);
          // Only the recipient's own are acknowledged.
          expect(await offline.ack('fay', [first.seq])).toBe(0);
          expect(await offline.ack('gus', [first.seq, first.seq])).toBe(1);
          expect((await offline.pending('gus')).map((m) => m.seq)).toEqual([second.seq, pending[2]!.seq]);
          // Expired messages are not pending, and the sweep deletes them.
          now += 61_000;
          expect(await offline.pending('gus')).toEqual([]);
          expect(await offline.sweep()).toBe(2);
          expect(await offline.depth()).toBe(0);
          await offline.put('fay', 'gus', id(6), Buffer.from('six'), 1);
          await offline.purge('gus');
          expect(await offline.pending('gus')).toEqual([]);
        },
        { maxMessages: 3, maxBytes: 10, ttlMs: 60_000 },
      ));

    it('lets concurrent stores for one recipient take exactly the places the quota has', () =>
      withStore(
        async ({ offline }) => {
          const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => offline.put(`s${i}`, 'hal', Buffer.alloc(16, i), Buffer.from('m'), i)));
          expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
          expect((await offline.pending('hal')).length).toBe(5);
          const seqs = (await offline.pending('hal')).map((m) => m.seq);
          expect(new Set(seqs).size).toBe(5);
        },
        { maxMessages: 5 },
      ));

    it('stores overlapping puts in call order, a retry among them once', () =>
      withStore(async ({ offline }) => {
        const id = (n: number) => Buffer.alloc(16, n);
        // Not awaited one by one: a connection's pipelined stores (handlers/offline.ts).
        const calls = Array.from({ length: 20 }, (_, i) => offline.put('ann', 'ben', id(i), Buffer.from(`m${i}`), i));
        const retry = offline.put('ann', 'ben', id(3), Buffer.from('m3'), 3);
        const records = await Promise.all(calls);
        expect(records.map((r) => r.duplicate)).toEqual(records.map(() => false));
        expect(await retry).toMatchObject({ seq: records[3]!.seq, duplicate: true });
        const pending = await offline.pending('ben');
        expect(pending.map((m) => Buffer.from(m.sealed, 'base64').toString())).toEqual(records.map((_, i) => `m${i}`));
        expect(pending.map((m) => m.seq)).toEqual(records.map((r) => r.seq));
      }));

    it('keeps notify channels: a limit per owner, updates, delivery outcomes that disable, unsubscribe lookup', () =>
      withStore(async ({ notify }) => {
        expect(await notify.addChannel(channel('bob', 'e1'), 2)).toBe(true);
        expect(await notify.addChannel(channel('bob', 'w1', { kind: 'webhook', createdAt: 1_700_000_000_001 }), 2)).toBe(true);
        expect(await notify.addChannel(channel('bob', 's1', { kind: 'sms' }), 2)).toBe(false);
        expect((await notify.channels('bob')).map((c) => c.id)).toEqual(['e1', 'w1']);
        expect(await notify.channel('bob', 'e1')).toEqual(channel('bob', 'e1'));
        expect((await notify.channelByUnsubscribe('unsub-bob-w1'))?.id).toBe('w1');
        expect(await notify.channelByUnsubscribe('nope')).toBeUndefined();
        const active = await notify.updateChannel('bob', 'e1', { state: 'active', code: null, verifiedAt: 5 });
        expect(active).toMatchObject({ state: 'active', code: null, verifiedAt: 5, address: 'bob@example.org' });
        expect(await notify.updateChannel('bob', 'nope', { state: 'active' })).toBeUndefined();
        // Two failures, a success resets, three in a row disable (at 3).
        await notify.recordDelivery('bob', 'e1', false, 3, 'failing');
        await notify.recordDelivery('bob', 'e1', false, 3, 'failing');
        expect((await notify.recordDelivery('bob', 'e1', true, 3, 'failing'))!.failures).toBe(0);
        for (let i = 0; i < 2; i++) expect((await notify.recordDelivery('bob', 'e1', false, 3, 'failing'))!.state).toBe('active');
        expect(await notify.recordDelivery('bob', 'e1', false, 3, 'failing')).toMatchObject({ state: 'disabled', reason: 'failing', failures: 3 });
        expect(await notify.deleteChannel('bob', 'e1')).toBe(true);
        expect(await notify.deleteChannel('bob', 'e1')).toBe(false);
        expect(await notify.channelByUnsubscribe('unsub-bob-e1')).toBeUndefined();
      }));

    it('lets exactly one of several simultaneous channel additions take the last place', () =>
      withStore(async ({ notify }) => {
        const results = await Promise.all(Array.from({ length: 6 }, (_, i) => notify.addChannel(channel('cy', `c${i}`), 1)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await notify.channels('cy')).toHaveLength(1);
      }));

    it('schedules notifications: the earliest due time, one claim per due receiver, notified with its items in one step', () =>
      withStore(async ({ notify }) => {
        await notify.setDue('nobody', now); // no settings: nothing
        await notify.putPrefs(prefs('bob'));
        await notify.putPrefs(prefs('cat', { notifications: false }));
        expect(await notify.prefs('bob')).toEqual(prefs('bob'));
        expect((await notify.notifyingUsers()).map((p) => p.owner)).toEqual(['bob']);
        await notify.setDue('bob', now + 100);
        await notify.setDue('bob', now + 50);
        await notify.setDue('bob', now + 200);
        expect((await notify.prefs('bob'))!.dueAt).toBe(now + 50);
        expect(await notify.claimDue(now + 49, 1000, 10)).toEqual([]);
        const claimed = await notify.claimDue(now + 50, 1000, 10);
        expect(claimed.map((p) => p.owner)).toEqual(['bob']);
        // Taken: not due again until the lease ends.
        expect(await notify.claimDue(now + 60, 1000, 10)).toEqual([]);
        // Settings written later keep the schedule.
        await notify.putPrefs(prefs('bob', { delayMs: 1 }));
        expect((await notify.prefs('bob'))!.dueAt).toBe(now + 1050);
        await notify.notified('bob', now + 70, now + 40, [item('n1', { createdAt: now })]);
        expect(await notify.prefs('bob')).toMatchObject({ dueAt: null, lastNotifiedAt: now + 70, coveredUntil: now + 40, delayMs: 1 });
        expect((await notify.outbound({ limit: 10 })).map((i) => i.id)).toEqual(['n1']);
        // The lease of a claim that was never finished runs out: claimed again.
        await notify.setDue('bob', now + 80);
        expect(await notify.claimDue(now + 80, 100, 10)).toHaveLength(1);
        expect(await notify.claimDue(now + 181, 100, 10)).toHaveLength(1);
        await notify.clearDue('bob', true);
        expect(await notify.prefs('bob')).toMatchObject({ dueAt: null, lastNotifiedAt: 0 });
      }));

    it('claims each due receiver once when claims race', () =>
      withStore(async ({ notify }) => {
        for (let i = 0; i < 10; i++) {
          await notify.putPrefs(prefs(`r${i}`));
          await notify.setDue(`r${i}`, now);
        }
        const claims = await Promise.all(Array.from({ length: 4 }, () => notify.claimDue(now, 60_000, 10)));
        const owners = claims.flat().map((p) => p.owner);
        expect(owners.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`).sort());
      }));

    it('keeps the outbound queue: idempotent enqueue, claims with leases and attempts, retry, hand-off erasing the payload', () =>
      withStore(async ({ notify }) => {
        await notify.enqueue([item('a', { nextAttemptAt: now }), item('b', { nextAttemptAt: now + 5000, kind: 'sms' }), item('c', { purpose: 'message', sender: 'alice', payload: 'secret text', nextAttemptAt: now + 1 })]);
        await notify.enqueue([item('a', { payload: 'changed' })]);
        const first = await notify.claim(now + 1, 'node-1', 1000, 10);
        expect(first.map((i) => i.id)).toEqual(['a', 'c']);
        expect(first[0]).toMatchObject({ state: 'sending', leaseOwner: 'node-1', leaseUntil: now + 1001, attempts: 1, payload: '{"subject":"x"}' });
        // Held by node-1: nobody else takes them before the lease ends.
        expect(await notify.claim(now + 2, 'node-2', 1000, 10)).toEqual([]);
        await notify.delivered('c', now + 3);
        await notify.retry('a', now + 100, 'connection refused');
        expect((await notify.outbound({ states: ['sent'], limit: 10 }))[0]).toMatchObject({ id: 'c', payload: '', doneAt: now + 3 });
        const again = await notify.claim(now + 100, 'node-2', 1000, 10);
        expect(again.map((i) => i.id)).toEqual(['a']);
        expect(again[0]).toMatchObject({ attempts: 2, lastError: 'connection refused' });
        // node-2 dies holding it: after its lease, node-3 takes it (the at-least-once boundary).
        expect(await notify.claim(now + 1099, 'node-3', 1000, 10)).toEqual([]);
        const taken = await notify.claim(now + 1100, 'node-3', 1000, 1);
        expect(taken.map((i) => [i.id, i.attempts])).toEqual([['a', 3]]);
        await notify.failed('a', now + 1200, 'bounced');
        expect((await notify.outbound({ states: ['failed'], limit: 10 }))[0]).toMatchObject({ id: 'a', payload: '', lastError: 'bounced' });
        const counts = await notify.outboundCounts();
        expect(counts.sort((x, y) => x.state.localeCompare(y.state))).toEqual([
          { state: 'failed', kind: 'email', count: 1 },
          { state: 'queued', kind: 'sms', count: 1 },
          { state: 'sent', kind: 'email', count: 1 },
        ]);
        expect(await notify.createdSince(1_700_000_000_000)).toEqual({ email: 2, sms: 1, webhook: 0 });
        expect(await notify.sweepOutbound(now + 1201)).toBe(2);
        expect((await notify.outbound({ limit: 10 })).map((i) => i.id)).toEqual(['b']);
      }));

    it('gives each ready item to one claimer when claims race, and releases leases and drops a channel’s items', () =>
      withStore(async ({ notify }) => {
        await notify.enqueue(Array.from({ length: 20 }, (_, i) => item(`q${i}`, { channelId: i < 15 ? 'e1' : 'e2' })));
        const claims = await Promise.all(Array.from({ length: 4 }, (_, n) => notify.claim(now, `node-${n}`, 60_000, 8)));
        const ids = claims.flat().map((i) => i.id);
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
        expect(await notify.releaseLeases()).toBe(20);
        expect(await notify.dropQueued('bob', 'e1', 'channel removed', now)).toBe(15);
        expect((await notify.claim(now, 'node-9', 60_000, 100)).map((i) => i.channelId)).toEqual(['e2', 'e2', 'e2', 'e2', 'e2']);
        await notify.addChannel(channel('bob', 'e2'), 5);
        await notify.putPrefs(prefs('bob'));
        await notify.purgeUser('bob');
        expect(await notify.channels('bob')).toEqual([]);
        expect(await notify.prefs('bob')).toBeUndefined();
        expect(await notify.outbound({ states: ['queued', 'sending'], limit: 100 })).toEqual([]);
      }));

    it('exports everything and imports it into another store unchanged', async () => {
      const source = await fixture.open({ now: () => now });
      const target = await fixture.open({ now: () => now });
      try {
        await source.accounts.createUser(user('ivy'));
        await source.accounts.addToken('ivy', 'tok', now + 5, 10);
        await source.relations.apply([
          { op: 'put', owner: 'ivy', other: 'jo', record: { kind: 'outgoing', message: 'hey', since: 1 } },
          { op: 'block', owner: 'ivy', other: 'kim', since: 2 },
        ]);
        const stored = await source.offline.put('jo', 'ivy', Buffer.alloc(16, 1), Buffer.from('sealed'), 3);
        await source.notify.addChannel(channel('ivy', 'w1', { kind: 'webhook', secret: 'c2VjcmV0' }), 5);
        await source.notify.putPrefs(prefs('ivy'));
        await source.notify.setDue('ivy', 77);
        const data = await source.exportAll();
        await target.importAll(data);
        expect(await target.exportAll()).toEqual(data);
        // New messages are numbered after the imported ones.
        const next = await target.offline.put('jo', 'ivy', Buffer.alloc(16, 2), Buffer.from('more'), 4);
        expect(next.seq).toBeGreaterThan(stored.seq);
      } finally {
        await fixture.destroy(source);
        await fixture.destroy(target);
      }
    });
  });
}
