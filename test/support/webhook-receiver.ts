// A webhook receiver for tests (node:http), written the way docs/extended.md
// tells receivers to: it checks every request's signature and timestamp,
// answers the verification challenge, and can fail the first attempts.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { challengeResponse, verifySignature } from '../../packages/server/src/notify/signature.js';

export interface WebhookCall {
  body: Record<string, unknown>;
  raw: string;
  headers: IncomingMessage['headers'];
  /** Whether the signature verified with the secret the receiver holds. */
  signed: boolean;
  /** What this receiver answered. */
  status: number;
}

export interface WebhookReceiver {
  url: string;
  calls: WebhookCall[];
  /** The secret the node gave for this webhook. */
  secret: Buffer | undefined;
  /** Answer the next `n` requests with `status` (503: try again). */
  failNext(n: number, status?: number): void;
  next(pred: (c: WebhookCall) => boolean, timeoutMs?: number): Promise<WebhookCall>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(path = '/hook'): Promise<WebhookReceiver> {
  const calls: WebhookCall[] = [];
  const waiters: Array<() => void> = [];
  let failing = 0;
  let failStatus = 503;
  const receiver: WebhookReceiver = {
    url: '',
    calls,
    secret: undefined,
    failNext(n, status = 503) {
      failing = n;
      failStatus = status;
    },
    async next(pred, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(pred);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching webhook call within ${timeoutMs} ms; got ${calls.length}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => (clearTimeout(t), resolve()));
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      const secret = receiver.secret ?? Buffer.alloc(0);
      const signed = verifySignature(req.headers['natter-signature'] as string | undefined, secret, raw, Date.now()).ok;
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        /* recorded as it is */
      }
      let status = 200;
      let answer = '{}';
      if (!signed) status = 401;
      else if (failing > 0) {
        failing--;
        status = failStatus;
      } else if (body.type === 'verify') answer = JSON.stringify({ challenge_response: challengeResponse(secret, String(body.challenge)) });
      calls.push({ body, raw, headers: req.headers, signed, status });
      for (const w of waiters.splice(0)) w();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return receiver;
}
