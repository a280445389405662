#!/usr/bin/env node
// Takes the screenshots in docs/web.md: the full-page app (wide and phone
// width) and the widget on a sample shop page, with a real node on loopback
// and real conversations typed into Chromium. Run after `npm run build`:
//   node packages/web/scripts/screenshots.mjs [outDir]
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { startNode, signSiteToken } from '@natter/server';
import { bundleWeb } from './bundle.mjs';
import { CHROMIUM } from '../../../scripts/browser-env.mjs';

const out = process.argv[2] ?? new URL('../../../docs/web/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'natter-shots-'));
const webDir = join(work, 'web');
await bundleWeb(webDir);
const SECRET = 'sample-shop-secret-0123456789abcdef01234';
let nodeBase = '';
const host = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/token') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: signSiteToken({ id: 'shop', secret: SECRET }, 'erin', Date.now() + 60_000) }));
  if (url.pathname === '/shop.css') return res.writeHead(200, { 'content-type': 'text/css' }).end('body{font:16px/1.5 Georgia,serif;margin:0;background:#faf7f2;color:#222}header{background:#1f3d2b;color:#fff;padding:18px 32px;font-size:22px}main{padding:24px 32px;max-width:720px}.card{background:#fff;border:1px solid #e5dfd3;border-radius:10px;padding:16px 20px;margin:12px 0}');
  res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': `default-src 'none'; style-src 'self'; script-src ${nodeBase}; frame-src ${nodeBase}; connect-src 'self'` }).end(
    `<!doctype html><html><head><meta charset="utf-8"><title>Green Leaf Tea</title><link rel="stylesheet" href="/shop.css"></head><body><header>Green Leaf Tea</header><main><h1>Your order</h1>` +
      `<div class="card">Sencha, 100 g — shipped</div><div class="card">Genmaicha, 250 g — packing</div><p>Questions? The chat in the corner reaches our team, end to end encrypted.</p></main>` +
      `<script src="${nodeBase}/widget.js" data-site="shop" data-token-url="/token" data-title="Ask Green Leaf" data-color="#1f3d2b"></script></body></html>`,
  );
});
await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
const hostUrl = `http://localhost:${host.address().port}`;
const node = await startNode({ host: '127.0.0.1', port: 0, stunPort: 0, altStunPort: 0, dataDir: join(work, 'node'), webDir, logger: pino({ level: 'silent' }), accounts: { scryptN: 1024 }, sites: [{ id: 'shop', origin: hostUrl, secret: SECRET }] });
nodeBase = `http://localhost:${node.port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const profile = async (viewport) => (await browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
const signUp = async (page, name) => {
  await page.goto(`${nodeBase}/`);
  await page.getByLabel('Username').fill(name);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('.top .me', { hasText: name }).waitFor();
};
const befriend = async (a, b, bName, aName) => {
  await a.getByLabel('Add a buddy').fill(bName);
  await a.getByRole('button', { name: 'Ask' }).click();
  await b.getByRole('button', { name: `Accept ${aName}` }).click();
  await a.getByRole('button', { name: new RegExp(`^${bName}, online`) }).waitFor();
};
const say = async (page, buddy, text) => {
  const box = page.getByLabel(`Message to ${buddy}`);
  await box.fill(text);
  await box.press('Enter');
};
const alice = await profile({ width: 1100, height: 680 });
const bob = await profile({ width: 1100, height: 680 });
const carol = await profile({ width: 1100, height: 680 });
await signUp(bob, 'bob');
await signUp(carol, 'carol');
await signUp(alice, 'alice');
await befriend(alice, bob, 'bob', 'alice');
await befriend(alice, carol, 'carol', 'alice');
await carol.getByLabel('Your status text').fill('in a meeting until 3');
await carol.getByLabel('Your status', { exact: true }).selectOption('busy');
await alice.getByRole('button', { name: /^bob, online/ }).click();
await bob.getByRole('button', { name: /^alice, online/ }).click();
await say(alice, 'bob', 'Lunch at one? The place with the noodles.');
await bob.locator('.log li', { hasText: 'noodles' }).waitFor();
await say(bob, 'alice', 'Yes! I will book a table for two.');
await alice.locator('.log li', { hasText: 'book a table' }).waitFor();
await say(alice, 'bob', 'Great, see you there!');
await alice.locator('.log li', { hasText: 'see you there' }).locator('.state', { hasText: 'delivered' }).waitFor();
await alice.getByLabel('Message to bob').fill('Also, did you read the');
await alice.screenshot({ path: join(out, 'app.png') });
await alice.getByRole('button', { name: 'Safety number' }).click();
await alice.screenshot({ path: join(out, 'safety-number.png') });
await alice.getByRole('button', { name: 'Close' }).click();
// bob's browser at a phone's width: one pane at a time.
await bob.setViewportSize({ width: 390, height: 760 });
await bob.locator('.log li', { hasText: 'see you there' }).waitFor();
await bob.screenshot({ path: join(out, 'app-phone.png') });
await bob.getByRole('button', { name: 'Buddies', exact: true }).click();
await bob.screenshot({ path: join(out, 'app-phone-list.png') });
// The widget on the shop's page: erin (the shop's signed-in customer) talks to bob from the shop's team.
const shop = await profile({ width: 1100, height: 720 });
await shop.goto(`${hostUrl}/`);
await shop.getByRole('button', { name: /^Ask Green Leaf: open/ }).waitFor();
await shop.waitForFunction(() => window.natter?.presence?.online === true);
const support = await profile({ width: 1100, height: 680 });
await signUp(support, 'tea.team');
await support.getByLabel('Add a buddy').fill('erin');
await support.getByRole('button', { name: 'Ask' }).click();
await shop.getByRole('button', { name: /^Ask Green Leaf: open/ }).click();
const widget = shop.frameLocator('iframe');
await widget.getByRole('button', { name: 'Accept tea.team' }).click();
await support.getByRole('button', { name: /^erin, online/ }).click();
await say(support, 'erin', 'Hi Erin, your Genmaicha ships tomorrow morning.');
await widget.getByRole('button', { name: /^tea.team, online/ }).click();
await widget.locator('.log li', { hasText: 'Genmaicha' }).waitFor();
await say(widget, 'tea.team', 'Thank you! Could you add a sample of the hojicha?');
await support.locator('.log li', { hasText: 'hojicha' }).waitFor();
await shop.screenshot({ path: join(out, 'widget.png') });
await shop.getByRole('button', { name: 'Minimise the chat' }).click();
await say(support, 'erin', 'Done, a hojicha sample is in the box.');
await shop.getByRole('button', { name: /1 unread/ }).waitFor();
await shop.screenshot({ path: join(out, 'widget-closed.png') });
await browser.close();
await node.close();
host.close();
rmSync(work, { recursive: true, force: true });
console.log(`screenshots in ${out}`);
