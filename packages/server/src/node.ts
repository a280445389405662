// The rendezvous node: one HTTP server carrying the WebSocket control
// channel, /healthz and /metrics; the STUN server; the admin socket; all on
// one LevelDB store.
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { pino, type Logger } from 'pino';
import { KeyedRateLimiter, nodeUdpStack, systemClock, type Clock, type TimerHandle, type UdpStack } from '@natter/io';
import { serveStun, type RunningStunServer } from '@natter/stun';
import { MAX_CONTROL_FRAME_BYTES, encodeControl } from '@natter/wire';
import { Accounts, type AccountOptions } from './accounts.js';
import { AdminServer } from './admin.js';
import { BuddyGraph } from './buddies.js';
import { ClientConnection } from './connection.js';
import { NodeError, errorFrame } from './errors.js';
import { publicEndpointSeen } from './handlers/presence.js';
import { NodeMetrics } from './metrics.js';
import { OfflineQueue, type OfflineOptions } from './offline.js';
import { PresenceHub, type Endpoint } from './presence.js';
import { CLOSE, type NodeServices } from './services.js';
import { NodeStore } from './store.js';

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
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** A client silent this long is offline (default 30 s). */
  heartbeatTimeoutMs?: number;
  accounts?: AccountOptions;
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
  /** ws:// or wss:// URL clients connect to (with the bound host and port). */
  url: string;
  httpUrl: string;
  port: number;
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
    const graph = new BuddyGraph(store, clock);
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
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 30_000,
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

    const handler = (req: IncomingMessage, res: ServerResponse) => void http(req, res);
    const server: HttpServer = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createHttpServer(handler);
    const started = clock.now();
    async function http(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/healthz') {
        res.writeHead(shuttingDown ? 503 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: shuttingDown ? 'shutting-down' : 'ok', version: NODE_VERSION, online: hub.size, uptimeS: Math.round((clock.now() - started) / 1000) }));
      } else if (req.method === 'GET' && path === '/metrics') {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(await metrics.registry.metrics());
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('natter rendezvous node: connect with a natter client over WebSocket; see /healthz and /metrics\n');
      }
    }

    // ws closes a connection whose message exceeds maxPayload (1009); below
    // that we answer WIRE_TOO_LARGE and keep the connection.
    const wss = new WebSocketServer({ server, maxPayload: 4 * MAX_CONTROL_FRAME_BYTES, perMessageDeflate: false });
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
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 7878, host, () => {
        server.removeListener('error', reject);
        resolve();
      });
    });
    const port = (server.address() as { port: number }).port;

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

    const scheme = options.tls ? 'wss' : 'ws';
    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
    let closing: Promise<void> | undefined;
    const node: RendezvousNode = {
      url: `${scheme}://${shownHost}:${port}/`,
      httpUrl: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}/`,
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
          const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
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
          server.closeAllConnections?.();
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
