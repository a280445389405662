// The web client in Chromium against a real node: two browser users sign
// up, become buddies, chat both ways and keep their history across a
// reload; a browser user and a `natter rpc` user chat both ways. Both pairs
// move to a direct WebRTC data channel; when one browser's ICE has no
// candidate (no UDP, no TURN), ICE fails and the pair stays on the relay. Each browser user has
// a context of its own (its own storage: its own device).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { NatterUser, tempRoot, type RpcProcess } from '../../../test/support/natter-user.js';
import { RTC_ATTEMPT_MS } from '@natter/peer';
import { NO_ICE_CANDIDATES, browserMissing, launchChromium, type LaunchedBrowser } from './support/chromium.js';
import { buildWebClient, messageRow, openConversation, sendMessage, signInOnPage, waitOnline, waitPath } from './support/web-app.js';

describe.skipIf(browserMissing)('the web client in Chromium', () => {
  let chromium: LaunchedBrowser;
  let node: TestNode;
  let web: Awaited<ReturnType<typeof buildWebClient>>;
  let appUrl: string;
  let root: string;
  const contexts: BrowserContext[] = [];
  const rpcs: RpcProcess[] = [];

  const newUser = async () => {
    const context = await chromium.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    if (process.env.NATTER_WEB_DEBUG) {
      page.on('console', (m) => console.log(`[browser ${contexts.length}] ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console.log(`[browser ${contexts.length}] pageerror: ${e.message}`));
    }
    return page;
  };

  beforeAll(async () => {
    web = await buildWebClient();
    node = await startTestNode({ webDir: web.dir });
    // Plain HTTP from loopback: a secure context for the browser (localhost), allowed by the node.
    appUrl = node.localUrl.replace(/^ws:/, 'http:');
    chromium = await launchChromium();
    root = tempRoot('natter-web-');
  });
  afterAll(async () => {
    for (const r of rpcs) r.kill();
    for (const c of contexts) await c.close().catch(() => undefined);
    await chromium?.close();
    await node?.stop();
    web?.remove();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('two browser users register, become buddies, chat both ways, and keep their history across a reload', async () => {
    const alice = await newUser();
    const bob = await newUser();
    await signInOnPage(bob, appUrl, 'bob');
    await signInOnPage(alice, appUrl, 'alice');

    // alice asks; bob accepts from his requests.
    await alice.getByLabel('Add a buddy').fill('bob');
    await alice.getByRole('button', { name: 'Ask' }).click();
    await alice.getByText('Asked bob to be your buddy.').waitFor();
    await bob.getByRole('button', { name: 'Accept alice' }).click();
    await waitOnline(alice, 'bob');
    await waitOnline(bob, 'alice');

    // alice -> bob, typed and sent with Enter; bob sees an unread badge, opens, reads.
    await openConversation(alice, 'bob');
    await sendMessage(alice, 'bob', 'hello bob, from a browser');
    await messageRow(alice, 'bob', 'hello bob, from a browser').locator('.state', { hasText: 'delivered' }).waitFor({ timeout: 15_000 });
    await bob.getByRole('button', { name: /^alice, online.*1 unread/ }).waitFor();
    await openConversation(bob, 'alice');
    await messageRow(bob, 'alice', 'hello bob, from a browser').waitFor();

    // bob -> alice.
    await sendMessage(bob, 'alice', 'hi alice, bob here');
    await messageRow(alice, 'bob', 'hi alice, bob here').waitFor({ timeout: 15_000 });
    await messageRow(bob, 'alice', 'hi alice, bob here').locator('.state', { hasText: 'delivered' }).waitFor({ timeout: 15_000 });

    // Meanwhile the pair moved to a WebRTC data channel (ICE on this machine's address).
    await waitPath(alice, 'bob', 'direct');
    await waitPath(bob, 'alice', 'direct');
    await sendMessage(bob, 'alice', 'now peer to peer');
    await messageRow(alice, 'bob', 'now peer to peer').waitFor({ timeout: 15_000 });
    await messageRow(bob, 'alice', 'now peer to peer').locator('.state', { hasText: 'sent, direct' }).or(messageRow(bob, 'alice', 'now peer to peer').locator('.state', { hasText: 'delivered' })).waitFor({ timeout: 15_000 });

    // The same safety number on both sides.
    await alice.getByRole('button', { name: 'Safety number' }).click();
    await bob.getByRole('button', { name: 'Safety number' }).click();
    const digits = async (page: typeof alice) => (await page.locator('dialog.safety .digits').innerText()).replace(/\s+/g, ' ').trim();
    const [a, b] = [await digits(alice), await digits(bob)];
    expect(a).toMatch(/^(\d{5} ){11}\d{5}$/);
    expect(a).toBe(b);
    await alice.getByRole('button', { name: 'Close' }).click();

    // A reload signs alice in again (stay signed in) and the history is still there, in order.
    await alice.reload();
    await alice.locator('.top .me', { hasText: 'alice' }).waitFor({ timeout: 15_000 });
    await openConversation(alice, 'bob');
    const texts = await alice.getByRole('log', { name: 'Messages with bob' }).locator('li .text').allInnerTexts();
    expect(texts).toEqual(['hello bob, from a browser', 'hi alice, bob here', 'now peer to peer']);
    expect(await messageRow(alice, 'bob', 'hello bob, from a browser').locator('.state').innerText()).toBe('delivered');

    // And the conversation goes on after the reload.
    await waitOnline(alice, 'bob');
    await sendMessage(alice, 'bob', 'still here after a reload');
    await messageRow(bob, 'alice', 'still here after a reload').waitFor({ timeout: 15_000 });
  });

  it('a browser user and a `natter rpc` user chat both ways', async () => {
    const carl = new NatterUser('carl', node.url, root);
    await carl.register();
    const dana = await newUser();
    await signInOnPage(dana, appUrl, 'dana');
    const rpc = await carl.rpc();
    rpcs.push(rpc);
    expect(await rpc.call({ cmd: 'add', user: 'dana' })).toMatchObject({ ok: true });
    await dana.getByRole('button', { name: 'Accept carl' }).click();
    await waitOnline(dana, 'carl');
    await rpc.waitFor((l) => l.event === 'presence' && l.buddy === 'dana' && l.online === true);

    // terminal -> browser
    const sent = await rpc.call({ cmd: 'send', to: 'dana', text: 'hello from the terminal' });
    expect(sent).toMatchObject({ ok: true });
    await openConversation(dana, 'carl');
    await messageRow(dana, 'carl', 'hello from the terminal').waitFor({ timeout: 15_000 });
    await rpc.waitFor((l) => l.event === 'state' && l.id === sent.id && l.state === 'delivered', 15_000);

    // browser -> terminal
    await sendMessage(dana, 'carl', 'hello from the browser');
    const got = await rpc.waitFor((l) => l.event === 'message' && l.text === 'hello from the browser', 15_000);
    expect(got).toMatchObject({ from: 'dana', path: 'relay' });
    await messageRow(dana, 'carl', 'hello from the browser').locator('.state', { hasText: 'delivered' }).waitFor({ timeout: 15_000 });

    // The browser offers a data channel; the terminal (node-datachannel) answers: direct.
    await rpc.waitFor((l) => l.event === 'path' && l.buddy === 'dana' && l.path === 'direct', 20_000);
    await waitPath(dana, 'carl', 'direct');
    await sendMessage(dana, 'carl', 'over the data channel');
    expect(await rpc.waitFor((l) => l.event === 'message' && l.text === 'over the data channel', 15_000)).toMatchObject({ from: 'dana', path: 'direct' });

    // Both see the same safety number: the keys match end to end.
    const verify = await rpc.call({ cmd: 'verify', user: 'dana' });
    await dana.getByRole('button', { name: 'Safety number' }).click();
    const shown = (await dana.locator('dialog.safety .digits').innerText()).replace(/\s+/g, ' ').trim();
    expect(verify.safetyNumber ?? verify.number).toBe(shown);
    await dana.keyboard.press('Escape');

    // carl links a second device (approved over rpc): the number now covers both of carl's devices, in the browser as in the terminal.
    const laptop = new NatterUser('carl', node.url, root);
    const { code, done } = await laptop.linkAsNewDevice('laptop');
    expect(await rpc.call({ cmd: 'approve-device', code })).toMatchObject({ ok: true });
    expect((await done).code).toBe(0);
    let both = { terminal: '', browser: '' };
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      const terminal = (await rpc.call({ cmd: 'verify', user: 'dana' })).safetyNumber as string;
      await dana.getByRole('button', { name: 'Safety number' }).click();
      const browser = (await dana.locator('dialog.safety .digits').innerText()).replace(/\s+/g, ' ').trim();
      await dana.keyboard.press('Escape');
      both = { terminal, browser };
      if (terminal !== shown && browser === terminal) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(both.terminal).not.toBe(shown);
    expect(both.browser).toBe(both.terminal);
  });

  it('a second browser of a user waits until the first lets it in by its code; then it gets messages too, until the first removes it', async () => {
    const first = await newUser();
    const fay = await newUser();
    await signInOnPage(first, appUrl, 'erin');
    await signInOnPage(fay, appUrl, 'fay');
    await first.getByLabel('Add a buddy').fill('fay');
    await first.getByRole('button', { name: 'Ask' }).click();
    await fay.getByRole('button', { name: 'Accept erin' }).click();
    await waitOnline(fay, 'erin');

    const second = await newUser();
    await signInOnPage(second, appUrl, 'erin', 'login');
    const note = await second.getByRole('note').filter({ hasText: 'waits for approval' }).innerText();
    const code = /code ([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(note)![1]!;
    await first.getByRole('button', { name: 'Devices' }).click();
    const dialog = first.getByRole('dialog', { name: 'Your devices' });
    await dialog.getByText('waiting for approval').waitFor();
    // A wrong code lets nothing in.
    await dialog.getByLabel('Code shown on the new device').fill('AAAAA-AAAAA');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await dialog.getByRole('status').filter({ hasText: 'no device of yours waits with the code' }).waitFor();
    await dialog.getByLabel('Code shown on the new device').fill(code);
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await dialog.getByRole('status').filter({ hasText: 'is one of your devices now' }).waitFor();
    await second.locator('.connection.online').waitFor({ timeout: 15_000 });
    await first.keyboard.press('Escape');

    // fay's message reaches both of erin's browsers.
    await openConversation(fay, 'erin');
    await sendMessage(fay, 'erin', 'to both of your browsers');
    for (const page of [first, second]) {
      await openConversation(page, 'fay');
      await messageRow(page, 'fay', 'to both of your browsers').waitFor({ timeout: 15_000 });
    }

    // Removed from the first browser: the second is told, and gets nothing more.
    await first.getByRole('button', { name: 'Devices' }).click();
    await dialog.getByRole('button', { name: /^Remove / }).click();
    await dialog.getByRole('status').filter({ hasText: 'removed: nothing more goes to it' }).waitFor();
    await second.locator('.connection', { hasText: 'removed from your devices' }).waitFor({ timeout: 15_000 });
    await first.keyboard.press('Escape');
    await sendMessage(fay, 'erin', 'only the first browser now');
    await messageRow(first, 'fay', 'only the first browser now').waitFor({ timeout: 15_000 });
    expect(await messageRow(second, 'fay', 'only the first browser now').count()).toBe(0);
  }, 60_000);

  it('stays on the relay when ICE finds no path (one browser gathers no candidate)', async () => {
    const ginaContext = await chromium.browser.newContext();
    contexts.push(ginaContext);
    await ginaContext.addInitScript(NO_ICE_CANDIDATES);
    const gina = await ginaContext.newPage();
    const hugo = await newUser();
    await signInOnPage(hugo, appUrl, 'hugo');
    await signInOnPage(gina, appUrl, 'gina');
    await gina.getByLabel('Add a buddy').fill('hugo');
    await gina.getByRole('button', { name: 'Ask' }).click();
    await hugo.getByRole('button', { name: 'Accept gina' }).click();
    await waitOnline(gina, 'hugo');
    await openConversation(gina, 'hugo');
    await sendMessage(gina, 'hugo', 'through the node');
    await messageRow(gina, 'hugo', 'through the node').locator('.state', { hasText: 'delivered' }).waitFor({ timeout: 15_000 });
    // The attempt runs out; the pair is still relayed, and still talks.
    await new Promise((resolve) => setTimeout(resolve, RTC_ATTEMPT_MS + 1000));
    await waitPath(gina, 'hugo', 'relayed', 1000);
    await waitPath(hugo, 'gina', 'relayed', 1000);
    await openConversation(hugo, 'gina');
    await sendMessage(hugo, 'gina', 'still here, relayed');
    await messageRow(gina, 'hugo', 'still here, relayed').waitFor({ timeout: 15_000 });
  });
});
