#!/usr/bin/env node
// `npm test`: every tier that can run on this machine, one vitest run, and
// one closing line "N passed, N failed, N skipped" that CI can read.
//
// The natlab tier needs root, `ip` and `nft`. Without them its files still
// run and skip themselves, each printing one line saying why (see
// test/support/natlab.ts); here we print the tier-level reason once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'natter-test-'));
const report = join(dir, 'report.json');

const { natlabBlocker } = await import('./natlab-env.mjs');
const blocker = natlabBlocker();
if (blocker) console.log(`natlab tier: SKIPPED: ${blocker}`);

const res = spawnSync(
  process.execPath,
  [
    join('node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extra,
  ],
  { stdio: 'inherit' },
);

let passed = 0, failed = 0, skipped = 0, files = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
  files = json.numTotalTestSuites;
  // A file that failed to load has no tests but still failed.
  failed += (json.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} catch {
  console.log('could not read the vitest report; judging by exit code only');
  if (res.status !== 0) failed = Math.max(failed, 1);
}
rmSync(dir, { recursive: true, force: true });
if (blocker) console.log(`natlab tier: SKIPPED: ${blocker}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(res.status === 0 && failed === 0 ? 0 : 1);
