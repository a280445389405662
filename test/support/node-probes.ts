// Looking at a running node from outside: its HTTP endpoints, its
// Prometheus metrics, and peers that stop behaving.
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import type { ControlClient } from './control-client.js';

/**
 * A request to the node's HTTP port. The test node's certificate is its own
 * self-signed one, which fetch() cannot be told to accept: node:https can.
 */
export function httpCall(httpUrl: string, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(path, httpUrl);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // agent: false: no kept-alive connection left over (the node caps connections per address).
    const req = request(url, { method, rejectUnauthorized: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** GET a path on the node's HTTP port. */
export function httpGet(httpUrl: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return httpCall(httpUrl, path);
}

/**
 * The value of one sample in Prometheus text format, or undefined when the
 * series is absent. `labels` must match exactly the sample's label set.
 */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = (m[2] ?? '')
      .split(',')
      .filter(Boolean)
      .sort()
      .join(',');
    if (got === want) return Number(m[3]);
  }
  return undefined;
}

/** Scrapes /metrics and returns the value of one sample (0 when absent). */
export async function scrape(httpUrl: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const { body } = await httpGet(httpUrl, '/metrics');
  return metricValue(body, name, labels) ?? 0;
}

/**
 * Makes a connected client behave like a peer whose host vanished: it stops
 * reading its socket, so it sends nothing, answers no WebSocket ping (ws
 * answers pings only while it reads) and never completes a close handshake.
 * The kernel still holds the TCP connection open, as it would for a peer
 * behind a NAT that silently dropped its mapping. Returns the cleanup.
 */
export function goSilent(client: ControlClient): () => void {
  client.ws.pause();
  return () => client.ws.terminate();
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 5000, everyMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
