// The store contract (store-compliance.ts) against both stores: LevelDB in
// a temporary directory, and PostgreSQL in a database of the test's own
// (skipped, with one line, where there is no PostgreSQL).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LevelStore } from '../src/store/level.js';
import { idHash } from '../src/store/level-offline.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { NodeStore } from '../src/store/types.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { postgresBlocker } from '../../../scripts/cluster-env.mjs';
import { storeCompliance } from './store-compliance.js';

const dirs = new Map<NodeStore, string>();
storeCompliance('LevelDB', {
  async open({ now, ...offline }) {
    const dir = mkdtempSync(join(tmpdir(), 'natter-store-'));
    const store = await LevelStore.open(dir, { now, setTimeout, clearTimeout } as never, offline);
    dirs.set(store, dir);
    return store;
  },
  async destroy(store) {
    await store.close();
    rmSync(dirs.get(store)!, { recursive: true, force: true });
  },
});

const blocker = await postgresBlocker();
if (blocker) {
  console.log(`store compliance on PostgreSQL: SKIPPED: ${blocker}`);
  describe('store compliance: PostgreSQL', () => it.skip(`SKIPPED: ${blocker}`, () => undefined));
} else {
  const databases = new Map<NodeStore, TestDatabase>();
  storeCompliance('PostgreSQL', {
    async open({ now, ...offline }) {
      const database = await createTestDatabase();
      const store = await PostgresStore.open({ url: database.url, clock: { now, setTimeout, clearTimeout } as never, offline });
      databases.set(store, database);
      return store;
    },
    async destroy(store) {
      await store.close();
      await databases.get(store)!.drop();
    },
  });
}

describe('LevelDB offline queue: the id hashes that spare a read per store', () => {
  const clock = { now: () => 1_700_000_000_000, setTimeout, clearTimeout } as never;
  const stores: LevelStore[] = [];
  const open = async (dir: string) => {
    const store = await LevelStore.open(dir, clock);
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  });

  it('finds a retry after a restart: the hashes are rebuilt from the stored records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'natter-store-'));
    try {
      const first = await open(dir);
      const stored = await first.offline.put('ann', 'ben', Buffer.alloc(16, 7), Buffer.from('hi'), 1);
      await first.close();
      const again = await open(dir);
      expect(await again.offline.put('ann', 'ben', Buffer.alloc(16, 7), Buffer.from('hi'), 1)).toMatchObject({ seq: stored.seq, duplicate: true });
      expect(await again.offline.depth()).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores two messages whose hashes collide, finds each one retried, and forgets each hash only with its own message', async () => {
    // Two message ids with the same 32-bit hash for (ben, ann): a birthday search (~2^16 tries).
    const idKey = (id: Buffer) => `ben\x00ann\x00${id.toString('base64')}`;
    const seen = new Map<number, Buffer>();
    let pair: [Buffer, Buffer] | undefined;
    while (!pair) {
      const id = randomBytes(16);
      const other = seen.get(idHash(idKey(id)));
      if (other && !other.equals(id)) pair = [other, id];
      else seen.set(idHash(idKey(id)), id);
    }
    expect(idHash(idKey(pair[0]))).toBe(idHash(idKey(pair[1]))); // the premise: a real collision
    const dir = mkdtempSync(join(tmpdir(), 'natter-store-'));
    try {
      const store = await open(dir);
      const a = await store.offline.put('ann', 'ben', pair[0], Buffer.from('a'), 1);
      const b = await store.offline.put('ann', 'ben', pair[1], Buffer.from('b'), 2);
      expect([a.duplicate, b.duplicate, b.seq > a.seq]).toEqual([false, false, true]);
      expect(await store.offline.put('ann', 'ben', pair[1], Buffer.from('b'), 2)).toMatchObject({ seq: b.seq, duplicate: true });
      // Acknowledging one leaves the other's hash: its retry is still found.
      await store.offline.ack('ben', [a.seq]);
      expect(await store.offline.put('ann', 'ben', pair[1], Buffer.from('b'), 2)).toMatchObject({ seq: b.seq, duplicate: true });
      expect(await store.offline.put('ann', 'ben', pair[0], Buffer.from('a'), 1)).toMatchObject({ duplicate: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
