// Prometheus metrics (prom-client) on a registry of the node's own, so two
// nodes in one process (tests) do not share counters.
import { readdir } from 'node:fs/promises';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** Default metrics left out (without the natter_ prefix): see the constructor. */
const EXPENSIVE_DEFAULT_METRICS = [
  'process_open_fds',
  'nodejs_active_handles',
  'nodejs_active_handles_total',
  'nodejs_active_requests',
  'nodejs_active_requests_total',
  'nodejs_active_resources',
  'nodejs_active_resources_total',
];

export class NodeMetrics {
  readonly registry = new Registry();
  readonly logins: Counter<'method' | 'result'>;
  readonly registrations: Counter<'result'>;
  readonly relayBytes: Counter;
  readonly relayFrames: Counter<'result'>;
  readonly offlineMessages: Counter<'event'>;
  readonly punches: Counter;
  readonly stunRequests: Counter;
  readonly stunMalformed: Counter;
  readonly connections: Gauge;
  readonly refusedConnections: Counter<'reason'>;
  readonly abuse: Counter<'limit'>;

  /** Cluster gauges, on a cluster node. */
  cluster(view: { nodesAlive: number; clusterOnline: number; crossed: { sent: number; received: number } }): void {
    const registers = [this.registry];
    new Gauge({ name: 'natter_cluster_nodes', help: 'Nodes of the cluster alive at the last heartbeat', registers, collect() { this.set(view.nodesAlive); } });
    new Gauge({ name: 'natter_cluster_online_users', help: 'Users online on all nodes of the cluster at the last heartbeat', registers, collect() { this.set(view.clusterOnline); } });
    new Gauge({
      name: 'natter_cluster_messages',
      help: 'Messages this node sent to and received from other nodes (presence, relay, punch plans, kicks), since start',
      labelNames: ['direction'],
      registers,
      collect() {
        this.set({ direction: 'sent' }, view.crossed.sent);
        this.set({ direction: 'received' }, view.crossed.received);
      },
    });
  }

  constructor(sources: { online: () => number; offlineDepth: () => Promise<number>; stun: () => { requests: number; malformed: number } }) {
    const registers = [this.registry];
    // prom-client names them process_* / nodejs_*; the prefix makes natter_process_*.
    collectDefaultMetrics({ register: this.registry, prefix: 'natter_' });
    // Except those that cost O(sessions) at every scrape, in one synchronous
    // block of the event loop: the active handles, requests and resources
    // (one object or string per socket) and the open descriptors (a
    // readdirSync of /proc/self/fd): 150 ms with 10,000 sessions, a delay
    // every presence push behind it waited for (test/bench/server-presence.bench.ts).
    // natter_connections counts the sessions; the descriptors are counted
    // off the event loop below.
    for (const name of EXPENSIVE_DEFAULT_METRICS) this.registry.removeSingleMetric(`natter_${name}`);
    new Gauge({
      name: 'natter_process_open_fds',
      help: 'Number of open file descriptors.',
      registers,
      async collect() {
        // readdir on libuv's pool; its own descriptor is closed by now.
        const fds = await readdir('/proc/self/fd').catch(() => undefined);
        if (fds) this.set(fds.length - 1);
      },
    });
    new Gauge({ name: 'natter_online_users', help: 'Users logged in now', registers, collect() { this.set(sources.online()); } });
    new Gauge({
      name: 'natter_offline_queue_depth',
      help: 'Offline messages waiting for their recipients (in a cluster: in the whole cluster)',
      registers,
      async collect() {
        this.set(await sources.offlineDepth().catch(() => NaN));
      },
    });
    this.connections = new Gauge({ name: 'natter_connections', help: 'Open control-channel connections', registers });
    this.refusedConnections = new Counter({
      name: 'natter_refused_connections_total',
      help: 'Connections closed before HTTP: over the per-address cap, plain text from afar, or silent',
      labelNames: ['reason'],
      registers,
    });
    this.abuse = new Counter({ name: 'natter_limited_requests_total', help: 'Requests refused by a rate limit or a field bound, by limit', labelNames: ['limit'], registers });
    this.logins = new Counter({ name: 'natter_logins_total', help: 'Login attempts by method and result', labelNames: ['method', 'result'], registers });
    this.registrations = new Counter({ name: 'natter_registrations_total', help: 'Registration attempts by result', labelNames: ['result'], registers });
    this.relayBytes = new Counter({ name: 'natter_relay_bytes_total', help: 'Payload bytes forwarded by the relay', registers });
    this.relayFrames = new Counter({ name: 'natter_relay_frames_total', help: 'Relay frames by result', labelNames: ['result'], registers });
    this.offlineMessages = new Counter({ name: 'natter_offline_messages_total', help: 'Offline messages by event', labelNames: ['event'], registers });
    this.punches = new Counter({ name: 'natter_punch_coordinations_total', help: 'Punch plans sent to pairs of peers', registers });
    // STUN counters live in the STUN server; copy the increase at scrape time.
    let seenRequests = 0;
    let seenMalformed = 0;
    this.stunRequests = new Counter({
      name: 'natter_stun_requests_total',
      help: 'STUN requests answered or refused',
      registers,
      collect() {
        const s = sources.stun().requests;
        this.inc(s - seenRequests);
        seenRequests = s;
      },
    });
    this.stunMalformed = new Counter({
      name: 'natter_stun_malformed_total',
      help: 'STUN datagrams dropped as malformed',
      registers,
      collect() {
        const s = sources.stun().malformed;
        this.inc(s - seenMalformed);
        seenMalformed = s;
      },
    });
  }
}
