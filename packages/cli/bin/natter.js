#!/usr/bin/env node
// The natter command. `npm ci` / `npm run build` compile the TypeScript
// (dist/) and bundle it (bundle/, scripts/bundle.mjs), which starts about
// twice as fast. The bundle runs only while it is newer than every package
// it was built from; after a bare `tsc -b` the compiled dist/ runs instead,
// so what runs is never older than the sources last built.
import { existsSync, readFileSync, statSync } from 'node:fs';

const bundle = new URL('../bundle/', import.meta.url);
const dist = new URL('../dist/main.js', import.meta.url);

function bundleIsCurrent() {
  try {
    const stamps = JSON.parse(readFileSync(new URL('built-from.json', bundle), 'utf8'));
    return Object.entries(stamps).every(([file, mtimeMs]) => statSync(new URL(file, bundle)).mtimeMs === mtimeMs);
  } catch {
    return false;
  }
}

const main = bundleIsCurrent() ? new URL('main.js', bundle) : dist;
if (!existsSync(main)) {
  process.stderr.write('natter: not built yet (CLI_NOT_BUILT): run `npm run build` in the natter checkout\n');
  process.exit(1);
}
// `natter ... | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
