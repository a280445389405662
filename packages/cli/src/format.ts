// How messages, states and buddies read, the same in `natter history`,
// `natter buddies` and the chat window.
import type { BuddyInfo, HistoryEntry } from '@natter/peer';

import { oneLine } from './terminal-text.js';
const two = (n: number) => String(n).padStart(2, '0');

/** 15:04:05, local time. */
export function clock(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** 2026-11-25 15:04:05, local time. */
export function dateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${clock(ms)}`;
}

/**
 * A message's state as the user reads it: sending, sent (direct | relayed),
 * stored (the buddy is offline), delivered; received messages say how they
 * came.
 */
export function stateLabel(e: Pick<HistoryEntry, 'state' | 'path' | 'direction'>): string {
  switch (e.state) {
    case 'held':
      return 'held: their key changed, not sent';
    case 'sending':
      return 'sending';
    case 'sent':
      return e.path === 'direct' ? 'sent, direct' : 'sent, relayed';
    case 'stored':
      return 'stored, buddy offline';
    case 'delivered':
      return e.path === 'direct' ? 'delivered, direct' : e.path === 'relay' ? 'delivered, relayed' : 'delivered';
    case 'received':
      return e.path === 'direct' ? 'direct' : e.path === 'relay' ? 'relayed' : 'was offline';
    case 'failed':
      return 'failed';
  }
}

/** "online", "away: at lunch", "offline". */
export function statusLabel(b: Pick<BuddyInfo, 'status' | 'statusText'>): string {
  return b.statusText && b.status !== 'offline' ? `${b.status}: ${oneLine(b.statusText)}` : b.status;
}

/** A history entry as JSON for scripts (`--json`, rpc). */
export function entryJson(me: string, e: HistoryEntry) {
  return {
    id: e.id,
    with: e.buddy,
    direction: e.direction,
    from: e.direction === 'out' ? me : e.buddy,
    to: e.direction === 'out' ? e.buddy : me,
    text: e.text,
    at: e.at,
    state: e.state,
    path: e.path ?? null,
  };
}

/** A buddy as JSON for scripts. */
export function buddyJson(b: BuddyInfo) {
  return {
    username: b.username,
    online: b.online,
    status: b.status,
    statusText: b.statusText,
    path: b.path,
    nat: b.nat,
  };
}

/** Pads to `n` columns (ASCII names and labels only). */
export function pad(s: string, n: number): string {
  return s.length >= n ? s + ' ' : s.padEnd(n);
}
