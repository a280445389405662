// The outbound queue's worker: every poll it claims what is ready (a lease
// in the store, so on a cluster one node sends each item), hands each item
// off, and records the outcome. The order for each item:
//
//   claim (durable: sending, attempts + 1)  ->  hand-off  ->  delivered (durable)
//
// A crash between the hand-off and `delivered` leaves the item `sending`;
// when its lease ends it is handed off again with the same id (Message-ID,
// Idempotency-Key): at least once, and recognisably so (docs/extended.md).
// Nothing here runs on a client's request: a slow or failing SMTP server
// or webhook never holds up chat or the offline store.
import type { Logger } from 'pino';
import type { Clock, TimerHandle } from '@natter/io';
import type { NotifyStore, OutboundRecord } from '../store/notify-types.js';
import { retryDelay } from './backoff.js';
import type { NotifyMetrics } from './metrics.js';
import type { ResolvedNotifyOptions } from './options.js';
import type { DeliveryOutcome, Transports } from './transports.js';

/** Items handed off at once per poll; more wait for the next. */
const BATCH = 16;

export class OutboundDispatcher {
  private timer: TimerHandle | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly store: NotifyStore,
    private readonly transports: Transports,
    private readonly options: ResolvedNotifyOptions,
    private readonly nodeId: string,
    private readonly clock: Clock,
    private readonly random: () => number,
    private readonly metrics: NotifyMetrics,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Look now (something was queued). */
  poke(): void {
    if (this.stopped || this.running) return;
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.running = this.poll()
        .catch((err: unknown) => this.log.warn({ err }, 'notify: outbound queue poll failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.options.pollMs);
        });
    }, ms);
  }

  /** One round: claims and hands off until nothing is ready. */
  async poll(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const items = await this.store.claim(this.clock.now(), this.nodeId, this.options.leaseMs, BATCH);
      if (!items.length) return;
      await Promise.all(items.map((item) => this.handOff(item)));
    }
  }

  private async handOff(item: OutboundRecord): Promise<void> {
    const channel = await this.store.channel(item.owner, item.channelId);
    let outcome: DeliveryOutcome;
    if (!channel || (channel.state === 'disabled' && item.purpose !== 'verify')) outcome = { result: 'failed', error: channel ? `the channel is disabled: ${channel.reason}` : 'the channel was removed' };
    else outcome = await this.transports.deliver(item, channel);
    const now = this.clock.now();
    if (outcome.result === 'sent') {
      await this.store.delivered(item.id, now);
      if (channel) await this.store.recordDelivery(item.owner, item.channelId, true, this.options.disableAfterFailures, '');
      this.metrics.outbound.inc({ kind: item.kind, purpose: item.purpose, result: 'sent' });
      this.log.info({ id: item.id, kind: item.kind, purpose: item.purpose, attempts: item.attempts }, 'notify: handed off');
      return;
    }
    const giveUp = outcome.result === 'failed' || item.attempts >= this.options.maxAttempts;
    if (giveUp) await this.store.failed(item.id, now, outcome.error);
    else await this.store.retry(item.id, now + retryDelay(item.attempts, { baseMs: this.options.retryBaseMs, maxMs: this.options.retryMaxMs }, this.random), outcome.error);
    this.metrics.outbound.inc({ kind: item.kind, purpose: item.purpose, result: giveUp ? 'failed' : 'retry' });
    this.log.warn({ id: item.id, kind: item.kind, attempts: item.attempts, error: outcome.error, giveUp }, 'notify: hand-off failed');
    if (!channel || channel.state === 'disabled') return;
    const after = await this.store.recordDelivery(item.owner, item.channelId, false, this.options.disableAfterFailures, `${this.options.disableAfterFailures} failed deliveries in a row; last: ${outcome.error}`);
    if (after?.state === 'disabled' && channel.state === 'active') {
      this.metrics.disabled.inc({ kind: item.kind, why: 'failures' });
      this.log.warn({ owner: item.owner, channel: item.channelId, kind: item.kind }, 'notify: channel disabled after repeated failures');
      await this.store.dropQueued(item.owner, item.channelId, 'the channel was disabled', now);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) this.clock.clearTimeout(this.timer);
    await this.running;
  }
}
