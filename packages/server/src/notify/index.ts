// Extended delivery (docs/extended.md): the node's notify subsystem. One
// call builds it from the node's store and the operator's options; the
// node hands requests to `service` and stops it at shutdown.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Clock } from '@natter/io';
import type { RateLimits } from '../rate-limits.js';
import type { OfflineQueue } from '../store/types.js';
import type { NotifyKind, NotifyStore, OutboundRecord } from '../store/notify-types.js';
import { OutboundDispatcher } from './dispatcher.js';
import { NotifyMetrics } from './metrics.js';
import { resolveNotifyOptions, type NotifyOptions, type ResolvedNotifyOptions } from './options.js';
import { NotificationScheduler } from './scheduler.js';
import { NotifyService } from './service.js';
import { SmtpSender } from './smtp.js';
import { Transports } from './transports.js';
import type { Resolver } from './url-guard.js';

export type { NotifyOptions, SmtpOptions, SmsGatewayOptions } from './options.js';
export type { NotifyChange, NotifySettingsView } from './service.js';
export { NotifyService } from './service.js';
export { parseQuietHours, formatQuietHours } from './quiet-hours.js';
export { verifySignature, signatureHeader, challengeResponse, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_MS } from './signature.js';

export interface NotifySubsystemDeps {
  store: NotifyStore;
  offline: OfflineQueue;
  options: NotifyOptions;
  /** https://HOST:PORT of the node, when the options name no publicUrl (asked once it listens). */
  publicUrl: () => string;
  /** This node's id for leases (a cluster node's id; a fresh one per process otherwise). */
  nodeId: string | undefined;
  /** Whether the store is this process's alone (LevelDB): leases held at a crash are released at start. */
  ownsStore: boolean;
  clock: Clock;
  log: Logger;
  registry: Registry;
  limits: RateLimits;
  isOnline(owner: string): Promise<boolean>;
  /** The offline queues of `owner`: one per device (USER/DEVICE), and USER for what predates devices. */
  queuesOf(owner: string): Promise<string[]>;
  software: string;
  random?: () => number;
  resolver?: Resolver;
}

export interface NotifySubsystem {
  service: NotifyService;
  options: ResolvedNotifyOptions;
  /** What this node sends, for the start-up line. */
  describe(): string;
  /** For natter admin notify: the queue, recent failures, today's caps. */
  status(): Promise<NotifyStatus>;
  stop(): Promise<void>;
}

export interface NotifyStatus {
  available: Record<NotifyKind, boolean>;
  queue: Array<{ state: string; kind: NotifyKind; count: number }>;
  failures: Array<Pick<OutboundRecord, 'id' | 'owner' | 'kind' | 'purpose' | 'attempts' | 'lastError' | 'state' | 'createdAt' | 'doneAt'>>;
  caps: Array<{ kind: NotifyKind; used: number; cap: number }>;
}

export async function startNotify(deps: NotifySubsystemDeps): Promise<NotifySubsystem> {
  const options = resolveNotifyOptions(deps.options, deps.publicUrl);
  const metrics = new NotifyMetrics(deps.registry, deps.store);
  const smtp = options.smtp ? new SmtpSender(options.smtp, () => new URL(options.publicUrl).hostname) : undefined;
  const transports = new Transports({
    smtp,
    sms: options.sms,
    webhooks: options.webhooks,
    allowPrivateWebhooks: options.allowPrivateWebhooks,
    userAgent: deps.software,
    now: () => deps.clock.now(),
    ...(deps.resolver && { resolver: deps.resolver }),
  });
  const random = deps.random ?? Math.random;
  const nodeId = deps.nodeId ?? `node-${randomBytes(6).toString('hex')}`;
  const dispatcher = new OutboundDispatcher(deps.store, transports, options, nodeId, deps.clock, random, metrics, deps.log);
  const service = new NotifyService({
    store: deps.store,
    transports,
    options,
    clock: deps.clock,
    log: deps.log,
    metrics,
    limits: deps.limits,
    queued: () => dispatcher.poke(),
    ...(deps.resolver && { resolver: deps.resolver }),
  });
  await service.start();
  if (deps.ownsStore) {
    // What this node held when it died (kill -9 mid-hand-off) goes again, with the same ids.
    const released = await deps.store.releaseLeases();
    if (released) deps.log.warn({ released }, 'notify: items a previous run was handing off are queued again (they may arrive twice, with the same Message-ID / Idempotency-Key)');
  }
  const scheduler = new NotificationScheduler(
    deps.store,
    deps.offline,
    { isOnline: deps.isOnline, queuesOf: deps.queuesOf, notificationItems: (prefs, counts) => service.notificationItems(prefs, counts), queued: () => dispatcher.poke() },
    options,
    deps.clock,
    deps.log,
  );
  // Swept daily: done items are kept a day (the caps after a restart, natter admin notify).
  const sweep = () => deps.store.sweepOutbound(deps.clock.now() - 24 * 3600_000).catch((err: unknown) => deps.log.warn({ err }, 'notify: sweep failed'));
  const sweepTimer = setInterval(() => void sweep(), 3600_000);
  sweepTimer.unref();
  void sweep();
  dispatcher.start();
  scheduler.start();
  return {
    service,
    options,
    describe() {
      const on = (k: NotifyKind) => transports.available(k);
      return [
        `email ${on('email') ? `via ${options.smtp!.host}:${options.smtp!.port ?? (options.smtp!.secure ? 465 : 587)}` : 'off (no smtp in the config)'}`,
        `sms ${on('sms') ? `via ${new URL(options.sms!.url).host}` : 'off (no sms gateway in the config)'}`,
        `webhooks ${on('webhook') ? (options.allowPrivateWebhooks ? 'on (private addresses allowed)' : 'on') : 'off'}`,
      ].join(', ');
    },
    async status() {
      const failures = await deps.store.outbound({ states: ['failed'], limit: 20 });
      const retrying = (await deps.store.outbound({ states: ['queued', 'sending'], limit: 200 })).filter((i) => i.lastError);
      return {
        available: { email: transports.available('email'), sms: transports.available('sms'), webhook: transports.available('webhook') },
        queue: await deps.store.outboundCounts(),
        failures: [...retrying, ...failures].slice(0, 20).map((i) => ({
          id: i.id,
          owner: i.owner,
          kind: i.kind,
          purpose: i.purpose,
          attempts: i.attempts,
          lastError: i.lastError,
          state: i.state,
          createdAt: i.createdAt,
          doneAt: i.doneAt,
        })),
        caps: service.caps.today(deps.clock.now()),
      };
    },
    async stop() {
      clearInterval(sweepTimer);
      await scheduler.stop();
      await dispatcher.stop();
      smtp?.close();
    },
  };
}
