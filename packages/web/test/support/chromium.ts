// Driving Debian's Chromium from tests: launched by playwright-core with the
// flags this machine needs (no sandbox as root, no background networking on
// a closed network), pages served from a loopback HTTP server (a secure
// context, as WebCrypto wants), bundles built with the app's own esbuild
// options. Browser tests skip themselves when Chromium is missing; npm test
// prints the one SKIPPED line (scripts/browser-env.mjs).
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
// @ts-expect-error: plain .mjs helpers shared with the test runner
import { CHROMIUM, browserBlocker } from '../../../../scripts/browser-env.mjs';
// @ts-expect-error: plain .mjs build script
import { browserBuildOptions } from '../../scripts/bundle.mjs';

export const browserMissing: string | undefined = browserBlocker();
export { CHROMIUM };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Installed before a page's scripts: every RTCPeerConnection may use only
 * TURN relay candidates, and there is no TURN server, so ICE gathers no
 * candidate and every data channel attempt fails, as behind a firewall that
 * drops all UDP. Chromium's own ICE, only starved.
 */
export const NO_ICE_CANDIDATES = `(() => {
  const Real = globalThis.RTCPeerConnection;
  globalThis.RTCPeerConnection = function (config) { return new Real({ ...config, iceTransportPolicy: 'relay' }); };
  globalThis.RTCPeerConnection.prototype = Real.prototype;
})();`;

/** A fresh Chromium (playwright gives each launch its own empty profile; each context is a separate user). */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    browser,
    close: () => browser.close().catch(() => undefined),
  };
}

/**
 * A browser with a normal (not off-the-record) profile of its own: what a
 * person runs. Playwright's newContext() is like an incognito window, where
 * Chromium blocks third-party storage, so an embedded widget there cannot
 * keep its key (the widget then says so; see docs/web.md).
 */
export async function launchProfile(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'natter-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test entry bundled as the app is (node:events shim, Buffer injected). */
export async function bundleForBrowser(entry: string | URL): Promise<string> {
  const result = await build({ ...browserBuildOptions(), entryPoints: [entry instanceof URL ? fileURLToPath(entry) : entry], write: false, minify: false });
  return result.outputFiles![0]!.text;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves fixed files on 127.0.0.1 (path -> [content type, body]). */
export async function serveFiles(files: Record<string, [string, string]>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const file = files[(req.url ?? '/').split('?')[0]!];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
