// Notification mode's decision, pure: given a receiver's settings and what
// waits for them in the offline store, notify now (with the counts), wait
// until a time, or nothing. The scheduler (scheduler.ts) feeds it from the
// store and acts on the answer.
import type { NotifyPrefs } from '../store/notify-types.js';
import { inQuietHours, quietHoursEnd } from './quiet-hours.js';
import type { SenderCount } from './render.js';

export interface WaitingMessage {
  from: string;
  storedAt: number;
}

export type NotifyDecision =
  | { action: 'notify'; counts: SenderCount[]; coveredUntil: number }
  | { action: 'wait'; until: number; why: 'delay' | 'every' | 'quiet' }
  | { action: 'none'; why: 'off' | 'online' | 'nothing-new' | 'once-per-absence' };

export function decideNotification(prefs: NotifyPrefs, waiting: WaitingMessage[], now: number, online: boolean): NotifyDecision {
  if (!prefs.notifications) return { action: 'none', why: 'off' };
  // Online: the messages are delivered to them now.
  if (online) return { action: 'none', why: 'online' };
  const fresh = waiting.filter((m) => m.storedAt > prefs.coveredUntil);
  if (!fresh.length) return { action: 'none', why: 'nothing-new' };
  const readyAt = Math.min(...fresh.map((m) => m.storedAt)) + prefs.delayMs;
  if (readyAt > now) return { action: 'wait', until: readyAt, why: 'delay' };
  if (prefs.lastNotifiedAt > 0) {
    if (prefs.everyMs === 0) return { action: 'none', why: 'once-per-absence' };
    const allowedAt = prefs.lastNotifiedAt + prefs.everyMs;
    if (allowedAt > now) return { action: 'wait', until: allowedAt, why: 'every' };
  }
  if (inQuietHours(prefs.quiet, now)) return { action: 'wait', until: quietHoursEnd(prefs.quiet, now), why: 'quiet' };
  // Counts of everything waiting (what they will find at login), senders by count, then name.
  const bySender = new Map<string, number>();
  for (const m of waiting) bySender.set(m.from, (bySender.get(m.from) ?? 0) + 1);
  const counts = [...bySender].map(([from, messages]) => ({ from, messages })).sort((a, b) => b.messages - a.messages || a.from.localeCompare(b.from));
  return { action: 'notify', counts, coveredUntil: Math.max(...waiting.map((m) => m.storedAt)) };
}
