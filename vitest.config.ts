import { defineConfig } from 'vitest/config';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Tests import each package by its public name; point those names at the
// TypeScript sources so tests never run against a stale dist/.
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
// A subpath entry (`@natter/peer/core`: src/core.ts) comes first, before the
// package name that is its prefix.
const packageNames = readdirSync(packagesDir).filter((name) => existsSync(`${packagesDir}${name}/src/index.ts`));
const alias = Object.fromEntries([
  ...packageNames
    .filter((name) => existsSync(`${packagesDir}${name}/src/core.ts`))
    .map((name) => [`@natter/${name}/core`, `${packagesDir}${name}/src/core.ts`]),
  ...packageNames.map((name) => [`@natter/${name}`, `${packagesDir}${name}/src/index.ts`]),
]);

// Three tiers, chosen by file name:
//   *.test.ts         unit: pure code, no sockets
//   *.int.test.ts     integration: loopback sockets, real LevelDB, child processes
//   *.natlab.test.ts  natlab: root + network namespaces (skips itself, loudly, without them)
const roots = ['packages/*/test/**', 'test/**'];
const unitOnly = ['**/*.int.test.ts', '**/*.natlab.test.ts', '**/node_modules/**'];

// Every tier runs each test file in its own child process (vitest's default
// pool, pinned): npm test's deadlock watchdog (scripts/test.mjs) watches those
// processes, and the setup file tells it which file each one runs. A worker
// thread (pool 'threads') would hang inside the main process, unseen.
const workers = {
  pool: 'forks' as const,
  setupFiles: [fileURLToPath(new URL('./scripts/test-worker-file.mjs', import.meta.url))],
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          ...workers,
          name: 'unit',
          include: roots.map((r) => `${r}/*.test.ts`),
          exclude: unitOnly,
        },
      },
      {
        resolve: { alias },
        test: {
          ...workers,
          name: 'integration',
          include: roots.map((r) => `${r}/*.int.test.ts`),
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The node's integration tests again, on PostgreSQL instead of
        // LevelDB (test/support/start-test-node.ts reads NATTER_TEST_STORE):
        // the same tests, so both stores keep the same behaviour.
        resolve: { alias },
        test: {
          ...workers,
          name: 'integration-postgres',
          include: ['packages/server/test/*.int.test.ts'],
          // The store contract runs on both stores by itself.
          exclude: ['packages/server/test/store.int.test.ts'],
          env: { NATTER_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          ...workers,
          name: 'natlab',
          include: roots.map((r) => `${r}/*.natlab.test.ts`),
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Lab topologies are heavy (namespaces, nft, tc); run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
