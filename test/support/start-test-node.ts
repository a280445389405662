// A node for tests: temporary data directory, free ports on loopback, a cheap
// scrypt cost and quiet logs. Shared so every package's tests start nodes
// the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startNode, type NodeOptions, type RendezvousNode } from '@natter/server';
import { Level } from 'level';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** The database of each test node's data directory, until the node is stopped without keepData. */
const databases = new Map<string, TestDatabase>();

export interface TestNode extends RendezvousNode {
  dataDir: string;
  /** Closes the node and deletes its data directory (unless keepData). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Which store the test nodes use: LevelDB, or PostgreSQL when NATTER_TEST_STORE=postgres (the integration-postgres project). */
export const TEST_STORE = process.env.NATTER_TEST_STORE === 'postgres' ? 'postgres' : 'leveldb';

export async function startTestNode(overrides: Partial<NodeOptions> = {}): Promise<TestNode> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'natter-node-'));
  // A node restarted on its data directory keeps its database (restart tests).
  const database = overrides.store || TEST_STORE !== 'postgres' ? undefined : (databases.get(dataDir) ?? (await createTestDatabase()));
  if (database) databases.set(dataDir, database);
  const node = await startNode({
    ...(database && { store: database.url }),
    host: '127.0.0.1',
    port: 0,
    stunPort: 0,
    altStunPort: 0,
    logger: pino({ level: process.env.NATTER_TEST_LOG ?? 'silent' }),
    ...overrides,
    // After the spread: overriding only the login limits must keep the cheap
    // cost. 2^10: the same code path as production (2^15) at a fraction of the cost.
    // Registrations are limited per address; every test user comes from
    // 127.0.0.1, so tests that do not test the limit get a roomy one.
    accounts: { scryptN: 1024, registrationsPerAddress: { perSecond: 1000, burst: 1000 }, ...overrides.accounts },
    dataDir,
  });
  return Object.assign(node, {
    dataDir,
    async stop(options: { keepData?: boolean } = {}) {
      await node.close();
      if (!options.keepData) {
        rmSync(dataDir, { recursive: true, force: true });
        await databases.get(dataDir)?.drop();
        databases.delete(dataDir);
      }
    },
  });
}

/**
 * A user's record as the store of a stopped test node keeps it (its
 * LevelDB, or its PostgreSQL database): for tests that check what is
 * stored, not only what the node answers.
 */
export async function storedUser(dataDir: string, username: string): Promise<{ N: number; identityKey: string } | undefined> {
  const database = databases.get(dataDir);
  if (database) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number; identity_key: string }>('SELECT n, identity_key FROM users WHERE username = $1', [username]);
      return rows[0] && { N: rows[0].n, identityKey: rows[0].identity_key };
    } finally {
      await client.end();
    }
  }
  const db = new Level<string, unknown>(dataDir, { valueEncoding: 'json' });
  try {
    return await db.sublevel<string, { N: number; identityKey: string }>('users', { valueEncoding: 'json' }).get(username);
  } finally {
    await db.close();
  }
}
