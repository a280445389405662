// How messages, states and buddies read, the same in `natter history`,
// `natter buddies` and the chat window.
import { keyFingerprint, type BuddyInfo, type DeviceInfo, type FileTransferInfo, type HistoryEntry } from '@natter/peer';
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
export function stateLabel(e: Pick<HistoryEntry, 'state' | 'path' | 'direction' | 'device' | 'synced'>): string {
  // A copy of what another of our devices sent: which one (its delivery is that device's to track).
  if (e.synced && e.direction === 'out') return `sent from ${e.device ? oneLine(e.device) : 'another device'}`;
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
    // Our device that sent it, and whether this is a copy from another of our devices (docs/protocol.md, "Devices").
    ...(e.device && { device: e.device }),
    ...(e.synced && { synced: true }),
  };
}

/** A buddy as JSON for scripts (with `devices`: each device too). */
export function buddyJson(b: BuddyInfo, devices = false) {
  return {
    username: b.username,
    online: b.online,
    status: b.status,
    statusText: b.statusText,
    path: b.path,
    nat: b.nat,
    ...(devices && { devices: b.devices.map(deviceJson) }),
  };
}

/** One device (a buddy's or our own) as JSON for scripts. */
export function deviceJson(d: DeviceInfo) {
  return {
    id: d.id,
    name: d.name,
    fingerprint: keyFingerprint(d.identityKey),
    state: d.state,
    online: d.online,
    status: d.status,
    path: d.path,
    nat: d.online ? d.nat : null,
    lastSeen: d.lastSeen || null,
    client: d.clientVersion || null,
    trusted: d.trusted,
    ...(d.self && { self: true }),
  };
}

/** When a device was last seen, as a short label. */
export function lastSeenLabel(d: Pick<DeviceInfo, 'online' | 'lastSeen'>): string {
  if (d.online) return 'now';
  if (!d.lastSeen) return '-';
  return dateTime(d.lastSeen);
}

/** Pads to `n` columns (ASCII names and labels only). */
export function pad(s: string, n: number): string {
  return s.length >= n ? s + ' ' : s.padEnd(n);
}

/** 1536 -> "1.5 KiB": sizes and rates for people. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** 75 -> "1:15", 3700 -> "1:01:40". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The JSON shape of a file transfer (rpc events and replies, natter send-file --json). */
export function transferJson(t: FileTransferInfo) {
  return {
    id: t.id,
    direction: t.direction,
    buddy: t.buddy,
    name: t.name,
    size: t.size,
    sha256: t.sha256,
    bytes: t.bytes,
    state: t.state,
    path: t.path,
    relayLimitBytesPerSecond: t.relayLimitBytesPerSecond,
    rateBytesPerSecond: Math.round(t.rateBytesPerSecond),
    etaSeconds: t.etaSeconds,
    file: t.file,
    ...(t.error && { error: t.error }),
  };
}

/** "photo.jpg 42% 12 MiB/s ETA 0:03 direct" */
export function transferLine(t: FileTransferInfo): string {
  const pct = t.size ? Math.floor((100 * t.bytes) / t.size) : 100;
  const parts = [`${t.name} ${pct}% of ${formatBytes(t.size)}`];
  if (t.rateBytesPerSecond > 0) parts.push(`${formatBytes(t.rateBytesPerSecond)}/s`);
  if (t.etaSeconds !== null && t.state !== 'done') parts.push(`ETA ${formatDuration(t.etaSeconds)}`);
  if (t.path === 'relay') parts.push(t.relayLimitBytesPerSecond ? `relayed (the node allows ${formatBytes(t.relayLimitBytesPerSecond)}/s)` : 'relayed');
  else if (t.path === 'direct') parts.push('direct');
  return parts.join('  ');
}

/** What a state means for the person waiting. */
export function transferStateLabel(t: FileTransferInfo): string {
  const other = t.buddy;
  switch (t.state) {
    case 'hashing':
      return 'computing its SHA-256';
    case 'waiting':
      return t.direction === 'send' ? `waiting for ${other} to be online` : `waiting for ${other} to resume`;
    case 'offered':
      return t.direction === 'send' ? `offered: waiting for ${other} to accept` : `offered by ${other}: accept or decline`;
    case 'sending':
      return 'sending';
    case 'receiving':
      return 'receiving';
    case 'verifying':
      return t.direction === 'send' ? `all sent: waiting for ${other} to verify it` : 'checking its SHA-256';
    case 'done':
      return t.direction === 'send' ? `delivered: ${other} verified it` : `received and verified: ${t.file}`;
    case 'declined':
      return `declined${t.error ? ` (${t.error.message})` : ''}`;
    case 'cancelled':
      return `cancelled${t.error ? ` (${t.error.message})` : ''}`;
    case 'failed':
      return `failed${t.error ? `: ${t.error.message}` : ''}`;
  }
}
