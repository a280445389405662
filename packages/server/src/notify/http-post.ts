// One HTTP POST to a webhook or an SMS gateway, and nothing else: no
// redirects followed (a redirect is a way around the address check), a
// deadline, a bounded answer, and the guarded lookup of url-guard.ts (the
// address connected to is the address checked).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { NodeError } from '../errors.js';
import { forbiddenAddress, guardedLookup, type Resolver } from './url-guard.js';

export interface PostOptions {
  /** Webhooks: false unless the operator allows internal addresses; the operator's own gateway: true. */
  allowPrivate: boolean;
  timeoutMs?: number;
  resolver?: Resolver;
  userAgent: string;
}

export interface PostResult {
  status: number;
  /** The first 64 KiB of the answer. */
  body: string;
}

const MAX_ANSWER = 64 * 1024;

export function post(url: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<PostResult> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostResult>((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': headers['content-type'] ?? 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': options.userAgent, ...headers },
        lookup: guardedLookup(options.allowPrivate, options.resolver) as never,
        timeout: options.timeoutMs ?? 10_000,
        // A new connection per request: an agent's pooled socket would skip the lookup.
        agent: false,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER) }));
        res.on('error', reject);
      },
    );
    req.on('socket', (socket) => {
      socket.once('connect', () => {
        // Also for IP literals, which no lookup sees.
        const why = options.allowPrivate ? undefined : forbiddenAddress(socket.remoteAddress ?? '');
        if (why) req.destroy(new NodeError('NOTIFY_URL_FORBIDDEN', `${target.host} is ${socket.remoteAddress} (${why}); webhooks may not point there`));
      });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs ?? 10_000} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}
