// The node's daily caps: how many emails, SMS and webhook calls it queues
// per UTC day, whatever their receivers' and senders' own limits. Counted
// here and restored from the queue at start (items stay there a day after
// they are done), so a restart does not reset them.
import type { NotifyKind } from '../store/notify-types.js';

const DAY_MS = 24 * 3600_000;

export function utcDayStart(now: number): number {
  return now - (now % DAY_MS);
}

export class DailyCaps {
  private day = 0;
  private counts: Record<NotifyKind, number> = { email: 0, sms: 0, webhook: 0 };

  constructor(private readonly caps: Record<NotifyKind, number>) {}

  /** The counts the store has for today (at start). */
  restore(now: number, counts: Record<NotifyKind, number>): void {
    this.day = utcDayStart(now);
    this.counts = { ...counts };
  }

  private roll(now: number): void {
    const day = utcDayStart(now);
    if (day !== this.day) {
      this.day = day;
      this.counts = { email: 0, sms: 0, webhook: 0 };
    }
  }

  /** Takes one of today's `kind`; false when the cap is reached. */
  take(kind: NotifyKind, now: number): boolean {
    this.roll(now);
    if (this.counts[kind] >= this.caps[kind]) return false;
    this.counts[kind]++;
    return true;
  }

  /** Gives one back (the item was not queued after all). */
  giveBack(kind: NotifyKind): void {
    if (this.counts[kind] > 0) this.counts[kind]--;
  }

  today(now: number): Array<{ kind: NotifyKind; used: number; cap: number }> {
    this.roll(now);
    return (['email', 'sms', 'webhook'] as const).map((kind) => ({ kind, used: this.counts[kind], cap: this.caps[kind] }));
  }
}
