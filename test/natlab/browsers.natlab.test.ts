// Browsers behind real kernel NATs: Chromium runs inside a lab host behind
// each NAT kind, signs up on a real node (the node's own TLS key; the test
// browser is told to accept it), and chats with a terminal user (`natter
// rpc`, answering WebRTC with node-datachannel) and with another browser,
// both behind a port-restricted NAT elsewhere. The path must be a direct
// WebRTC data channel where ICE can cross the pair of NATs and the relay
// where it cannot; every message arrives. Prints the matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RTC_ATTEMPT_MS } from '@natter/peer';
import { NAT_KINDS, describeNatlab, type NatKind } from '../support/natlab.js';
import { startPeerLab, type PeerLab } from '../support/natlab-peers.js';
import { CHROMIUM, CHROMIUM_ARGS, browserMissing } from '../../packages/web/test/support/chromium.js';
import { messageRow, openConversation, sendMessage, waitOnline, waitPath, WEB_PASSWORD } from '../../packages/web/test/support/web-app.js';

/**
 * What ICE can do between a NAT of `kind` and the far side's port-restricted
 * cone: every cone pair goes direct (both sides' checks open the filters),
 * a symmetric NAT against a port-restricted one cannot (ICE has no birthday
 * probing, unlike natter's UDP punching), and blocked UDP never can.
 */
function expected(kind: NatKind): 'direct' | 'relayed' {
  return kind === 'blocked' || kind === 'symmetric' ? 'relayed' : 'direct';
}

const suite = (name: string, fn: () => void, opts: { needs: string[] }) => {
  if (!browserMissing) return describeNatlab(name, fn, opts);
  console.log(`natlab: SKIPPED test/natlab/browsers.natlab.test.ts: ${browserMissing}`);
  describe.skip(name, fn);
};

suite(
  'natlab: browsers behind real NATs',
  () => {
    let peers: PeerLab;
    let wrapperDir: string;
    const browsers: Browser[] = [];
    let far: Page;
    const grid: string[][] = [['browser behind', 'with', 'expected', 'path', 'first message ms', 'direct after ms']];

    /** Chromium in the lab host's network namespace (playwright talks to it over a pipe, which crosses namespaces). */
    const browserIn = async (host: string): Promise<Page> => {
      const browser = await chromium.launch({
        executablePath: join(wrapperDir, 'chromium-in-netns'),
        args: CHROMIUM_ARGS,
        env: { ...process.env, NATTER_NETNS: peers.lab.ns(host) },
        headless: true,
      });
      browsers.push(browser);
      return (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    };
    const signUp = async (page: Page, name: string) => {
      await page.goto(`https://${peers.url}/`);
      await page.getByLabel('Username').fill(name);
      await page.getByLabel('Password').fill(WEB_PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.locator('.top .me', { hasText: name }).waitFor({ timeout: 30_000 });
    };

    beforeAll(async () => {
      wrapperDir = mkdtempSync(join(tmpdir(), 'natlab-chromium-'));
      writeFileSync(join(wrapperDir, 'chromium-in-netns'), `#!/bin/sh\nexec ip netns exec "$NATTER_NETNS" ${CHROMIUM} "$@"\n`);
      chmodSync(join(wrapperDir, 'chromium-in-netns'), 0o755);
      // One site per NAT kind with a browser on h1; the far side (port-restricted) has the terminal user on h1 and a browser on h2.
      peers = await startPeerLab({ sites: [...NAT_KINDS.map((kind) => ({ name: kind, kind })), { name: 'far', kind: 'port', hosts: 2 }] }, [{ name: 'term', host: 'far/h1' }], []);
      far = await browserIn('far/h2');
      await signUp(far, 'webfar');
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab browser matrix (far side: port-restricted cone)\n${table(grid)}\n`);
      for (const b of browsers) await b.close().catch(() => undefined);
      await peers?.down();
      if (wrapperDir) rmSync(wrapperDir, { recursive: true, force: true });
    });

    it.each(NAT_KINDS.map((kind) => [kind] as const))('a browser behind %s with a terminal and a browser', async (kind) => {
      const name = `web${kind}`;
      const page = await browserIn(`${kind}/h1`);
      await signUp(page, name);
      const term = peers.user('term').rpc;
      expect((await term.call({ cmd: 'add', user: name })).ok).toBe(true);
      await page.getByRole('button', { name: 'Accept term' }).click();
      await page.getByLabel('Add a buddy').fill('webfar');
      await page.getByRole('button', { name: 'Ask' }).click();
      await far.getByRole('button', { name: `Accept ${name}` }).click();
      await waitOnline(page, 'term');
      await waitOnline(page, 'webfar');
      const want = expected(kind);

      // browser <-> terminal
      await openConversation(page, 'term');
      let t0 = Date.now();
      await sendMessage(page, 'term', `hello term from ${kind}`);
      await term.waitFor((l) => l.event === 'message' && l.text === `hello term from ${kind}`, 20_000);
      const termFirst = Date.now() - t0;
      let termDirect = '-';
      if (want === 'direct') {
        await waitPath(page, 'term', 'direct', 25_000);
        termDirect = String(Date.now() - t0);
      } else await new Promise((r) => setTimeout(r, RTC_ATTEMPT_MS + 1000));
      const termPath = (await page.getByRole('button', { name: /^term, online/ }).getAttribute('aria-label'))!.includes('direct') ? 'direct' : 'relayed';
      grid.push([kind, 'terminal (port)', want, termPath, String(termFirst), termDirect]);
      expect(termPath).toBe(want);
      await term.call({ cmd: 'send', to: name, text: `re from term to ${kind}` });
      await messageRow(page, 'term', `re from term to ${kind}`).waitFor({ timeout: 20_000 });

      // browser <-> browser
      await openConversation(page, 'webfar');
      t0 = Date.now();
      await sendMessage(page, 'webfar', `hello webfar from ${kind}`);
      await openConversation(far, name);
      await messageRow(far, name, `hello webfar from ${kind}`).waitFor({ timeout: 20_000 });
      const webFirst = Date.now() - t0;
      let webDirect = '-';
      if (want === 'direct') {
        await waitPath(page, 'webfar', 'direct', 25_000);
        webDirect = String(Date.now() - t0);
      } else await new Promise((r) => setTimeout(r, RTC_ATTEMPT_MS + 1000));
      const webPath = (await page.getByRole('button', { name: /^webfar, online/ }).getAttribute('aria-label'))!.includes('direct') ? 'direct' : 'relayed';
      grid.push([kind, 'browser (port)', want, webPath, String(webFirst), webDirect]);
      expect(webPath).toBe(want);
      await sendMessage(far, name, `re from webfar to ${kind}`);
      await messageRow(page, 'webfar', `re from webfar to ${kind}`).waitFor({ timeout: 20_000 });
    }, 180_000);
  },
  { needs: [] },
);

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join('  ')).join('\n');
}
