// Quiet hours: a daily range of local time ("22:00-07:00" in the
// receiver's time zone) in which no notification goes out; one due then
// waits for the range to end. Pure, with the instant passed in.
import { NodeError } from '../errors.js';
import type { QuietHoursRecord } from '../store/notify-types.js';

const MINUTES_PER_DAY = 24 * 60;

/** "22:00-07:00" -> minutes after midnight; NOTIFY_SETTING_INVALID otherwise. */
export function parseQuietHours(text: string, timeZone: string): QuietHoursRecord {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)-([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!m) throw new NodeError('NOTIFY_SETTING_INVALID', `quiet hours are HH:MM-HH:MM (e.g. 22:00-07:00), got "${text}"`);
  return checkQuietHours({ fromMinute: Number(m[1]) * 60 + Number(m[2]), toMinute: Number(m[3]) * 60 + Number(m[4]), timeZone });
}

export function checkQuietHours(quiet: QuietHoursRecord): QuietHoursRecord {
  for (const v of [quiet.fromMinute, quiet.toMinute]) {
    if (!Number.isInteger(v) || v < 0 || v >= MINUTES_PER_DAY) throw new NodeError('NOTIFY_SETTING_INVALID', 'quiet hours are minutes after midnight, 0-1439');
  }
  checkTimeZone(quiet.timeZone);
  return quiet;
}

export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new NodeError('NOTIFY_SETTING_INVALID', `unknown time zone "${timeZone}" (an IANA name such as Europe/Berlin, or UTC)`);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight in `timeZone` at `now`. */
export function localMinute(now: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(now));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return (hour % 24) * 60 + minute;
}

/** Whether `now` falls in the range (from included, to excluded; a range may span midnight; from == to is never quiet). */
export function inQuietHours(quiet: QuietHoursRecord | null, now: number): boolean {
  if (!quiet || quiet.fromMinute === quiet.toMinute) return false;
  const minute = localMinute(now, quiet.timeZone);
  return quiet.fromMinute < quiet.toMinute ? minute >= quiet.fromMinute && minute < quiet.toMinute : minute >= quiet.fromMinute || minute < quiet.toMinute;
}

/**
 * When the quiet hours around `now` end (the first instant after `now` at
 * local `toMinute`), or `now` when it is not quiet. Counted in minutes of
 * local time from now, so a daylight-saving change inside the range moves
 * the end by that hour once.
 */
export function quietHoursEnd(quiet: QuietHoursRecord | null, now: number): number {
  if (!quiet || !inQuietHours(quiet, now)) return now;
  const minute = localMinute(now, quiet.timeZone);
  const ahead = (quiet.toMinute - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
  const startOfMinute = now - (now % 60_000);
  return startOfMinute + ahead * 60_000;
}

/** "22:00-07:00 Europe/Berlin" */
export function formatQuietHours(quiet: QuietHoursRecord): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(quiet.fromMinute)}-${hhmm(quiet.toMinute)} ${quiet.timeZone}`;
}
