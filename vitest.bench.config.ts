// `npm run bench`: benchmarks are not tests. They run through vitest only to
// reuse the TypeScript test helpers (the NAT lab), one file at a time, and
// print tables; they assert nothing about speed.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  { resolve: base.resolve },
  defineConfig({
    test: {
      include: ['test/bench/**/*.bench.ts'],
      testTimeout: 900_000,
      hookTimeout: 300_000,
      fileParallelism: false,
    },
  }),
);
