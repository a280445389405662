// The web client on the node's one port (docs/web.md): `/` the full-page
// app, `/widget.js` the loader a site embeds, `/widget/frame?site=ID` the
// page inside the widget's iframe, and the bundles they load. The bundles
// are built by packages/web (npm run build); the pages are made here because
// they carry per-site data. Every page has a strict Content-Security-Policy:
// scripts and styles only from this origin, connections only to this node,
// and framing only by the site the operator registered (the app itself
// cannot be framed at all).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SiteRegistry } from './sites.js';

/** Static files the web client consists of, with their content types. */
const ASSETS: Record<string, string> = {
  '/app.js': 'text/javascript; charset=utf-8',
  '/app.css': 'text/css; charset=utf-8',
  '/widget.js': 'text/javascript; charset=utf-8',
  '/icon.svg': 'image/svg+xml',
};

const csp = (frameAncestors: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    // 'self' covers ws:// and wss:// to this host and port (CSP Level 3).
    "connect-src 'self'",
    "manifest-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

export interface WebApp {
  /** Answers the request if it is the web client's; false when it is not. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export function webApp(publicDir: string | undefined, sites: SiteRegistry): WebApp {
  const cache = new Map<string, { body: Buffer; mtimeMs: number }>();
  const asset = (name: string): Buffer | undefined => {
    if (!publicDir) return undefined;
    const file = join(publicDir, name);
    try {
      const { mtimeMs } = statSync(file);
      const known = cache.get(file);
      if (known && known.mtimeMs === mtimeMs) return known.body;
      const body = readFileSync(file);
      cache.set(file, { body, mtimeMs });
      return body;
    } catch {
      return undefined;
    }
  };
  const page = (res: ServerResponse, html: string, frameAncestors: string) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp(frameAncestors),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(html);
  };
  return {
    handle(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const url = new URL(req.url ?? '/', 'http://node.invalid');
      if (url.pathname === '/') {
        page(res, html({ mode: 'app', title: 'natter' }), "'none'");
        return true;
      }
      if (url.pathname === '/widget/frame') {
        const site = sites.get(url.searchParams.get('site') ?? '');
        if (!site) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('no such site on this node: the operator registers sites in the node config ("sites")\n');
          return true;
        }
        page(res, html({ mode: 'widget', title: 'natter chat', site: site.id, parentOrigin: site.origin }), site.origin);
        return true;
      }
      const type = ASSETS[url.pathname];
      if (!type) return false;
      const body = asset(url.pathname.slice(1));
      if (!body) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('the web client is not built on this node: run npm run build\n');
        return true;
      }
      res.writeHead(200, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        // The loader is fetched by other sites' pages; no credentials ride along.
        ...(url.pathname === '/widget.js' && { 'cross-origin-resource-policy': 'cross-origin' }),
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(page: { mode: 'app' | 'widget'; title: string; site?: string; parentOrigin?: string }): string {
  const data = [`data-mode="${page.mode}"`];
  if (page.site) data.push(`data-site="${escape(page.site)}"`);
  if (page.parentOrigin) data.push(`data-parent-origin="${escape(page.parentOrigin)}"`);
  return `<!doctype html>
<html lang="en" ${data.join(' ')}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(page.title)}</title>
<link rel="icon" href="/icon.svg">
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<noscript>natter's web client needs JavaScript: it encrypts your messages in this browser.</noscript>
<div id="natter" class="natter"></div>
</body>
</html>
`;
}
