// The unsubscribe link of every email and SMS, on the node's HTTP port:
// GET shows a page with one button (a link scanner that fetches every URL
// in a mail must not unsubscribe anyone), POST disables the channel. Mail
// clients' one-click button POSTs "List-Unsubscribe=One-Click" to the same
// URL (RFC 8058), which works the same.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NodeError } from '../errors.js';
import type { NotifyService } from './service.js';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
  `<body style="font-family:sans-serif;max-width:32em;margin:3em auto;line-height:1.5"><h1>${title}</h1>${body}</body></html>\n`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Reads a small form body (the token, or the one-click marker). */
function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 4096) req.destroy();
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', () => resolve(new URLSearchParams()));
  });
}

export async function serveUnsubscribe(service: NotifyService, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://node');
  const html = (status: number, title: string, body: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    res.end(page(title, body));
  };
  if (req.method === 'GET') {
    const token = url.searchParams.get('t') ?? '';
    return html(
      200,
      'Stop natter messages',
      `<p>This stops every email or SMS this natter node sends to the address that got the link.</p>` +
        `<form method="post" action="/unsubscribe"><input type="hidden" name="t" value="${escape(token)}"><button type="submit">Unsubscribe</button></form>`,
    );
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'GET, POST' });
    return void res.end();
  }
  const form = await readForm(req);
  const token = form.get('t') ?? url.searchParams.get('t') ?? '';
  try {
    const channel = await service.unsubscribe(token);
    html(200, 'Unsubscribed', `<p>Nothing more is sent to ${escape(channel.kind === 'webhook' ? 'that webhook' : 'this address')} by this natter node. Its owner can add it again (natter notify add).</p>`);
  } catch (err) {
    if (!(err instanceof NodeError)) throw err;
    html(404, 'Unknown link', `<p>${escape(err.message)}.</p>`);
  }
}
