#!/usr/bin/env node
// Generates packages/wire/gen/proto.{js,d.ts} from proto/*.proto with
// protobufjs-cli. The output is committed and never edited by hand;
// `--check` regenerates into a temporary directory and fails when the
// committed files differ (CI runs it so schema and code cannot drift).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const genDir = join(root, 'packages', 'wire', 'gen');
const check = process.argv.includes('--check');

const protos = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort().map((f) => join(protoDir, f));
const outDir = check ? mkdtempSync(join(tmpdir(), 'natter-gen-')) : genDir;
mkdirSync(outDir, { recursive: true });
const pbjs = join(root, 'node_modules', 'protobufjs-cli', 'bin', 'pbjs');

execFileSync(process.execPath, [
  pbjs,
  '--target', 'static-module',
  '--wrap', 'esm',
  // Node's ESM loader needs the extension; protobufjs has no exports map.
  '--dependency', 'protobufjs/minimal.js',
  // 64-bit fields are millisecond timestamps and sequence numbers that stay
  // below 2^53; wire/src/long.ts turns Long off so they decode as numbers.
  '--force-number',
  '--no-delimited',
  '--no-verify',
  '--no-convert',
  '--no-typeurl',
  '--path', protoDir,
  '--dts',
  '--out', join(outDir, 'proto.js'),
  ...protos,
], { stdio: 'inherit' });

if (check) {
  let stale = false;
  for (const f of ['proto.js', 'proto.d.ts']) {
    const want = readFileSync(join(outDir, f), 'utf8');
    let have = '';
    try { have = readFileSync(join(genDir, f), 'utf8'); } catch { /* missing counts as stale */ }
    if (want !== have) {
      console.error(`packages/wire/gen/${f} does not match proto/: run \`npm run generate\` and commit the result`);
      stale = true;
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  if (stale) process.exit(1);
  console.log('generated wire code matches proto/');
}
