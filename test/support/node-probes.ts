// Looking at a running node from outside: its HTTP endpoints, its
// Prometheus metrics, and peers that stop behaving.
import type { ControlClient } from './control-client.js';

/** GET a path on the node's HTTP port. */
export async function httpGet(httpUrl: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(new URL(path, httpUrl));
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
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
