// The rendezvous node: one TCP port (TLS by default, plain from loopback;
// listener.ts) carrying the WebSocket control channel, /healthz and
// /metrics; the STUN server; the admin socket; on one store: LevelDB in the
// data directory, or a cluster's PostgreSQL (store/).
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { pino, type Logger } from 'pino';
import { KeyedRateLimiter, loadNodeTlsIdentity, nodeUdpStack, systemClock, type Clock, type TimerHandle, type UdpStack } from '@natter/io';
import { serveStun, type RunningStunServer } from '@natter/stun';
import { MAX_CONTROL_FRAME_BYTES, encodeControl } from '@natter/wire';
import { Accounts, type AccountOptions } from './accounts.js';
import { Devices, devicesOf } from './devices.js';
import { AdminServer } from './admin.js';
import { BuddyGraph, type BuddyLimits } from './buddies.js';
import { ClientConnection } from './connection.js';
import { NodeError, errorFrame } from './errors.js';
import { publicEndpointSeen } from './handlers/presence.js';
import { NodeMetrics } from './metrics.js';
import { PresenceHub, type Endpoint } from './presence.js';
import { CLOSE, type NodeServices } from './services.js';
import { LevelStore, restrictToOwner } from './store/level.js';
import { PostgresStore, redact } from './store/postgres.js';
import type { NodeStore, OfflineOptions } from './store/types.js';
import { ControlListener } from './listener.js';
import { LivenessSweep } from './liveness.js';
import { localRateLimits } from './rate-limits.js';
import { ClusterLink } from './cluster/link.js';
import { pushLocalBuddyList } from './handlers/buddies.js';
import { devicesChangedElsewhere } from './handlers/devices.js';
import { RECOMMENDED_OPEN_FILES, openFileLimit } from './open-files.js';
import { loadOrCreateTlsIdentity } from './tls-identity.js';
import { SiteRegistry, type SiteConfig } from './sites.js';
import { webApp } from './web.js';
import { startNotify, type NotifyOptions, type NotifySubsystem } from './notify/index.js';
import type { Resolver } from './notify/url-guard.js';
import { serveUnsubscribe } from './notify/unsubscribe-page.js';

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
  /**
   * IPv6 address for a second STUN server (same ports): clients bind over
   * IPv6 too, so buddies get their global IPv6 endpoint. With altIp6, RFC
   * 5780 over IPv6 as well.
   */
  stunIp6?: string;
  altIp6?: string;
  /** The node's directory (created, mode 0700): its TLS key, admin socket and, without `store`, its LevelDB. */
  dataDir: string;
  /** A PostgreSQL URL (postgres://...): accounts, relations and offline messages there instead of LevelDB. */
  store?: string;
  /**
   * A Redis URL (redis://...): this node is one of a cluster, with the
   * others on the same Redis and the same PostgreSQL `store` (docs/cluster.md).
   */
  cluster?: string;
  /** Key and channel prefix on the cluster's Redis (default "natter:"): several clusters on one Redis. */
  clusterPrefix?: string;
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
  /** Extended delivery: SMTP, the SMS gateway, webhooks, limits (docs/extended.md). Without SMTP and a gateway, email and SMS are off. */
  notify?: NotifyOptions;
  /** Tests: how webhook host names resolve (DNS rebinding). */
  resolver?: Resolver;
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
  /** This node's id in its cluster, on a cluster node. */
  clusterNode: string | undefined;
  /** Where the durable state is: 'leveldb <dir>' or the PostgreSQL URL without its password. */
  store: string;
  /** What extended delivery sends by (email, sms, webhooks: on or off and why), for the start-up line. */
  notify: string;
  /** The open-file limit, which bounds the sessions (one socket each); undefined where the system does not say. */
  openFileLimit: number | undefined;
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
  let store: NodeStore;
  if (options.store) {
    store = await PostgresStore.open({ url: options.store, clock, offline: options.offline });
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    restrictToOwner(options.dataDir);
    log.info({ store: redact(options.store), migrated: (store as PostgresStore).migrated }, 'store: PostgreSQL');
  } else {
    try {
      store = await LevelStore.open(options.dataDir, clock, options.offline);
    } catch (err) {
      throw new NodeError('CONFIG_INVALID', `cannot open the data directory ${options.dataDir}: ${(err as Error).cause ?? (err as Error).message} (is another node running on it?)`);
    }
  }
  const cleanups: Array<() => Promise<void> | void> = [() => store.close()];
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  };
  try {
    // A cluster node's limits are the cluster's (in Redis), so connect first.
    const cluster = options.cluster ? new ClusterLink({ url: options.cluster, prefix: options.clusterPrefix, ttlMs: options.heartbeatTimeoutMs ?? 30_000, log }) : undefined;
    if (cluster) {
      await cluster.connect();
      cleanups.push(() => cluster.close());
    }
    const limits = cluster ? cluster.rateLimits(localRateLimits(clock)) : localRateLimits(clock);
    const accounts = new Accounts(store.accounts, clock, options.accounts, limits);
    const graph = new BuddyGraph(store.relations, clock, options.buddies);
    const devices = new Devices(store.accounts, clock);
    const offline = store.offline;
    const hub = new PresenceHub();
    if (options.cluster && !options.store) throw new NodeError('CONFIG_INVALID', 'a cluster node keeps its data in the shared PostgreSQL: give --store postgres://... with --cluster');
    const openFiles = openFileLimit();
    if (openFiles !== undefined && openFiles < RECOMMENDED_OPEN_FILES) {
      log.warn(
        { openFiles, recommended: RECOMMENDED_OPEN_FILES },
        `the open-file limit is ${openFiles}: at most about ${Math.max(0, openFiles - 100)} sessions; raise it (systemd: LimitNOFILE=1048576, docs/natter-node.service; a shell: ulimit -n)`,
      );
    }
    let stun: RunningStunServer | undefined;
    let stun6: RunningStunServer | undefined;
    const metrics = new NodeMetrics({
      online: () => hub.size,
      offlineDepth: () => offline.depth(),
      stun: () => {
        const [a, b] = [stun?.server.stats, stun6?.server.stats];
        return { requests: (a?.requests ?? 0) + (b?.requests ?? 0), malformed: (a?.malformed ?? 0) + (b?.malformed ?? 0) };
      },
    });
    const relay = options.relay ?? {};
    const relayBudget = { bytesPerSecond: relay.bytesPerSecond ?? 256 * 1024, burstBytes: relay.burstBytes ?? 1024 * 1024 };
    let shuttingDown = false;
    // The node's own URL for links in emails, known once it listens.
    let nodeUrl = '';
    const notify: NotifySubsystem = await startNotify({
      store: store.notify,
      offline,
      options: options.notify ?? {},
      publicUrl: () => nodeUrl,
      nodeId: cluster?.nodeId,
      ownsStore: store.kind === 'leveldb',
      clock,
      log,
      registry: metrics.registry,
      limits,
      isOnline: async (owner) => hub.get(owner) !== undefined || ((await cluster?.isOnline(owner).catch(() => false)) ?? false),
      queuesOf: async (owner) => {
        const record = await accounts.get(owner);
        return [owner, ...(record ? devicesOf(record).map((d) => `${owner}/${d.id}`) : [])];
      },
      software: `natter-node/${NODE_VERSION}`,
      ...(options.resolver && { resolver: options.resolver }),
    });
    cleanups.push(() => notify.stop());
    const services: NodeServices = {
      clock,
      log,
      accounts,
      devices,
      graph,
      offline,
      notify: notify.service,
      hub,
      metrics,
      relayLimiter: new KeyedRateLimiter(clock, relayBudget.bytesPerSecond, relayBudget.burstBytes),
      relayBudget,
      software: `natter-node/${NODE_VERSION}`,
      registration: options.registration ?? 'open',
      sites: new SiteRegistry(options.sites ?? []),
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 30_000,
      loginTimeoutMs: options.loginTimeoutMs ?? 20_000,
      // A plan makes both peers probe: 1 every 2 s per pair, 5 at once (a
      // healthy client asks after a dead path, with backoff from 5 s).
      punchLimit: limits('punch', 0.5, 5),
      relayMaxBufferedBytes: relay.maxBufferedBytes ?? 1024 * 1024,
      stunServers: () => [...stunEndpoints(stun, host), ...stunEndpoints(stun6, host)],
      // Each connection pinged every third of the heartbeat timeout.
      liveness: new LivenessSweep(clock, Math.max(50, Math.floor((options.heartbeatTimeoutMs ?? 30_000) / 3))),
      shuttingDown: () => shuttingDown,
    };

    if (cluster) {
      cluster.relayMaxBufferedBytes = services.relayMaxBufferedBytes;
      await cluster.start(hub, {
        pushBuddyList: (username) => pushLocalBuddyList(services, username),
        devicesChanged: (username, change) => devicesChangedElsewhere(services, username, change),
        kick: (user, code, reason) => user.close(code, reason),
      });
      hub.cluster = cluster;
      services.cluster = cluster;
      metrics.cluster(cluster);
      log.info({ node: cluster.nodeId }, 'cluster: joined');
    }

    if (options.stunPort !== null) {
      // A listener on IPv6 (`::`) is dual-stack; STUN's IPv4 socket binds the IPv4 wildcard then.
      const stunIp = options.stunIp ?? (isIP(host) === 6 ? '0.0.0.0' : host);
      const serve = (ip: string, altIp: string | undefined) =>
        serveStun({
          stack: options.udp ?? nodeUdpStack,
          clock,
          ip,
          altIp,
          port: options.stunPort ?? 3478,
          altPort: options.altStunPort ?? 3479,
          software: services.software,
          credentials: (username) => (hub.byStunUsername(username) ? hub.stunKey(username) : undefined),
          onAuthenticatedBinding: (username, mapped) => {
            const user = hub.byStunUsername(username);
            if (user) publicEndpointSeen(services, user, { ip: mapped.address, port: mapped.port });
          },
        });
      stun = await serve(stunIp, options.altIp);
      cleanups.push(() => stun!.close());
      if (options.stunIp6) {
        stun6 = await serve(options.stunIp6, options.altIp6);
        cleanups.push(() => stun6!.close());
      }
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
      } else if (path === '/unsubscribe' && (!separateMetrics || req.socket.localPort !== metricsPort)) {
        await serveUnsubscribe(notify.service, req, res).catch((err: unknown) => {
          log.error({ err }, 'unsubscribe failed');
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
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
      new ClientConnection(ws, req.socket, address, services);
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
        notify,
        kick: (username, reason) => {
          for (const session of hub.localSessions(username)) session.close(CLOSE.DELETED, reason);
          // On a cluster node, the user's sessions elsewhere are kicked over the bus.
          void cluster?.kickElsewhere(username, CLOSE.DELETED, reason).catch((err: unknown) => log.warn({ err }, 'kick on other nodes failed'));
        },
      });
      await admin.listen();
      cleanups.push(() => admin!.close());
    }

    // Expired offline messages go once an hour (and once at start).
    let sweepTimer: TimerHandle | undefined;
    const sweep = () => {
      offline
        .sweep()
        .then((n: number) => {
          if (n) {
            metrics.offlineMessages.inc({ event: 'expired' }, n);
            log.info({ expired: n }, 'offline messages expired');
          }
        })
        .catch((err: unknown) => log.error({ err }, 'offline sweep failed'));
      sweepTimer = clock.setTimeout(sweep, 3600_000);
    };
    sweep();

    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
    const hostPort = `${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    nodeUrl = `https://${hostPort}`;
    log.info({ notify: notify.describe() }, `extended delivery: ${notify.describe()}`);
    let closing: Promise<void> | undefined;
    const node: RendezvousNode = {
      url: `wss://${hostPort}/`,
      localUrl: `ws://${shownHost.includes(':') ? '[::1]' : '127.0.0.1'}:${port}/`,
      httpUrl: `https://${hostPort}/`,
      fingerprint: tls.fingerprint,
      openFileLimit: openFiles,
      store: options.store ? redact(options.store) : `leveldb ${options.dataDir}`,
      clusterNode: services.cluster?.nodeId,
      notify: notify.describe(),
      tlsKeyCreated: tls.created,
      metricsUrl: metricsPort === undefined ? undefined : `http://${separateMetrics!.host.includes(':') ? `[${separateMetrics!.host}]` : separateMetrics!.host}:${metricsPort}/metrics`,
      port,
      stunAddresses: [...(stun?.addresses ?? []), ...(stun6?.addresses ?? [])],
      adminSocket,
      metrics,
      log,
      close() {
        closing ??= (async () => {
          shuttingDown = true;
          if (sweepTimer) clock.clearTimeout(sweepTimer);
          services.liveness.stop();
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
  const wildcard = host === '0.0.0.0' || host === '::';
  return [{ ip: ip === '0.0.0.0' ? (wildcard || isIP(host) !== 4 ? '' : host) : ip, port: Number(primary!.slice(i + 1)) }];
}

function shuttingDownError(): NodeError {
  return new NodeError('SHUTTING_DOWN', 'the node is shutting down; reconnect in a moment');
}
