// Notification mode: when a message has waited in the offline store longer
// than its receiver's delay, their channels get one content-free
// notification ("3 new messages from alice"), at most once per their
// period, never in their quiet hours. Due times live in the store (a
// claim with a lease, as for the outbound queue), so a restart or another
// node of the cluster picks up what this process did not finish.
import type { Logger } from 'pino';
import type { Clock, TimerHandle } from '@natter/io';
import type { OfflineQueue } from '../store/types.js';
import type { NotifyPrefs, NotifyStore, OutboundRecord } from '../store/notify-types.js';
import type { ResolvedNotifyOptions } from './options.js';
import { decideNotification, type WaitingMessage } from './schedule.js';

/** Receivers looked at per round. */
const BATCH = 32;

/** USER of a device address USER/DEVICE (or of a bare USER). */
const userOfAddress = (address: string) => address.split('/', 1)[0]!;

export interface SchedulerHooks {
  /** Whether the receiver is online (on this node or, on a cluster, another). */
  isOnline(owner: string): Promise<boolean>;
  /** The offline queues of `owner`: one per device (USER/DEVICE), and USER for what predates devices. */
  queuesOf(owner: string): Promise<string[]>;
  /** The items of one notification, one per active channel, within the limits (none when the limits say no). */
  notificationItems(prefs: NotifyPrefs, counts: Array<{ from: string; messages: number }>): Promise<OutboundRecord[]>;
  /** Items were queued. */
  queued(): void;
}

export class NotificationScheduler {
  private timer: TimerHandle | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly store: NotifyStore,
    private readonly offline: OfflineQueue,
    private readonly hooks: SchedulerHooks,
    private readonly options: ResolvedNotifyOptions,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Starts the rounds, after making due what a crash may have left without a due time. */
  start(): void {
    this.running = this.recover()
      .catch((err: unknown) => this.log.warn({ err }, 'notify: schedule recovery failed'))
      .finally(() => {
        this.running = undefined;
        this.schedule(0);
      });
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.running = this.round()
        .catch((err: unknown) => this.log.warn({ err }, 'notify: schedule round failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.options.pollMs);
        });
    }, ms);
  }

  /**
   * What waits for `owner`: each message once, though every device of theirs
   * has its own sealed copy; by sending user (a sender is a device address,
   * USER/DEVICE); not the sync copies of what their own devices sent.
   */
  private async waiting(owner: string): Promise<WaitingMessage[]> {
    const seen = new Set<string>();
    const waiting: WaitingMessage[] = [];
    for (const queue of await this.hooks.queuesOf(owner)) {
      for (const m of await this.offline.pending(queue, Infinity)) {
        const from = userOfAddress(m.from);
        const key = `${from}\0${m.messageId}`;
        if (from === owner || seen.has(key)) continue;
        seen.add(key);
        waiting.push({ from, storedAt: m.storedAt });
      }
    }
    return waiting;
  }

  /**
   * A message stored just before a crash (or while the store did not
   * answer) may have no due time: every receiver with notifications on and
   * something new waiting gets one.
   */
  async recover(): Promise<void> {
    for (const prefs of await this.store.notifyingUsers()) {
      if (prefs.dueAt !== null) continue;
      const fresh = (await this.waiting(prefs.owner)).filter((m) => m.storedAt > prefs.coveredUntil);
      if (fresh.length) await this.store.setDue(prefs.owner, Math.min(...fresh.map((m) => m.storedAt)) + prefs.delayMs);
    }
  }

  async round(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const now = this.clock.now();
      const due = await this.store.claimDue(now, this.options.leaseMs, BATCH);
      if (!due.length) return;
      for (const prefs of due) await this.consider(prefs, now).catch((err: unknown) => this.log.warn({ err, owner: prefs.owner }, 'notify: notification failed'));
    }
  }

  private async consider(prefs: NotifyPrefs, now: number): Promise<void> {
    const waiting = await this.waiting(prefs.owner);
    const decision = decideNotification(prefs, waiting, now, await this.hooks.isOnline(prefs.owner));
    if (decision.action === 'wait') {
      await this.store.clearDue(prefs.owner, false);
      await this.store.setDue(prefs.owner, decision.until);
      return;
    }
    if (decision.action === 'none') {
      await this.store.clearDue(prefs.owner, false);
      if (decision.why === 'nothing-new') await this.recheck(prefs, waiting.length);
      return;
    }
    const items = await this.hooks.notificationItems(prefs, decision.counts);
    await this.store.notified(prefs.owner, now, decision.coveredUntil, items);
    if (items.length) this.hooks.queued();
    this.log.info({ owner: prefs.owner, channels: items.length, messages: decision.counts.reduce((n, c) => n + c.messages, 0) }, 'notify: notification queued');
    await this.recheck({ ...prefs, coveredUntil: decision.coveredUntil }, waiting.length);
  }

  /**
   * A message stored while this receiver was being looked at may have set
   * a due time that clearing it just erased: look again, and make it due.
   */
  private async recheck(prefs: NotifyPrefs, seen: number): Promise<void> {
    const waiting = await this.waiting(prefs.owner);
    const fresh = waiting.filter((m) => m.storedAt > prefs.coveredUntil);
    if (fresh.length && waiting.length !== seen) await this.store.setDue(prefs.owner, Math.min(...fresh.map((m) => m.storedAt)) + prefs.delayMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) this.clock.clearTimeout(this.timer);
    await this.running;
  }
}
