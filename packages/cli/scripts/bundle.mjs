#!/usr/bin/env node
// Bundles the compiled natter command (dist/, from `tsc -b`) and everything
// it imports into bundle/: main.js (the command table, parser and help) and
// one chunk per command's code, loaded when that command runs. Node spends
// most of a one-shot command's start-up resolving and loading modules one
// file at a time (@natter/peer alone: ~150 ms in 100+ files, ~70 ms as one
// file); bin/natter.js runs the bundle while it is newer than the build.
import { build } from 'esbuild';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(cli, 'bundle');
rmSync(outdir, { recursive: true, force: true });

/**
 * LevelDB's binding finds its compiled .node file next to itself
 * (node-gyp-build(__dirname)), so that one file is required from the
 * installed package; the rest of classic-level is bundled (unbundled, its
 * JavaScript and abstract-level's cost ~25 ms of every command that opens
 * a history).
 */
const nativeBindingsStayInstalled = {
  name: 'native-bindings-stay-installed',
  setup(b) {
    b.onResolve({ filter: /^\.\/binding(\.js)?$/ }, (args) =>
      /[\\/]node_modules[\\/]classic-level[\\/]/.test(args.importer) ? { path: 'classic-level/binding.js', external: true } : undefined,
    );
  },
};

const result = await build({
  absWorkingDir: cli,
  entryPoints: { main: 'dist/main.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Optional native helpers of ws are tried with require() and may be absent.
  // node-datachannel (WebRTC to browser buddies) loads its native binding from its platform package: it stays installed.
  external: ['bufferutil', 'utf-8-validate', 'node-datachannel', 'node-datachannel/polyfill'],
  plugins: [nativeBindingsStayInstalled],
  // CommonJS dependencies (ws, level, protobufjs, pino) call require() for
  // node: built-ins; an ES module has no require of its own.
  banner: { js: "import { createRequire as __natterCreateRequire } from 'node:module'; const require = __natterCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// What the bundle was built from: each workspace package's tsc build stamp,
// as it was. A later `tsc -b` that changes any of them makes the bundle stale.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(?:\.\.\/)*(?:packages\/)?([^/]+)\/dist\//) ?? input.match(/^dist\//);
  if (!m) continue;
  packages.add(m[1] ? join(cli, '..', m[1]) : cli);
}
packages.add(cli);
const stamps = Object.fromEntries(
  [...packages].map((dir) => {
    const file = join(dir, 'tsconfig.tsbuildinfo');
    return [relative(outdir, file), statSync(file).mtimeMs];
  }),
);
writeFileSync(join(outdir, 'built-from.json'), JSON.stringify(stamps, null, 2) + '\n');
const kib = Math.round(Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0) / 1024);
console.log(`bundled natter into ${relative(process.cwd(), outdir) || '.'}: ${Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length} files, ${kib} KiB, from ${packages.size} packages`);
