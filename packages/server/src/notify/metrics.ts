// Extended delivery's metrics, on the node's registry (/metrics).
import { Counter, Gauge, type Registry } from 'prom-client';
import type { NotifyStore } from '../store/notify-types.js';

export class NotifyMetrics {
  readonly outbound: Counter<'kind' | 'purpose' | 'result'>;
  readonly disabled: Counter<'kind' | 'why'>;
  readonly refused: Counter<'limit'>;
  readonly verifications: Counter<'kind' | 'result'>;

  constructor(registry: Registry, store: NotifyStore) {
    const registers = [registry];
    this.outbound = new Counter({
      name: 'natter_notify_outbound_total',
      help: 'Outbound hand-offs (email, SMS, webhook) by result: sent, retry (will be tried again), failed (given up)',
      labelNames: ['kind', 'purpose', 'result'],
      registers,
    });
    this.disabled = new Counter({ name: 'natter_notify_channels_disabled_total', help: 'Channels disabled, by why: failures or unsubscribed', labelNames: ['kind', 'why'], registers });
    this.refused = new Counter({
      name: 'natter_notify_refused_total',
      help: 'Extended deliveries not queued, by limit: receiver, sender, cap_email, cap_sms, cap_webhook, verify',
      labelNames: ['limit'],
      registers,
    });
    this.verifications = new Counter({ name: 'natter_notify_verifications_total', help: 'Channel verifications by result', labelNames: ['kind', 'result'], registers });
    new Gauge({
      name: 'natter_notify_queue',
      help: 'Outbound items by state (queued, sending; sent and failed are kept a day) and kind; on a cluster the whole cluster',
      labelNames: ['state', 'kind'],
      registers,
      async collect() {
        this.reset();
        for (const c of await store.outboundCounts().catch(() => [])) this.set({ state: c.state, kind: c.kind }, c.count);
      },
    });
  }
}
