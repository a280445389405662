// The widget on a page of another origin, in Chromium: the host site's
// backend signs a token for its user, widget.js hands it to the frame, the
// node signs the user in (making the account the first time). A forged
// token is refused with SITE_TOKEN_INVALID, which the page hears as an
// event. The host page has a strict CSP (no inline script or style). The
// badge counts messages that arrive while the chat is closed.
//
// The shop is http://localhost:A and the node http://localhost:B: another
// origin, the same site, as when a shop serves its chat node from a
// subdomain (chat.shop.example), so the frame may keep its key. Embedded
// from another site (the node as http://127.0.0.1:B), Chromium refuses the
// frame storage; the widget still signs in and says its key lasts only as
// long as the page (docs/web.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { signSiteToken } from '@natter/server';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { browserMissing, launchChromium, launchProfile, type LaunchedBrowser } from './support/chromium.js';
import { buildWebClient, messageRow, openConversation, sendMessage, signInOnPage, waitOnline } from './support/web-app.js';

const SECRET = 'shop-secret-0123456789abcdef0123456789';

describe.skipIf(browserMissing)('the widget on another site', () => {
  let chromium: LaunchedBrowser;
  let node: TestNode;
  let web: Awaited<ReturnType<typeof buildWebClient>>;
  let host: Server;
  let hostUrl: string;
  /** The node as the same site as the shop (localhost), and as another site (127.0.0.1). */
  let nodeHttp: string;
  let nodeOtherSite: string;

  beforeAll(async () => {
    web = await buildWebClient();
    // The host site: its own origin (localhost, another port), a strict CSP, a
    // backend that signs a token for "its" signed-in user, and one that forges.
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://host.invalid');
      const page = (nodeBase: string, tokenPath: string) =>
        `<!doctype html><html><head><title>Shop</title></head><body><h1>The shop</h1><p>Welcome back.</p>` +
        `<script src="${nodeBase}/widget.js" data-site="shop" data-token-url="${tokenPath}" data-title="Shop chat" data-color="#0a7d4f" data-position="bottom-right"></script></body></html>`;
      const csp = (nodeBase: string) => `default-src 'none'; script-src ${nodeBase}; frame-src ${nodeBase}; connect-src 'self'; style-src 'self'`;
      const pages: Record<string, [string, string]> = { '/': [nodeHttp, '/token'], '/forged': [nodeHttp, '/forged-token'], '/other-site': [nodeOtherSite, '/token'] };
      const chosen = pages[url.pathname];
      if (chosen) {
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp(chosen[0]) }).end(page(chosen[0], chosen[1]));
      } else if (url.pathname === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: signSiteToken({ id: 'shop', secret: SECRET }, 'erin', Date.now() + 60_000) }));
      } else if (url.pathname === '/forged-token') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(signSiteToken({ id: 'shop', secret: 'not-the-shop-secret-000000000000000000' }, 'erin', Date.now() + 60_000));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://localhost:${(host.address() as { port: number }).port}`;
    node = await startTestNode({ webDir: web.dir, sites: [{ id: 'shop', origin: hostUrl, secret: SECRET }] });
    nodeHttp = `http://localhost:${node.port}`;
    nodeOtherSite = `http://127.0.0.1:${node.port}`;
    chromium = await launchChromium();
  });
  afterAll(async () => {
    for (const p of profiles) await p.close();
    await chromium?.close();
    await node?.stop();
    web?.remove();
    await new Promise((resolve) => host?.close(resolve));
  });

  const profiles: Array<{ close(): Promise<void> }> = [];
  /** A person's browser (a normal profile, where an embedded frame may keep storage) with the page open. */
  const newPage = async (): Promise<Page> => {
    const profile = await launchProfile();
    profiles.push(profile);
    const page = await profile.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) throw new Error(`CSP violation on the host page: ${m.text()}`);
    });
    return page;
  };

  it('signs the site user in with the site token, counts unread while closed, and chats', async () => {
    const shop = await newPage();
    await shop.goto(`${hostUrl}/`);
    // The page hears presence from the widget: erin is online (her account was made by this sign-in).
    const presence = await shop.evaluate(
      () =>
        new Promise<{ online: boolean; username: string }>((resolve) => {
          const api = (window as unknown as { natter: { presence: { online: boolean; username: string }; on(e: string, f: (v: unknown) => void): void } }).natter;
          if (api.presence.online) return resolve(api.presence);
          api.on('presence', (p) => (p as { online: boolean }).online && resolve(p as { online: boolean; username: string }));
        }),
    );
    expect(presence).toMatchObject({ online: true, username: 'erin' });

    // A full-page user asks erin to be a buddy; erin accepts inside the widget.
    const fred = await newPage();
    await signInOnPage(fred, nodeHttp + '/', 'fred');
    await fred.getByLabel('Add a buddy').fill('erin');
    await fred.getByRole('button', { name: 'Ask' }).click();
    const launcher = shop.getByRole('button', { name: /^Shop chat: open/ });
    await launcher.click();
    const widget = shop.frameLocator('iframe[title="Shop chat"]');
    await widget.getByRole('button', { name: 'Accept fred' }).click();
    await waitOnline(widget, 'fred');
    await waitOnline(fred, 'erin');

    // Closed (minimised): a message from fred shows as a badge, and the page gets an 'unread' event.
    await shop.getByRole('button', { name: 'Minimise the chat' }).click();
    const unread = shop.evaluate(
      () =>
        new Promise<number>((resolve) =>
          (window as unknown as { natter: { on(e: string, f: (v: unknown) => void): void } }).natter.on('unread', (n) => (n as number) > 0 && resolve(n as number)),
        ),
    );
    await openConversation(fred, 'erin');
    await sendMessage(fred, 'erin', 'your order has shipped');
    expect(await unread).toBe(1);
    await shop.getByRole('button', { name: /^Shop chat: open, 1 unread/ }).waitFor();

    // Open again: the message is there; erin answers from the widget.
    await shop.getByRole('button', { name: /^Shop chat: open/ }).click();
    await openConversation(widget, 'fred');
    await messageRow(widget, 'fred', 'your order has shipped').waitFor();
    await sendMessage(widget, 'fred', 'thanks, fred');
    await messageRow(fred, 'erin', 'thanks, fred').waitFor({ timeout: 15_000 });
    await messageRow(fred, 'erin', 'your order has shipped').locator('.state', { hasText: 'delivered' }).waitFor({ timeout: 15_000 });
  });

  it('refuses a forged token with SITE_TOKEN_INVALID, and the page hears it', async () => {
    const page = await newPage();
    await page.goto(`${hostUrl}/forged`);
    const error = await page.evaluate(
      () =>
        new Promise<{ code: string }>((resolve) =>
          (window as unknown as { natter: { on(e: string, f: (v: unknown) => void): void } }).natter.on('error', (e) => resolve(e as { code: string })),
        ),
    );
    expect(error.code).toBe('SITE_TOKEN_INVALID');
    await page.getByRole('button', { name: /^Shop chat: open/ }).click();
    const widget = page.frameLocator('iframe[title="Shop chat"]');
    await widget.getByRole('alert').filter({ hasText: 'SITE_TOKEN_INVALID' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { natter: { presence: { online: boolean } } }).natter.presence.online)).toBe(false);
  });

  it('embedded from another site (no storage for the frame), it still signs in and says the key lasts only for the page', async () => {
    const page = await newPage();
    await page.goto(`${hostUrl}/other-site`);
    await page.getByRole('button', { name: /^Shop chat: open/ }).click();
    const widget = page.frameLocator('iframe[title="Shop chat"]');
    await widget.locator('.top .me', { hasText: 'erin' }).waitFor({ timeout: 15_000 });
    await widget.getByRole('note').filter({ hasText: 'Pop the chat out' }).waitFor();
  });

  it('the widget frame can only be framed by the registered site, and the app page not at all', async () => {
    const res = await fetch(`${nodeHttp}/widget/frame?site=shop`);
    expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors ${hostUrl}`);
    const app = await fetch(`${nodeHttp}/`);
    expect(app.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await fetch(`${nodeHttp}/widget/frame?site=nope`)).status).toBe(404);
  });
});
