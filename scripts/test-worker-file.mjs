// A vitest setup file (see vitest.config.ts): records which test file this
// worker process is running, so npm test's deadlock watchdog
// (scripts/test.mjs) can name the file when it finds the process stuck.
// Does nothing unless npm test set NATTER_TEST_WORKER_FILES.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const dir = process.env.NATTER_TEST_WORKER_FILES;
if (dir) writeFileSync(join(dir, String(process.pid)), expect.getState().testPath ?? '');
