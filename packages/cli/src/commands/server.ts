// natter server: a rendezvous node from flags and/or a JSON config file.
import { readFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import { join } from 'node:path';
// This module is loaded only for natter server (src/commands/table.ts): the
// node's dependencies (LevelDB, ws, pino, prom-client) cost start-up time
// that other commands do not pay.
import { startNode, NodeError, checkSiteConfig, type NodeOptions, type NotifyOptions, type SiteConfig } from '@natter/server';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';

/** The options `natter server` takes, also the keys of its JSON config file. */
export interface ServerConfig {
  host?: string;
  port?: number;
  stunIp?: string;
  stunPort?: number;
  altIp?: string;
  altStunPort?: number;
  /** IPv6 addresses for STUN (the second: RFC 5780 over IPv6). */
  stunIp6?: string;
  altIp6?: string;
  dataDir?: string;
  /** postgres://... : the store in PostgreSQL instead of LevelDB in dataDir. */
  store?: string;
  /** redis://... : one node of a cluster on this Redis (with `store`). */
  cluster?: string;
  /** Key and channel prefix on the cluster's Redis (default "natter:"). */
  clusterPrefix?: string;
  registration?: 'open' | 'closed';
  tlsCert?: string;
  tlsKey?: string;
  /** Who may speak plain ws:// and http://: loopback (default) or any address (a TLS proxy on another host). */
  plainFrom?: 'loopback' | 'any';
  /** HOST:PORT to serve /metrics on instead of the main port. */
  metricsHost?: string;
  heartbeatTimeoutMs?: number;
  logLevel?: string;
  // Config file only (no flags): tuning an operator rarely needs.
  /** scrypt cost N for new password hashes (default 2^15); each hash records its own N, so old ones keep working. */
  scryptN?: number;
  /** Relay budget per user: bytes per second and burst (defaults 256 KiB/s, 1 MiB). */
  relayBytesPerSecond?: number;
  relayBurstBytes?: number;
  /** Concurrent connections per client address (default 256; 0: no limit). */
  maxConnectionsPerAddress?: number;
  /** A connection must log in within this many ms (default 20000). */
  loginTimeoutMs?: number;
  /** Registrations per client address: at once, and then per hour (defaults 10 and 60). */
  registrationBurst?: number;
  registrationsPerHour?: number;
  /** Sites whose backends sign their users in to the web widget: [{ id, origin, secret }] (docs/web.md). */
  sites?: SiteConfig[];
  /** Extended delivery: smtp, sms (a gateway), webhooks, limits (docs/extended.md). Config file only. */
  notify?: NotifyOptions;
}

const CONFIG_KEYS: Array<keyof ServerConfig> = [
  'host',
  'port',
  'stunIp',
  'stunPort',
  'altIp',
  'altStunPort',
  'stunIp6',
  'altIp6',
  'dataDir',
  'store',
  'cluster',
  'clusterPrefix',
  'registration',
  'tlsCert',
  'tlsKey',
  'plainFrom',
  'metricsHost',
  'heartbeatTimeoutMs',
  'logLevel',
  'scryptN',
  'relayBytesPerSecond',
  'relayBurstBytes',
  'maxConnectionsPerAddress',
  'loginTimeoutMs',
  'registrationBurst',
  'registrationsPerHour',
  'sites',
  'notify',
];

const NOTIFY_KEYS = [
  'publicUrl',
  'smtp',
  'sms',
  'webhooks',
  'allowPrivateWebhooks',
  'perReceiverPerHour',
  'perSenderPerHour',
  'dailyCaps',
  'retryBaseMs',
  'retryMaxMs',
  'maxAttempts',
  'disableAfterFailures',
  'leaseMs',
  'pollMs',
  'minDelayMs',
];
const SMTP_KEYS = ['host', 'port', 'secure', 'starttls', 'user', 'password', 'from', 'rejectUnauthorized'];
const SMS_KEYS = ['url', 'format', 'secret', 'fields', 'headers'];

/** The `notify` key of the config file, checked: unknown keys and wrong types are CONFIG_INVALID. */
export function checkNotifyConfig(notify: unknown): NotifyOptions {
  const fail = (why: string): never => {
    throw new CliError('CONFIG_INVALID', `notify: ${why} (docs/extended.md)`);
  };
  const object = (v: unknown, where: string, keys: string[]): Record<string, unknown> => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) fail(`${where} must be an object`);
    const unknown = Object.keys(v as object).filter((k) => !keys.includes(k));
    if (unknown.length) fail(`unknown key(s) ${unknown.map((k) => `${where}.${k}`).join(', ')}; known: ${keys.join(', ')}`);
    return v as Record<string, unknown>;
  };
  const n = object(notify, 'notify', NOTIFY_KEYS);
  if (n.smtp !== undefined) {
    const smtp = object(n.smtp, 'notify.smtp', SMTP_KEYS);
    if (typeof smtp.host !== 'string' || !smtp.host) fail('smtp.host is the SMTP server (a name or an address)');
    if (typeof smtp.from !== 'string' || !/@/.test(smtp.from)) fail('smtp.from is the From: of every email, e.g. "natter <natter@example.org>"');
    if (smtp.port !== undefined && (!Number.isInteger(smtp.port) || (smtp.port as number) < 1 || (smtp.port as number) > 65535)) fail('smtp.port is a port number');
    if (smtp.starttls !== undefined && !['required', 'opportunistic', 'never'].includes(smtp.starttls as string)) fail('smtp.starttls is required, opportunistic or never');
    if (smtp.user !== undefined && typeof smtp.password !== 'string') fail('smtp.user goes with smtp.password');
  }
  if (n.sms !== undefined) {
    const sms = object(n.sms, 'notify.sms', SMS_KEYS);
    try {
      if (!/^https?:$/.test(new URL(String(sms.url)).protocol)) throw new Error();
    } catch {
      fail("sms.url is the gateway's http(s) URL");
    }
    if (sms.format !== undefined && !['natter', 'json', 'form'].includes(sms.format as string)) fail('sms.format is natter, json or form');
    for (const key of ['fields', 'headers']) {
      if (sms[key] !== undefined && Object.values(object(sms[key], `notify.sms.${key}`, Object.keys(sms[key] as object))).some((v) => typeof v !== 'string')) fail(`sms.${key} maps names to strings`);
    }
  }
  if (n.publicUrl !== undefined) {
    try {
      new URL(String(n.publicUrl));
    } catch {
      fail('publicUrl is a URL, e.g. https://chat.example.org');
    }
  }
  for (const key of ['perReceiverPerHour', 'perSenderPerHour', 'retryBaseMs', 'retryMaxMs', 'maxAttempts', 'disableAfterFailures', 'leaseMs', 'pollMs', 'minDelayMs']) {
    const v = n[key];
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < 1)) fail(`${key} must be a positive whole number`);
  }
  if (n.dailyCaps !== undefined) {
    for (const [k, v] of Object.entries(object(n.dailyCaps, 'notify.dailyCaps', ['email', 'sms', 'webhook']))) if (!Number.isInteger(v) || (v as number) < 0) fail(`dailyCaps.${k} must be a whole number`);
  }
  for (const key of ['webhooks', 'allowPrivateWebhooks']) if (n[key] !== undefined && typeof n[key] !== 'boolean') fail(`${key} is true or false`);
  return n as NotifyOptions;
}

export function loadConfigFile(path: string): ServerConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliError('CONFIG_INVALID', `cannot read the config file ${path}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError('CONFIG_INVALID', `${path} must hold a JSON object`);
  const unknown = Object.keys(raw).filter((k) => !CONFIG_KEYS.includes(k as keyof ServerConfig));
  if (unknown.length) throw new CliError('CONFIG_INVALID', `${path}: unknown option(s) ${unknown.join(', ')}; known: ${CONFIG_KEYS.join(', ')}`);
  return raw as ServerConfig;
}

export async function serverCommand(args: Record<string, unknown>, ctx: CommandContext): Promise<void> {
  const { out, paths } = ctx;
  const file = typeof args.config === 'string' ? loadConfigFile(args.config) : {};
  const pick = <K extends keyof ServerConfig>(key: K, flag: string): ServerConfig[K] => (args[flag] !== undefined ? (args[flag] as ServerConfig[K]) : file[key]);
  const cfg: ServerConfig = {
    host: pick('host', 'host') ?? '0.0.0.0',
    port: pick('port', 'port') ?? 7878,
    stunIp: pick('stunIp', 'stunIp'),
    stunPort: pick('stunPort', 'stunPort') ?? 3478,
    altIp: pick('altIp', 'altIp'),
    altStunPort: pick('altStunPort', 'altStunPort') ?? 3479,
    stunIp6: pick('stunIp6', 'stunIp6'),
    altIp6: pick('altIp6', 'altIp6'),
    dataDir: pick('dataDir', 'dataDir') ?? join(paths.data, 'node'),
    store: pick('store', 'store'),
    cluster: pick('cluster', 'cluster'),
    clusterPrefix: file.clusterPrefix,
    registration: pick('registration', 'registration') ?? 'open',
    tlsCert: pick('tlsCert', 'tlsCert'),
    tlsKey: pick('tlsKey', 'tlsKey'),
    plainFrom: pick('plainFrom', 'plainFrom') ?? 'loopback',
    metricsHost: pick('metricsHost', 'metricsHost'),
    heartbeatTimeoutMs: pick('heartbeatTimeoutMs', 'heartbeatTimeout') ?? 30_000,
    logLevel: pick('logLevel', 'logLevel') ?? 'info',
    scryptN: file.scryptN,
    relayBytesPerSecond: file.relayBytesPerSecond,
    relayBurstBytes: file.relayBurstBytes,
    maxConnectionsPerAddress: file.maxConnectionsPerAddress,
    loginTimeoutMs: file.loginTimeoutMs,
    registrationBurst: file.registrationBurst,
    registrationsPerHour: file.registrationsPerHour,
    sites: file.sites,
    notify: file.notify,
  };
  const options = toNodeOptions(cfg);
  let node;
  try {
    node = await startNode(options);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof NodeError) throw new CliError(err.code, err.message);
    if (e.code === 'EADDRINUSE') throw new CliError('ADDR_IN_USE', `${e.message}: another program uses that port; pick one with --port / --stun-port`);
    if (e.code === 'EADDRNOTAVAIL') throw new CliError('ADDR_NOT_AVAILABLE', `${e.message}: that address is not on this host`);
    if (e.code === 'EACCES') throw new CliError('ADDR_NOT_ALLOWED', `${e.message}: ports below 1024 need privileges`);
    throw err;
  }
  const info = {
    url: node.url,
    /** Plain ws:// for clients on this machine (the node refuses plain text from elsewhere). */
    localUrl: node.localUrl,
    fingerprint: node.fingerprint,
    http: node.httpUrl,
    metrics: node.metricsUrl ?? `${node.httpUrl}metrics`,
    stun: node.stunAddresses,
    dataDir: cfg.dataDir,
    store: node.store,
    cluster: node.clusterNode ?? null,
    notify: node.notify,
    adminSocket: node.adminSocket,
    registration: cfg.registration,
    openFileLimit: node.openFileLimit ?? null,
  };
  if (out.json) out.data(info);
  else {
    out.result(`natter node listening on ${node.url}`);
    out.info(`  node key            ${node.fingerprint}${node.tlsKeyCreated ? ' (new: made on this first start)' : ''}${cfg.tlsCert ? ' (from --tls-cert)' : ''}`);
    out.info(`  health and metrics  ${node.httpUrl}healthz  ${node.metricsUrl ?? `${node.httpUrl}metrics`}`);
    out.info(`  plain ws:// and http://  ${cfg.plainFrom === 'any' ? 'from any address (--plain-from any)' : 'from this machine only'}`);
    out.info(`  STUN                ${node.stunAddresses.join(', ') || 'off'}${cfg.altIp ? ' (RFC 5780)' : ''}${cfg.altIp6 ? ' (RFC 5780 over IPv6)' : ''}`);
    out.info(`  data                ${cfg.dataDir} (admin socket ${node.adminSocket})`);
    out.info(`  store               ${node.store}`);
    if (node.clusterNode) out.info(`  cluster             node ${node.clusterNode} on ${cfg.cluster!.replace(/\/\/[^@/]*@/, '//***@')}`);
    out.info(`  registration        ${cfg.registration}`);
    out.info(`  extended delivery   ${node.notify}`);
    if (node.openFileLimit !== undefined) out.info(`  open-file limit     ${node.openFileLimit} (one per session; LimitNOFILE= in systemd)`);
    out.info(`  web app             ${node.httpUrl} and ${node.httpUrl}widget.js${cfg.sites?.length ? ` (sites: ${cfg.sites.map((site) => site.id).join(', ')})` : ''}${cfg.tlsCert ? '' : ': browsers need --tls-cert/--tls-key (docs/web.md)'}`);
    const where = cfg.host === '0.0.0.0' || cfg.host === '::' ? `<this host's address>:${node.port}` : new URL(node.url).host;
    // With the fingerprint, a client checks the key on first contact instead of trusting it.
    out.info(`users connect with:  natter register NAME --server ${where}${cfg.tlsCert ? '' : `#${node.fingerprint}`}`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await node.close();
  out.info('node stopped');
}

export function toNodeOptions(cfg: ServerConfig): NodeOptions {
  if (cfg.host !== undefined && !isIPv4(cfg.host) && !isIPv6(cfg.host)) throw new CliError('USAGE', `--host must be an IPv4 or IPv6 address, got "${cfg.host}"`, EXIT.USAGE);
  for (const [flag, v] of [['--stun-ip', cfg.stunIp], ['--alt-ip', cfg.altIp]] as const) {
    if (v !== undefined && !isIPv4(v)) throw new CliError('USAGE', `${flag} must be an IPv4 address, got "${v}"`, EXIT.USAGE);
  }
  for (const [flag, v] of [['--stun-ip6', cfg.stunIp6], ['--alt-ip6', cfg.altIp6]] as const) {
    if (v !== undefined && (!isIPv6(v) || v === '::')) throw new CliError('USAGE', `${flag} must be a specific IPv6 address, got "${v}"`, EXIT.USAGE);
  }
  if (cfg.altIp6 !== undefined && (cfg.stunIp6 === undefined || cfg.altIp6 === cfg.stunIp6)) throw new CliError('USAGE', '--alt-ip6 goes with a different --stun-ip6', EXIT.USAGE);
  for (const [flag, v] of [['--port', cfg.port], ['--stun-port', cfg.stunPort], ['--alt-stun-port', cfg.altStunPort]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > 65535)) throw new CliError('USAGE', `${flag} must be a port number, got ${v}`, EXIT.USAGE);
  }
  const stunIp = cfg.stunIp ?? (cfg.host !== undefined && isIPv4(cfg.host) ? cfg.host : undefined);
  if (cfg.altIp && (!stunIp || stunIp === '0.0.0.0')) {
    throw new CliError('USAGE', '--alt-ip needs a specific primary address: give --stun-ip (or --host)', EXIT.USAGE);
  }
  if (Boolean(cfg.tlsCert) !== Boolean(cfg.tlsKey)) throw new CliError('USAGE', '--tls-cert and --tls-key go together', EXIT.USAGE);
  if (cfg.store !== undefined && !/^postgres(ql)?:\/\//.test(cfg.store)) throw new CliError('USAGE', `--store is a PostgreSQL URL, postgres://USER:PASSWORD@HOST/DATABASE, got "${cfg.store.split('@').pop()}"`, EXIT.USAGE);
  if (cfg.cluster !== undefined && !/^rediss?:\/\//.test(cfg.cluster)) throw new CliError('USAGE', `--cluster is a Redis URL, redis://HOST:PORT, got "${cfg.cluster.split('@').pop()}"`, EXIT.USAGE);
  if (cfg.cluster !== undefined && cfg.store === undefined) throw new CliError('USAGE', '--cluster needs --store postgres://...: every node of a cluster keeps its data in the same PostgreSQL', EXIT.USAGE);
  if (cfg.registration && !['open', 'closed'].includes(cfg.registration)) throw new CliError('USAGE', '--registration is open or closed', EXIT.USAGE);
  // 2^10 (1 MiB of memory per hash) is the floor: below it a stolen store is cheap to crack.
  if (cfg.scryptN !== undefined && (!Number.isInteger(cfg.scryptN) || cfg.scryptN < 1024 || cfg.scryptN > 2 ** 20 || (cfg.scryptN & (cfg.scryptN - 1)) !== 0)) {
    throw new CliError('CONFIG_INVALID', `scryptN must be a power of two from 1024 to 1048576, got ${cfg.scryptN}`);
  }
  for (const [key, v] of [['relayBytesPerSecond', cfg.relayBytesPerSecond], ['relayBurstBytes', cfg.relayBurstBytes]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v <= 0)) throw new CliError('CONFIG_INVALID', `${key} must be a positive whole number of bytes, got ${v}`);
  }
  if (cfg.plainFrom !== undefined && !['loopback', 'any'].includes(cfg.plainFrom)) throw new CliError('USAGE', '--plain-from is loopback or any', EXIT.USAGE);
  let metrics: NodeOptions['metrics'];
  if (cfg.metricsHost !== undefined) {
    const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(cfg.metricsHost);
    const port = m ? Number(m[3]) : NaN;
    if (!m || !Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('USAGE', `--metrics-host is HOST:PORT, e.g. 127.0.0.1:9464, got "${cfg.metricsHost}"`, EXIT.USAGE);
    metrics = { host: m[1] ?? m[2]!, port };
  }
  for (const [key, v, min] of [
    ['maxConnectionsPerAddress', cfg.maxConnectionsPerAddress, 0],
    ['loginTimeoutMs', cfg.loginTimeoutMs, 1000],
    ['registrationBurst', cfg.registrationBurst, 1],
    ['registrationsPerHour', cfg.registrationsPerHour, 1],
  ] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < min)) throw new CliError('CONFIG_INVALID', `${key} must be a whole number of at least ${min}, got ${v}`);
  }
  if (cfg.sites !== undefined && !Array.isArray(cfg.sites)) throw new CliError('CONFIG_INVALID', 'sites must be a list of { id, origin, secret }');
  for (const site of cfg.sites ?? []) {
    try {
      checkSiteConfig(site);
    } catch (err) {
      throw new CliError('CONFIG_INVALID', (err as Error).message);
    }
  }
  const notify = cfg.notify === undefined ? undefined : checkNotifyConfig(cfg.notify);
  let tls: NodeOptions['tls'];
  if (cfg.tlsCert && cfg.tlsKey) {
    try {
      tls = { cert: readFileSync(cfg.tlsCert), key: readFileSync(cfg.tlsKey) };
    } catch (err) {
      throw new CliError('CONFIG_INVALID', `cannot read the TLS files: ${(err as Error).message}`);
    }
  }
  return {
    dataDir: cfg.dataDir!,
    ...(cfg.store !== undefined && { store: cfg.store }),
    ...(cfg.cluster !== undefined && { cluster: cfg.cluster }),
    ...(cfg.clusterPrefix !== undefined && { clusterPrefix: cfg.clusterPrefix }),
    ...(cfg.host !== undefined && { host: cfg.host }),
    ...(cfg.port !== undefined && { port: cfg.port }),
    ...(stunIp !== undefined && { stunIp }),
    ...(cfg.stunPort !== undefined && { stunPort: cfg.stunPort }),
    ...(cfg.altIp !== undefined && { altIp: cfg.altIp }),
    ...(cfg.altStunPort !== undefined && { altStunPort: cfg.altStunPort }),
    ...(cfg.stunIp6 !== undefined && { stunIp6: cfg.stunIp6 }),
    ...(cfg.altIp6 !== undefined && { altIp6: cfg.altIp6 }),
    ...(cfg.registration !== undefined && { registration: cfg.registration }),
    ...(tls && { tls }),
    ...(cfg.heartbeatTimeoutMs !== undefined && { heartbeatTimeoutMs: cfg.heartbeatTimeoutMs }),
    ...(cfg.plainFrom !== undefined && { plainFrom: cfg.plainFrom }),
    ...(metrics && { metrics }),
    ...(cfg.maxConnectionsPerAddress !== undefined && { maxConnectionsPerAddress: cfg.maxConnectionsPerAddress }),
    ...(cfg.loginTimeoutMs !== undefined && { loginTimeoutMs: cfg.loginTimeoutMs }),
    ...(cfg.logLevel !== undefined && { logLevel: cfg.logLevel }),
    ...(cfg.sites !== undefined && { sites: cfg.sites }),
    ...(notify && { notify }),
    ...((cfg.scryptN !== undefined || cfg.registrationBurst !== undefined || cfg.registrationsPerHour !== undefined) && {
      accounts: {
        ...(cfg.scryptN !== undefined && { scryptN: cfg.scryptN }),
        ...((cfg.registrationBurst !== undefined || cfg.registrationsPerHour !== undefined) && {
          registrationsPerAddress: { burst: cfg.registrationBurst ?? 10, perSecond: (cfg.registrationsPerHour ?? 60) / 3600 },
        }),
      },
    }),
    ...((cfg.relayBytesPerSecond !== undefined || cfg.relayBurstBytes !== undefined) && {
      relay: {
        ...(cfg.relayBytesPerSecond !== undefined && { bytesPerSecond: cfg.relayBytesPerSecond }),
        ...(cfg.relayBurstBytes !== undefined && { burstBytes: cfg.relayBurstBytes }),
      },
    }),
  };
}
