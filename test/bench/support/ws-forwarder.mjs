// The baseline the node is compared against: a bare `ws` server that only
// forwards. No protocol, no accounts, no store: what moving the same bytes
// over WebSockets costs in Node at all. Runs in its own process, like the node.
//
//   node ws-forwarder.mjs pair    client ?id=2k's binary messages go to ?id=2k+1 (relay baseline)
//   node ws-forwarder.mjs ring N  ?id=i's go to its 20 ring neighbours i±1..i±10 mod N
//                                 (the bench's buddy graph: presence fan-out baseline)
//
// Prints {"url", "http"} on stdout; GET /memory answers {rss, heapUsed} (?gc=1: after a full GC).
import { createServer } from 'node:http';
import { PerformanceObserver, constants, monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';

const [mode = 'pair', ringSize = '0'] = process.argv.slice(2);
const n = Number(ringSize);
const byId = new Map();

// GET /stats: event-loop delay since the last /stats (as the node's /metrics
// tells it, natter_nodejs_eventloop_lag_*, reset at each read), the longest
// GC pause since the last /stats, and since start the GC pauses of 10 ms or
// more and the full (mark-compact) collections.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let gcMaxMs = 0;
let gcOver10 = 0;
let majorGcs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMaxMs = Math.max(gcMaxMs, e.duration);
    if (e.duration >= 10) gcOver10++;
    if (/** @type {{ kind?: number }} */ (e.detail)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
  }
}).observe({ entryTypes: ['gc'] });

const server = createServer((req, res) => {
  if (req.url?.startsWith('/stats')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ loopDelayMaxMs: delay.max / 1e6, loopDelayP99Ms: delay.percentile(99) / 1e6, gcMaxMs, gcOver10, majorGcs }));
    delay.reset();
    gcMaxMs = 0;
    return;
  }
  // ?gc=1 (with --expose-gc): a full collection first, so only live memory counts.
  if (req.url?.includes('gc=1') && globalThis.gc) {
    globalThis.gc();
    globalThis.gc();
  }
  const m = process.memoryUsage();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, connections: byId.size }));
});
const wss = new WebSocketServer({ server, perMessageDeflate: false, maxPayload: 1024 * 1024 });

wss.on('connection', (ws, req) => {
  const id = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('id'));
  byId.set(id, ws);
  ws.on('close', () => byId.get(id) === ws && byId.delete(id));
  ws.on('error', () => {});
  if (mode === 'pair') {
    ws.on('message', (data, isBinary) => byId.get(id ^ 1)?.send(data, { binary: isBinary }));
  } else {
    ws.on('message', (data, isBinary) => {
      for (let j = 1; j <= 10; j++) {
        byId.get((id + j) % n)?.send(data, { binary: isBinary });
        byId.get((id - j + n) % n)?.send(data, { binary: isBinary });
      }
    });
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.stdout.write(`${JSON.stringify({ url: `ws://127.0.0.1:${port}/`, http: `http://127.0.0.1:${port}/` })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
