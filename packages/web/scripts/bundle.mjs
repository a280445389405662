#!/usr/bin/env node
// Builds the web client with esbuild into packages/web/public/: the app
// (app.js, loaded by the full page and the widget's frame) and the widget
// loader (widget.js, the one script tag a site embeds), and prints their
// sizes gzipped. `node scripts/bundle.mjs --check` fails if a bundle is over
// its budget (widget loader 15 KB, app 150 KB, gzipped).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
export const PUBLIC_DIR = join(root, 'public');

/** esbuild options every browser bundle of natter shares (the app, the widget, the browser tests' bundles). */
export function browserBuildOptions() {
  return {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome110', 'firefox115', 'safari16'],
    alias: { 'node:events': join(root, 'src/shims/events.ts') },
    inject: [join(root, 'src/shims/buffer.ts')],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // No Node built-in may reach a browser bundle; esbuild fails on one.
    external: [],
  };
}

export const BUDGETS = { 'widget.js': 15 * 1024, 'app.js': 150 * 1024 };

/** Builds into `outDir` (default public/, where the node serves it from); returns the sizes. */
export async function bundleWeb(outDir = PUBLIC_DIR) {
  mkdirSync(outDir, { recursive: true });
  await build({ ...browserBuildOptions(), entryPoints: [join(root, 'src/app/main.ts')], outfile: join(outDir, 'app.js') });
  await build({ ...browserBuildOptions(), entryPoints: [join(root, 'src/widget/loader.ts')], outfile: join(outDir, 'widget.js'), inject: [] });
  for (const file of readdirSync(join(root, 'static'))) copyFileSync(join(root, 'static', file), join(outDir, file));
  const sizes = {};
  for (const name of Object.keys(BUDGETS)) {
    const bytes = readFileSync(join(outDir, name));
    sizes[name] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  writeFileSync(join(outDir, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await bundleWeb();
  let over = false;
  for (const [name, { raw, gzip }] of Object.entries(sizes)) {
    const budget = BUDGETS[name];
    console.log(`${name.padEnd(10)} ${(raw / 1024).toFixed(1).padStart(7)} KiB, ${(gzip / 1024).toFixed(1).padStart(6)} KiB gzipped (budget ${budget / 1024} KiB)`);
    if (gzip > budget) over = true;
  }
  if (over && process.argv.includes('--check')) {
    console.error('a bundle is over its budget');
    process.exit(1);
  }
}
