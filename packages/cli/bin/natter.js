#!/usr/bin/env node
// The natter command. The TypeScript sources are compiled by `npm ci` /
// `npm run build` (the root `prepare` script); say so plainly if they were not.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
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
