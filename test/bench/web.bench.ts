// The web client against the terminal client, in the same run, on loopback:
//   - page load to online (a saved session: reload until the node says online)
//     vs a terminal peer's start() to online,
//   - time to the first message shown at the buddy, and to the direct path,
//     for browser<->browser (WebRTC data channel), browser<->terminal (WebRTC,
//     node-datachannel) and terminal<->terminal (UDP hole punch),
//   - the bundles' sizes gzipped.
// Browser timings are taken from this process around Playwright actions and
// waits, so they include Playwright's round trips (a few ms). Figures are
// what this machine measured in this run; nothing is asserted.
import { it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { createNatterPeer, NodeSession, generateIdentity, identityPublicKey, type NatterPeer } from '@natter/peer';
import { startTestNode } from '../support/start-test-node.js';
import { until as once } from '../support/peer-events.js';
import { browserMissing, launchChromium } from '../../packages/web/test/support/chromium.js';
import { buildWebClient, messageRow, openConversation, sendMessage, signInOnPage, waitOnline, waitPath } from '../../packages/web/test/support/web-app.js';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');

it.skipIf(browserMissing)('web: page load to online, first message, time to direct vs the terminal client; bundle sizes', async () => {
  const web = await buildWebClient();
  const node = await startTestNode({ webDir: web.dir });
  const appUrl = node.localUrl.replace(/^ws:/, 'http:');
  const chromium = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'natter-bench-web-'));
  const peers: NatterPeer[] = [];
  const mkPeer = async (name: string) => {
    const identity = generateIdentity();
    await NodeSession.register(node.url, name, 'correct horse battery', identityPublicKey(identity));
    const peer = createNatterPeer({ url: node.url, username: name, password: 'correct horse battery', identity, historyDir: join(dir, name), stack: nodeUdpStack, classify: false, reconnect: false });
    peers.push(peer);
    return peer;
  };
  const page = async () => (await chromium.browser.newContext()).newPage();
  try {
    // Terminal to online (start: bind, connect, TLS, login), 5 times.
    const cliOnline: number[] = [];
    const t = await mkPeer('tess');
    await t.close();
    for (let i = 0; i < 5; i++) {
      const again = createNatterPeer({ url: node.url, username: 'tess', password: 'correct horse battery', identity: generateIdentity(), historyDir: join(dir, `tess${i}`), stack: nodeUdpStack, classify: false, reconnect: false });
      const t0 = performance.now();
      await again.start();
      cliOnline.push(performance.now() - t0);
      await again.close();
    }

    // Browser: sign up once, then page loads with the saved session, 5 times.
    const ann = await page();
    const ben = await page();
    await signInOnPage(ann, appUrl, 'ann');
    await signInOnPage(ben, appUrl, 'ben');
    const pageOnline: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await ann.reload();
      await ann.locator('.top .connection.online').waitFor({ timeout: 15_000 });
      pageOnline.push(performance.now() - t0);
    }

    // browser <-> browser
    await ann.getByLabel('Add a buddy').fill('ben');
    await ann.getByRole('button', { name: 'Ask' }).click();
    await ben.getByRole('button', { name: 'Accept ann' }).click();
    await waitOnline(ann, 'ben');
    await openConversation(ann, 'ben');
    await openConversation(ben, 'ann');
    let t0 = performance.now();
    await sendMessage(ann, 'ben', 'first from ann');
    await messageRow(ben, 'ann', 'first from ann').waitFor({ timeout: 15_000 });
    const bbFirst = performance.now() - t0;
    await waitPath(ann, 'ben', 'direct', 30_000).catch(() => undefined);
    const bbDirect = performance.now() - t0;

    // browser <-> terminal (the terminal peer answers the browser's offer)
    const tom = await mkPeer('tom');
    await tom.start();
    await tom.buddyAction('request', 'ann');
    await ann.getByRole('button', { name: 'Accept tom' }).click();
    await waitOnline(ann, 'tom');
    await openConversation(ann, 'tom');
    const tomDirect = once(tom, 'path', (p) => p.buddy === 'ann' && p.path === 'direct', 30_000).then(() => performance.now());
    const tomGot = once(tom, 'message', (m) => m.text === 'first to tom', 15_000).then(() => performance.now());
    t0 = performance.now();
    await sendMessage(ann, 'tom', 'first to tom');
    const btFirst = (await tomGot) - t0;
    const btDirect = (await tomDirect.catch(() => NaN)) - t0;

    // terminal <-> terminal, the same steps (UDP punching)
    const tia = await mkPeer('tia');
    await tia.start();
    const asked = once(tia, 'buddyEvent', (e) => e.kind === 'requested');
    await tom.buddyAction('request', 'tia');
    await asked;
    const seen = once(tom, 'buddies', (l) => l.some((b) => b.username === 'tia' && b.online));
    await tia.buddyAction('accept', 'tom');
    await seen;
    const ttDirect = once(tom, 'path', (p) => p.buddy === 'tia' && p.path === 'direct', 30_000).then(() => performance.now());
    const ttGot = once(tia, 'message', (m) => m.text === 'first to tia', 15_000).then(() => performance.now());
    t0 = performance.now();
    await tom.send('tia', 'first to tia');
    const ttFirst = (await ttGot) - t0;
    const ttDirectMs = (await ttDirect.catch(() => NaN)) - t0;

    const rows = [
      ['measure', 'browser<->browser', 'browser<->terminal', 'terminal<->terminal'],
      ['to online p50 ms (page load with saved session / start())', ms(pct(pageOnline, 0.5)), '', ms(pct(cliOnline, 0.5))],
      ['first message shown at the buddy ms', ms(bbFirst), ms(btFirst), ms(ttFirst)],
      ['time to direct path ms', ms(bbDirect), ms(btDirect), ms(ttDirectMs)],
    ];
    const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    const sizes = Object.entries(web.sizes).map(([name, s]) => `${name} ${(s.raw / 1024).toFixed(1)} KiB, ${(s.gzip / 1024).toFixed(1)} KiB gzipped`).join('; ');
    console.log(`\nweb on loopback (Chromium ${chromium.browser.version()}, a node, terminal peers in this process)\n${rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')).join('\n')}\nbundles: ${sizes} (budgets: widget 15 KiB, app 150 KiB)\n`);
  } finally {
    for (const p of peers) await p.close().catch(() => undefined);
    await chromium.close();
    await node.stop();
    web.remove();
    rmSync(dir, { recursive: true, force: true });
  }
});
