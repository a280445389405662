// One contract for the node's store, run against every implementation
// (store.int.test.ts): LevelDB and PostgreSQL must keep the same records,
// answer the same reads and refuse the same writes.
import { describe, expect, it } from 'vitest';
import { NodeError } from '@natter/server';
import type { NodeStore, UserRecord } from '../src/store/types.js';

export interface StoreFixture {
  /** A fresh, empty store; `now` is its clock. */
  open(options: { now: () => number; maxMessages?: number; maxBytes?: number; ttlMs?: number }): Promise<NodeStore>;
  /** Closes it and deletes what it made. */
  destroy(store: NodeStore): Promise<void>;
}

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
