// A node for tests: temporary data directory, free ports on loopback, a cheap
// scrypt cost and quiet logs. Shared so every package's tests start nodes
// the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startNode, type NodeOptions, type RendezvousNode } from '@natter/server';

export interface TestNode extends RendezvousNode {
  dataDir: string;
  /** Closes the node and deletes its data directory (unless keepData). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestNode(overrides: Partial<NodeOptions> = {}): Promise<TestNode> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'natter-node-'));
  const node = await startNode({
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
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
