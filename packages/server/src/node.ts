// The rendezvous node: one TCP port (TLS by default, plain from loopback;
// listener.ts) carrying the WebSocket control channel, /healthz and
// /metrics; the STUN server; the admin socket; all on one LevelDB store.
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { pino, type Logger } from 'pino';
import { KeyedRateLimiter, loadNodeTlsIdentity, nodeUdpStack, systemClock, type Clock, type TimerHandle, type UdpStack } from '@natter/io';
import { serveStun, type RunningStunServer } from '@natter/stun';
import { MAX_CONTROL_FRAME_BYTES, encodeControl } from '@natter/wire';
import { Accounts, type AccountOptions } from './accounts.js';
import { AdminServer } from './admin.js';
import { BuddyGraph, type BuddyLimits } from './buddies.js';
import { ClientConnection } from './connection.js';
import { NodeError, errorFrame } from './errors.js';
import { publicEndpointSeen } from './handlers/presence.js';
import { NodeMetrics } from './metrics.js';
import { OfflineQueue, type OfflineOptions } from './offline.js';
import { PresenceHub, type Endpoint } from './presence.js';
import { CLOSE, type NodeServices } from './services.js';
import { NodeStore } from './store.js';
import { ControlListener } from './listener.js';
import { loadOrCreateTlsIdentity } from './tls-identity.js';
import { SiteRegistry, type SiteConfig } from './sites.js';
import { webApp } from './web.js';

export const NODE_VERSION = '0.1.0';

export interface NodeOptions {
  /** Address for HTTP + WebSocket (default 0.0.0.0). */
  host?: string;
  /** HTTP + WebSocket port (default 7878; 0 picks a free one). */
  port?: number;
  /** IP the STUN server binds; default `host`. STUN answers name it, so a specific address is better than 0.0.0.0. */
  stunIp?: string;
  /** STUN port (default 3478; 0 picks one; null: no STUN server). */
  stunPort?: number | null;
  /** Second IP for full RFC 5780 classification (STUN on both IPs, two ports each). */
  altIp?: string;
  altStunPort?: number;
  /** LevelDB directory (created, mode 0700). */
  dataDir: string;
  registration?: 'open' | 'closed';
  /** Sites whose backends sign their users in to the widget (docs/web.md); their accounts are made on first sign-in, also with registration closed. */
  sites?: SiteConfig[];
  /** The built web client (packages/web/public) to serve at / and /widget.js; false: none. Default: the one in @natter/web. */
  webDir?: string | false;
  /**
   * The operator's certificate (e.g. from an ACME client). Without it the
   * node makes its own key and self-signed certificate in the data
   * directory on first start, and clients pin its fingerprint.
   */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Who may use plain ws:// and http:// on the port: loopback only (default) or any address (a TLS proxy on another host). */
  plainFrom?: 'loopback' | 'any';
  /** Concurrent connections one address may hold (default 256; 0: no limit). */
  maxConnectionsPerAddress?: number;
  /** A connection must log in (or register) within this (default 20 s). */
  loginTimeoutMs?: number;
  /** Serve /metrics on its own address instead of the main port (e.g. 127.0.0.1 and a port only the scraper reaches). */
  metrics?: { host: string; port: number };
  /** A client silent this long is offline (default 30 s). */
  heartbeatTimeoutMs?: number;
  accounts?: AccountOptions;
  buddies?: BuddyLimits;
  offline?: OfflineOptions;
  relay?: { bytesPerSecond?: number; burstBytes?: number; maxBufferedBytes?: number };
  /** Serve the admin socket at <dataDir>/admin.sock (default true). */
  admin?: boolean;
  clock?: Clock;
  udp?: UdpStack;
  logger?: Logger;
  logLevel?: string;
}

export interface RendezvousNode {
  /** wss:// URL clients connect to (with the bound host and port). */
  url: string;
  /** ws:// URL for clients on this machine (plain text is refused from other addresses unless plainFrom is 'any'). */
  localUrl: string;
  httpUrl: string;
  port: number;
  /** The fingerprint of the node's TLS key that clients pin (sha256:...). */
  fingerprint: string;
  /** True when this start made the node's own key (first start). */
  tlsKeyCreated: boolean;
  /** /metrics address when served apart from the main port. */
  metricsUrl: string | undefined;
  stunAddresses: string[];
  adminSocket: string | undefined;
  metrics: NodeMetrics;
  log: Logger;
  /** Stop accepting, tell clients, flush and close the store. */
  close(): Promise<void>;
}

export async function startNode(options: NodeOptions): Promise<RendezvousNode> {
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? pino({ level: options.logLevel ?? 'info', base: { svc: 'natter-node' } }, pino.destination(2));
  const host = options.host ?? '0.0.0.0';
  const store = new NodeStore(options.dataDir);
  try {
    await store.open();
  } catch (err) {
    throw new NodeError('CONFIG_INVALID', `cannot open the data directory ${options.dataDir}: ${(err as Error).cause ?? (err as Error).message} (is another node running on it?)`);
  }
  const cleanups: Array<() => Promise<void> | void> = [() => store.close()];
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  };
  try {
    const accounts = new Accounts(store, clock, options.accounts);
    const graph = new BuddyGraph(store, clock, options.buddies);
    const offline = new OfflineQueue(store, clock, options.offline);
    await offline.init();
    const hub = new PresenceHub();
    let stun: RunningStunServer | undefined;
    const metrics = new NodeMetrics({
      online: () => hub.size,
      offlineDepth: () => offline.depth,
      stun: () => stun?.server.stats ?? { requests: 0, malformed: 0 },
    });
    const relay = options.relay ?? {};
    let shuttingDown = false;
    const connections = new Set<ClientConnection>();
    const services: NodeServices = {
      clock,
      log,
      accounts,
      graph,
      offline,
      hub,
      metrics,
      relayLimiter: new KeyedRateLimiter(clock, relay.bytesPerSecond ?? 256 * 1024, relay.burstBytes ?? 1024 * 1024),
      software: `natter-node/${NODE_VERSION}`,
      registration: options.registration ?? 'open',
      sites: new SiteRegistry(options.sites ?? []),
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 30_000,
      loginTimeoutMs: options.loginTimeoutMs ?? 20_000,
      // A plan makes both peers probe: 1 every 2 s per pair, 5 at once (a
      // healthy client asks after a dead path, with backoff from 5 s).
      punchLimiter: new KeyedRateLimiter(clock, 0.5, 5),
      relayMaxBufferedBytes: relay.maxBufferedBytes ?? 1024 * 1024,
      stunServers: () => stunEndpoints(stun, host),
      shuttingDown: () => shuttingDown,
    };

    if (options.stunPort !== null) {
      const stunIp = options.stunIp ?? host;
      stun = await serveStun({
        stack: options.udp ?? nodeUdpStack,
        clock,
        ip: stunIp,
        altIp: options.altIp,
        port: options.stunPort ?? 3478,
        altPort: options.altStunPort ?? 3479,
        software: services.software,
        credentials: (username) => hub.byStunUsername(username)?.stunKey,
        onAuthenticatedBinding: (username, mapped) => {
          const user = hub.byStunUsername(username);
          if (user) publicEndpointSeen(services, user, { ip: mapped.address, port: mapped.port });
        },
      });
      cleanups.push(() => stun!.close());
    }

    let tls: { key: string | Buffer; cert: string | Buffer; fingerprint: string; created: boolean };
    try {
      tls = options.tls ? { ...options.tls, fingerprint: loadNodeTlsIdentity(options.tls.key, options.tls.cert).fingerprint, created: false } : loadOrCreateTlsIdentity(options.dataDir);
    } catch (err) {
      if (err instanceof NodeError) throw err;
      throw new NodeError('CONFIG_INVALID', `cannot use the TLS certificate and key: ${(err as Error).message}`);
    }
    if (tls.created) log.info({ fingerprint: tls.fingerprint }, 'made the node key (first start); clients pin its fingerprint');
    const separateMetrics = options.metrics;
    const started = clock.now();
    const web = webApp(options.webDir === false ? undefined : (options.webDir ?? defaultWebDir()), services.sites);
    async function http(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/healthz') {
        res.writeHead(shuttingDown ? 503 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: shuttingDown ? 'shutting-down' : 'ok', version: NODE_VERSION, online: hub.size, uptimeS: Math.round((clock.now() - started) / 1000) }));
      } else if (req.method === 'GET' && path === '/metrics' && (!separateMetrics || req.socket.localPort === metricsPort)) {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(await metrics.registry.metrics());
      } else if (!web.handle(req, res)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('natter rendezvous node: connect with a natter client over WebSocket or open / in a browser; see /healthz and /metrics\n');
      }
    }

    // ws closes a connection whose message exceeds maxPayload (1009); below
    // that we answer WIRE_TOO_LARGE and keep the connection.
    const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * MAX_CONTROL_FRAME_BYTES, perMessageDeflate: false });
    const listener = new ControlListener({
      tls,
      plainFrom: options.plainFrom ?? 'loopback',
      maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? 256,
      firstByteTimeoutMs: Math.min(10_000, options.loginTimeoutMs ?? 20_000),
      onRequest: (req, res) => void http(req, res),
      onUpgrade: (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
      onRefused: (address, why) => {
        metrics.refusedConnections.inc({ reason: why });
        log.debug({ from: address, why }, 'connection refused');
      },
    });
    wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
      if (shuttingDown) {
        ws.send(encodeControl(errorFrame(shuttingDownError())));
        ws.close(CLOSE.GOING_AWAY, 'shutting down');
        return;
      }
      const address = req.socket.remoteAddress ?? 'unknown';
      const conn = new ClientConnection(ws, address, services);
      connections.add(conn);
      ws.on('close', () => connections.delete(conn));
    });
    const port = await listener.listen(options.port ?? 7878, host);
    let metricsServer: HttpServer | undefined;
    let metricsPort: number | undefined;
    if (separateMetrics) {
      metricsServer = createHttpServer((req, res) => void http(req, res));
      metricsPort = await new Promise<number>((resolve, reject) => {
        metricsServer!.once('error', reject);
        metricsServer!.listen(separateMetrics.port, separateMetrics.host, () => resolve((metricsServer!.address() as { port: number }).port));
      });
      cleanups.push(() => new Promise<void>((resolve) => metricsServer!.close(() => resolve())));
    }

    let admin: AdminServer | undefined;
    const adminSocket = options.admin === false ? undefined : join(options.dataDir, 'admin.sock');
    if (adminSocket) {
      admin = new AdminServer(adminSocket, {
        accounts,
        graph,
        offline,
        hub,
        store,
        log,
        kick: (username, reason) => hub.get(username)?.close(CLOSE.DELETED, reason),
      });
      await admin.listen();
      cleanups.push(() => admin!.close());
    }

    // Expired offline messages go once an hour (and once at start).
    let sweepTimer: TimerHandle | undefined;
    const sweep = () => {
      offline
        .sweep()
        .then((n) => {
          if (n) {
            metrics.offlineMessages.inc({ event: 'expired' }, n);
            log.info({ expired: n }, 'offline messages expired');
          }
        })
        .catch((err) => log.error({ err }, 'offline sweep failed'));
      sweepTimer = clock.setTimeout(sweep, 3600_000);
    };
    sweep();

    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
    const hostPort = `${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    let closing: Promise<void> | undefined;
    const node: RendezvousNode = {
      url: `wss://${hostPort}/`,
      localUrl: `ws://${shownHost.includes(':') ? '[::1]' : '127.0.0.1'}:${port}/`,
      httpUrl: `https://${hostPort}/`,
      fingerprint: tls.fingerprint,
      tlsKeyCreated: tls.created,
      metricsUrl: metricsPort === undefined ? undefined : `http://${separateMetrics!.host.includes(':') ? `[${separateMetrics!.host}]` : separateMetrics!.host}:${metricsPort}/metrics`,
      port,
      stunAddresses: stun?.addresses ?? [],
      adminSocket,
      metrics,
      log,
      close() {
        closing ??= (async () => {
          shuttingDown = true;
          if (sweepTimer) clock.clearTimeout(sweepTimer);
          log.info('shutting down');
          const stopped = listener.close();
          // Tell every client, then give the close handshakes a moment.
          const closed = [...wss.clients].map(
            (ws) =>
              new Promise<void>((resolve) => {
                if (ws.readyState === ws.CLOSED) return resolve();
                ws.once('close', () => resolve());
                try {
                  ws.send(encodeControl(errorFrame(shuttingDownError())));
                } catch {
                  /* already closing */
                }
                ws.close(CLOSE.GOING_AWAY, 'shutting down');
              }),
          );
          await Promise.race([Promise.all(closed), new Promise((r) => setTimeout(r, 2000).unref())]);
          for (const ws of wss.clients) ws.terminate();
          wss.close();
          listener.destroyAll();
          await stopped;
          await cleanup();
          log.info('stopped');
        })();
        return closing;
      },
    };
    return node;
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** The web client built in this checkout (packages/web/public), if it is there. */
function defaultWebDir(): string | undefined {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@natter/web/package.json')), 'public');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The STUN addresses to give clients in LoginOk (a wildcard bind: the client uses the node's host). */
function stunEndpoints(stun: RunningStunServer | undefined, host: string): Endpoint[] {
  if (!stun) return [];
  const [primary] = stun.addresses;
  const i = primary!.lastIndexOf(':');
  const ip = primary!.slice(0, i);
  return [{ ip: ip === '0.0.0.0' ? (host === '0.0.0.0' ? '' : host) : ip, port: Number(primary!.slice(i + 1)) }];
}

function shuttingDownError(): NodeError {
  return new NodeError('SHUTTING_DOWN', 'the node is shutting down; reconnect in a moment');
}
