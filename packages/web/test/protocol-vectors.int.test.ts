// The browser's implementation of the end-to-end protocol, in Chromium,
// against node:crypto in this process: the same seeded protocol run
// (handshake, channel packets, a sealed message, safety number) must give
// the same bytes, and both must pass the RFC vectors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeCryptoPrimitives, identityFromSeed, nodeCryptoPrimitives, useCryptoPrimitives } from '@natter/peer';
import { runProtocolVectors } from './support/protocol-vectors.js';
import { browserMissing, bundleForBrowser, launchChromium, serveFiles, type LaunchedBrowser, type StaticServer } from './support/chromium.js';

describe.skipIf(browserMissing)('the end-to-end protocol in Chromium', () => {
  let chromium: LaunchedBrowser;
  let site: StaticServer;

  beforeAll(async () => {
    const script = await bundleForBrowser(new URL('./browser/vectors-entry.ts', import.meta.url));
    site = await serveFiles({
      '/': ['text/html', '<!doctype html><title>vectors</title><script src="/vectors.js"></script>'],
      '/vectors.js': ['text/javascript', script],
    });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await site?.close();
    useCryptoPrimitives(nodeCryptoPrimitives);
  });

  it('gives the bytes node:crypto gives, and passes the RFC vectors', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${site.url}/`);
    const inBrowser = await page.evaluate(() => (globalThis as unknown as { natterVectors(): Promise<{ protocol: Record<string, string>; rfc: Record<string, boolean>; extractable: boolean[]; userAgent: string }> }).natterVectors());
    const inNode = await runProtocolVectors((random) => createNodeCryptoPrimitives({ randomBytes: random }), async (seed) => identityFromSeed(seed));
    expect(inBrowser.userAgent).toMatch(/Chrome\//);
    expect(Object.keys(inBrowser.protocol).length).toBeGreaterThan(20);
    expect(inBrowser.protocol).toEqual(inNode);
    expect(inBrowser.protocol.opened).toBe('sealed for bob');
    expect(inBrowser.rfc).toEqual(Object.fromEntries(Object.keys(inBrowser.rfc).map((k) => [k, true])));
    expect(Object.keys(inBrowser.rfc)).toHaveLength(10);
    expect(inBrowser.extractable).toEqual([false, false]);
  });
});
