// The store contract (store-compliance.ts) against both stores: LevelDB in
// a temporary directory, and PostgreSQL in a database of the test's own
// (skipped, with one line, where there is no PostgreSQL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { LevelStore } from '../src/store/level.js';
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
